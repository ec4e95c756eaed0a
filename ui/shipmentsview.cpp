// SPDX-License-Identifier: MIT
#include "ui/shipmentsview.h"

#include "domain/shipment.h"
#include "ui/eventfeed.h"
#include "ui/session.h"
#include "ui/shippingdocuments.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSaveFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

#ifdef BACKROOM_HAVE_PRINTSUPPORT
#include <QPrintDialog>
#include <QPrinter>
#endif

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

ShipmentsView::ShipmentsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ShipmentsModel(session, this))
    , m_feed(new EventFeed(session, this))
    , m_status(new QComboBox(this))
    , m_carrier(new QComboBox(this))
    , m_warehouse(new QLineEdit(this))
    , m_late(new QCheckBox(tr("Late"), this))
    , m_exceptions(new QCheckBox(tr("Exceptions"), this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_timeline(new QTableWidget(0, 5, this))
    , m_eventStatus(new QComboBox(this))
    , m_eventLocation(new QLineEdit(this))
    , m_eventDescription(new QLineEdit(this))
    , m_addEvent(new QPushButton(tr("Add event"), this))
    , m_ship(new QPushButton(tr("Mark shipped"), this))
    , m_slip(new QPushButton(tr("Packing slip…"), this))
    , m_label(new QPushButton(tr("Shipping label…"), this))
    , m_print(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_status->addItem(tr("Any status"), QString());
    for (const QString &s : ShipmentsModel::statuses())
        m_status->addItem(ShipmentsModel::statusTitle(s), s);
    m_carrier->addItem(tr("Any carrier"), QString());
    for (const QString &c : Domain::knownCarriers())
        m_carrier->addItem(ShipmentsModel::carrierTitle(c), c);
    m_warehouse->setPlaceholderText(tr("Warehouse code"));
    m_warehouse->setMaxLength(20);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_carrier);
    filters->addWidget(m_warehouse);
    filters->addWidget(m_late);
    filters->addWidget(m_exceptions);
    filters->addStretch();
    auto *refresh = new QPushButton(tr("Refresh"), this);
    filters->addWidget(refresh);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_timeline->setHorizontalHeaderLabels({tr("When"), tr("Status"), tr("Location"), tr("Description"), tr("Source")});
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    for (const QString &s : Domain::trackingStatusNames())
        m_eventStatus->addItem(ShipmentsModel::statusTitle(s), s);
    m_eventLocation->setPlaceholderText(tr("Location"));
    m_eventLocation->setMaxLength(200);
    m_eventDescription->setPlaceholderText(tr("What happened"));
    m_eventDescription->setMaxLength(500);
#ifdef BACKROOM_HAVE_PRINTSUPPORT
    m_print->setText(tr("Print label…"));
#else
    m_print->setText(tr("Save label as PDF…"));
#endif
    m_message->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *eventRow = new QHBoxLayout;
    eventRow->addWidget(m_eventStatus);
    eventRow->addWidget(m_eventLocation);
    eventRow->addWidget(m_eventDescription, 1);
    eventRow->addWidget(m_addEvent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ship);
    buttons->addStretch();
    buttons->addWidget(m_slip);
    buttons->addWidget(m_label);
    buttons->addWidget(m_print);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_timeline, 1);
    detailLayout->addLayout(eventRow);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ShipmentsView::applyFilterBar);
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &ShipmentsView::applyFilterBar);
    connect(m_warehouse, &QLineEdit::editingFinished, this, &ShipmentsView::applyFilterBar);
    connect(m_late, &QCheckBox::toggled, this, &ShipmentsView::applyFilterBar);
    connect(m_exceptions, &QCheckBox::toggled, this, &ShipmentsView::applyFilterBar);
    connect(refresh, &QPushButton::clicked, m_model, &ShipmentsModel::reload);
    connect(m_model, &ShipmentsModel::loadFailed, this, [this](const QString &message) { setMessage(message, true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(ShipmentsModel::IdRole).toString();
        if (!id.isEmpty() && id != m_shipment.value(u"id"_s).toString())
            showShipment(id);
    });
    connect(m_ship, &QPushButton::clicked, this, &ShipmentsView::markShipped);
    connect(m_addEvent, &QPushButton::clicked, this, [this] {
        addEvent(m_eventStatus->currentData().toString(), m_eventLocation->text(), m_eventDescription->text());
    });
    m_feed->setTypes({u"ShipmentCreated"_s, u"ShipmentShipped"_s, u"ShipmentDelivered"_s, u"ShipmentException"_s});
    connect(m_feed, &EventFeed::eventArrived, this, &ShipmentsView::eventArrived);
    connect(m_session, &Session::accountChanged, this, [this](const std::optional<Account> &account) {
        if (!account)
            m_feed->stop();
    });
    connect(m_slip, &QPushButton::clicked, this, [this] { saveOrPrint(false, false); });
    connect(m_label, &QPushButton::clicked, this, [this] { saveOrPrint(true, false); });
    connect(m_print, &QPushButton::clicked, this, [this] { saveOrPrint(true, true); });
    updateButtons();
}

void ShipmentsView::showEvent(QShowEvent *event)
{
    // The first page is asked for when the area is first opened, not when the window is built.
    if (!m_model->isStarted())
        m_model->reload();
    m_feed->start();
    QWidget::showEvent(event);
}

void ShipmentsView::eventArrived(const FeedEvent &event)
{
    if (event.type == u"ShipmentCreated"_s) {
        m_model->reload();
        return;
    }
    const QString id = event.aggregateId;
    if (id == m_shipment.value(u"id"_s).toString() && !m_busy)
        showShipment(id);
    else if (m_model->rowOf(id) >= 0)
        refreshRow(id);
}

void ShipmentsView::refreshRow(const QString &id)
{
    // Its own context: the row's answer must not abandon (or be abandoned by) the detail's request.
    auto *context = new QObject(this);
    ApiRequest request;
    request.path = u"/api/v1/shipments/"_s + id;
    m_session->send(request, context, [this, context](const ApiResponse &response) {
        context->deleteLater();
        if (response.ok)
            m_model->updateShipment(response.json.object());
    });
}

void ShipmentsView::setFilter(const ShipmentFilter &filter)
{
    const QSignalBlocker b1(m_status), b2(m_carrier), b3(m_late), b4(m_exceptions);
    m_status->setCurrentIndex(std::max(0, m_status->findData(filter.status)));
    m_carrier->setCurrentIndex(std::max(0, m_carrier->findData(filter.carrier)));
    m_warehouse->setText(filter.warehouse);
    m_late->setChecked(filter.lateOnly);
    m_exceptions->setChecked(filter.exceptionsOnly);
    m_model->setFilter(filter);
    m_model->reload();
}

void ShipmentsView::applyFilterBar()
{
    ShipmentFilter f;
    f.status = m_status->currentData().toString();
    f.carrier = m_carrier->currentData().toString();
    f.warehouse = m_warehouse->text().trimmed();
    f.lateOnly = m_late->isChecked();
    f.exceptionsOnly = m_exceptions->isChecked();
    if (f == m_model->filter())
        return;
    m_model->setFilter(f);
    m_model->reload();
}

QObject *ShipmentsView::startRequest()
{
    // Later, not now: this may run inside the callback of the request it abandons.
    if (m_request)
        m_request->deleteLater();
    m_request = new QObject(this);
    m_busy = true;
    updateButtons();
    return m_request;
}

void ShipmentsView::showShipment(const QString &id)
{
    QObject *context = startRequest();
    ApiRequest request;
    request.path = u"/api/v1/shipments/"_s + id;
    m_session->send(request, context, [this, context](const ApiResponse &response) {
        if (context != m_request)
            return;
        if (!response.ok) {
            m_busy = false;
            updateButtons();
            setMessage(response.errorMessage, true);
            return;
        }
        const QJsonObject shipment = response.json.object();
        ApiRequest orderRequest;
        orderRequest.path = u"/api/v1/orders/"_s + shipment.value(u"order_id"_s).toString();
        m_session->send(orderRequest, context, [this, context, shipment](const ApiResponse &order) {
            if (context != m_request)
                return;
            m_busy = false;
            m_shipment = shipment;
            // Without the order the papers lack the address, but the timeline is still worth showing.
            m_order = order.ok ? order.json.object() : QJsonObject();
            if (!order.ok)
                setMessage(order.errorMessage, true);
            showDetail();
        });
    });
}

void ShipmentsView::showDetail()
{
    m_model->updateShipment(m_shipment);
    m_title->setText(tr("Shipment %1 of order %2 from %3: %4 %5, %6")
                         .arg(m_shipment.value(u"id"_s).toString(), m_shipment.value(u"order_number"_s).toString(),
                              m_shipment.value(u"warehouse"_s).toString(),
                              ShipmentsModel::carrierTitle(m_shipment.value(u"carrier"_s).toString()),
                              m_shipment.value(u"tracking_number"_s).toString(),
                              ShipmentsModel::statusTitle(m_shipment.value(u"status"_s).toString())));
    const QJsonArray events = m_shipment.value(u"timeline"_s).toArray();
    m_timeline->setRowCount(int(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject e = events[i].toObject();
        const QDateTime at = QDateTime::fromString(e.value(u"occurred_at"_s).toString(), Qt::ISODateWithMs);
        const QStringList cells{QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
                                ShipmentsModel::statusTitle(e.value(u"status"_s).toString()), e.value(u"location"_s).toString(),
                                e.value(u"description"_s).toString(), e.value(u"source"_s).toString()};
        for (int c = 0; c < cells.size(); ++c)
            m_timeline->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    updateButtons();
    emit shipmentShown(m_shipment);
}

void ShipmentsView::send(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QObject *context = startRequest();
    ApiRequest request;
    request.method = method;
    request.path = path;
    if (!body.isEmpty())
        request.body = QJsonDocument(body);
    request.headers.append({"Idempotency-Key"_ba, QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    const QString id = m_shipment.value(u"id"_s).toString();
    m_session->send(request, context, [this, context, id](const ApiResponse &response) {
        if (context != m_request)
            return;
        m_busy = false;
        if (!response.ok) {
            updateButtons();
            setMessage(response.errorMessage, true);
            return;
        }
        setMessage({}, false);
        showShipment(id); // the order may have moved too: read both again
    });
}

void ShipmentsView::markShipped()
{
    if (m_shipment.isEmpty() || m_busy)
        return;
    send("POST"_ba, u"/api/v1/shipments/%1/ship"_s.arg(m_shipment.value(u"id"_s).toString()), {});
}

void ShipmentsView::addEvent(const QString &status, const QString &location, const QString &description)
{
    if (m_shipment.isEmpty() || m_busy)
        return;
    QJsonObject body{{u"status"_s, status},
                     {u"occurred_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (!location.trimmed().isEmpty())
        body.insert(u"location"_s, location.trimmed());
    if (!description.trimmed().isEmpty())
        body.insert(u"description"_s, description.trimmed());
    m_eventLocation->clear();
    m_eventDescription->clear();
    send("POST"_ba, u"/api/v1/shipments/%1/events"_s.arg(m_shipment.value(u"id"_s).toString()), body);
}

QByteArray ShipmentsView::packingSlip() const
{
    return m_shipment.isEmpty() ? QByteArray() : packingSlipPdf(m_shipment, m_order);
}

QByteArray ShipmentsView::shippingLabel() const
{
    return m_shipment.isEmpty() ? QByteArray() : shippingLabelPdf(m_shipment, m_order);
}

bool ShipmentsView::savePdf(const QByteArray &pdf, const QString &path)
{
    QSaveFile file(path);
    if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        setMessage(tr("Could not write %1: %2. Choose another folder.").arg(path, file.errorString()), true);
        return false;
    }
    setMessage(tr("Saved %1.").arg(path), false);
    return true;
}

void ShipmentsView::saveOrPrint(bool label, bool print)
{
    if (m_shipment.isEmpty())
        return;
#ifdef BACKROOM_HAVE_PRINTSUPPORT
    if (print) {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const bool done = label ? paintShippingLabel(printer, m_shipment, m_order) : paintPackingSlip(printer, m_shipment, m_order);
        setMessage(done ? tr("Sent to the printer.") : tr("The printer could not be used; save the PDF instead."), !done);
        return;
    }
#else
    Q_UNUSED(print)
#endif
    const QString name = (label ? u"label-%1.pdf"_s : u"packing-slip-%1.pdf"_s).arg(m_shipment.value(u"id"_s).toString());
    const QString path = QFileDialog::getSaveFileName(this, label ? tr("Save shipping label") : tr("Save packing slip"), name,
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(label ? shippingLabel() : packingSlip(), path);
}

QString ShipmentsView::message() const
{
    return m_message->text();
}

void ShipmentsView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b01c1c;"_s : QString());
}

void ShipmentsView::updateButtons()
{
    const bool have = !m_shipment.isEmpty();
    const QString status = m_shipment.value(u"status"_s).toString();
    m_ship->setEnabled(have && !m_busy && status == u"pending");
    m_addEvent->setEnabled(have && !m_busy);
    m_slip->setEnabled(have);
    m_label->setEnabled(have);
    m_print->setEnabled(have);
}

} // namespace Backroom::Ui
