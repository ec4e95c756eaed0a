// SPDX-License-Identifier: MIT
#include "catalogtestsupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Backroom::UiTest {

namespace {

std::optional<QJsonObject> answer(const std::optional<Ui::ApiResponse> &response, const QString &what, QString *error)
{
    if (response && response->ok)
        return response->json.object();
    if (error)
        *error = response ? response->errorMessage : u"no answer to "_s + what;
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> createProduct(Ui::Session &session, const QString &title, const QString &sku, qint64 amount,
                                         const QString &categoryId, const QString &status, QString *error)
{
    const QJsonObject body{
        {u"title"_s, title},
        {u"status"_s, status},
        {u"primary_category_id"_s, categoryId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(categoryId)},
        {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, sku},
                                               {u"price"_s, QJsonObject{{u"amount"_s, amount}, {u"currency"_s, u"GBP"_s}}}}}}};
    return answer(sendAndWait(session, {QByteArrayLiteral("POST"), u"/api/v1/products"_s, QJsonDocument(body), {}, {}}),
                  u"POST /api/v1/products"_s, error);
}

std::optional<QJsonObject> createCategory(Ui::Session &session, const QString &name, const QString &parentId,
                                          QString *error)
{
    const QJsonObject body{{u"name"_s, name},
                           {u"parent_id"_s, parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parentId)}};
    return answer(sendAndWait(session, {QByteArrayLiteral("POST"), u"/api/v1/categories"_s, QJsonDocument(body), {}, {}}),
                  u"POST /api/v1/categories"_s, error);
}

std::optional<QJsonObject> fetchProduct(Ui::Session &session, const QString &id, QString *error)
{
    return answer(sendAndWait(session, {QByteArrayLiteral("GET"), u"/api/v1/products/"_s + id, std::nullopt, {}, {}}),
                  u"GET /api/v1/products/"_s + id, error);
}

QList<QJsonObject> fetchCategories(Ui::Session &session)
{
    QList<QJsonObject> categories;
    const auto list = answer(
        sendAndWait(session, {QByteArrayLiteral("GET"), u"/api/v1/categories"_s, std::nullopt, {}, {}}), {}, nullptr);
    for (const QJsonValue &item : list.value_or(QJsonObject()).value("items"_L1).toArray())
        categories.append(item.toObject());
    return categories;
}

QString patchProduct(Ui::Session &session, const QString &id, int version, const QJsonObject &changes)
{
    const std::optional<Ui::ApiResponse> response =
        sendAndWait(session, {QByteArrayLiteral("PATCH"), u"/api/v1/products/"_s + id, QJsonDocument(changes), {},
                              {{QByteArrayLiteral("If-Match"), '"' + QByteArray::number(version) + '"'}}});
    if (!response)
        return u"no answer to PATCH /api/v1/products/"_s + id;
    return response->ok ? QString() : response->errorMessage;
}

int requestCount(const QUrl &server, const QByteArray &route)
{
    std::optional<QByteArray> text;
    // /metrics is Prometheus text, not JSON; read it with a plain request.
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(server.resolved(QUrl(u"/metrics"_s))));
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] { text = reply->readAll(); });
    if (!QTest::qWaitFor([&] { return text.has_value(); }, 20'000))
        return -1;
    reply->deleteLater();
    int count = 0;
    const QByteArray prefix = "backroom_http_requests_total{route=\"" + route + "\",";
    for (const QByteArray &line : text->split('\n')) {
        if (line.startsWith(prefix))
            count += line.mid(line.lastIndexOf(' ') + 1).toInt();
    }
    return count;
}

bool CatalogServer::start()
{
    if (!m_server.start()) {
        m_error = m_server.output();
        return false;
    }
    const auto merchandiser = m_server.addUser({u"merchandiser"_s}, &m_error);
    if (!merchandiser)
        return false;
    m_error = signInAndWait(m_session, m_server.url(), merchandiser->email, merchandiser->password);
    return m_error.isEmpty();
}

} // namespace Backroom::UiTest
