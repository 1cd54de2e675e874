#include "core/upload/uploadqueuemodel.h"

#include "core/upload/uploadqueue.h"

#include "upload/uploadengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The prediction on a row in a few words: "total_amount: 1234.50, due_date: 2024-01-31".
QString uploadQueuePredictionText(const QJsonValue &prediction)
{
    if (prediction.isNull() || prediction.isUndefined())
        return {};
    const QJsonArray items = prediction.toObject().value(u"predictions"_s).toArray();
    if (items.isEmpty() && !prediction.toObject().contains(u"predictions"_s))
        return QString::fromUtf8(QJsonDocument(prediction.toObject()).toJson(QJsonDocument::Compact))
            .left(200);
    QStringList parts;
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        const QJsonValue value = o.value(u"value"_s);
        const QString text = value.isString()   ? value.toString()
                             : value.isDouble() ? QString::number(value.toDouble())
                             : value.isBool()   ? (value.toBool() ? u"true"_s : u"false"_s)
                                                : u"—"_s;
        parts.append(u"%1: %2"_s.arg(o.value(u"label"_s).toString(), text));
        if (parts.size() == 8)
            break;
    }
    return parts.isEmpty() ? UploadQueueModel::tr("No fields found.") : parts.join(u", "_s);
}

} // namespace

UploadQueueModel::UploadQueueModel(UploadQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    m_clock.start();
    m_timer.setInterval(UpdateIntervalMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UploadQueueModel::flush);
    connect(m_queue, &UploadQueue::engineChanged, this, &UploadQueueModel::setEngine);
    setEngine(m_queue->engine());
}

UploadQueueModel::~UploadQueueModel() = default;

void UploadQueueModel::setEngine(las::UploadEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine) {
        connect(engine, &las::UploadEngine::itemsAdded, this, &UploadQueueModel::onItemsAdded);
        connect(engine, &las::UploadEngine::itemChanged, this, &UploadQueueModel::onItemChanged);
        connect(engine, &las::UploadEngine::itemProgress, this, &UploadQueueModel::onItemProgress);
        connect(engine, &las::UploadEngine::itemsRemoved, this, &UploadQueueModel::onItemsRemoved);
        connect(engine, &las::UploadEngine::totalsChanged, this, [this] {
            m_overallDirty = true;
            schedule();
        });
        connect(engine, &las::UploadEngine::paused, this, [this] {
            m_overallDirty = true;
            schedule();
        });
        connect(engine, &las::UploadEngine::resumed, this, [this] {
            m_overallDirty = true;
            schedule();
        });
        connect(engine, &las::UploadEngine::dropFinished, this, [this](qint64 dropId) {
            m_pendingDrops.append(dropId);
            schedule();
        });
    }
    reload();
}

void UploadQueueModel::reload()
{
    beginResetModel();
    m_items = m_engine ? m_engine->items() : QList<las::UploadItem>();
    m_rowOf.clear();
    m_rowOf.reserve(m_items.size());
    for (int row = 0; row < m_items.size(); ++row)
        m_rowOf.insert(m_items.at(row).id, row);
    m_rates.clear();
    m_pendingAdds.clear();
    m_pendingItems.clear();
    m_pendingDrops.clear();
    m_dirtyFirst = m_dirtyLast = -1;
    m_overallRate = {};
    endResetModel();
    updateOverall();
}

void UploadQueueModel::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void UploadQueueModel::onItemsAdded(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (!m_rowOf.contains(id))
            m_pendingAdds.append(id);
    }
    m_overallDirty = true;
    schedule();
}

void UploadQueueModel::onItemChanged(const las::UploadItem &item)
{
    const int row = m_rowOf.value(item.id, -1);
    if (row < 0) {
        m_pendingItems.insert(item.id, item);
        if (!m_pendingAdds.contains(item.id))
            m_pendingAdds.append(item.id);
        schedule();
        return;
    }
    las::UploadItem &mine = m_items[row];
    const qint64 sent = mine.bytesSent;
    const qint64 total = mine.bytesTotal;
    mine = item;
    // The engine's snapshot may lag the live byte counts of the request in flight.
    if (item.state == las::UploadState::Uploading && item.bytesSent < sent) {
        mine.bytesSent = sent;
        mine.bytesTotal = total;
    }
    if (item.isFinished())
        m_rates.remove(item.id);
    m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
    m_overallDirty = true;
    schedule();
}

void UploadQueueModel::onItemProgress(qint64 id, qint64 sent, qint64 total)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return;
    las::UploadItem &item = m_items[row];
    item.bytesSent = sent;
    item.bytesTotal = total;
    const qint64 now = m_clock.elapsed();
    Rate &rate = m_rates[id];
    if (sent < rate.bytes || rate.atMs == 0) { // a new attempt starts from zero
        rate = {sent, now, rate.perSecond};
    } else if (now - rate.atMs >= 200) {
        const double instant = double(sent - rate.bytes) * 1000.0 / double(now - rate.atMs);
        rate.perSecond = rate.perSecond <= 0 ? instant : 0.6 * rate.perSecond + 0.4 * instant;
        rate.bytes = sent;
        rate.atMs = now;
    }
    m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
    m_overallDirty = true;
    schedule();
}

void UploadQueueModel::onItemsRemoved(const QList<qint64> &ids)
{
    flush();
    QList<int> rows;
    for (qint64 id : ids) {
        const int row = m_rowOf.value(id, -1);
        if (row >= 0)
            rows.append(row);
        m_rates.remove(id);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    if (rows.size() > 64) {
        // Many scattered rows: one reset beats hundreds of removal signals.
        beginResetModel();
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            m_items.removeAt(*it);
        m_rowOf.clear();
        for (int row = 0; row < m_items.size(); ++row)
            m_rowOf.insert(m_items.at(row).id, row);
        endResetModel();
    } else {
        // Contiguous runs, last first, so earlier row numbers stay valid.
        int end = int(rows.size()) - 1;
        while (end >= 0) {
            int start = end;
            while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
                --start;
            beginRemoveRows({}, rows.at(start), rows.at(end));
            m_items.remove(rows.at(start), rows.at(end) - rows.at(start) + 1);
            endRemoveRows();
            end = start - 1;
        }
        m_rowOf.clear();
        for (int row = 0; row < m_items.size(); ++row)
            m_rowOf.insert(m_items.at(row).id, row);
    }
    updateOverall();
}

void UploadQueueModel::flush()
{
    m_timer.stop();
    if (!m_pendingAdds.isEmpty() && m_engine) {
        QList<las::UploadItem> added;
        added.reserve(m_pendingAdds.size());
        for (qint64 id : std::as_const(m_pendingAdds)) {
            if (m_rowOf.contains(id))
                continue;
            std::optional<las::UploadItem> item = m_engine->item(id);
            if (!item && m_pendingItems.contains(id))
                item = m_pendingItems.value(id);
            if (item)
                added.append(*item);
        }
        m_pendingAdds.clear();
        m_pendingItems.clear();
        if (!added.isEmpty()) {
            const int first = int(m_items.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (const las::UploadItem &item : std::as_const(added)) {
                m_rowOf.insert(item.id, int(m_items.size()));
                m_items.append(item);
            }
            endInsertRows();
        }
    }
    if (m_dirtyFirst >= 0) {
        const int last = std::min(m_dirtyLast, int(m_items.size()) - 1);
        if (m_dirtyFirst <= last)
            Q_EMIT dataChanged(index(m_dirtyFirst, 0), index(last, ColumnCount - 1));
        m_dirtyFirst = m_dirtyLast = -1;
    }
    const QList<qint64> drops = std::exchange(m_pendingDrops, {});
    if (m_overallDirty || !m_rates.isEmpty())
        updateOverall();
    for (qint64 dropId : drops)
        onDropFinished(dropId);
    // While something is in flight, keep ticking so the speeds and the ETA stay current.
    if (m_overall.totals.active > 0)
        schedule();
}

void UploadQueueModel::updateOverall()
{
    m_overallDirty = false;
    Overall next;
    if (m_engine) {
        next.totals = m_engine->totals();
        next.paused = m_engine->isPaused();
        next.pauseReason = m_engine->pauseReason();
    }
    const qint64 now = m_clock.elapsed();
    const qint64 done = next.totals.bytesDone;
    if (m_overallRate.atMs == 0 || done < m_overallRate.bytes) {
        m_overallRate = {done, now, 0};
    } else if (now - m_overallRate.atMs >= 500) {
        const double instant = double(done - m_overallRate.bytes) * 1000.0 / double(now - m_overallRate.atMs);
        m_overallRate.perSecond =
            m_overallRate.perSecond <= 0 ? instant : 0.7 * m_overallRate.perSecond + 0.3 * instant;
        m_overallRate.bytes = done;
        m_overallRate.atMs = now;
    }
    if (next.totals.active == 0)
        m_overallRate.perSecond = 0;
    next.bytesPerSecond = m_overallRate.perSecond;
    const qint64 left = next.totals.bytesTotal - done;
    if (next.bytesPerSecond > 1 && left > 0 && !next.paused)
        next.etaSeconds = qint64(std::ceil(double(left) / next.bytesPerSecond));
    m_overall = next;
    Q_EMIT overallChanged();
}

void UploadQueueModel::onDropFinished(qint64 dropId)
{
    UploadDropSummary summary;
    summary.dropId = dropId;
    for (const las::UploadItem &item : std::as_const(m_items)) {
        if (item.dropId != dropId)
            continue;
        switch (item.state) {
        case las::UploadState::Done:
            ++summary.uploaded;
            if (item.isPossibleDuplicate()) {
                ++summary.possibleDuplicates;
                summary.failedLines.append({item.fileName, item.path,
                                            tr("Uploaded, but it may be on the server more than once: %1")
                                                .arg(item.possibleDuplicateIds.join(u", "_s))});
            }
            break;
        case las::UploadState::Skipped:
            ++summary.skipped;
            summary.skippedLines.append({item.fileName, item.path,
                                         item.existingDocumentId.isEmpty()
                                             ? tr("The same file is already in the queue.")
                                             : tr("Already uploaded as %1.").arg(item.existingDocumentId)});
            break;
        case las::UploadState::Rejected:
            ++summary.skipped;
            summary.skippedLines.append({item.fileName, item.path, item.error});
            break;
        case las::UploadState::Failed:
            ++summary.failed;
            summary.failedLines.append({item.fileName, item.path, item.error});
            break;
        case las::UploadState::Cancelled:
            ++summary.cancelled;
            break;
        default:
            break;
        }
    }
    Q_EMIT dropFinished(summary);
}

int UploadQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int UploadQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 UploadQueueModel::itemId(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

las::UploadItem UploadQueueModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row) : las::UploadItem{};
}

QList<qint64> UploadQueueModel::ids(const QModelIndexList &indexes) const
{
    QList<qint64> result;
    for (const QModelIndex &index : indexes) {
        const qint64 id = itemId(index.row());
        if (id > 0 && !result.contains(id))
            result.append(id);
    }
    return result;
}

QString UploadQueueModel::stateText(const las::UploadItem &item)
{
    if (item.held && !item.isFinished())
        return item.state == las::UploadState::Uploading ? tr("Pausing") : tr("Paused");
    switch (item.state) {
    case las::UploadState::Checking:
        return tr("Checking");
    case las::UploadState::Waiting:
        return tr("Waiting");
    case las::UploadState::Uploading:
        return tr("Uploading");
    case las::UploadState::Verifying:
        return tr("Checking the server");
    case las::UploadState::Predicting:
        return tr("Running the model");
    case las::UploadState::Done:
        return item.isPossibleDuplicate() ? tr("Uploaded (possible duplicate)") : tr("Uploaded");
    case las::UploadState::Skipped:
        return item.existingDocumentId.isEmpty() ? tr("Already queued") : tr("Already uploaded");
    case las::UploadState::Rejected:
        return tr("Not uploaded");
    case las::UploadState::Failed:
        return tr("Failed");
    case las::UploadState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString UploadQueueModel::failureText(const las::UploadItem &item)
{
    const las::Error &e = item.failure;
    const QString server = e.message();
    switch (e.kind()) {
    case las::Error::Kind::None:
    case las::Error::Kind::Cancelled:
    case las::Error::Kind::KeychainUnavailable:
        return item.error;
    case las::Error::Kind::Network:
        return tr("No connection to the server, or it broke off (%1).").arg(server);
    case las::Error::Kind::Timeout:
        return tr("The server did not answer in time.");
    case las::Error::Kind::InvalidInput:
        return tr("The file could not be read while it was being uploaded (%1).").arg(server);
    case las::Error::Kind::InvalidResponse:
        return tr("The server's answer could not be understood (%1).").arg(server);
    case las::Error::Kind::Auth:
        return tr("The server no longer accepts this sign-in; sign in again, then retry.");
    case las::Error::Kind::Forbidden:
        return tr("This account may not upload documents (%1).").arg(server);
    case las::Error::Kind::NotFound:
        return tr("The server does not know the batch or consent of this drop (%1).").arg(server);
    case las::Error::Kind::BadRequest:
        return tr("The server refused the file: %1").arg(server);
    case las::Error::Kind::RateLimited:
        return tr("The server is busy (too many requests); retry in a while.");
    case las::Error::Kind::QuotaExceeded:
        return tr("The account's document quota is used up.");
    case las::Error::Kind::Server:
        return tr("The server failed (HTTP %1): %2").arg(e.httpStatus()).arg(server);
    case las::Error::Kind::Insecure:
        return tr("Refused for security: %1").arg(server);
    }
    return item.error;
}

QVariant UploadQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const las::UploadItem &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case DocumentIdRole:
        return item.documentId.isEmpty() ? item.existingDocumentId : item.documentId;
    case StateRole:
        return int(item.state);
    case FinishedRole:
        return item.isFinished();
    case ProgressRole:
        if (item.state == las::UploadState::Done || item.state == las::UploadState::Predicting)
            return 1000;
        if (item.state == las::UploadState::Uploading && item.bytesTotal > 0)
            return int(item.bytesSent * 1000 / item.bytesTotal);
        if (item.state == las::UploadState::Uploading || item.state == las::UploadState::Verifying)
            return 0;
        return -1;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return item.path;
        if (index.column() == MessageColumn || index.column() == PredictionColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return item.fileName;
    case SizeColumn:
        return item.size >= 0 ? locale.formattedDataSize(item.size, 1, QLocale::DataSizeSIFormat) : QString();
    case StateColumn:
        return stateText(item);
    case ProgressColumn: {
        const int permille = data(index, ProgressRole).toInt();
        return permille < 0 ? QString() : tr("%1 %").arg(permille / 10);
    }
    case SpeedColumn: {
        const auto rate = m_rates.constFind(item.id);
        if (item.state != las::UploadState::Uploading || rate == m_rates.constEnd() || rate->perSecond <= 0)
            return QString();
        return tr("%1/s").arg(
            locale.formattedDataSize(qint64(rate->perSecond), 1, QLocale::DataSizeSIFormat));
    }
    case MessageColumn:
        if (item.isPossibleDuplicate())
            return tr("May be on the server more than once: %1").arg(item.possibleDuplicateIds.join(u", "_s));
        if (item.recovered && item.state == las::UploadState::Done)
            return tr("The answer was lost; found on the server.");
        if (item.state == las::UploadState::Skipped && item.existingItemId > 0)
            return tr("The same file is already in the queue.");
        if (item.held && !item.isFinished())
            return tr("Paused: nothing is sent for this file until you resume it.");
        if (item.state == las::UploadState::Failed)
            return failureText(item);
        return item.error;
    case DocumentColumn:
        return item.documentId.isEmpty() ? item.existingDocumentId : item.documentId;
    case PredictionColumn:
        if (!item.predictionError.isEmpty())
            return tr("Prediction failed: %1").arg(item.predictionError);
        return uploadQueuePredictionText(item.prediction);
    }
    return {};
}

QVariant UploadQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case MessageColumn:
        return tr("Message");
    case DocumentColumn:
        return tr("Document");
    case PredictionColumn:
        return tr("Prediction");
    }
    return {};
}

QString UploadQueueModel::overallText() const
{
    const las::UploadTotals &t = m_overall.totals;
    const int open = t.checking + t.waiting + t.active;
    if (t.total == 0)
        return {};
    const QLocale locale;
    if (open == 0)
        return tr("Uploads: %1 done, %2 skipped, %3 failed.")
            .arg(locale.toString(t.done), locale.toString(t.skipped + t.rejected), locale.toString(t.failed));
    if (!m_overall.paused && t.active == 0 && t.checking == 0 && t.held >= t.waiting)
        return tr("Uploads: %1 done; %2 paused files wait until you resume them.")
            .arg(locale.toString(t.done), locale.toString(t.held));
    if (m_overall.paused)
        return m_overall.pauseReason.isEmpty()
                   ? tr("Uploads paused: %1 files waiting.").arg(locale.toString(open))
                   : tr("Uploads paused: %1").arg(m_overall.pauseReason);
    const QString done = locale.toString(t.finished());
    const QString total = locale.toString(t.total);
    if (m_overall.bytesPerSecond <= 0 || m_overall.etaSeconds < 0)
        return tr("Uploading: %1 of %2 files finished.").arg(done, total);
    const QString speed =
        locale.formattedDataSize(qint64(m_overall.bytesPerSecond), 1, QLocale::DataSizeSIFormat);
    const qint64 eta = m_overall.etaSeconds;
    const QString left = eta < 60     ? tr("%1 s").arg(eta)
                         : eta < 3600 ? tr("%1 min").arg((eta + 59) / 60)
                                      : tr("%1 h %2 min").arg(eta / 3600).arg((eta % 3600 + 59) / 60);
    return tr("Uploading: %1 of %2 files finished, %3/s, about %4 left.").arg(done, total, speed, left);
}
