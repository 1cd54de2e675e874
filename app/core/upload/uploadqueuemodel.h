#pragma once

#include "core/upload/uploaddropsummary.h"

#include "upload/uploaditem.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

class UploadQueue;

namespace las {
class UploadEngine;
}

// The upload queue as a table, one row per file, over UploadQueue's engine. Stays fluid with ten thousand
// rows: the engine's per-file signals are collected and applied every UpdateIntervalMs as one insert and one
// dataChanged per column block, never one signal per byte or per row. Speeds are smoothed per row and
// overall; the ETA comes from the overall speed.
class UploadQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SizeColumn,
        StateColumn,
        ProgressColumn,
        SpeedColumn,
        MessageColumn,
        DocumentColumn,
        PredictionColumn,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        DocumentIdRole, // the uploaded document, or the one that already has the content
        ProgressRole,   // 0..1000, -1 when there is nothing to show
        StateRole,      // las::UploadState as int
        FinishedRole,   // bool
    };
    static constexpr int UpdateIntervalMs = 100;

    struct Overall
    {
        las::UploadTotals totals;
        double bytesPerSecond = 0; // file bytes, smoothed
        qint64 etaSeconds = -1;    // -1: unknown
        bool paused = false;
        QString pauseReason;
    };

    explicit UploadQueueModel(UploadQueue *queue, QObject *parent = nullptr);
    ~UploadQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    UploadQueue *queue() const { return m_queue; }
    qint64 itemId(int row) const;
    int rowOf(qint64 id) const { return m_rowOf.value(id, -1); }
    las::UploadItem item(int row) const;
    QList<qint64> ids(const QModelIndexList &indexes) const;
    Overall overall() const { return m_overall; }
    // One line for the status bar: "Uploading 12 of 300 files, 4.2 MB/s, about 1 min left"; empty: nothing.
    QString overallText() const;
    static QString stateText(const las::UploadItem &item);
    // Why a row failed, in the user's language, by the kind of error (the library's messages are English,
    // for logs; the kind is journaled, so rows restored after a restart are explained the same way); the
    // server's own explanation, when it gave one, follows.
    static QString failureText(const las::UploadItem &item);
    // Applies what the engine reported since the last update now (tests, and before removals).
    void flush();

Q_SIGNALS:
    void overallChanged();
    void dropFinished(const UploadDropSummary &summary);

private:
    void setEngine(las::UploadEngine *engine);
    void reload();
    void schedule();
    void onItemsAdded(const QList<qint64> &ids);
    void onItemChanged(const las::UploadItem &item);
    void onItemProgress(qint64 id, qint64 sent, qint64 total);
    void onItemsRemoved(const QList<qint64> &ids);
    void onDropFinished(qint64 dropId);
    void updateOverall();

    struct Rate
    {
        qint64 bytes = 0;
        qint64 atMs = 0;
        double perSecond = 0;
    };

    UploadQueue *m_queue;
    QPointer<las::UploadEngine> m_engine;
    QList<las::UploadItem> m_items;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, Rate> m_rates;
    QList<qint64> m_pendingAdds;
    QHash<qint64, las::UploadItem> m_pendingItems;
    QList<qint64> m_pendingDrops;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Overall m_overall;
    Rate m_overallRate;
    bool m_overallDirty = false;
};
