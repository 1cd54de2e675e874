#include "shell/upload/uploaddialog.h"

#include "api/client.h"
#include "api/inputvalidator.h"
#include "api/pagewalker.h"
#include "upload/uploadfilecheck.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

bool uploadDialogIdMatches(const QString &value, las::InputValidator::IdKind kind)
{
    const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(las::InputValidator::idPatternFor(kind)));
    return pattern.match(value).hasMatch();
}

QString uploadDialogBatchLabel(const UploadChoices::KnownBatch &batch)
{
    if (batch.name.isEmpty())
        return batch.batchId;
    return UploadDialog::tr("%1 (%2)").arg(batch.name, batch.batchId);
}

} // namespace

UploadDialog::UploadDialog(const UploadIntake::Result &files, const UploadChoices &last, las::Client *client,
                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_choices(last)
{
    setWindowTitle(tr("Upload Documents"));
    setObjectName(u"UploadDialog"_s);
    auto *layout = new QVBoxLayout(this);

    const QLocale locale;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("Files found: %1 (%2). Only PDF and JPEG files up to %3 are uploaded; any other file "
           "is listed in the queue with the reason, and nothing else is done with it.")
            .arg(locale.toString(files.files.size()),
                 locale.formattedDataSize(files.bytes, 1, QLocale::DataSizeSIFormat),
                 locale.formattedDataSize(las::UploadFileCheck::MaxFileBytes, 2, QLocale::DataSizeSIFormat)));
    layout->addWidget(m_summary);

    auto *batchBox = new QGroupBox(tr("Batch"), this);
    auto *batchLayout = new QGridLayout(batchBox);
    m_batchMode = new QButtonGroup(this);
    m_noBatch = new QRadioButton(tr("&No batch"), batchBox);
    m_existingBatch = new QRadioButton(tr("&Existing batch:"), batchBox);
    m_newBatch = new QRadioButton(tr("Ne&w batch:"), batchBox);
    m_batchMode->addButton(m_noBatch);
    m_batchMode->addButton(m_existingBatch);
    m_batchMode->addButton(m_newBatch);
    m_batchCombo = new QComboBox(batchBox);
    m_batchCombo->setEditable(true);
    m_batchCombo->setInsertPolicy(QComboBox::NoInsert);
    m_batchCombo->setAccessibleName(tr("Existing batch"));
    m_batchCombo->lineEdit()->setPlaceholderText(tr("las:batch:…"));
    m_batchCombo->setMinimumContentsLength(40);
    m_batchCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const UploadChoices::KnownBatch &batch : std::as_const(m_choices.knownBatches))
        m_batchCombo->addItem(uploadDialogBatchLabel(batch), batch.batchId);
    m_newName = new QLineEdit(batchBox);
    m_newName->setAccessibleName(tr("New batch name"));
    m_newName->setPlaceholderText(tr("Name"));
    m_newName->setMaxLength(las::InputValidator::MaxNameLength);
    m_newDescription = new QLineEdit(batchBox);
    m_newDescription->setAccessibleName(tr("New batch description"));
    m_newDescription->setPlaceholderText(tr("Description (optional)"));
    m_newDescription->setMaxLength(las::InputValidator::MaxNameLength);
    batchLayout->addWidget(m_noBatch, 0, 0, 1, 2);
    batchLayout->addWidget(m_existingBatch, 1, 0);
    batchLayout->addWidget(m_batchCombo, 1, 1);
    batchLayout->addWidget(m_newBatch, 2, 0);
    batchLayout->addWidget(m_newName, 2, 1);
    batchLayout->addWidget(m_newDescription, 3, 1);
    batchLayout->setColumnStretch(1, 1);
    layout->addWidget(batchBox);

    if (m_choices.batchId.isEmpty()) {
        m_noBatch->setChecked(true);
    } else {
        m_existingBatch->setChecked(true);
        const int index = m_batchCombo->findData(m_choices.batchId);
        if (index >= 0)
            m_batchCombo->setCurrentIndex(index);
        else
            m_batchCombo->setEditText(m_choices.batchId);
    }

    auto *form = new QFormLayout;
    m_consent = new QLineEdit(m_choices.consentId, this);
    m_consent->setAccessibleName(tr("Consent ID"));
    m_consent->setPlaceholderText(tr("Optional: las:consent:…"));
    m_consent->setClearButtonEnabled(true);
    form->addRow(tr("&Consent ID:"), m_consent);

    auto *modelRow = new QHBoxLayout;
    m_runModel = new QCheckBox(tr("&Run a model after upload:"), this);
    m_runModel->setChecked(!m_choices.modelId.isEmpty());
    m_modelCombo = new QComboBox(this);
    m_modelCombo->setAccessibleName(tr("Model to run after upload"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modelState = new QLabel(this);
    m_modelState->setForegroundRole(QPalette::PlaceholderText);
    modelRow->addWidget(m_runModel);
    modelRow->addWidget(m_modelCombo, 1);
    modelRow->addWidget(m_modelState);
    form->addRow(modelRow);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setAutoFillBackground(true);
    m_problem->setBackgroundRole(QPalette::Highlight);
    m_problem->setMargin(6);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *upload = m_buttons->addButton(tr("&Upload"), QDialogButtonBox::AcceptRole);
    upload->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UploadDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UploadDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_batchMode, &QButtonGroup::buttonToggled, this, &UploadDialog::updateState);
    connect(m_runModel, &QCheckBox::toggled, this, &UploadDialog::updateState);
    connect(m_batchCombo, &QComboBox::editTextChanged, this, &UploadDialog::updateState);
    connect(m_newName, &QLineEdit::textChanged, this, &UploadDialog::updateState);
    connect(m_consent, &QLineEdit::textChanged, this, &UploadDialog::updateState);
    loadModels();
    updateState();
}

UploadDialog::~UploadDialog() = default;

QString UploadDialog::currentBatchId() const
{
    // A known batch shows its name; anything typed over it is taken as an ID.
    const QString text = m_batchCombo->currentText().trimmed();
    const int index = m_batchCombo->findText(text);
    return index >= 0 ? m_batchCombo->itemData(index).toString() : text;
}

void UploadDialog::loadModels()
{
    if (!m_client) {
        m_modelState->setText(tr("Sign in to list the models."));
        return;
    }
    if (!m_choices.modelId.isEmpty())
        m_modelCombo->addItem(m_choices.modelId, m_choices.modelId); // until the list arrives
    m_modelState->setText(tr("Loading models…"));
    las::Client *client = m_client;
    m_models = new las::PageWalker(
        [client](const QString &token) {
            las::PaginationOptions options;
            options.nextToken = token;
            return client->listModels(options);
        },
        this);
    m_models->setMaxPages(20);
    auto models = std::make_shared<QList<las::Model>>();
    connect(m_models, &las::PageWalker::page, this, [models](las::Reply *reply) {
        models->append(las::PageWalker::resultOf<las::ModelList>(reply).models);
    });
    connect(m_models, &las::PageWalker::succeeded, this, [this, models] {
        const QString wanted = m_choices.modelId;
        m_modelCombo->clear();
        for (const las::Model &model : std::as_const(*models)) {
            const QString name = model.name.value_or(QString());
            m_modelCombo->addItem(name.isEmpty() ? model.modelId : tr("%1 (%2)").arg(name, model.modelId),
                                  model.modelId);
        }
        const int index = m_modelCombo->findData(wanted);
        if (index >= 0)
            m_modelCombo->setCurrentIndex(index);
        m_modelState->setText(models->isEmpty() ? tr("This account has no models.") : QString());
        updateState();
    });
    connect(m_models, &las::PageWalker::failed, this, [this](const las::Error &error) {
        m_modelState->setText(tr("Models could not be listed."));
        m_modelState->setToolTip(error.message());
        updateState();
    });
    m_models->start();
}

void UploadDialog::updateState()
{
    m_batchCombo->setEnabled(m_existingBatch->isChecked() && !m_creating);
    m_newName->setEnabled(m_newBatch->isChecked() && !m_creating);
    m_newDescription->setEnabled(m_newBatch->isChecked() && !m_creating);
    m_modelCombo->setEnabled(m_runModel->isChecked() && m_modelCombo->count() > 0 && !m_creating);
    m_modelState->setVisible(!m_modelState->text().isEmpty());

    QString problem;
    const QString batchText = currentBatchId();
    if (m_existingBatch->isChecked() && !uploadDialogIdMatches(batchText, las::InputValidator::IdKind::Batch))
        problem = tr("Choose a batch, or type its ID: las:batch: followed by 32 hexadecimal digits.");
    else if (m_newBatch->isChecked() && !m_client)
        problem = tr("Sign in to create a batch.");
    const QString consent = m_consent->text().trimmed();
    if (problem.isEmpty() && !consent.isEmpty() &&
        !uploadDialogIdMatches(consent, las::InputValidator::IdKind::Consent))
        problem = tr("A consent ID looks like las:consent: followed by 32 hexadecimal digits.");
    if (problem.isEmpty() && m_runModel->isChecked() && m_modelCombo->currentData().toString().isEmpty())
        problem = tr("Choose the model to run, or untick \"Run a model after upload\".");
    // Shown only once the user has typed something wrong; an empty choice just disables Upload.
    const bool typedWrong = (m_existingBatch->isChecked() && !batchText.isEmpty()) || !consent.isEmpty();
    if (!m_creating) {
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty() && typedWrong);
    }
    const QList<QAbstractButton *> buttons = m_buttons->buttons();
    for (QAbstractButton *button : buttons) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty() && !m_creating);
    }
    setProperty("problem", problem);
}

void UploadDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void UploadDialog::accept()
{
    updateState();
    if (!property("problem").toString().isEmpty() || m_creating)
        return;
    m_choices.consentId = m_consent->text().trimmed();
    m_choices.modelId = m_runModel->isChecked() ? m_modelCombo->currentData().toString() : QString();
    if (m_noBatch->isChecked()) {
        finish({});
        return;
    }
    if (m_existingBatch->isChecked()) {
        finish(currentBatchId());
        return;
    }
    // A new batch is created now, so a wrong name or a server problem shows here and the drop stays.
    las::CreateBatchOptions options;
    const QString name = m_newName->text().trimmed();
    const QString description = m_newDescription->text().trimmed();
    if (!name.isEmpty())
        options.name = name;
    if (!description.isEmpty())
        options.description = description;
    m_creating = true;
    updateState();
    showProblem({});
    auto *reply = m_client->createBatch(options);
    connect(reply, &las::Reply::finished, this, [this, reply, name, description] {
        m_creating = false;
        if (!reply->isSuccess()) {
            updateState();
            showProblem(tr("The batch could not be created: %1").arg(reply->error().message()));
            return;
        }
        const las::Batch batch = static_cast<las::ResultReply<las::Batch> *>(reply)->result();
        m_choices.rememberBatch(
            {batch.batchId, batch.name.value_or(name), batch.description.value_or(description)});
        finish(batch.batchId);
    });
}

void UploadDialog::finish(const QString &batchId)
{
    m_choices.batchId = batchId;
    if (!batchId.isEmpty())
        m_choices.rememberBatch({batchId, {}, {}});
    QDialog::accept();
}
