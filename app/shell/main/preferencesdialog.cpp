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

    m_confidenceHigh = new QSpinBox(this);
    m_confidenceHigh->setRange(2, 99);
    m_confidenceHigh->setSuffix(tr(" %"));
    m_confidenceHigh->setValue(preferences->confidenceHighPercent());
    m_confidenceHigh->setAccessibleName(tr("High confidence from"));
    form->addRow(tr("&High confidence from:"), m_confidenceHigh);
    m_confidenceLow = new QSpinBox(this);
    m_confidenceLow->setRange(1, 98);
    m_confidenceLow->setSuffix(tr(" %"));
    m_confidenceLow->setValue(preferences->confidenceLowPercent());
    m_confidenceLow->setAccessibleName(tr("Low confidence below"));
    form->addRow(tr("&Low confidence below:"), m_confidenceLow);
    // Keep low < high while either is edited.
    connect(m_confidenceHigh, &QSpinBox::valueChanged, this, [this](int high) {
        if (m_confidenceLow->value() >= high)
            m_confidenceLow->setValue(high - 1);
    });
    connect(m_confidenceLow, &QSpinBox::valueChanged, this, [this](int low) {
        if (m_confidenceHigh->value() <= low)
            m_confidenceHigh->setValue(low + 1);
    });
    auto *bandHint = new QLabel(tr("Predicted fields below the low mark are flagged for review; fields at or "
                                   "above the high mark are shown as trusted."),
                                this);
    bandHint->setWordWrap(true);
    bandHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), bandHint);

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
    m_preferences->setConfidenceBands(m_confidenceLow->value(), m_confidenceHigh->value());
}
