#pragma once

#include "core/documents/documentfilter.h"

#include "core/error.h"

#include <QAbstractTableModel>
#include <QPointer>

#include "api/client.h"

namespace las {
class PagedListModel;
} // namespace las

// The documents of the signed-in account as a table, over las::PagedListModel: pages are fetched as a view
// scrolls (canFetchMore/fetchMore), so memory and work grow with what has been shown, not with the thousands
// of documents on the server.
//
// The list call of this API generation returns each document without its content; ground truth and
// predictions come with it when the server includes them. Where it does not, the column shows nothing rather
// than a guess (countOf() tells "not given" from zero).
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ContentTypeColumn,
        UpdatedColumn,
        GroundTruthColumn,
        PredictionsColumn,
        BatchColumn,
        ColumnCount
    };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        ItemRole, // the document as the list returned it (QJsonObject)
        SortValueRole,
    };

    explicit DocumentListModel(QObject *parent = nullptr);
    ~DocumentListModel() override;

    // The client to list with (not owned; null: no rows). Starts again from the first page.
    void setClient(las::Client *client);
    las::Client *client() const { return m_client.data(); }
    void setFilter(const DocumentFilter &filter);
    DocumentFilter filter() const { return m_filter; }
    // Documents per request (default 100).
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    // Drops the rows and fetches the first page again.
    void refresh();
    // After a failed page: asks for the same page again.
    void retry();

    bool isLoading() const;
    bool isComplete() const;
    bool hasFailed() const { return m_lastError.isError(); }
    las::Error lastError() const { return m_lastError; }
    QString documentId(int row) const;
    // The batch and consent IDs seen so far (for the filter's suggestions).
    QStringList knownBatchIds() const { return m_batchIds; }
    QStringList knownConsentIds() const { return m_consentIds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int count);
    void pageFailed(const las::Error &error);
    // Loading, failure or completion changed (for empty and error states).
    void statusChanged();

private:
    void rebuild();
    void onPageLoaded(int first, int count);

    QPointer<las::Client> m_client;
    DocumentFilter m_filter;
    int m_pageSize = 100;
    las::PagedListModel *m_source = nullptr;
    las::Error m_lastError;
    QStringList m_batchIds;
    QStringList m_consentIds;
};
