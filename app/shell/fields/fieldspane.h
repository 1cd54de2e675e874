#pragma once

#include "core/fields/fieldconflict.h"

#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>

class ConflictDialog;
class DocumentReview;
class DraftStore;
class FieldBoxes;
class GroundTruthEditor;
class KeyHelpOverlay;
class PageTextPicker;
class Preferences;
class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeView;
class ValueLocator;
class ViewerPane;
struct LocatedValue;

namespace las {
class Client;
}

// The third pane of the review screen: the model's fields of the open document (label, value,
// confidence band as colour and glyph, position on the page), a model run, and the ground-truth editor
// with drafts, save and conflict handling. Works with the page pane: each located value is a box over the
// page; focusing a field shows its box, clicking a box focuses its field, clicking or dragging over words
// puts them into the field being edited.
class FieldsPane : public QWidget
{
    Q_OBJECT
public:
    // None owned; all must outlive the pane. `drafts` may be null (the default folder is used).
    FieldsPane(ViewerPane *viewer, Preferences *preferences, DraftStore *drafts = nullptr,
               QWidget *parent = nullptr);
    ~FieldsPane() override;

    void setClient(las::Client *client);
    void openDocument(const QString &documentId);
    void clear();

    DocumentReview *review() const { return m_review; }
    QTreeView *predictionsView() const { return m_tree; }
    GroundTruthEditor *editor() const { return m_editor; }
    FieldBoxes *boxes() const { return m_boxes; }
    QComboBox *modelBox() const { return m_modelBox; }
    QSpinBox *maxPagesBox() const { return m_maxPages; }
    QCheckBox *autoRotateBox() const { return m_autoRotate; }
    QPushButton *runButton() const { return m_runButton; }
    QLabel *runStatusLabel() const { return m_runStatus; }
    QLabel *saveStatusLabel() const { return m_saveStatus; }
    QLabel *messageLabel() const { return m_messageText; }
    QFrame *draftBanner() const { return m_draftBanner; }
    QPushButton *restoreDraftButton() const { return m_restoreDraft; }
    QPushButton *discardDraftButton() const { return m_discardDraft; }
    KeyHelpOverlay *keyHelp() const { return m_keyHelp; }
    ConflictDialog *conflictDialog() const;
    QList<QAction *> fieldActions() const;
    // Locating rounds answered for the current predictions (for tests: boxes are in the layer after this).
    int locateRounds() const { return m_locateRounds; }

    // The field (prediction candidate id) currently focused, or empty.
    QString focusedField() const;
    void focusField(const QString &fieldId);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // Boxes for the current predictions were put into the overlay layer.
    void fieldsLocated();

private:
    void createActions();
    void updateState();
    void updateSaveStatus();
    void showMessage(const QString &message);
    void locate();
    void onLocated(quint64 ticket, const QList<LocatedValue> &values);
    void onFieldFocused(const QString &fieldId, bool fromTree);
    void onBoxClicked(const QString &fieldId);
    void onCandidateClicked(const QString &fieldId, int candidate);
    void onTextPicked(int page, const QRectF &rect);
    void onPicked(int page, const QString &text);
    void onEditorRowChanged(int row);
    void onDraftFound();
    void onConflict(const QList<FieldConflict::Row> &rows);
    void save();
    void runModel();
    void applyPreferences();
    QString bestFieldForLabel(const QString &label) const;

    ViewerPane *m_viewer;
    Preferences *m_preferences;
    std::unique_ptr<DraftStore> m_ownDrafts;
    DraftStore *m_drafts;
    DocumentReview *m_review;
    ValueLocator *m_locator;
    FieldBoxes *m_boxes;
    PageTextPicker *m_picker;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QFrame *m_draftBanner;
    QLabel *m_draftText;
    QPushButton *m_restoreDraft;
    QPushButton *m_discardDraft;
    QFrame *m_messageBar;
    QLabel *m_messageText;
    QComboBox *m_modelBox;
    QSpinBox *m_maxPages;
    QCheckBox *m_autoRotate;
    QPushButton *m_runButton;
    QLabel *m_runStatus;
    QTreeView *m_tree;
    GroundTruthEditor *m_editor;
    QLabel *m_saveStatus;
    QPushButton *m_saveButton;
    KeyHelpOverlay *m_keyHelp = nullptr;
    QPointer<ConflictDialog> m_conflictDialog;

    QAction *m_save = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_addRow = nullptr;
    QAction *m_removeRow = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_fill = nullptr;
    QAction *m_help = nullptr;
    QAction *m_focusFields = nullptr;

    quint64 m_locateTicket = 0;
    QString m_locatedDocument;
    int m_locateRounds = 0;
    bool m_syncingFocus = false;
    QString m_saveProblem;
};
