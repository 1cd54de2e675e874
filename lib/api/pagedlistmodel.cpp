#include "api/pagedlistmodel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace las {

PagedListModel::PagedListModel(PageWalker::FetchPage fetch, QString itemsKey, QString idKey, QObject *parent)
    : QAbstractListModel(parent)
    , m_fetch(std::move(fetch))
    , m_itemsKey(std::move(itemsKey))
    , m_idKey(std::move(idKey))
{}

PagedListModel::~PagedListModel()
{
    if (Reply *reply = m_inFlight.data()) {
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
    }
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.value(m_idKey).toVariant();
    case ItemRole:
        return item;
    default:
        return {};
    }
}

QHash<int, QByteArray> PagedListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ItemRole, QByteArrayLiteral("item"));
    return names;
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view stops asking; reset() (or fetchMore() called directly) tries again.
    return !parent.isValid() && !m_complete && !m_failed && m_inFlight.isNull();
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete || !m_inFlight.isNull())
        return;
    m_failed = false;
    Reply *reply = m_fetch(m_nextToken);
    if (!reply)
        return;
    m_inFlight = reply;
    Q_EMIT loadingChanged(true);
    connect(reply, &Reply::succeeded, this, [this, reply] {
        m_inFlight = nullptr;
        const QJsonObject page = reply->json().toObject();
        const QJsonValue items = page.value(m_itemsKey);
        if (!items.isArray()) {
            m_failed = true;
            m_lastError = Error::invalidResponse(m_itemsKey + u": expected array"_s);
            Q_EMIT loadingChanged(false);
            Q_EMIT failed(m_lastError);
            return;
        }
        const QJsonArray array = items.toArray();
        QList<QJsonObject> fresh;
        fresh.reserve(array.size());
        for (const auto &v : array) {
            if (v.isObject())
                fresh.append(v.toObject());
        }
        const QJsonValue token = page.value(u"nextToken"_s);
        const QString next = token.isString() ? token.toString() : QString();
        m_complete = next.isEmpty() || next == m_nextToken;
        m_nextToken = next;
        const int first = int(m_items.size());
        // Not loading any more before the rows land: a view (or QAbstractItemModelTester) may call
        // fetchMore() from rowsInserted, and its loadingChanged(true) must come after this one.
        Q_EMIT loadingChanged(false);
        if (!fresh.isEmpty()) {
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_items.append(fresh);
            endInsertRows();
        }
        Q_EMIT pageLoaded(first, int(fresh.size()));
    });
    connect(reply, &Reply::failed, this, [this](const Error &error) {
        m_inFlight = nullptr;
        m_failed = true;
        m_lastError = error;
        Q_EMIT loadingChanged(false);
        Q_EMIT failed(error);
    });
}

QJsonObject PagedListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row) : QJsonObject();
}

void PagedListModel::reset()
{
    if (Reply *reply = m_inFlight.data()) {
        m_inFlight = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
        Q_EMIT loadingChanged(false);
    }
    beginResetModel();
    m_items.clear();
    m_nextToken.clear();
    m_complete = false;
    m_failed = false;
    m_lastError = Error();
    endResetModel();
}

} // namespace las
