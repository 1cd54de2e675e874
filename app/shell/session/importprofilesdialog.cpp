#include "shell/session/importprofilesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ImportProfilesDialog::ImportProfilesDialog(const QList<ProfileImporter::Candidate> &candidates,
                                           QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
{
    setWindowTitle(tr("Import Profiles"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("These accounts were found on this computer. Import the ones you want to use; "
                      "their secrets go to the system keychain."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Profiles found"));
    for (const ProfileImporter::Candidate &c : candidates) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (from %3)").arg(c.profile.name, c.profile.apiEndpoint, c.source), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Not Now"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 320);
}

QList<ProfileImporter::Candidate> ImportProfilesDialog::selectedCandidates() const
{
    QList<ProfileImporter::Candidate> chosen;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            chosen.append(m_candidates.at(i));
    }
    return chosen;
}
