// SPDX-License-Identifier: MIT
#include "ui/scanqueue.h"

#include "ui/session.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

QString stateName(ScanOperation::State state)
{
    return state == ScanOperation::State::Pending ? u"pending"_s : u"failed"_s;
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

// Answers that say nothing about the operation itself: the server (or the way to it) was not able to
// decide, so the same request may be sent again under its key.
bool worthRetrying(const ApiResponse &response)
{
    const int status = response.httpStatus;
    return status == 0 || status >= 500 || status == 408 || status == 409 || status == 429 || status == 401;
}

} // namespace

QString ScanOperation::kindName(Kind kind)
{
    return kind == Kind::Receive ? u"receive"_s : u"count"_s;
}

ScanQueue::ScanQueue(Session *session, const QString &path, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_path(path)
    , m_retry(new QTimer(this))
{
    static std::atomic<int> connections{0};
    m_connection = u"backroom-scan-queue-%1"_s.arg(++connections);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ScanQueue::sendNext);
    // Without an account every send fails at once; a sign-in is the moment to try again, not the next pause.
    connect(m_session, &Session::accountChanged, this, [this](const auto &account) {
        if (account)
            retryNow();
    });

    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        m_error = tr("The scan queue needs Qt's SQLite driver, which is not installed (Debian: "
                     "libqt6sql6-sqlite). Install it and start Backroom again.");
        return;
    }
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath())) {
        m_error = tr("The folder %1 for the scan queue could not be created. Check its permissions.")
                      .arg(file.absolutePath());
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = tr("The scan queue %1 could not be opened: %2").arg(path, db.lastError().text());
        return;
    }
    QSqlQuery query(db);
    // FULL: a scan the station showed as queued is on disk, also if the computer loses power next.
    const bool ok = query.exec(u"PRAGMA synchronous = FULL"_s)
                    && query.exec(u"CREATE TABLE IF NOT EXISTS scan_operations ("
                                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " idempotency_key TEXT NOT NULL UNIQUE,"
                                  " kind TEXT NOT NULL CHECK (kind IN ('receive', 'count')),"
                                  " code TEXT NOT NULL,"
                                  " warehouse TEXT NOT NULL,"
                                  " quantity INTEGER NOT NULL,"
                                  " scanned_at TEXT NOT NULL,"
                                  " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failed')),"
                                  " error TEXT,"
                                  " attempts INTEGER NOT NULL DEFAULT 0)"_s);
    if (!ok) {
        m_error = tr("The scan queue %1 could not be prepared: %2. It may belong to another program; move it "
                     "away and start Backroom again.")
                      .arg(path, query.lastError().text());
        return;
    }
    m_open = true;
}

ScanQueue::~ScanQueue()
{
    delete std::exchange(m_inFlight, nullptr);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ScanQueue::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/scan-queue.sqlite"_s;
}

Domain::Result<ScanOperation> ScanQueue::enqueue(ScanOperation::Kind kind, const QString &code,
                                                 const QString &warehouse, qint64 quantity)
{
    using Domain::Error;
    using Domain::ErrorCode;
    QList<Domain::FieldError> errors;
    if (code.trimmed().isEmpty())
        errors.append({u"code"_s, tr("Scan a barcode or type a SKU.")});
    if (warehouse.trimmed().isEmpty())
        errors.append({u"warehouse"_s, tr("Choose the warehouse first.")});
    if (kind == ScanOperation::Kind::Receive && quantity <= 0)
        errors.append({u"quantity"_s, tr("Enter how many units arrived: 1 or more.")});
    if (kind == ScanOperation::Kind::Count && quantity < 0)
        errors.append({u"quantity"_s, tr("Enter the counted quantity: 0 or more.")});
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(errors.first().message, errors));
    if (!m_open)
        return Domain::fail(Error{ErrorCode::Unavailable, m_error, {}});

    ScanOperation op;
    op.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.kind = kind;
    op.code = code.trimmed();
    op.warehouse = warehouse.trimmed();
    op.quantity = quantity;
    op.scannedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"INSERT INTO scan_operations (idempotency_key, kind, code, warehouse, quantity, scanned_at)"
                  " VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(op.idempotencyKey);
    query.addBindValue(ScanOperation::kindName(kind));
    query.addBindValue(op.code);
    query.addBindValue(op.warehouse);
    query.addBindValue(op.quantity);
    query.addBindValue(op.scannedAt.toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return Domain::fail(Error{ErrorCode::Unavailable,
                                     tr("The scan could not be stored in %1: %2. It was not taken; check the "
                                        "disk and scan again.")
                                         .arg(m_path, query.lastError().text()),
                                     {}});
    }
    op.id = query.lastInsertId().toLongLong();
    emit changed();
    if (m_sending && !m_inFlight && !m_retry->isActive())
        QTimer::singleShot(0, this, &ScanQueue::sendNext);
    return op;
}

QList<ScanOperation> ScanQueue::select(ScanOperation::State state, int limit) const
{
    QList<ScanOperation> operations;
    if (!m_open)
        return operations;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT id, idempotency_key, kind, code, warehouse, quantity, scanned_at, error, attempts"
                  " FROM scan_operations WHERE state = ? ORDER BY id LIMIT ?"_s);
    query.addBindValue(stateName(state));
    query.addBindValue(limit);
    if (!query.exec())
        return operations;
    while (query.next()) {
        ScanOperation op;
        op.id = query.value(0).toLongLong();
        op.idempotencyKey = query.value(1).toString();
        op.kind = query.value(2).toString() == "count"_L1 ? ScanOperation::Kind::Count : ScanOperation::Kind::Receive;
        op.code = query.value(3).toString();
        op.warehouse = query.value(4).toString();
        op.quantity = query.value(5).toLongLong();
        op.scannedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        op.state = state;
        op.error = query.value(7).toString();
        op.attempts = query.value(8).toInt();
        operations.append(op);
    }
    return operations;
}

QList<ScanOperation> ScanQueue::pending() const
{
    return select(ScanOperation::State::Pending);
}

QList<ScanOperation> ScanQueue::failed() const
{
    return select(ScanOperation::State::Failed);
}

int ScanQueue::pendingCount() const
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(u"SELECT count(*) FROM scan_operations WHERE state = 'pending'"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

void ScanQueue::dismiss(qint64 id)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"DELETE FROM scan_operations WHERE id = ? AND state = 'failed'"_s);
    query.addBindValue(id);
    if (query.exec() && query.numRowsAffected() > 0)
        emit changed();
}

void ScanQueue::remove(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"DELETE FROM scan_operations WHERE id = ?"_s);
    query.addBindValue(id);
    query.exec();
}

void ScanQueue::start()
{
    m_sending = true;
    if (!m_inFlight && !m_retry->isActive())
        sendNext();
}

void ScanQueue::stop()
{
    m_sending = false;
    m_retry->stop();
}

void ScanQueue::retryNow()
{
    if (!m_sending || m_inFlight)
        return;
    m_retry->stop();
    m_delay = {};
    sendNext();
}

void ScanQueue::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds most)
{
    m_firstDelay = first;
    m_mostDelay = std::max(first, most);
}

void ScanQueue::sendNext()
{
    if (!m_sending || m_inFlight || !m_open)
        return;
    const QList<ScanOperation> next = select(ScanOperation::State::Pending, 1);
    if (next.isEmpty())
        return;
    const ScanOperation op = next.first();
    m_inFlight = new QObject(this);
    // The code may be a barcode, which only the server can turn into a SKU; asking again on every attempt
    // keeps the file free of half-done state, and the lookup changes nothing.
    m_session->get(u"/api/v1/stock/lookup?code=%1"_s.arg(encoded(op.code)), m_inFlight,
                   [this, op](const ApiResponse &response) {
                       if (!response.ok) {
                           finish(op, response);
                           return;
                       }
                       const QString sku = response.json.object().value("sku"_L1).toString();
                       sendOperation(op, sku);
                   });
}

void ScanQueue::sendOperation(const ScanOperation &op, const QString &sku)
{
    ApiRequest request;
    request.method = "POST"_ba;
    QJsonObject body{{u"warehouse"_s, op.warehouse}};
    if (op.kind == ScanOperation::Kind::Receive) {
        request.path = u"/api/v1/stock/%1/adjustments"_s.arg(encoded(sku));
        body.insert(u"delta"_s, op.quantity);
        body.insert(u"reason"_s, u"received"_s);
    } else {
        request.path = u"/api/v1/stock/%1/counts"_s.arg(encoded(sku));
        body.insert(u"counted"_s, op.quantity);
    }
    body.insert(u"note"_s, tr("Scan station, scanned %1").arg(op.scannedAt.toString(Qt::ISODate)));
    request.body = QJsonDocument(body);
    request.headers.append({"Idempotency-Key"_ba, op.idempotencyKey.toLatin1()});
    m_session->send(request, m_inFlight, [this, op](const ApiResponse &response) { finish(op, response); });
}

void ScanQueue::finish(const ScanOperation &op, const ApiResponse &response)
{
    // Deleting the context inside its own delivery is not allowed; later is soon enough.
    m_inFlight->deleteLater();
    m_inFlight = nullptr;
    if (response.ok) {
        remove(op.id);
        m_delay = {};
        emit connectionStateChanged({});
        emit applied(op, response.json.object());
        emit changed();
        QTimer::singleShot(0, this, &ScanQueue::sendNext);
        return;
    }
    if (worthRetrying(response)) {
        retryLater(op, response.errorMessage);
        return;
    }
    markFailed(op, response.errorMessage);
    QTimer::singleShot(0, this, &ScanQueue::sendNext);
}

void ScanQueue::retryLater(const ScanOperation &op, const QString &message)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"UPDATE scan_operations SET attempts = attempts + 1 WHERE id = ?"_s);
    query.addBindValue(op.id);
    query.exec();
    m_delay = m_delay.count() == 0 ? m_firstDelay : std::min(m_delay * 2, m_mostDelay);
    emit connectionStateChanged(message);
    emit changed();
    if (m_sending)
        m_retry->start(m_delay);
}

void ScanQueue::markFailed(const ScanOperation &op, const QString &message)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"UPDATE scan_operations SET state = 'failed', error = ? WHERE id = ?"_s);
    query.addBindValue(message);
    query.addBindValue(op.id);
    query.exec();
    ScanOperation failed = op;
    failed.state = ScanOperation::State::Failed;
    failed.error = message;
    emit failedForGood(failed, message);
    emit changed();
}

} // namespace Backroom::Ui
