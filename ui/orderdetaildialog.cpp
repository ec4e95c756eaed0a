// SPDX-License-Identifier: MIT
#include "ui/orderdetaildialog.h"

#include "ui/createshipmentdialog.h"
#include "ui/ordersmodel.h"
#include "ui/productsmodel.h"
#include "ui/refunddialog.h"
#include "ui/refundsmodel.h"
#include "ui/session.h"
#include "ui/shipmentsmodel.h"
#include "ui/viewstyle.h"

#include "domain/refund.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

QString moneyOf(const QJsonValue &value)
{
    const QJsonObject money = value.toObject();
    return ProductsModel::moneyText({money.value("amount"_L1).toInteger(), money.value("currency"_L1).toString()});
}

QString timeOf(const QJsonValue &value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString addressText(const QJsonValue &value)
{
    const QJsonObject address = value.toObject();
    if (address.isEmpty())
        return OrderDetailDialog::tr("As shipping");
    QStringList lines;
    for (const char *key : {"name", "line1", "line2"}) {
        if (const QString line = address.value(QLatin1StringView(key)).toString(); !line.isEmpty())
            lines.append(line);
    }
    const QString place = QStringList{address.value("postal_code"_L1).toString(), address.value("city"_L1).toString()}
                              .join(u' ')
                              .trimmed();
    for (const QString &line : {place, address.value("region"_L1).toString(), address.value("country"_L1).toString(),
                                address.value("phone"_L1).toString()}) {
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(u'\n');
}

QTableWidget *newTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    setUpListTable(table);
    table->setTabKeyNavigation(false);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QList<int> &rightAligned = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (rightAligned.contains(column))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QString timelineEntry(const QJsonObject &event)
{
    const QString type = event.value("type"_L1).toString();
    if (type == "placed"_L1)
        return OrderDetailDialog::tr("Placed");
    if (type == "note"_L1)
        return OrderDetailDialog::tr("Note");
    if (type == "refund"_L1)
        return OrderDetailDialog::tr("Refund");
    const auto from = Domain::orderStatusFromName(event.value("from"_L1).toString());
    const auto to = Domain::orderStatusFromName(event.value("to"_L1).toString());
    if (type == "pick"_L1)
        return OrderDetailDialog::tr("Picked");
    if (type == "pack"_L1)
        return OrderDetailDialog::tr("Packed");
    if (from && to && from != to)
        //: A status change in an order's timeline, e.g. "Pending → Cancelled".
        return OrderDetailDialog::tr("%1 → %2").arg(OrdersModel::statusTitle(*from), OrdersModel::statusTitle(*to));
    return type;
}

// What a refused change says: the detail and each field's message.
QString problemText(const ApiResponse &response)
{
    if (!response.problem || response.problem->errors.isEmpty())
        return response.errorMessage;
    QStringList details{response.problem->detail};
    for (const Domain::FieldError &error : response.problem->errors)
        details.append(error.message);
    return details.join(u'\n');
}

QString returnStatusTitle(const QString &status)
{
    if (status == "open"_L1)
        return OrderDetailDialog::tr("Open, waiting for the goods");
    if (status == "received"_L1)
        return OrderDetailDialog::tr("Received");
    if (status == "refunded"_L1)
        return OrderDetailDialog::tr("Refunded");
    if (status == "cancelled"_L1)
        return OrderDetailDialog::tr("Cancelled");
    return status;
}

// A dialog of the Returns tab: a title, a hint, a table of lines, an error line and OK/Cancel.
struct ReturnDialogParts {
    QDialog *dialog;
    QTableWidget *lines;
    QLabel *error;
    QDialogButtonBox *buttons;
    QVBoxLayout *layout;
};

ReturnDialogParts newReturnDialog(QWidget *parent, const QString &objectName, const QString &title, const QString &hint,
                                  const QStringList &headers, const QString &okText)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *hintLabel = new QLabel(hint, dialog);
    hintLabel->setWordWrap(true);
    auto *lines = newTable(u"returnLines"_s, headers, dialog);
    QLabel *error = newMessageLabel(u"returnError"_s, dialog);
    setErrorColour(error, true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(hintLabel);
    layout->addWidget(lines, 1);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    return {dialog, lines, error, buttons, layout};
}

} // namespace

OrderDetailDialog::OrderDetailDialog(Session *session, const QString &orderId, bool writable, bool stockReadable,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(orderId)
    , m_writable(writable)
    , m_stockReadable(stockReadable)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_shipping(new QLabel(this))
    , m_billing(new QLabel(this))
    , m_lines(newTable(u"orderLines"_s, {tr("SKU"), tr("Item"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("Total")}, this))
    , m_totals(new QLabel(this))
    , m_allocation(newTable(u"orderAllocation"_s, {tr("SKU"), tr("Warehouse"), tr("Qty")}, this))
    , m_allocationNote(new QLabel(this))
    , m_timeline(newTable(u"orderTimeline"_s, {tr("When"), tr("Who"), tr("What"), tr("Reason")}, this))
    , m_notes(newTable(u"orderNotes"_s, {tr("When"), tr("Who"), tr("Note")}, this))
    , m_noteText(new QPlainTextEdit(this))
    , m_addNote(new QPushButton(tr("&Add Note"), this))
    , m_tabs(new QTabWidget(this))
    , m_message(newMessageLabel(u"orderMessage"_s, this))
    , m_confirm(new QPushButton(tr("Confir&m Order"), this))
    , m_pick(new QPushButton(tr("Mark &Picked"), this))
    , m_pack(new QPushButton(tr("Mark Pac&ked"), this))
    , m_cancel(new QPushButton(tr("&Cancel Order…"), this))
    , m_refund(new QPushButton(tr("Re&fund…"), this))
    , m_refunds(newTable(u"orderRefunds"_s, {tr("When"), tr("Amount"), tr("Reason"), tr("Status"), tr("Note")}, this))
    , m_returns(newTable(u"orderReturns"_s, {tr("Return"), tr("Opened"), tr("Status"), tr("Lines"), tr("Note")}, this))
    , m_openReturn(new QPushButton(tr("Open &Return…"), this))
    , m_receiveReturn(new QPushButton(tr("Recei&ve…"), this))
    , m_refundReturn(new QPushButton(tr("Refund Ret&urn…"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Order"));
    m_title->setObjectName(u"orderTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_summary, m_customer, m_shipping, m_billing, m_totals, m_allocationNote}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_summary->setObjectName(u"orderSummary"_s);
    m_customer->setObjectName(u"orderCustomer"_s);
    m_shipping->setObjectName(u"shippingAddress"_s);
    m_billing->setObjectName(u"billingAddress"_s);
    m_totals->setObjectName(u"orderTotals"_s);
    m_allocationNote->setObjectName(u"allocationNote"_s);
    m_allocationNote->setWordWrap(true);
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *orderPage = new QWidget(this);
    auto *people = new QFormLayout;
    people->addRow(tr("Customer:"), m_customer);
    people->addRow(tr("Ships to:"), m_shipping);
    people->addRow(tr("Bills to:"), m_billing);
    auto *orderLayout = new QVBoxLayout(orderPage);
    orderLayout->addWidget(m_summary);
    orderLayout->addLayout(people);
    orderLayout->addWidget(m_lines, 1);
    m_totals->setAlignment(Qt::AlignRight);
    orderLayout->addWidget(m_totals);

    auto *allocationPage = new QWidget(this);
    auto *allocationLayout = new QVBoxLayout(allocationPage);
    allocationLayout->addWidget(m_allocationNote);
    allocationLayout->addWidget(m_allocation, 1);

    m_noteText->setObjectName(u"noteText"_s);
    m_noteText->setPlaceholderText(tr("A note for the team, which the customer does not see; Ctrl+Enter adds it"));
    m_noteText->setTabChangesFocus(true);
    m_noteText->setMaximumHeight(fontMetrics().height() * 4);
    m_addNote->setObjectName(u"addNote"_s);
    auto *notesPage = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->addWidget(m_notes, 1);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteText, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);
    notesLayout->addLayout(noteRow);

    m_tabs->setObjectName(u"orderTabs"_s);
    m_tabs->addTab(orderPage, tr("&Order"));
    m_tabs->addTab(allocationPage, tr("&Stock"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(notesPage, tr("&Notes"));
    m_tabs->addTab(m_refunds, tr("Re&funds"));
    m_returns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_returns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_openReturn->setObjectName(u"openReturn"_s);
    m_receiveReturn->setObjectName(u"receiveReturn"_s);
    m_refundReturn->setObjectName(u"refundReturn"_s);
    auto *returnsPage = new QWidget(this);
    auto *returnsLayout = new QVBoxLayout(returnsPage);
    returnsLayout->addWidget(m_returns, 1);
    auto *returnActions = new QHBoxLayout;
    returnActions->addWidget(m_openReturn);
    returnActions->addWidget(m_receiveReturn);
    returnActions->addWidget(m_refundReturn);
    returnActions->addStretch(1);
    returnsLayout->addLayout(returnActions);
    m_tabs->addTab(returnsPage, tr("Retur&ns"));
    m_shipments = newTable(u"orderShipments"_s, {tr("Shipment"), tr("Warehouse"), tr("Carrier"), tr("Tracking number"), tr("Status")}, this);
    m_tabs->addTab(m_shipments, tr("S&hipments"));

    m_confirm->setObjectName(u"confirmOrder"_s);
    m_pick->setObjectName(u"pickOrder"_s);
    m_pack->setObjectName(u"packOrder"_s);
    m_cancel->setObjectName(u"cancelOrder"_s);
    m_refund->setObjectName(u"refundOrder"_s);
    m_reload->setObjectName(u"reloadOrder"_s);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_confirm);
    actions->addWidget(m_pick);
    actions->addWidget(m_pack);
    actions->addWidget(m_cancel);
    actions->addWidget(m_refund);
    m_createShipment = new QPushButton(tr("Create &Shipment…"), this);
    m_createShipment->setObjectName(u"createShipment"_s);
    m_createShipment->setAutoDefault(false);
    actions->addWidget(m_createShipment);
    connect(m_createShipment, &QPushButton::clicked, this, &OrderDetailDialog::openCreateShipmentDialog);
    actions->addStretch(1);
    actions->addWidget(m_reload);
    actions->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    // Enter must not press whichever action button happens to be the default.
    for (QPushButton *button : {m_confirm, m_pick, m_pack, m_cancel, m_refund, m_reload, m_addNote, m_openReturn,
                                m_receiveReturn, m_refundReturn})
        button->setAutoDefault(false);
    connect(m_confirm, &QPushButton::clicked, this, [this] { act(Domain::OrderAction::Confirm); });
    connect(m_openReturn, &QPushButton::clicked, this, &OrderDetailDialog::openReturnDialog);
    connect(m_receiveReturn, &QPushButton::clicked, this, &OrderDetailDialog::openReceiveDialog);
    connect(m_refundReturn, &QPushButton::clicked, this, &OrderDetailDialog::openRefundReturnDialog);
    connect(m_returns, &QTableWidget::itemSelectionChanged, this, &OrderDetailDialog::updateActions);
    connect(m_pick, &QPushButton::clicked, this, [this] { act(Domain::OrderAction::Pick); });
    connect(m_pack, &QPushButton::clicked, this, [this] { act(Domain::OrderAction::Pack); });
    connect(m_cancel, &QPushButton::clicked, this, &OrderDetailDialog::openCancelDialog);
    connect(m_refund, &QPushButton::clicked, this, &OrderDetailDialog::openRefundDialog);
    connect(m_reload, &QPushButton::clicked, this, &OrderDetailDialog::reload);
    connect(m_addNote, &QPushButton::clicked, this, &OrderDetailDialog::addNote);
    // A note may have several lines, so Enter stays a new line and Ctrl+Enter sends.
    auto *sendNote = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_noteText);
    sendNote->setContext(Qt::WidgetShortcut);
    connect(sendNote, &QShortcut::activated, this, &OrderDetailDialog::addNote);
    connect(m_noteText, &QPlainTextEdit::textChanged, this, &OrderDetailDialog::updateActions);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(820, 620);
    updateActions();
    reload();
}

std::optional<Domain::OrderState> OrderDetailDialog::state() const
{
    const auto status = Domain::orderStatusFromName(m_order.value("status"_L1).toString());
    if (!status)
        return std::nullopt;
    return Domain::OrderState{*status, Domain::fulfilmentStepFromName(m_order.value("fulfilment"_L1).toString())
                                           .value_or(Domain::FulfilmentStep::None)};
}

QList<Domain::OrderAction> OrderDetailDialog::offeredActions() const
{
    const std::optional<Domain::OrderState> current = state();
    if (!m_writable || !current || isBusy())
        return {};
    // The server's state machine decides (the answer to an action may lack allowed_actions: then the same
    // machine here); of its actions the API takes these from the desktop (shipping and delivery are the
    // shipments').
    QList<Domain::OrderAction> allowed;
    if (m_order.contains("allowed_actions"_L1)) {
        const QJsonArray names = m_order.value("allowed_actions"_L1).toArray();
        for (Domain::OrderAction action : {Domain::OrderAction::Confirm, Domain::OrderAction::Pick, Domain::OrderAction::Pack,
                                           Domain::OrderAction::Ship, Domain::OrderAction::Deliver, Domain::OrderAction::Cancel})
            if (names.contains(QJsonValue(Domain::orderActionName(action))))
                allowed.append(action);
    } else {
        allowed = Domain::allowedOrderActions(*current);
    }
    QList<Domain::OrderAction> offered;
    for (Domain::OrderAction action : std::as_const(allowed)) {
        if (action == Domain::OrderAction::Confirm || action == Domain::OrderAction::Pick
            || action == Domain::OrderAction::Pack || action == Domain::OrderAction::Cancel)
            offered.append(action);
    }
    return offered;
}

bool OrderDetailDialog::isBusy() const
{
    return m_loadRequest || m_allocationRequest || m_sending;
}

QString OrderDetailDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OrderDetailDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setErrorColour(m_message, error);
    m_message->setVisible(!text.isEmpty());
}

void OrderDetailDialog::updateActions()
{
    const QList<Domain::OrderAction> offered = offeredActions();
    m_confirm->setVisible(m_writable && offered.contains(Domain::OrderAction::Confirm));
    m_pick->setVisible(m_writable && offered.contains(Domain::OrderAction::Pick));
    m_pack->setVisible(m_writable && offered.contains(Domain::OrderAction::Pack));
    m_cancel->setVisible(m_writable && offered.contains(Domain::OrderAction::Cancel));
    m_noteText->setEnabled(m_writable);
    m_addNote->setVisible(m_writable);
    m_addNote->setEnabled(m_writable && !isBusy() && !m_order.isEmpty() && !m_noteText->toPlainText().trimmed().isEmpty());
    m_reload->setEnabled(!m_loadRequest);
    m_refund->setVisible(m_session->account() && m_session->account()->may(Domain::Permission::RefundsCreate));
    m_refund->setEnabled(refundOffered());
    const std::optional<Domain::OrderState> current = state();
    // Shipments are the warehouse's as much as the agents': their own permission, not orders:manage.
    const std::optional<Account> account = m_session->account();
    m_createShipment->setVisible(account && account->may(Domain::Permission::ShipmentsManage) && current
                                 && (current->status == Domain::OrderStatus::Confirmed
                                     || current->status == Domain::OrderStatus::Fulfilling));
    m_openReturn->setVisible(m_writable);
    m_openReturn->setEnabled(returnOffered());
    m_receiveReturn->setVisible(m_writable);
    m_receiveReturn->setEnabled(receiveOffered());
    m_refundReturn->setVisible(account && account->may(Domain::Permission::RefundsCreate));
    m_refundReturn->setEnabled(refundReturnOffered());
}

bool OrderDetailDialog::refundOffered() const
{
    const bool may = m_session->account() && m_session->account()->may(Domain::Permission::RefundsCreate);
    const qint64 left = m_order.value("refundable"_L1).toObject().value("total"_L1).toObject().value("amount"_L1).toInteger();
    return may && !isBusy() && left > 0;
}

QDialog *OrderDetailDialog::openRefundDialog()
{
    if (!refundOffered())
        return nullptr;
    auto *dialog = new RefundDialog(m_session, m_order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refunded, this, [this](const QJsonObject &refund) {
        setMessage(tr("Refund of %1: %2.")
                       .arg(moneyOf(refund.value("amount"_L1)), RefundsModel::statusTitle(refund.value("status"_L1).toString())),
                   false);
        reload();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

QDialog *OrderDetailDialog::openCreateShipmentDialog()
{
    auto *dialog = new CreateShipmentDialog(m_session, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &CreateShipmentDialog::created, this, &OrderDetailDialog::reload);
    dialog->show();
    return dialog;
}

OrderDetailDialog *OrderDetailDialog::showOrder(QList<QPointer<OrderDetailDialog>> &open, Session *session,
                                                const QString &orderId, bool writable, bool stockReadable, QWidget *parent,
                                                bool *created)
{
    open.removeAll(nullptr);
    for (const QPointer<OrderDetailDialog> &shown : std::as_const(open)) {
        if (shown->orderId() == orderId) {
            shown->raise();
            shown->activateWindow();
            if (created)
                *created = false;
            return shown;
        }
    }
    auto *dialog = new OrderDetailDialog(session, orderId, writable, stockReadable, parent);
    dialog->setObjectName(u"orderDetail"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    open.append(dialog);
    dialog->show();
    if (created)
        *created = true;
    return dialog;
}

void OrderDetailDialog::reload()
{
    delete std::exchange(m_loadRequest, nullptr);
    m_loadRequest = new QObject(this);
    QObject *request = m_loadRequest;
    updateActions();
    m_session->get(u"/api/v1/orders/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_id)), request,
                   [this, request](const ApiResponse &response) {
                       request->deleteLater();
                       m_loadRequest = nullptr;
                       if (!response.ok) {
                           setMessage(tr("The order could not be loaded: %1").arg(response.errorMessage), true);
                           updateActions();
                           return;
                       }
                       showOrder(response.json.object());
                       if (!m_reloadNotice.isEmpty())
                           setMessage(std::exchange(m_reloadNotice, QString()), true);
                   });
}

void OrderDetailDialog::showOrder(const QJsonObject &order)
{
    m_order = order;
    m_version = order.value("version"_L1).toInt();
    const std::optional<Domain::OrderState> current = state();
    const QString number = order.value("number"_L1).toString();
    setWindowTitle(tr("Order %1").arg(number));
    m_title->setText(tr("%1 — %2").arg(number, current ? OrdersModel::stateTitle(*current) : QString()));
    const QString payment = order.value("payment_reference"_L1).toString();
    m_summary->setText(tr("Placed %1 · Payment reference: %2")
                           .arg(timeOf(order.value("placed_at"_L1)), payment.isEmpty() ? tr("none") : payment));
    const QString name = order.value("name"_L1).toString();
    const QString email = order.value("email"_L1).toString();
    m_customer->setText(name.isEmpty() ? email : tr("%1 <%2>").arg(name, email));
    m_shipping->setText(addressText(order.value("shipping_address"_L1)));
    m_billing->setText(addressText(order.value("billing_address"_L1)));

    // Only the detail read carries the shipments; the answer to an action leaves the table as it was.
    if (order.contains("shipments"_L1)) {
        const QJsonArray shipments = order.value("shipments"_L1).toArray();
        m_shipments->setRowCount(int(shipments.size()));
        for (int i = 0; i < shipments.size(); ++i) {
            const QJsonObject s = shipments.at(i).toObject();
            setRow(m_shipments, i,
                   {s.value("id"_L1).toString(), s.value("warehouse"_L1).toString(),
                    ShipmentsModel::carrierTitle(s.value("carrier"_L1).toString()), s.value("tracking_number"_L1).toString(),
                    ShipmentsModel::statusTitle(s.value("status"_L1).toString())},
                   {});
        }
    }

    const QJsonArray lines = order.value("lines"_L1).toArray();
    m_lines->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        setRow(m_lines, i,
               {line.value("sku"_L1).toString(), line.value("title"_L1).toString(),
                QLocale().toString(line.value("quantity"_L1).toInteger()), moneyOf(line.value("unit_price"_L1)),
                moneyOf(line.value("discount"_L1)), moneyOf(line.value("line_total"_L1))},
               {2, 3, 4, 5});
    }
    const QJsonObject totals = order.value("totals"_L1).toObject();
    QString totalsText = tr("Subtotal: %1\nDiscount: %2\nShipping: %3\nTax (included): %4\nTotal: %5")
                             .arg(moneyOf(totals.value("subtotal"_L1)), moneyOf(totals.value("discount"_L1)),
                                  moneyOf(totals.value("shipping"_L1)), moneyOf(totals.value("tax"_L1)),
                                  moneyOf(totals.value("total"_L1)));
    // Only imported history charges fees (bank charges, manual adjustments); without the line its total
    // would not add up.
    if (totals.value("fees"_L1).toObject().value("amount"_L1).toInteger() != 0)
        totalsText += u'\n' + tr("Fees: %1").arg(moneyOf(totals.value("fees"_L1)));
    m_totals->setText(totalsText);

    const QJsonArray timeline = order.value("timeline"_L1).toArray();
    m_timeline->setRowCount(int(timeline.size()));
    for (int i = 0; i < timeline.size(); ++i) {
        const QJsonObject event = timeline.at(i).toObject();
        setRow(m_timeline, i,
               {timeOf(event.value("at"_L1)), event.value("actor"_L1).toString(), timelineEntry(event),
                event.value("reason"_L1).toString()});
    }
    const QJsonArray notes = order.value("notes"_L1).toArray();
    m_notes->setRowCount(int(notes.size()));
    for (int i = 0; i < notes.size(); ++i) {
        const QJsonObject note = notes.at(i).toObject();
        setRow(m_notes, i,
               {timeOf(note.value("created_at"_L1)), note.value("author"_L1).toString(), note.value("body"_L1).toString()});
    }

    const QJsonArray refunds = order.value("refunds"_L1).toArray();
    m_refunds->setRowCount(int(refunds.size()));
    for (int i = 0; i < refunds.size(); ++i) {
        const QJsonObject refund = refunds.at(i).toObject();
        setRow(m_refunds, i,
               {timeOf(refund.value("created_at"_L1)), moneyOf(refund.value("amount"_L1)),
                RefundsModel::reasonTitle(refund.value("reason"_L1).toString()),
                RefundsModel::statusTitle(refund.value("status"_L1).toString()), refund.value("note"_L1).toString()},
               {1});
    }

    // Only the detail read carries the returns; the answer to an action leaves the table as it was.
    if (order.contains("returns"_L1)) {
        const QString selected = selectedReturnId();
        const QJsonArray returns = order.value("returns"_L1).toArray();
        m_returns->setRowCount(int(returns.size()));
        for (int i = 0; i < returns.size(); ++i) {
            const QJsonObject ret = returns.at(i).toObject();
            QStringList lines;
            for (const QJsonValue &value : ret.value("lines"_L1).toArray()) {
                const QJsonObject line = value.toObject();
                const qint64 received = line.value("received"_L1).toInteger();
                //: A line of a return: the SKU and how many come back, e.g. "MUG-1 × 2".
                QString text = tr("%1 × %2").arg(line.value("sku"_L1).toString(), QLocale().toString(line.value("quantity"_L1).toInteger()));
                if (received > 0)
                    //: After a return line: how many arrived, their condition and where they went.
                    text += u' ' + tr("(%1 received, %2, %3)")
                                       .arg(QLocale().toString(received), line.value("condition"_L1).toString(),
                                            line.value("warehouse"_L1).toString());
                lines.append(text);
            }
            setRow(m_returns, i,
                   {ret.value("id"_L1).toString(), timeOf(ret.value("created_at"_L1)),
                    returnStatusTitle(ret.value("status"_L1).toString()), lines.join(u"; "_s), ret.value("note"_L1).toString()});
            m_returns->item(i, 0)->setData(Qt::UserRole, ret);
        }
        if (!selectReturn(selected) && m_returns->rowCount() > 0)
            m_returns->selectRow(0);
    }

    const QString reservation = order.value("reservation_id"_L1).toVariant().toString();
    m_allocation->setRowCount(0);
    if (reservation.isEmpty()) {
        m_allocationNote->setText(tr("No stock is reserved for this order."));
    } else if (!m_stockReadable) {
        m_allocationNote->setText(tr("Your account may not see stock, so where this order's stock is held is not "
                                     "shown. The warehouse and support roles may see it."));
    } else {
        loadAllocation(reservation);
    }
    updateActions();
    emit orderChanged(order);
}

void OrderDetailDialog::loadAllocation(const QString &reservationId)
{
    delete std::exchange(m_allocationRequest, nullptr);
    m_allocationRequest = new QObject(this);
    QObject *request = m_allocationRequest;
    m_allocationNote->setText(tr("Loading…"));
    m_session->get(u"/api/v1/stock/reservations/"_s + QString::fromLatin1(QUrl::toPercentEncoding(reservationId)), request,
                   [this, request](const ApiResponse &response) {
                       request->deleteLater();
                       m_allocationRequest = nullptr;
                       updateActions();
                       if (!response.ok) {
                           m_allocationNote->setText(tr("The stock allocation could not be loaded: %1").arg(response.errorMessage));
                           return;
                       }
                       const QJsonObject reservation = response.json.object();
                       const QString status = reservation.value("status"_L1).toString();
                       if (status == "held"_L1)
                           m_allocationNote->setText(tr("Reserved until %1.").arg(timeOf(reservation.value("expires_at"_L1))));
                       else if (status == "allocated"_L1)
                           m_allocationNote->setText(tr("Allocated: the warehouses set this stock aside for the order."));
                       else if (status == "released"_L1)
                           m_allocationNote->setText(tr("Released: this stock went back to the shelves."));
                       else
                           m_allocationNote->setText(tr("Expired: the reservation ran out before it was allocated."));
                       int row = 0;
                       for (const QJsonValue &value : reservation.value("lines"_L1).toArray()) {
                           const QJsonObject line = value.toObject();
                           for (const QJsonValue &pick : line.value("warehouses"_L1).toArray()) {
                               m_allocation->setRowCount(row + 1);
                               setRow(m_allocation, row++,
                                      {line.value("sku"_L1).toString(), pick.toObject().value("warehouse"_L1).toString(),
                                       QLocale().toString(pick.toObject().value("quantity"_L1).toInteger())},
                                      {2});
                           }
                       }
                   });
}

void OrderDetailDialog::act(Domain::OrderAction action, const QString &reason)
{
    if (!offeredActions().contains(action))
        return;
    Pending change;
    change.path = u"/api/v1/orders/%1/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_id)), Domain::orderActionName(action));
    if (action == Domain::OrderAction::Cancel)
        change.body.insert(u"reason"_s, reason.trimmed());
    send(change);
}

QDialog *OrderDetailDialog::openCancelDialog()
{
    if (!offeredActions().contains(Domain::OrderAction::Cancel))
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"cancelOrderDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Cancel Order %1").arg(m_order.value("number"_L1).toString()));
    // One line: Enter sends, as in every dialog of the desktop.
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(u"cancelReason"_s);
    reason->setMaxLength(500);
    reason->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    reason->setPlaceholderText(tr("Why the order is cancelled, for the timeline (e.g. the customer asked by phone)"));
    auto *label = new QLabel(tr("&Reason:"), dialog);
    label->setBuddy(reason);
    QLabel *error = newMessageLabel(u"reasonError"_s, dialog);
    setErrorColour(error, true);
    auto *hint = new QLabel(tr("Cancelling releases the stock held for the order."), dialog);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel &Order"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep Order"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(hint);
    layout->addWidget(label);
    layout->addWidget(reason);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, reason, error] {
        const QString text = reason->text().trimmed();
        if (text.isEmpty()) {
            error->setText(tr("Say why the order is cancelled; the reason goes into its timeline."));
            error->show();
            reason->setFocus();
            return;
        }
        dialog->accept();
        act(Domain::OrderAction::Cancel, text);
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    reason->setFocus();
    return dialog;
}

void OrderDetailDialog::addNote()
{
    const QString text = m_noteText->toPlainText().trimmed();
    if (!m_writable || text.isEmpty() || isBusy())
        return;
    send({u"/api/v1/orders/%1/notes"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_id))),
          QJsonObject{{u"body"_s, text}}});
}

void OrderDetailDialog::send(const Pending &change)
{
    if (m_sending)
        return;
    // The same change again (after no answer) goes under the same key, so the server replays what it did.
    if (m_pendingKey.isEmpty() || change.path != m_pending.path || change.body != m_pending.body)
        m_pendingKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_pending = change;
    ApiRequest request;
    request.method = "POST"_ba;
    request.path = change.path;
    request.body = QJsonDocument(change.body);
    request.headers.append({"If-Match"_ba, '"' + QByteArray::number(m_version) + '"'});
    request.headers.append({"Idempotency-Key"_ba, m_pendingKey.toLatin1()});
    m_sending = true;
    setMessage({}, false);
    updateActions();
    const bool isNote = change.path.endsWith("/notes"_L1);
    m_session->send(request, this, [this, isNote](const ApiResponse &response) {
        m_sending = false;
        const int status = response.httpStatus;
        // Without a definite answer the change may have happened: keep the key for sending it again.
        const bool definite = response.ok || (status >= 400 && status != 408 && status != 409 && status != 429 && status < 500);
        if (definite)
            m_pendingKey.clear();
        if (response.ok) {
            if (isNote)
                m_noteText->clear();
            showOrder(response.json.object());
            return;
        }
        if (status == 412) {
            m_reloadNotice = tr("Someone else changed this order meanwhile, so nothing was done. It has been "
                                "reloaded: check it and act again.");
            reload();
            return;
        }
        setMessage(problemText(response), true);
        updateActions();
    });
}

QJsonObject OrderDetailDialog::selectedReturn() const
{
    const QList<QTableWidgetItem *> selected = m_returns->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *first = m_returns->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toJsonObject() : QJsonObject();
}

QString OrderDetailDialog::selectedReturnId() const
{
    return selectedReturn().value("id"_L1).toString();
}

bool OrderDetailDialog::selectReturn(const QString &id)
{
    for (int row = 0; row < m_returns->rowCount() && !id.isEmpty(); ++row) {
        if (m_returns->item(row, 0)->text() == id) {
            m_returns->selectRow(row);
            return true;
        }
    }
    return false;
}

bool OrderDetailDialog::returnOffered() const
{
    if (!m_writable || isBusy() || m_order.isEmpty())
        return false;
    const auto current = state();
    if (!current || current->status == Domain::OrderStatus::Pending || current->status == Domain::OrderStatus::Cancelled)
        return false;
    // Something must be left that no return names yet (cancelled returns give their lines back).
    qint64 ordered = 0;
    for (const QJsonValue &line : m_order.value("lines"_L1).toArray())
        ordered += line.toObject().value("quantity"_L1).toInteger();
    qint64 returned = 0;
    for (const QJsonValue &value : m_order.value("returns"_L1).toArray()) {
        if (value.toObject().value("status"_L1).toString() == "cancelled"_L1)
            continue;
        for (const QJsonValue &line : value.toObject().value("lines"_L1).toArray())
            returned += line.toObject().value("quantity"_L1).toInteger();
    }
    return ordered > returned;
}

bool OrderDetailDialog::receiveOffered() const
{
    return m_writable && !isBusy() && selectedReturn().value("status"_L1).toString() == "open"_L1;
}

bool OrderDetailDialog::refundReturnOffered() const
{
    const std::optional<Account> account = m_session->account();
    const QString status = selectedReturn().value("status"_L1).toString();
    return account && account->may(Domain::Permission::RefundsCreate) && !isBusy()
        && (status == "open"_L1 || status == "received"_L1);
}

QDialog *OrderDetailDialog::openReturnDialog()
{
    if (!returnOffered())
        return nullptr;
    // What each line may still send back: ordered minus what open or finished returns name already.
    QHash<QString, qint64> taken;
    for (const QJsonValue &value : m_order.value("returns"_L1).toArray()) {
        if (value.toObject().value("status"_L1).toString() == "cancelled"_L1)
            continue;
        for (const QJsonValue &line : value.toObject().value("lines"_L1).toArray())
            taken[line.toObject().value("sku"_L1).toString()] += line.toObject().value("quantity"_L1).toInteger();
    }
    const ReturnDialogParts parts = newReturnDialog(
        this, u"openReturnDialog"_s, tr("Open a Return for Order %1").arg(m_order.value("number"_L1).toString()),
        tr("Choose how many of each line the customer sends back. The goods are received later (Receive…); the "
           "money goes back when the return is refunded."),
        {tr("SKU"), tr("Item"), tr("Ordered"), tr("Returning")}, tr("&Open Return"));
    const QJsonArray lines = m_order.value("lines"_L1).toArray();
    parts.lines->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        const QString sku = line.value("sku"_L1).toString();
        const qint64 ordered = line.value("quantity"_L1).toInteger();
        setRow(parts.lines, i, {sku, line.value("title"_L1).toString(), QLocale().toString(ordered)}, {2});
        auto *quantity = new QSpinBox(parts.lines);
        quantity->setObjectName(u"returnQuantity_%1"_s.arg(i));
        quantity->setRange(0, int(std::max<qint64>(0, ordered - taken.value(sku))));
        quantity->setAccessibleName(tr("Quantity of %1 returning").arg(sku));
        parts.lines->setCellWidget(i, 3, quantity);
    }
    auto *note = new QLineEdit(parts.dialog);
    note->setObjectName(u"returnNote"_s);
    note->setMaxLength(1000);
    note->setPlaceholderText(tr("Why it comes back, for the team (optional)"));
    parts.layout->insertWidget(2, note);
    connect(parts.buttons, &QDialogButtonBox::accepted, parts.dialog, [this, parts, note] {
        QJsonArray chosen;
        for (int row = 0; row < parts.lines->rowCount(); ++row) {
            const auto *quantity = qobject_cast<QSpinBox *>(parts.lines->cellWidget(row, 3));
            if (quantity && quantity->value() > 0)
                chosen.append(QJsonObject{{u"sku"_s, parts.lines->item(row, 0)->text()}, {u"quantity"_s, quantity->value()}});
        }
        if (chosen.isEmpty()) {
            parts.error->setText(tr("Choose at least one line and how many of it come back."));
            parts.error->show();
            return;
        }
        QJsonObject body{{u"lines"_s, chosen}};
        if (!note->text().trimmed().isEmpty())
            body.insert(u"note"_s, note->text().trimmed());
        sendReturnChange(parts.dialog, parts.error, u"/api/v1/orders/%1/returns"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_id))),
                         body, tr("The return is open; receive the goods when they arrive."));
    });
    parts.dialog->setWindowModality(Qt::WindowModal);
    parts.dialog->open();
    return parts.dialog;
}

QDialog *OrderDetailDialog::openReceiveDialog()
{
    if (!receiveOffered())
        return nullptr;
    const QJsonObject ret = selectedReturn();
    const QString returnId = ret.value("id"_L1).toString();
    const ReturnDialogParts parts = newReturnDialog(
        this, u"receiveReturnDialog"_s, tr("Receive Return %1").arg(returnId),
        tr("Count what arrived. Sellable goods go back into the warehouse chosen; damaged goods are not restocked."),
        {tr("SKU"), tr("Expected"), tr("Arrived"), tr("Condition"), tr("Warehouse")}, tr("&Receive"));
    const QJsonArray lines = ret.value("lines"_L1).toArray();
    parts.lines->setRowCount(int(lines.size()));
    QList<QComboBox *> warehouses;
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        const qint64 expected = line.value("quantity"_L1).toInteger() - line.value("received"_L1).toInteger();
        setRow(parts.lines, i, {line.value("sku"_L1).toString(), QLocale().toString(expected)}, {1});
        auto *quantity = new QSpinBox(parts.lines);
        quantity->setObjectName(u"receivedQuantity_%1"_s.arg(i));
        quantity->setRange(0, int(std::max<qint64>(0, expected)));
        quantity->setValue(quantity->maximum());
        parts.lines->setCellWidget(i, 2, quantity);
        auto *condition = new QComboBox(parts.lines);
        condition->setObjectName(u"condition_%1"_s.arg(i));
        condition->addItem(tr("Sellable"), u"sellable"_s);
        condition->addItem(tr("Damaged"), u"damaged"_s);
        parts.lines->setCellWidget(i, 3, condition);
        auto *warehouse = new QComboBox(parts.lines);
        warehouse->setObjectName(u"warehouse_%1"_s.arg(i));
        parts.lines->setCellWidget(i, 4, warehouse);
        warehouses.append(warehouse);
    }
    QPointer<QDialog> guard(parts.dialog);
    m_session->get(u"/api/v1/warehouses"_s, parts.dialog, [guard, parts, warehouses](const ApiResponse &response) {
        if (!guard)
            return;
        if (!response.ok) {
            parts.error->setText(tr("The warehouses could not be loaded, so sellable goods cannot be put back: %1")
                                     .arg(response.errorMessage));
            parts.error->show();
            return;
        }
        const QJsonValue items = response.json.isArray() ? QJsonValue(response.json.array()) : response.json.object().value("items"_L1);
        for (QComboBox *box : warehouses) {
            for (const QJsonValue &v : items.toArray()) {
                const QJsonObject warehouse = v.toObject();
                if (warehouse.value("active"_L1).toBool(true))
                    box->addItem(tr("%1 (%2)").arg(warehouse.value("name"_L1).toString(), warehouse.value("code"_L1).toString()),
                                 warehouse.value("code"_L1).toString());
            }
        }
    });
    connect(parts.buttons, &QDialogButtonBox::accepted, parts.dialog, [this, parts, returnId] {
        QJsonArray receipt;
        for (int row = 0; row < parts.lines->rowCount(); ++row) {
            const auto *quantity = qobject_cast<QSpinBox *>(parts.lines->cellWidget(row, 2));
            const auto *condition = qobject_cast<QComboBox *>(parts.lines->cellWidget(row, 3));
            const auto *warehouse = qobject_cast<QComboBox *>(parts.lines->cellWidget(row, 4));
            if (!quantity || quantity->value() == 0)
                continue;
            QJsonObject line{{u"sku"_s, parts.lines->item(row, 0)->text()},
                             {u"quantity"_s, quantity->value()},
                             {u"condition"_s, condition->currentData().toString()}};
            if (!warehouse->currentData().toString().isEmpty())
                line.insert(u"warehouse"_s, warehouse->currentData().toString());
            receipt.append(line);
        }
        if (receipt.isEmpty()) {
            parts.error->setText(tr("Enter how many of at least one line arrived."));
            parts.error->show();
            return;
        }
        sendReturnChange(parts.dialog, parts.error, u"/api/v1/returns/%1/receive"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(returnId))),
                         QJsonObject{{u"lines"_s, receipt}}, tr("Return %1 received.").arg(returnId));
    });
    parts.dialog->setWindowModality(Qt::WindowModal);
    parts.dialog->open();
    return parts.dialog;
}

QDialog *OrderDetailDialog::openRefundReturnDialog()
{
    if (!refundReturnOffered())
        return nullptr;
    const QJsonObject ret = selectedReturn();
    const QString returnId = ret.value("id"_L1).toString();
    const bool received = ret.value("status"_L1).toString() == "received"_L1;
    const ReturnDialogParts parts = newReturnDialog(
        this, u"refundReturnDialog"_s, tr("Refund Return %1").arg(returnId),
        received ? tr("Refunds what arrived, line by line, to the order's payment.")
                 : tr("The goods have not arrived yet: this refunds the lines of the return before they do."),
        {tr("SKU"), tr("Quantity")}, tr("&Refund"));
    const QJsonArray lines = ret.value("lines"_L1).toArray();
    parts.lines->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        setRow(parts.lines, i,
               {line.value("sku"_L1).toString(),
                QLocale().toString(line.value(received ? "received"_L1 : "quantity"_L1).toInteger())},
               {1});
    }
    auto *reason = new QComboBox(parts.dialog);
    reason->setObjectName(u"refundReason"_s);
    for (const QString &name : Domain::refundReasonNames())
        reason->addItem(RefundsModel::reasonTitle(name), name);
    auto *form = new QFormLayout;
    form->addRow(tr("R&eason:"), reason);
    parts.layout->insertLayout(2, form);
    connect(parts.buttons, &QDialogButtonBox::accepted, parts.dialog, [this, parts, returnId, reason] {
        sendReturnChange(parts.dialog, parts.error, u"/api/v1/returns/%1/refund"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(returnId))),
                         QJsonObject{{u"reason"_s, reason->currentData().toString()}},
                         tr("Return %1 refunded.").arg(returnId));
    });
    parts.dialog->setWindowModality(Qt::WindowModal);
    parts.dialog->open();
    return parts.dialog;
}

void OrderDetailDialog::sendReturnChange(QDialog *dialog, QLabel *error, const QString &path, const QJsonObject &body,
                                         const QString &done)
{
    if (dialog->property("sending").toBool())
        return;
    const QByteArray sent = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (dialog->property("key").toString().isEmpty() || dialog->property("body").toByteArray() != sent)
        dialog->setProperty("key", QUuid::createUuid().toString(QUuid::WithoutBraces));
    dialog->setProperty("body", sent);
    dialog->setProperty("sending", true);
    error->hide();
    ApiRequest request;
    request.method = "POST"_ba;
    request.path = path;
    request.body = QJsonDocument(body);
    request.headers.append({"Idempotency-Key"_ba, dialog->property("key").toString().toLatin1()});
    m_session->send(request, dialog, [this, dialog, error, done](const ApiResponse &response) {
        dialog->setProperty("sending", false);
        const int status = response.httpStatus;
        // Without a definite answer the change may have happened: the same key goes with it again.
        if (response.ok || (status >= 400 && status != 408 && status != 409 && status != 429 && status < 500))
            dialog->setProperty("key", QString());
        if (!response.ok) {
            error->setText(problemText(response));
            error->show();
            return;
        }
        dialog->accept();
        setMessage(done, false);
        reload();
    });
}

} // namespace Backroom::Ui
