// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "ui/apiclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;

// One scan as the station took it: what was scanned, where, how many, and the idempotency key that makes
// sending it again harmless.
struct ScanOperation {
    enum class Kind { Receive, Count };
    enum class State { Pending, Failed };

    qint64 id = 0;           // the local store's order of arrival
    QString idempotencyKey;  // made when the scan was taken, before anything was sent
    Kind kind = Kind::Receive;
    QString code;            // a SKU or a barcode, as scanned
    QString warehouse;
    qint64 quantity = 0;     // received units, or the counted quantity
    QDateTime scannedAt;
    State state = State::Pending;
    QString error;           // why the server refused it (Failed)
    int attempts = 0;        // sends that got no usable answer

    static QString kindName(Kind kind); // "receive", "count"
};

// The scan station's queue: every scan is written to a local SQLite file (QSQLITE) with its idempotency key
// before anything is sent, then a sender drains the file in order, one operation at a time. An operation
// leaves the file only when the server accepted it (or replayed an earlier acceptance of the same key), so
// nothing scanned is lost when the server or the network is away, or the program is closed meanwhile, and
// nothing is applied twice. No answer, a 5xx, a 408, 409 or 429 keeps it and retries later with a doubling
// pause; any other 4xx marks it Failed with the server's message (the operator sees which scan and why; it
// stays until dismissed) and the sender goes on with the next.
//
// A receive resolves the code through GET /api/v1/stock/lookup, then POSTs an adjustment with reason
// "received"; a count POSTs /stock/{sku}/counts. Each carries the operation's Idempotency-Key.
//
// GUI thread. The file is opened through a connection of its own, so several queues (of different files)
// may live side by side; two queues on one file at once are not supported.
class ScanQueue : public QObject
{
    Q_OBJECT
public:
    // path: the SQLite file, created with its folder when missing. defaultPath() is the program's.
    ScanQueue(Session *session, const QString &path, QObject *parent = nullptr);
    ~ScanQueue() override;

    // <AppDataLocation>/scan-queue.sqlite
    static QString defaultPath();

    // Whether the file could be opened; when not, errorMessage() says why and nothing can be queued.
    bool isOpen() const { return m_open; }
    QString errorMessage() const { return m_error; }
    QString path() const { return m_path; }

    // Stores a scan (quantity > 0 to receive, >= 0 to count) and, when sending, starts sending it. Fails
    // with a Validation error for an empty code or warehouse or a bad quantity, Unavailable when the file
    // cannot be written. The stored operation on success.
    [[nodiscard]] Domain::Result<ScanOperation> enqueue(ScanOperation::Kind kind, const QString &code,
                                                        const QString &warehouse, qint64 quantity);

    // In order of arrival: those still to send, and those the server refused.
    QList<ScanOperation> pending() const;
    QList<ScanOperation> failed() const;
    int pendingCount() const;
    // Forgets a failed operation (the operator has seen it).
    void dismiss(qint64 id);

    // Sending is off until start(); stop() lets the operation in flight finish but sends nothing more.
    void start();
    void stop();
    bool isSending() const { return m_sending; }
    // Whether an operation is on its way to the server.
    bool isBusy() const { return m_inFlight != nullptr; }
    // Sends the next operation now instead of after the pause (e.g. when the server is back).
    void retryNow();
    // The pauses after a failed send: first, doubling up to most.
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds most);

signals:
    // The stored operations changed (queued, sent, failed, dismissed).
    void changed();
    // The server accepted op; response is its answer ({"event","stock"}).
    void applied(const Backroom::Ui::ScanOperation &op, const QJsonObject &response);
    // The server refused op for good; message says why.
    void failedForGood(const Backroom::Ui::ScanOperation &op, const QString &message);
    // A send got no usable answer; the queue keeps the operation and tries again after a pause. Empty
    // message: the last send worked.
    void connectionStateChanged(const QString &message);

private:
    QList<ScanOperation> select(ScanOperation::State state, int limit = -1) const;
    void sendNext();
    void sendOperation(const ScanOperation &op, const QString &sku);
    void finish(const ScanOperation &op, const ApiResponse &response);
    void retryLater(const ScanOperation &op, const QString &message);
    void markFailed(const ScanOperation &op, const QString &message);
    void remove(qint64 id);

    Session *m_session;
    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_open = false;
    bool m_sending = false;
    QObject *m_inFlight = nullptr; // the context of the request on its way
    QTimer *m_retry;
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_mostDelay{30000};
    std::chrono::milliseconds m_delay{0};
};

} // namespace Backroom::Ui
