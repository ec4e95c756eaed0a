// SPDX-License-Identifier: MIT
#include "ui/createshipmentdialog.h"

#include "domain/shipment.h"
#include "ui/session.h"
#include "ui/shipmentsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

CreateShipmentDialog::CreateShipmentDialog(Session *session, const QString &orderId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_orderId(orderId)
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_warehouse(new QComboBox(this))
    , m_lines(new QTableWidget(0, 3, this))
    , m_carrier(new QComboBox(this))
    , m_service(new QLineEdit(u"standard"_s, this))
    , m_tracking(new QLineEdit(this))
    , m_weight(new QSpinBox(this))
    , m_parcels(new QSpinBox(this))
    , m_message(new QLabel(this))
    , m_create(new QPushButton(tr("Create Shipment"), this))
{
    setWindowTitle(tr("Create Shipment"));
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Open"), tr("Ship now")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const QString &c : Domain::knownCarriers())
        m_carrier->addItem(ShipmentsModel::carrierTitle(c), c);
    m_service->setMaxLength(50);
    m_tracking->setMaxLength(60);
    m_weight->setRange(0, 1'000'000);
    m_weight->setSuffix(tr(" g"));
    m_weight->setSpecialValueText(tr("not weighed"));
    m_parcels->setRange(1, 99);
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Warehouse"), m_warehouse);
    form->addRow(tr("&Carrier"), m_carrier);
    form->addRow(tr("Ser&vice"), m_service);
    form->addRow(tr("&Tracking number"), m_tracking);
    form->addRow(tr("W&eight"), m_weight);
    form->addRow(tr("&Parcels"), m_parcels);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreateShipmentDialog::submit);
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, &CreateShipmentDialog::showLines);
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &CreateShipmentDialog::check);
    connect(m_tracking, &QLineEdit::textChanged, this, &CreateShipmentDialog::check);
    m_create->setEnabled(false);

    m_session->get(u"/api/v1/orders/%1/shipments"_s.arg(m_orderId), this, [this](const ApiResponse &response) {
        m_loaded = true;
        if (!response.ok) {
            m_message->setText(tr("The order's open lines could not be read: %1").arg(response.errorMessage));
        } else {
            m_open = response.json.object().value(u"open"_s).toArray();
            for (const QJsonValue &w : m_open)
                m_warehouse->addItem(w.toObject().value(u"warehouse"_s).toString());
            if (m_open.isEmpty())
                m_message->setText(tr("Nothing of this order is waiting to ship."));
            showLines();
        }
        emit loaded();
    });
    resize(520, 460);
}

QStringList CreateShipmentDialog::warehouses() const
{
    QStringList codes;
    for (int i = 0; i < m_warehouse->count(); ++i)
        codes.append(m_warehouse->itemText(i));
    return codes;
}

void CreateShipmentDialog::setWarehouse(const QString &code)
{
    m_warehouse->setCurrentIndex(m_warehouse->findText(code, Qt::MatchFixedString));
}

void CreateShipmentDialog::setCarrier(const QString &carrier)
{
    m_carrier->setCurrentIndex(m_carrier->findData(carrier));
}

void CreateShipmentDialog::setTrackingNumber(const QString &number)
{
    m_tracking->setText(number);
}

bool CreateShipmentDialog::setQuantity(const QString &sku, int quantity)
{
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (m_lines->item(row, 0)->text().compare(sku, Qt::CaseInsensitive) != 0)
            continue;
        auto *spin = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, 2));
        spin->setValue(quantity);
        return spin->value() == quantity;
    }
    return false;
}

void CreateShipmentDialog::showLines()
{
    m_lines->setRowCount(0);
    for (const QJsonValue &w : m_open) {
        if (w.toObject().value(u"warehouse"_s).toString() != m_warehouse->currentText())
            continue;
        const QJsonArray lines = w.toObject().value(u"lines"_s).toArray();
        m_lines->setRowCount(int(lines.size()));
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject l = lines[i].toObject();
            const int open = int(l.value(u"quantity"_s).toInteger());
            m_lines->setItem(i, 0, new QTableWidgetItem(l.value(u"sku"_s).toString()));
            m_lines->setItem(i, 1, new QTableWidgetItem(QString::number(open)));
            auto *spin = new QSpinBox(m_lines);
            spin->setRange(0, open);
            spin->setValue(open);
            connect(spin, &QSpinBox::valueChanged, this, &CreateShipmentDialog::check);
            m_lines->setCellWidget(i, 2, spin);
        }
    }
    check();
}

QString CreateShipmentDialog::problem() const
{
    if (m_warehouse->currentText().isEmpty())
        return tr("Nothing of this order is waiting to ship.");
    int total = 0;
    for (int row = 0; row < m_lines->rowCount(); ++row)
        total += qobject_cast<QSpinBox *>(m_lines->cellWidget(row, 2))->value();
    if (total == 0)
        return tr("Put at least one item into the shipment.");
    if (m_tracking->text().trimmed().isEmpty())
        return tr("Type or scan the tracking number from the label.");
    auto checked = Domain::validateTrackingNumber(m_carrier->currentData().toString(), m_tracking->text());
    if (!checked)
        return checked.error().message + u' ' + checked.error().fields.value(0).message;
    return {};
}

void CreateShipmentDialog::check()
{
    const QString why = problem();
    if (!m_sending)
        m_message->setText(m_tracking->text().isEmpty() ? QString() : why);
    m_create->setEnabled(!m_sending && why.isEmpty());
}

QString CreateShipmentDialog::message() const
{
    return m_message->text();
}

void CreateShipmentDialog::submit()
{
    if (m_sending || !problem().isEmpty())
        return;
    QJsonArray lines;
    bool partial = false;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const int n = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, 2))->value();
        partial = partial || n < m_lines->item(row, 1)->text().toInt();
        if (n > 0)
            lines.append(QJsonObject{{u"sku"_s, m_lines->item(row, 0)->text()}, {u"quantity"_s, n}});
    }
    QJsonObject body{{u"warehouse"_s, m_warehouse->currentText()},
                     {u"carrier"_s, m_carrier->currentData().toString()},
                     {u"service"_s, m_service->text().trimmed().isEmpty() ? u"standard"_s : m_service->text().trimmed()},
                     {u"tracking_number"_s, m_tracking->text().trimmed()},
                     {u"parcels"_s, m_parcels->value()}};
    if (partial)
        body.insert(u"lines"_s, lines);
    if (m_weight->value() > 0)
        body.insert(u"weight_grams"_s, m_weight->value());
    ApiRequest request;
    request.method = "POST"_ba;
    request.path = u"/api/v1/orders/%1/shipments"_s.arg(m_orderId);
    request.body = QJsonDocument(body);
    request.headers.append({"Idempotency-Key"_ba, m_key.toLatin1()});
    m_sending = true;
    check();
    m_session->send(request, this, [this](const ApiResponse &response) {
        m_sending = false;
        const int status = response.httpStatus;
        // Without a definite answer it may have been made: the same key replays instead of making another.
        if (response.ok || (status >= 400 && status < 500 && status != 408 && status != 409 && status != 429))
            m_key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!response.ok) {
            check();
            m_message->setText(response.errorMessage);
            return;
        }
        emit created(response.json.object().value(u"items"_s).toArray());
        accept();
    });
}

} // namespace Backroom::Ui
