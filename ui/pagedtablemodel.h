// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace Backroom::Ui {

class Session;

// A table that pages from a list endpoint of the server ({"items": […], "next_cursor": …}): reload() asks
// for the first page, fetchMore() (called by views as they scroll to the end) for the next. One request is
// in flight at a time; a reload abandons the one under way and ignores its answer. data() never does I/O.
// Subclasses keep the rows. GUI thread.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PagedTableModel(Session *session, QObject *parent = nullptr);

    // Forgets the rows and loads the first page.
    void reload();
    bool isLoading() const { return m_loading; }
    // Whether reload() ran at least once.
    bool isStarted() const { return m_started; }
    // The message of the last failed page, empty after a success.
    QString errorMessage() const { return m_error; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    // After every page that arrived.
    void pageLoaded();
    // message says what went wrong and what to do.
    void loadFailed(const QString &message);

protected:
    Session *session() const { return m_session; }
    // The path and query of the page after cursor (empty for the first).
    virtual QString pagePath(const QString &cursor, int limit) const = 0;
    // Appends the page's items, within beginInsertRows()/endInsertRows().
    virtual void appendItems(const QJsonArray &items) = 0;
    // Drops every row; called between beginResetModel() and endResetModel().
    virtual void clearRows() = 0;

    // path?query with the page's limit and cursor added.
    static QString pageUrl(const QString &path, QUrlQuery query, const QString &cursor, int limit);
    // Appends to rows the items Row::fromJson accepts (it returns std::optional<Row>), telling the views.
    template <typename Row>
    void appendParsed(QList<Row> &rows, const QJsonArray &items)
    {
        QList<Row> parsed;
        for (const QJsonValue &item : items) {
            if (std::optional<Row> row = Row::fromJson(item.toObject()))
                parsed.append(*std::move(row));
        }
        if (parsed.isEmpty())
            return;
        beginInsertRows({}, int(rows.size()), int(rows.size() + parsed.size() - 1));
        rows.append(parsed);
        endInsertRows();
    }

private:
    void requestPage(const QString &cursor);
    void setLoading(bool loading);

    Session *m_session;
    QObject *m_request = nullptr; // the context of the request in flight; deleting it abandons the request
    QString m_nextCursor;
    QString m_error;
    int m_pageSize = 50;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_started = false;
};

} // namespace Backroom::Ui
