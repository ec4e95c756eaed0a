// SPDX-License-Identifier: MIT
#pragma once

#include "ui/shipmentsmodel.h"

#include <QJsonObject>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class EventFeed;
struct FeedEvent;
class Session;

// The Shipments area (shipments:manage): the shipments by state, narrowed by status, carrier, warehouse,
// late and exceptions; the chosen one's tracking timeline, a form to add a tracking event, Mark shipped
// (hands it to the carrier: its stock leaves the warehouse), and its packing slip and shipping label as PDF
// (saved, or printed where Qt Print Support is built in). Once shown it follows the event feed: a shipment
// event re-reads that shipment's row (and the shipment shown), a new shipment reloads the list. GUI thread.
class ShipmentsView : public QWidget
{
    Q_OBJECT
public:
    explicit ShipmentsView(Session *session, QWidget *parent = nullptr);

    ShipmentsModel *model() const { return m_model; }
    EventFeed *eventFeed() const { return m_feed; }
    void setFilter(const ShipmentFilter &filter); // shows it in the filter bar and reloads
    // Reads the shipment (and its order, for the papers) and shows it.
    void showShipment(const QString &id);
    QJsonObject shipment() const { return m_shipment; }
    QJsonObject order() const { return m_order; }
    QTableWidget *timeline() const { return m_timeline; }
    QString message() const;
    bool isBusy() const { return m_busy; }

    // What the buttons do.
    void markShipped();
    void addEvent(const QString &status, const QString &location, const QString &description);
    QByteArray packingSlip() const;
    QByteArray shippingLabel() const;
    // Writes the document to path; false (and the message says why) when it could not.
    bool savePdf(const QByteArray &pdf, const QString &path);

signals:
    // After every answer with the shipment (and its order).
    void shipmentShown(const QJsonObject &shipment);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QObject *startRequest(); // abandons the request under way
    void eventArrived(const FeedEvent &event);
    void refreshRow(const QString &id);
    void applyFilterBar();
    void showDetail();
    void setMessage(const QString &text, bool error);
    void send(const QByteArray &method, const QString &path, const QJsonObject &body);
    void saveOrPrint(bool label, bool print);
    void updateButtons();

    Session *m_session;
    ShipmentsModel *m_model;
    EventFeed *m_feed;
    QJsonObject m_shipment;
    QJsonObject m_order;
    QObject *m_request = nullptr;
    bool m_busy = false;

    QComboBox *m_status;
    QComboBox *m_carrier;
    QLineEdit *m_warehouse;
    QCheckBox *m_late;
    QCheckBox *m_exceptions;
    QTableView *m_table;
    QLabel *m_title;
    QTableWidget *m_timeline;
    QComboBox *m_eventStatus;
    QLineEdit *m_eventLocation;
    QLineEdit *m_eventDescription;
    QPushButton *m_addEvent;
    QPushButton *m_ship;
    QPushButton *m_slip;
    QPushButton *m_label;
    QPushButton *m_print;
    QLabel *m_message;
};

} // namespace Backroom::Ui
