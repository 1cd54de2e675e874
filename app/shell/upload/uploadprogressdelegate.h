#pragma once

#include <QStyledItemDelegate>

// Draws UploadQueueModel::ProgressRole (0..1000) as a progress bar in the cell; nothing when it is -1.
class UploadProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
