#include "core/documents/documentlistmodel.h"

#include "api/client.h"
#include "api/pagedlistmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Number of entries of an array member, or -1 when the member is absent or null.
int countOf(const QJsonObject &item, const QString &key)
{
    const QJsonValue v = item.value(key);
    return v.isArray() ? int(v.toArray().size()) : -1;
}

} // namespace

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

DocumentListModel::~DocumentListModel() = default;

void DocumentListModel::setClient(las::Client *client)
{
    m_client = client;
    rebuild();
}

void DocumentListModel::setFilter(const DocumentFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void DocumentListModel::refresh()
{
    rebuild();
}

void DocumentListModel::retry()
{
    if (!m_source)
        return;
    m_lastError = {};
    Q_EMIT statusChanged();
    m_source->fetchMore({});
}

void DocumentListModel::rebuild()
{
    beginResetModel();
    if (m_source) {
        disconnect(m_source, nullptr, this, nullptr);
        m_source->deleteLater(); // cancels its request in flight
        m_source = nullptr;
    }
    m_lastError = {};
    if (las::Client *client = m_client.data()) {
        const QPointer<las::Client> guard(client);
        const DocumentFilter filter = m_filter;
        const int pageSize = m_pageSize;
        m_source = new las::PagedListModel(
            [guard, filter, pageSize](const QString &token) -> las::Reply * {
                if (!guard)
                    return nullptr;
                las::ListDocumentsOptions options;
                options.maxResults = pageSize;
                options.nextToken = token;
                options.batchId = filter.batchIds;
                options.consentId = filter.consentIds;
                return guard->listDocuments(options);
            },
            u"documents"_s, u"documentId"_s, this);
        connect(m_source, &las::PagedListModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
        connect(m_source, &las::PagedListModel::rowsInserted, this, [this] { endInsertRows(); });
        connect(m_source, &las::PagedListModel::pageLoaded, this, &DocumentListModel::onPageLoaded);
        connect(m_source, &las::PagedListModel::loadingChanged, this, [this](bool loading) {
            Q_EMIT loadingChanged(loading);
            Q_EMIT statusChanged();
        });
        connect(m_source, &las::PagedListModel::failed, this, [this](const las::Error &error) {
            m_lastError = error;
            Q_EMIT pageFailed(error);
            Q_EMIT statusChanged();
        });
    }
    endResetModel();
    Q_EMIT statusChanged();
}

void DocumentListModel::onPageLoaded(int first, int count)
{
    for (int row = first; row < first + count; ++row) {
        const QJsonObject item = m_source->item(row);
        const QString batch = item.value(u"batchId"_s).toString();
        if (!batch.isEmpty() && !m_batchIds.contains(batch))
            m_batchIds.append(batch);
        const QString consent = item.value(u"consentId"_s).toString();
        if (!consent.isEmpty() && !m_consentIds.contains(consent))
            m_consentIds.append(consent);
    }
    Q_EMIT pageLoaded(first, count);
    Q_EMIT statusChanged();
}

bool DocumentListModel::isLoading() const
{
    return m_source && m_source->isLoading();
}

bool DocumentListModel::isComplete() const
{
    return !m_source || m_source->isComplete();
}

QString DocumentListModel::documentId(int row) const
{
    return m_source ? m_source->item(row).value(u"documentId"_s).toString() : QString();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->rowCount();
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!m_source || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject item = m_source->item(index.row());
    if (role == DocumentIdRole)
        return item.value(u"documentId"_s).toString();
    if (role == ItemRole)
        return item;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && (column == GroundTruthColumn || column == PredictionsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortValueRole)
        return {};
    switch (column) {
    case IdColumn: {
        // Every ID starts with the same "las:document:"; the list shows the part that tells them apart.
        const QString id = item.value(u"documentId"_s).toString();
        return role == Qt::DisplayRole && id.startsWith(u"las:document:"_s) ? id.mid(13) : id;
    }
    case ContentTypeColumn: {
        const QString type = item.value(u"contentType"_s).toString();
        if (role != Qt::DisplayRole)
            return type;
        if (type == "application/pdf"_L1)
            return tr("PDF");
        if (type == "image/jpeg"_L1)
            return tr("JPEG");
        return type;
    }
    case UpdatedColumn: {
        const QJsonValue updated = item.value(u"updated"_s);
        if (!updated.isDouble())
            return {};
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(updated.toDouble()));
        if (role == SortValueRole)
            return when;
        if (role == Qt::ToolTipRole)
            return QLocale().toString(when, QLocale::LongFormat);
        return QLocale().toString(when, u"yyyy-MM-dd HH:mm"_s); // compact, sorts as it reads
    }
    case GroundTruthColumn:
    case PredictionsColumn: {
        const int n = countOf(item, column == GroundTruthColumn ? u"groundTruth"_s : u"predictions"_s);
        if (role == SortValueRole)
            return n;
        if (n < 0)
            return role == Qt::ToolTipRole ? QVariant(tr("The server did not say.")) : QVariant();
        return role == Qt::ToolTipRole
                   ? QVariant(column == GroundTruthColumn ? tr("Ground-truth fields: %1").arg(n)
                                                          : tr("Predicted fields: %1").arg(n))
                   : QVariant(QLocale().toString(n));
    }
    case BatchColumn:
        return item.value(u"batchId"_s).toString();
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Document");
        case ContentTypeColumn:
            return tr("Type");
        case UpdatedColumn:
            return tr("Last update");
        case GroundTruthColumn:
            return tr("Ground truth");
        case PredictionsColumn:
            return tr("Predictions");
        case BatchColumn:
            return tr("Batch");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case GroundTruthColumn:
            return tr("Number of ground-truth fields the document has");
        case PredictionsColumn:
            return tr("Number of predicted fields stored with the document");
        default:
            return {};
        }
    }
    return {};
}

bool DocumentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && m_source->canFetchMore({});
}

void DocumentListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && m_source && m_source->canFetchMore({}))
        m_source->fetchMore({});
}
