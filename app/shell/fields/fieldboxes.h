#pragma once

#include <QObject>
#include <QString>

class FieldsModel;
class OverlayLayer;

// Draws each located predicted value as a labelled box in the viewer's field layer, coloured by its
// confidence band; the focused field gets a highlight, and when its value is ambiguous its other
// candidates are drawn too, for the reviewer to pick. Hover shows label and confidence (the item's tooltip).
class FieldBoxes : public QObject
{
    Q_OBJECT
public:
    FieldBoxes(OverlayLayer *layer, FieldsModel *model, QObject *parent = nullptr);

    void setFocusedField(const QString &fieldId);
    QString focusedField() const { return m_focused; }
    // Rebuilds the items from the model (after predictions or locations changed).
    void refresh();

    static QString candidateItemId(const QString &fieldId, int candidate);

Q_SIGNALS:
    void fieldClicked(const QString &fieldId);
    // The reviewer picked runner-up `candidate` (0-based) of an ambiguous field.
    void candidateClicked(const QString &fieldId, int candidate);

private:
    OverlayLayer *m_layer;
    FieldsModel *m_model;
    QString m_focused;
};
