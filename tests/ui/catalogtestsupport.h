// SPDX-License-Identifier: MIT
#pragma once

#include "uitestsupport.h"

#include <QJsonObject>

#include <optional>

namespace Backroom::UiTest {

// Catalog data made through the server's API, as a merchandiser makes it. Each returns the server's JSON of
// what it made, or nullopt with the server's message in *error.
std::optional<QJsonObject> createProduct(Ui::Session &session, const QString &title, const QString &sku,
                                         qint64 amount, const QString &categoryId = {},
                                         const QString &status = QStringLiteral("active"), QString *error = nullptr);
std::optional<QJsonObject> createCategory(Ui::Session &session, const QString &name, const QString &parentId = {},
                                          QString *error = nullptr);
std::optional<QJsonObject> fetchProduct(Ui::Session &session, const QString &id, QString *error = nullptr);
// GET /api/v1/categories: the items.
QList<QJsonObject> fetchCategories(Ui::Session &session);
// PATCH /api/v1/products/{id} with If-Match of version; the server's message, empty on success.
QString patchProduct(Ui::Session &session, const QString &id, int version, const QJsonObject &changes);

// How many requests the server answered for a route of its metrics, e.g. "PUT /api/v1/products/{id}",
// whatever their status; -1 when /metrics could not be read.
int requestCount(const QUrl &server, const QByteArray &route);

// A server with a merchandiser signed in, for the catalog's views.
class CatalogServer
{
public:
    // False (see error()) when the server did not start or the merchandiser could not sign in.
    bool start();
    QString error() const { return m_error; }
    StaffServer &staff() { return m_server; }
    QUrl url() const { return m_server.url(); }
    Ui::Session &session() { return m_session; }

private:
    StaffServer m_server;
    Ui::ApiClient m_api;
    Ui::Session m_session{&m_api, nullptr};
    QString m_error;
};

} // namespace Backroom::UiTest
