#pragma once

#include "api/pagewalker.h"
#include "core/error.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace las {

// An item model over a paged list call, fetched page by page as the view asks (canFetchMore/fetchMore):
// memory grows with what has been shown, not with the size of the collection.
//
//   auto *model = new PagedListModel([client](const QString &t) {
//       ListDocumentsOptions o; o.nextToken = t; o.maxResults = 50; return client->listDocuments(o); },
//       u"documents"_s, u"documentId"_s, this);
//
// Rows hold the list's items as JSON objects (Qt::DisplayRole: the idKey value; ItemRole: the QJsonObject).
class PagedListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ItemRole = Qt::UserRole + 1 };

    PagedListModel(PageWalker::FetchPage fetch, QString itemsKey, QString idKey, QObject *parent = nullptr);
    ~PagedListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QJsonObject item(int row) const;
    bool isLoading() const { return !m_inFlight.isNull(); }
    bool isComplete() const { return m_complete; }
    Error lastError() const { return m_lastError; }
    // Drops every row and starts again from the first page (on the next fetchMore).
    void reset();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int count);
    void failed(const las::Error &error);

private:
    PageWalker::FetchPage m_fetch;
    QString m_itemsKey;
    QString m_idKey;
    QList<QJsonObject> m_items;
    QString m_nextToken;
    bool m_complete = false;
    bool m_failed = false;
    Error m_lastError;
    QPointer<Reply> m_inFlight;
};

} // namespace las
