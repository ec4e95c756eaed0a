// SPDX-License-Identifier: MIT
#pragma once

#include "domain/order.h"

#include <QDialog>
#include <QPointer>
#include <QJsonObject>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;

// One order in full (GET /api/v1/orders/{id}): lines and totals, payment reference, customer and addresses,
// the stock allocated to it per warehouse (its reservation, for accounts that may read stock), the timeline,
// the notes, its refunds, returns and shipments; with orders:manage, a note can be added and the actions the domain state machine allows in
// the current state (the order's allowed_actions: of them confirm, pick, pack and cancel, which the API offers)
// are buttons. Cancel asks for a reason first. Every change is conditional on the version shown (If-Match) and
// carries an Idempotency-Key that is kept until the server gives a definite answer, so sending again after
// a lost answer replays rather than repeats; when someone else changed the order meanwhile (412) the order
// is read again and the dialog says so. Returns are opened, received and refunded from the Returns tab, as the
// account's permissions allow. Not modal; reload() re-reads it (the Orders area calls it when the
// event feed names the order). GUI thread.
class OrderDetailDialog : public QDialog
{
    Q_OBJECT
public:
    // writable: the account has orders:manage; stockReadable: inventory:read (the allocation).
    OrderDetailDialog(Session *session, const QString &orderId, bool writable, bool stockReadable,
                      QWidget *parent = nullptr);

    // One window per order: the one for orderId among `open` raised, else a new one (shown, deleted when
    // closed) added to `open`; `created` says which.
    static OrderDetailDialog *showOrder(QList<QPointer<OrderDetailDialog>> &open, Session *session, const QString &orderId,
                                        bool writable, bool stockReadable, QWidget *parent, bool *created = nullptr);

    QString orderId() const { return m_id; }
    // The order as last read ({} before the first answer).
    QJsonObject order() const { return m_order; }
    int version() const { return m_version; }
    std::optional<Domain::OrderState> state() const;
    // The actions offered as buttons now (empty while busy or without orders:manage).
    QList<Domain::OrderAction> offeredActions() const;
    bool isBusy() const;
    // The message under the tabs (a failure, or why the order was reloaded), empty when none.
    QString message() const;
    // The Idempotency-Key of the change waiting for a definite answer, empty when none.
    QString pendingKey() const { return m_pendingKey; }

    void reload();
    // Sends action (what the buttons do; Cancel needs a reason, asked by openCancelDialog()).
    void act(Domain::OrderAction action, const QString &reason = {});
    // Asks for the reason of a cancellation, then cancels. Returns the question, open (window-modal).
    QDialog *openCancelDialog();
    // Adds the note typed in the notes tab.
    void addNote();
    // The refund wizard of this order (RefundDialog), open; nullptr when nothing can be refunded or the account
    // may not (refunds:create). The order is read again after a refund.
    QDialog *openRefundDialog();
    // Whether the Refund… button is offered now.
    bool refundOffered() const;
    // "Create Shipment…" (confirmed or fulfilling orders, shipments:manage): the dialog, open; the order is
    // read again when it made one.
    QDialog *openCreateShipmentDialog();

    // The Returns tab: the order's returns (newest first) and what can be done with the selected one.
    QString selectedReturnId() const;
    // Selects the return with id in the tab's table; false when it is not listed.
    bool selectReturn(const QString &id);
    // "Open Return…" (orders:manage; a line not yet wholly in a return): the lines and quantities that come
    // back. The dialog, open; nullptr when not offered. The order is read again after the return is opened.
    QDialog *openReturnDialog();
    bool returnOffered() const;
    // "Receive…" for the selected open return (orders:manage): per line the quantity that arrived, its
    // condition and the warehouse it goes back to. The dialog, open; nullptr when not offered.
    QDialog *openReceiveDialog();
    bool receiveOffered() const;
    // "Refund Return…" for the selected open or received return (refunds:create): asks the reason, then refunds
    // the returned lines. The dialog, open; nullptr when not offered.
    QDialog *openRefundReturnDialog();
    bool refundReturnOffered() const;

signals:
    // After every answer with the order, read or changed; the Orders area updates its lists from it.
    void orderChanged(const QJsonObject &order);

private:
    struct Pending {
        QString path;
        QJsonObject body;
    };
    void showOrder(const QJsonObject &order);
    void loadAllocation(const QString &reservationId);
    void send(const Pending &change);
    void setMessage(const QString &text, bool error);
    void updateActions();
    QJsonObject selectedReturn() const;
    // Sends a change to a return from one of its dialogs: on success closes the dialog, says done and reads the
    // order again; otherwise says why in error. The dialog keeps its Idempotency-Key while the body is the same,
    // so pressing OK again after no answer replays instead of repeating.
    void sendReturnChange(QDialog *dialog, QLabel *error, const QString &path, const QJsonObject &body, const QString &done);

    Session *m_session;
    QString m_id;
    bool m_writable;
    bool m_stockReadable;
    QJsonObject m_order;
    int m_version = 0;
    QObject *m_loadRequest = nullptr;
    QObject *m_allocationRequest = nullptr;
    bool m_sending = false;
    // The change sent last and its key, kept until a definite answer so that the same change sent again
    // replays under the same key.
    Pending m_pending;
    QString m_pendingKey;
    QString m_reloadNotice; // said after a reload a 412 caused

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_customer;
    QLabel *m_shipping;
    QLabel *m_billing;
    QTableWidget *m_lines;
    QLabel *m_totals;
    QTableWidget *m_allocation;
    QLabel *m_allocationNote;
    QTableWidget *m_timeline;
    QTableWidget *m_notes;
    QPlainTextEdit *m_noteText;
    QPushButton *m_addNote;
    QTabWidget *m_tabs;
    QLabel *m_message;
    QPushButton *m_confirm;
    QPushButton *m_pick;
    QPushButton *m_pack;
    QPushButton *m_cancel;
    QPushButton *m_refund;
    QTableWidget *m_refunds;
    QTableWidget *m_returns;
    QPushButton *m_openReturn;
    QPushButton *m_receiveReturn;
    QPushButton *m_refundReturn;
    QPushButton *m_reload;
    QTableWidget *m_shipments = nullptr;
    QPushButton *m_createShipment = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace Backroom::Ui
