// SPDX-License-Identifier: MIT
#include "ui/refunddialog.h"

#include "domain/money.h"
#include "domain/refund.h"
#include "ui/productsmodel.h"
#include "ui/refundsmodel.h"
#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {
enum LineColumn { SkuColumn, TitleColumn, LeftColumn, QuantityColumn, RestockColumn, ColumnCount };

qint64 amountOf(const QJsonObject &o, QLatin1StringView member)
{
    return o.value(member).toObject().value("amount"_L1).toInteger();
}

QString moneyText(const QJsonValue &value)
{
    const QJsonObject money = value.toObject();
    return ProductsModel::moneyText({money.value("amount"_L1).toInteger(), money.value("currency"_L1).toString()});
}
} // namespace

RefundDialog::RefundDialog(Session *session, const QJsonObject &order, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_orderId(order.value("id"_L1).toString())
    , m_currency(order.value("currency"_L1).toString())
    , m_title(new QLabel(this))
    , m_lines(new QTableWidget(0, ColumnCount, this))
    , m_shipping(new QDoubleSpinBox(this))
    , m_goodwill(new QDoubleSpinBox(this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_previewLabel(newMessageLabel(u"refundPreview"_s, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(u"refundDialog"_s);
    setWindowTitle(tr("Refund Order %1").arg(order.value("number"_L1).toString()));
    m_exponent = Domain::currencyExponent(m_currency).value_or(2);
    const double unit = std::pow(10.0, m_exponent);
    const QJsonObject refundable = order.value("refundable"_L1).toObject();
    m_title->setText(tr("Up to %1 can still be refunded to the payment %2.")
                         .arg(moneyText(refundable.value("total"_L1)),
                              order.value("payment_reference"_L1).toString()));
    m_title->setWordWrap(true);

    m_lines->setObjectName(u"refundLines"_s);
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Item"), tr("Left"), tr("Refund"), tr("Restock into")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    const QJsonArray lines = order.value("lines"_L1).toArray();
    const QJsonArray left = refundable.value("lines"_L1).toArray();
    for (const QJsonValue &v : left) {
        const QJsonObject remaining = v.toObject();
        const int index = remaining.value("line"_L1).toInt();
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lineIndex.append(index);
        const QJsonObject line = lines.at(index).toObject();
        const qint64 quantity = remaining.value("quantity"_L1).toInteger();
        auto item = [](const QString &text) {
            auto *i = new QTableWidgetItem(text);
            i->setFlags(i->flags() & ~Qt::ItemIsEditable);
            return i;
        };
        m_lines->setItem(row, SkuColumn, item(remaining.value("sku"_L1).toString()));
        m_lines->setItem(row, TitleColumn, item(line.value("title"_L1).toString()));
        m_lines->setItem(row, LeftColumn, item(tr("%1 (%2)").arg(quantity).arg(moneyText(remaining.value("amount"_L1)))));
        auto *spin = new QSpinBox(m_lines);
        spin->setObjectName(u"refundQuantity%1"_s.arg(row));
        // Capped at what remains of the line: more cannot be entered.
        spin->setRange(0, int(qMin<qint64>(quantity, 1'000'000)));
        spin->setEnabled(quantity > 0);
        m_lines->setCellWidget(row, QuantityColumn, spin);
        auto *restock = new QComboBox(m_lines);
        restock->setObjectName(u"refundRestock%1"_s.arg(row));
        restock->addItem(tr("Do not restock"), QString());
        m_lines->setCellWidget(row, RestockColumn, restock);
        connect(spin, &QSpinBox::valueChanged, this, &RefundDialog::schedulePreview);
        connect(restock, &QComboBox::currentIndexChanged, this, &RefundDialog::schedulePreview);
    }

    for (QDoubleSpinBox *box : {m_shipping, m_goodwill}) {
        box->setDecimals(m_exponent);
        box->setSuffix(u' ' + m_currency);
        connect(box, &QDoubleSpinBox::valueChanged, this, &RefundDialog::schedulePreview);
    }
    m_shipping->setObjectName(u"refundShipping"_s);
    m_goodwill->setObjectName(u"refundGoodwill"_s);
    m_shipping->setRange(0, double(amountOf(refundable, "shipping"_L1)) / unit);
    m_goodwill->setRange(0, double(amountOf(refundable, "total"_L1)) / unit);
    m_reason->setObjectName(u"refundReason"_s);
    for (const QString &reason : Domain::refundReasonNames())
        m_reason->addItem(RefundsModel::reasonTitle(reason), reason);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RefundDialog::schedulePreview);
    m_note->setObjectName(u"refundNote"_s);
    m_note->setMaxLength(1000);
    connect(m_note, &QLineEdit::textChanged, this, &RefundDialog::schedulePreview);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Refund"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmRefund"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RefundDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Shipping:"), m_shipping);
    form->addRow(tr("&Goodwill:"), m_goodwill);
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_lines, 1);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_buttons);
    resize(760, 480);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &RefundDialog::requestPreview);
    loadWarehouses();
    updateButtons();
}

QSpinBox *RefundDialog::quantityBox(int line) const
{
    return qobject_cast<QSpinBox *>(m_lines->cellWidget(line, QuantityColumn));
}

QComboBox *RefundDialog::restockBox(int line) const
{
    return qobject_cast<QComboBox *>(m_lines->cellWidget(line, RestockColumn));
}

qint64 RefundDialog::minorUnits(const QDoubleSpinBox *box) const
{
    // The box holds exactly m_exponent decimals; this reads them back as whole minor units.
    return qRound64(box->value() * std::pow(10.0, m_exponent));
}

QJsonObject RefundDialog::body() const
{
    QJsonArray lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const int quantity = quantityBox(row)->value();
        if (quantity <= 0)
            continue;
        QJsonObject line{{u"sku"_s, m_lines->item(row, SkuColumn)->text()}, {u"quantity"_s, quantity}};
        const QString warehouse = restockBox(row)->currentData().toString();
        if (!warehouse.isEmpty())
            line.insert(u"restock_warehouse"_s, warehouse);
        lines.append(line);
    }
    QJsonObject body{{u"reason"_s, m_reason->currentData().toString()}};
    if (!lines.isEmpty())
        body.insert(u"lines"_s, lines);
    if (const qint64 shipping = minorUnits(m_shipping); shipping > 0)
        body.insert(u"shipping"_s, Domain::Money{shipping, m_currency}.toJson());
    if (const qint64 goodwill = minorUnits(m_goodwill); goodwill > 0)
        body.insert(u"amount"_s, Domain::Money{goodwill, m_currency}.toJson());
    if (!m_note->text().trimmed().isEmpty())
        body.insert(u"note"_s, m_note->text().trimmed());
    return body;
}

QString RefundDialog::previewText() const
{
    return m_previewLabel->text();
}

bool RefundDialog::canConfirm() const
{
    return !m_sending && !m_previewing && !m_preview.isEmpty() && m_previewedBody == body() && !m_previewTimer->isActive();
}

void RefundDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canConfirm());
}

void RefundDialog::schedulePreview()
{
    m_preview = {};
    m_previewTimer->start();
    updateButtons();
}

void RefundDialog::requestPreview()
{
    const QJsonObject request = body();
    if (!request.contains("lines"_L1) && !request.contains("shipping"_L1) && !request.contains("amount"_L1)) {
        m_previewLabel->setText(tr("Choose lines, shipping or a goodwill amount to refund."));
        setErrorColour(m_previewLabel, false);
        m_previewLabel->show();
        updateButtons();
        return;
    }
    delete m_previewRequest;
    m_previewRequest = new QObject(this);
    QObject *context = m_previewRequest;
    m_previewing = true;
    updateButtons();
    m_session->post(u"/api/v1/orders/%1/refunds/preview"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_orderId))),
                    QJsonDocument(request), context, [this, context, request](const ApiResponse &response) {
                        context->deleteLater();
                        m_previewRequest = nullptr;
                        m_previewing = false;
                        if (response.ok) {
                            m_preview = response.json.object();
                            m_previewedBody = request;
                            QString text = tr("Refund %1 (tax %2) to the payment; %3 remains refundable after it.")
                                               .arg(moneyText(m_preview.value("total"_L1)), moneyText(m_preview.value("tax"_L1)),
                                                    moneyText(m_preview.value("remaining_after"_L1).toObject().value("total"_L1)));
                            if (m_preview.value("requires_approval"_L1).toBool())
                                text += u'\n' + tr("Above the approval limit: it waits until someone else approves it.");
                            m_previewLabel->setText(text);
                            setErrorColour(m_previewLabel, false);
                        } else {
                            m_preview = {};
                            QStringList details{response.problem ? response.problem->detail : response.errorMessage};
                            if (response.problem)
                                for (const Domain::FieldError &error : response.problem->errors)
                                    details.append(error.field + u": "_s + error.message);
                            m_previewLabel->setText(details.join(u'\n'));
                            setErrorColour(m_previewLabel, true);
                        }
                        m_previewLabel->show();
                        updateButtons();
                    });
}

void RefundDialog::loadWarehouses()
{
    m_session->get(u"/api/v1/warehouses"_s, this, [this](const ApiResponse &response) {
        if (!response.ok)
            return; // without inventory:read the lines are simply not restocked
        const QJsonValue items = response.json.isArray() ? QJsonValue(response.json.array())
                                                         : response.json.object().value("items"_L1);
        for (int row = 0; row < m_lines->rowCount(); ++row) {
            QComboBox *box = restockBox(row);
            for (const QJsonValue &v : items.toArray()) {
                const QJsonObject warehouse = v.toObject();
                if (warehouse.value("active"_L1).toBool(true))
                    box->addItem(tr("%1 (%2)").arg(warehouse.value("name"_L1).toString(), warehouse.value("code"_L1).toString()),
                                 warehouse.value("code"_L1).toString());
            }
        }
    });
}

void RefundDialog::confirm()
{
    if (!canConfirm())
        return;
    const QJsonObject request = body();
    // The same refund again (after no answer) goes under the same key: the server replays, never refunds twice.
    if (m_pendingKey.isEmpty() || m_pendingBody != request)
        m_pendingKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_pendingBody = request;
    ApiRequest call;
    call.method = "POST"_ba;
    call.path = u"/api/v1/orders/%1/refunds"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_orderId)));
    call.body = QJsonDocument(request);
    call.headers.append({"Idempotency-Key"_ba, m_pendingKey.toLatin1()});
    m_sending = true;
    updateButtons();
    m_session->send(call, this, [this](const ApiResponse &response) {
        m_sending = false;
        const int status = response.httpStatus;
        if (response.ok || (status >= 400 && status != 408 && status != 409 && status != 429 && status < 500))
            m_pendingKey.clear();
        if (response.ok) {
            emit refunded(response.json.object());
            accept();
            return;
        }
        m_previewLabel->setText(response.problem ? response.problem->detail : response.errorMessage);
        setErrorColour(m_previewLabel, true);
        m_previewLabel->show();
        updateButtons();
    });
}

} // namespace Backroom::Ui
