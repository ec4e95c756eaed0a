// SPDX-License-Identifier: MIT
#include "ui/stockchangedialog.h"

#include "ui/session.h"
#include "ui/stockmodel.h"
#include "ui/transfermodel.h"
#include "ui/viewstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

struct Reason {
    const char *name;
    const char *title;
};

// The server's adjustment reasons, in the order a warehouse meets them.
constexpr Reason Reasons[] = {
    {"received", QT_TRANSLATE_NOOP("Backroom::Ui::StockChangeDialog", "Received")},
    {"count_correction", QT_TRANSLATE_NOOP("Backroom::Ui::StockChangeDialog", "Count correction")},
    {"damaged", QT_TRANSLATE_NOOP("Backroom::Ui::StockChangeDialog", "Damaged")},
    {"lost", QT_TRANSLATE_NOOP("Backroom::Ui::StockChangeDialog", "Lost")},
    {"found", QT_TRANSLATE_NOOP("Backroom::Ui::StockChangeDialog", "Found")},
    {"returned", QT_TRANSLATE_NOOP("Backroom::Ui::StockChangeDialog", "Returned")},
};

QString warehouseField(StockChangeDialog::Kind kind)
{
    return kind == StockChangeDialog::Kind::Transfer ? u"from"_s : u"warehouse"_s;
}

void fillWarehouses(QComboBox *box, const QList<WarehouseChoice> &warehouses)
{
    for (const WarehouseChoice &warehouse : warehouses) {
        box->addItem(warehouse.name.isEmpty() ? warehouse.code
                                              : StockChangeDialog::tr("%1 – %2").arg(warehouse.code, warehouse.name),
                     warehouse.code);
    }
}

} // namespace

StockChangeDialog::StockChangeDialog(Session *session, Kind kind, const StockRow &stock,
                                     const QList<WarehouseChoice> &warehouses, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_sku(stock.sku)
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_message(newMessageLabel(u"stockChangeMessage"_s, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Q_ASSERT(kind != Kind::Receipt);
    for (auto it = stock.warehouses.cbegin(); it != stock.warehouses.cend(); ++it)
        m_onHand.insert(it.key(), it.value().onHand);

    QFormLayout *form = startForm(tr("%1 – %2").arg(stock.sku, stock.title));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"quantity"_s);
    m_quantity->setGroupSeparatorShown(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"note"_s);
    m_note->setMaxLength(500);
    if (kind != Kind::Reorder) {
        m_warehouse = new QComboBox(this);
        m_warehouse->setObjectName(u"warehouse"_s);
        fillWarehouses(m_warehouse, warehouses);
    }

    switch (kind) {
    case Kind::Adjustment:
        setWindowTitle(tr("Adjust Stock"));
        addRow(form, tr("&Warehouse:"), m_warehouse, u"warehouse"_s);
        m_quantity->setRange(-1'000'000'000, 1'000'000'000);
        m_quantity->setToolTip(tr("Units to add (positive) or take away (negative)."));
        addRow(form, tr("&Change:"), m_quantity, u"delta"_s);
        m_reason = new QComboBox(this);
        m_reason->setObjectName(u"reason"_s);
        m_reason->addItem(tr("Choose a reason…"), QString());
        for (const Reason &reason : Reasons)
            m_reason->addItem(tr(reason.title), QString::fromLatin1(reason.name));
        addRow(form, tr("&Reason:"), m_reason, u"reason"_s);
        addRow(form, tr("&Note:"), m_note, u"note"_s);
        break;
    case Kind::Count:
        setWindowTitle(tr("Count Stock"));
        addRow(form, tr("&Warehouse:"), m_warehouse, u"warehouse"_s);
        m_quantity->setRange(0, 1'000'000'000);
        addRow(form, tr("&Counted:"), m_quantity, u"counted"_s);
        m_difference = new QLabel(this);
        m_difference->setObjectName(u"difference"_s);
        form->addRow(tr("Difference:"), m_difference);
        addRow(form, tr("&Note:"), m_note, u"note"_s);
        connect(m_warehouse, &QComboBox::currentIndexChanged, this, &StockChangeDialog::updateDifference);
        connect(m_quantity, &QSpinBox::valueChanged, this, &StockChangeDialog::updateDifference);
        if (int at = m_warehouse->currentIndex(); at >= 0)
            m_quantity->setValue(int(m_onHand.value(m_warehouse->itemData(at).toString())));
        updateDifference();
        break;
    case Kind::Transfer:
        setWindowTitle(tr("Transfer Stock"));
        addRow(form, tr("&From:"), m_warehouse, u"from"_s);
        m_to = new QComboBox(this);
        m_to->setObjectName(u"to"_s);
        fillWarehouses(m_to, warehouses);
        if (m_to->count() > 1)
            m_to->setCurrentIndex(1);
        addRow(form, tr("&To:"), m_to, u"to"_s);
        m_quantity->setRange(1, 1'000'000'000);
        addRow(form, tr("&Quantity:"), m_quantity, u"quantity"_s);
        addRow(form, tr("&Note:"), m_note, u"note"_s);
        break;
    case Kind::Reorder: {
        setWindowTitle(tr("Reorder Point"));
        m_note->hide();
        // The lowest value of each box stands for "not set": no reorder point, a reorder quantity the server
        // computes from the sales forecast.
        m_point = new QSpinBox(this);
        m_point->setObjectName(u"reorderPoint"_s);
        m_point->setGroupSeparatorShown(true);
        m_point->setRange(-1, 1'000'000'000);
        m_point->setSpecialValueText(tr("None"));
        m_point->setValue(int(stock.reorderPoint.value_or(-1)));
        m_point->setToolTip(tr("The SKU is low, and on the low-stock list, when its available stock drops below this."));
        addRow(form, tr("Reorder &point:"), m_point, u"reorder_point"_s);
        m_quantity->setRange(0, 1'000'000'000);
        m_quantity->setSpecialValueText(tr("Computed"));
        m_quantity->setValue(int(stock.reorderQuantity.value_or(0)));
        m_quantity->setToolTip(tr("How many to order when the SKU is low; Computed suggests enough for the "
                                  "forecast sales until the next delivery."));
        addRow(form, tr("Reorder &quantity:"), m_quantity, u"reorder_quantity"_s);
        auto *hint = new QLabel(tr("Available now: %1").arg(QLocale().toString(stock.total.available)), this);
        hint->setObjectName(u"available"_s);
        form->addRow(QString(), hint);
        finishLayout(form);
        m_point->setFocus();
        m_point->selectAll();
        return;
    }
    case Kind::Receipt:
        break;
    }
    finishLayout(form);
}

StockChangeDialog::StockChangeDialog(Session *session, const TransferRow &transfer, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(Kind::Receipt)
    , m_sku(transfer.sku)
    , m_transferId(transfer.id)
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_message(newMessageLabel(u"stockChangeMessage"_s, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Receive Transfer"));
    //: A transfer's number, SKU and route, e.g. "No. 12: MUG-1, MAIN → SHOP".
    QFormLayout *form = startForm(tr("No. %1: %2, %3 → %4").arg(transfer.id, transfer.sku, transfer.from, transfer.to));
    auto *outstanding = new QLabel(tr("%1 of %2 sent").arg(QLocale().toString(transfer.outstanding()),
                                                          QLocale().toString(transfer.quantity)),
                                   this);
    outstanding->setObjectName(u"outstanding"_s);
    form->addRow(tr("Still to receive:"), outstanding);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"quantity"_s);
    m_quantity->setGroupSeparatorShown(true);
    m_quantity->setRange(1, int(std::clamp<qint64>(transfer.outstanding(), 1, 1'000'000'000)));
    m_quantity->setValue(m_quantity->maximum());
    m_quantity->setToolTip(tr("The units that arrived; the rest stay in transit until they are received."));
    addRow(form, tr("&Received:"), m_quantity, u"quantity"_s);
    finishLayout(form);
}

QFormLayout *StockChangeDialog::startForm(const QString &subject)
{
    auto *form = new QFormLayout;
    auto *skuLabel = new QLabel(subject, this);
    skuLabel->setObjectName(u"stockChangeSku"_s);
    skuLabel->setTextFormat(Qt::PlainText);
    form->addRow(m_kind == Kind::Receipt ? tr("Transfer:") : tr("SKU:"), skuLabel);
    return form;
}

void StockChangeDialog::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &apiField)
{
    form->addRow(label, field);
    form->addRow(QString(), addErrorLabel(apiField));
}

void StockChangeDialog::finishLayout(QFormLayout *form)
{
    form->addRow(QString(), addErrorLabel(u"sku"_s));
    setErrorColour(m_message, true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StockChangeDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_quantity->setFocus();
    m_quantity->selectAll();
}

QLabel *StockChangeDialog::addErrorLabel(const QString &field)
{
    QLabel *label = newMessageLabel(field + u"Error"_s, this);
    setErrorColour(label, true);
    m_errorLabels.insert(field, label);
    return label;
}

QString StockChangeDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString StockChangeDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void StockChangeDialog::updateDifference()
{
    if (!m_difference)
        return;
    const QString warehouse = m_warehouse->currentData().toString();
    const qint64 onHand = m_onHand.value(warehouse);
    const qint64 difference = m_quantity->value() - onHand;
    const QString signedDifference =
        difference > 0 ? u"+"_s + QLocale().toString(difference) : QLocale().toString(difference);
    m_difference->setText(tr("%1 (on hand now: %2)").arg(signedDifference, QLocale().toString(onHand)));
}

QJsonObject StockChangeDialog::body() const
{
    QJsonObject body;
    const QString note = m_note ? m_note->text().trimmed() : QString();
    switch (m_kind) {
    case Kind::Adjustment:
        body.insert(u"warehouse"_s, m_warehouse->currentData().toString());
        body.insert(u"delta"_s, m_quantity->value());
        body.insert(u"reason"_s, m_reason->currentData().toString());
        break;
    case Kind::Count:
        body.insert(u"warehouse"_s, m_warehouse->currentData().toString());
        body.insert(u"counted"_s, m_quantity->value());
        break;
    case Kind::Transfer:
        body.insert(u"sku"_s, m_sku);
        body.insert(u"from"_s, m_warehouse->currentData().toString());
        body.insert(u"to"_s, m_to->currentData().toString());
        body.insert(u"quantity"_s, m_quantity->value());
        break;
    case Kind::Receipt:
        body.insert(u"quantity"_s, m_quantity->value());
        break;
    case Kind::Reorder:
        body.insert(u"reorder_point"_s, m_point->value() < 0 ? QJsonValue() : QJsonValue(m_point->value()));
        body.insert(u"reorder_quantity"_s, m_quantity->value() == 0 ? QJsonValue() : QJsonValue(m_quantity->value()));
        return body;
    }
    if (!note.isEmpty())
        body.insert(u"note"_s, note);
    return body;
}

QList<Domain::FieldError> StockChangeDialog::check() const
{
    QList<Domain::FieldError> errors;
    if (m_warehouse && m_warehouse->currentIndex() < 0)
        errors.append({warehouseField(m_kind), tr("Choose a warehouse. An administrator adds warehouses in Admin.")});
    if (m_kind == Kind::Adjustment) {
        if (m_quantity->value() == 0)
            errors.append({u"delta"_s, tr("Enter the units to add (positive) or take away (negative).")});
        if (m_reason->currentData().toString().isEmpty())
            errors.append({u"reason"_s, tr("Choose why the stock changes.")});
    }
    if (m_kind == Kind::Transfer && m_to->currentIndex() >= 0
        && m_to->currentData().toString() == m_warehouse->currentData().toString())
        errors.append({u"to"_s, tr("Choose a warehouse other than the one the stock leaves.")});
    return errors;
}

void StockChangeDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_message->clear();
    m_message->hide();
}

void StockChangeDialog::showErrors(const QList<Domain::FieldError> &errors)
{
    QStringList unplaced;
    for (const Domain::FieldError &error : errors) {
        QLabel *label = m_errorLabels.value(error.field);
        if (!label) {
            unplaced.append(error.message);
            continue;
        }
        label->setText(label->text().isEmpty() ? error.message : label->text() + u'\n' + error.message);
        label->show();
    }
    if (!unplaced.isEmpty()) {
        m_message->setText(unplaced.join(u'\n'));
        m_message->show();
    }
}

void StockChangeDialog::submit()
{
    if (m_sending)
        return;
    clearErrors();
    if (const QList<Domain::FieldError> errors = check(); !errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    ApiRequest request;
    request.method = "POST"_ba;
    const QString sku = QString::fromLatin1(QUrl::toPercentEncoding(m_sku));
    switch (m_kind) {
    case Kind::Adjustment:
        request.path = u"/api/v1/stock/%1/adjustments"_s.arg(sku);
        break;
    case Kind::Count:
        request.path = u"/api/v1/stock/%1/counts"_s.arg(sku);
        break;
    case Kind::Transfer:
        request.path = u"/api/v1/stock/transfers"_s;
        break;
    case Kind::Receipt:
        request.path = u"/api/v1/stock/transfers/%1/receipts"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_transferId)));
        break;
    case Kind::Reorder:
        // A PUT replaces the settings: sending it twice does no harm, so it needs no key.
        request.method = "PUT"_ba;
        request.path = u"/api/v1/stock/%1/reorder"_s.arg(sku);
        break;
    }
    request.body = QJsonDocument(body());
    if (m_kind != Kind::Reorder)
        request.headers.append({"Idempotency-Key"_ba, m_key.toLatin1()});
    m_sending = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_session->send(request, this, [this](const ApiResponse &response) {
        m_sending = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (response.ok) {
            emit applied(response.json.object());
            accept();
            return;
        }
        // A definite refusal means nothing was applied: what is sent after a correction is a new request,
        // which the old key would refuse as a different body. Without an answer the key stays, so that
        // sending again replays what the server may have done meanwhile.
        const int status = response.httpStatus;
        if (status >= 400 && status < 500 && status != 408 && status != 409 && status != 429)
            m_key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (response.problem && !response.problem->errors.isEmpty()) {
            showErrors(response.problem->errors);
            // The detail says what the field errors have in common; the fields say where.
            const QString unplaced = m_message->text();
            m_message->setText(unplaced.isEmpty() ? response.problem->detail
                                                  : response.problem->detail + u'\n' + unplaced);
            m_message->setVisible(!m_message->text().isEmpty());
            return;
        }
        m_message->setText(response.errorMessage);
        m_message->show();
    });
}

} // namespace Backroom::Ui
