#include "shell/session/profilesdialog.h"

#include "core/session/profilestore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ProfilesDialog::ProfilesDialog(ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
{
    setWindowTitle(tr("Profiles"));
    auto *layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(280);
    layout->addWidget(m_list, 1);

    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_use = new QPushButton(tr("&Use"), this);
    m_use->setToolTip(tr("Make this the active profile and sign in with it"));
    auto *import = new QPushButton(tr("&Import…"), this);
    import->setToolTip(tr("Import profiles from ~/.lucidtech/credentials.cfg and the LAS_* variables"));
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *b : {add, m_edit, m_remove, m_use, import})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addRequested);
    connect(import, &QPushButton::clicked, this, &ProfilesDialog::importRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(selectedName()); });
    connect(m_use, &QPushButton::clicked, this, [this] { Q_EMIT useRequested(selectedName()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        const auto answer = QMessageBox::question(
            this, tr("Remove Profile"),
            tr("Remove the profile \"%1\" and its secrets from the keychain?").arg(name));
        if (answer == QMessageBox::Yes)
            Q_EMIT removeRequested(name);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::itemActivated, this, [this] { Q_EMIT useRequested(selectedName()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfilesDialog::reload);
    connect(m_profiles, &ProfileStore::activeProfileChanged, this, &ProfilesDialog::reload);
    reload();
}

QString ProfilesDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesDialog::reload()
{
    const QString selected = selectedName();
    m_list->clear();
    for (const Profile &p : m_profiles->profiles()) {
        const bool active = p.name == m_profiles->activeProfileName();
        auto *item = new QListWidgetItem(active ? tr("%1 (active)").arg(p.name) : p.name, m_list);
        item->setData(Qt::UserRole, p.name);
        item->setToolTip(p.apiEndpoint);
        if (p.name == selected || (selected.isEmpty() && active))
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_use->setEnabled(any);
}
