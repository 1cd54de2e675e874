#include "shell/main/preferencesdialog.h"

#include "core/settings/preferences.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_cacheMiB = new QSpinBox(this);
    m_cacheMiB->setRange(int(Preferences::MinContentCacheBytes >> 20), 64 * 1024);
    m_cacheMiB->setSingleStep(64);
    m_cacheMiB->setSuffix(tr(" MiB"));
    m_cacheMiB->setValue(int(preferences->contentCacheBytes() >> 20));
    m_cacheMiB->setAccessibleName(tr("Document cache size"));
    form->addRow(tr("&Document cache:"), m_cacheMiB);
    auto *cacheHint =
        new QLabel(tr("Opened documents are kept on disk up to this size, so reopening is instant "
                      "and works offline. The least recently used are removed first."),
                   this);
    cacheHint->setWordWrap(true);
    cacheHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), cacheHint);

    m_pageSize = new QSpinBox(this);
    m_pageSize->setRange(10, 1000);
    m_pageSize->setSingleStep(50);
    m_pageSize->setValue(preferences->documentPageSize());
    m_pageSize->setAccessibleName(tr("Documents per request"));
    form->addRow(tr("Documents per &request:"), m_pageSize);

    m_timeout = new QSpinBox(this);
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(preferences->requestTimeoutSeconds());
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    form->addRow(tr("Request &timeout:"), m_timeout);

    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
}

void PreferencesDialog::apply()
{
    m_preferences->setContentCacheBytes(qint64(m_cacheMiB->value()) << 20);
    m_preferences->setDocumentPageSize(m_pageSize->value());
    m_preferences->setRequestTimeoutSeconds(m_timeout->value());
}
