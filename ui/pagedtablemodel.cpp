// SPDX-License-Identifier: MIT
#include "ui/pagedtablemodel.h"

#include "ui/session.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

PagedTableModel::PagedTableModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void PagedTableModel::reload()
{
    delete std::exchange(m_request, nullptr); // abandons the page under way: it belongs to the old rows
    beginResetModel();
    clearRows();
    m_hasMore = false;
    m_nextCursor.clear();
    m_started = true;
    endResetModel();
    requestPage({});
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextCursor);
}

void PagedTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(m_loading);
}

void PagedTableModel::requestPage(const QString &cursor)
{
    m_request = new QObject(this);
    setLoading(true);
    QObject *request = m_request;
    m_session->get(pagePath(cursor, m_pageSize), request, [this, request](const ApiResponse &response) {
        // Deleting the context inside its own delivery is not allowed; later is soon enough.
        request->deleteLater();
        m_request = nullptr;
        setLoading(false);
        if (!response.ok) {
            // No automatic retry: views ask for more as they scroll, and would repeat the failure. Reload.
            m_hasMore = false;
            m_error = response.errorMessage;
            emit loadFailed(m_error);
            return;
        }
        const QJsonObject page = response.json.object();
        m_error.clear();
        m_nextCursor = page.value("next_cursor"_L1).toString();
        m_hasMore = !m_nextCursor.isEmpty();
        const QJsonArray items = page.value("items"_L1).toArray();
        if (!items.isEmpty())
            appendItems(items);
        emit pageLoaded();
    });
}

QString PagedTableModel::pageUrl(const QString &path, QUrlQuery query, const QString &cursor, int limit)
{
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return path + u'?' + query.toString(QUrl::FullyEncoded);
}

} // namespace Backroom::Ui
