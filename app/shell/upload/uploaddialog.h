#pragma once

#include "core/upload/uploadchoices.h"
#include "core/upload/uploadintake.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace las {
class Client;
class PageWalker;
} // namespace las

// Asked once per drop: where the files go (no batch, a batch known here or typed in, or a new batch with a
// name and description — created when the user clicks Upload), the consent ID, and the model to run on each
// document after upload. Starts with the profile's last choices.
class UploadDialog : public QDialog
{
    Q_OBJECT
public:
    // client may be null (signed out): then no models are listed and no batch can be created.
    UploadDialog(const UploadIntake::Result &files, const UploadChoices &last, las::Client *client,
                 QWidget *parent = nullptr);
    ~UploadDialog() override;

    // After accepted(): the choices for this drop (knownBatches includes a batch created here).
    UploadChoices choices() const { return m_choices; }

    QComboBox *batchCombo() const { return m_batchCombo; }
    QComboBox *modelCombo() const { return m_modelCombo; }
    QLineEdit *consentEdit() const { return m_consent; }
    QLineEdit *newBatchName() const { return m_newName; }
    QRadioButton *newBatchButton() const { return m_newBatch; }
    QCheckBox *runModelBox() const { return m_runModel; }

    void accept() override;

private:
    void updateState();
    QString currentBatchId() const;
    void loadModels();
    void showProblem(const QString &message);
    void finish(const QString &batchId);

    las::Client *m_client;
    UploadChoices m_choices;
    QLabel *m_summary = nullptr;
    QButtonGroup *m_batchMode = nullptr;
    QRadioButton *m_noBatch = nullptr;
    QRadioButton *m_existingBatch = nullptr;
    QRadioButton *m_newBatch = nullptr;
    QComboBox *m_batchCombo = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newDescription = nullptr;
    QLineEdit *m_consent = nullptr;
    QCheckBox *m_runModel = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QLabel *m_modelState = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<las::PageWalker> m_models;
    bool m_creating = false;
};
