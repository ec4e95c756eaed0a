// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;

// Creates a shipment of an order (POST /api/v1/orders/{id}/shipments): the warehouse (of those still holding
// open lines, from GET …/shipments), how many of each open line go in it (all by default: a partial shipment
// when fewer), the carrier, service, tracking number (checked against the carrier's format as it is typed,
// with the domain's own rule), weight and parcels. The Idempotency-Key is made when the dialog opens and kept
// until the server answers for certain, so sending again after a lost answer does not make two. GUI thread.
class CreateShipmentDialog : public QDialog
{
    Q_OBJECT
public:
    CreateShipmentDialog(Session *session, const QString &orderId, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    QStringList warehouses() const;
    void setWarehouse(const QString &code);
    void setCarrier(const QString &carrier);
    void setTrackingNumber(const QString &number);
    // How many of sku go into the shipment; false when the line is not open in the chosen warehouse.
    bool setQuantity(const QString &sku, int quantity);
    // Why the shipment cannot be sent as it is, empty when it can.
    QString problem() const;
    QString message() const;
    void submit();

signals:
    // The open lines arrived (or could not be read: message() says why).
    void loaded();
    // The server made it: the shipments it answered.
    void created(const QJsonArray &shipments);

private:
    void showLines();
    void check();

    Session *m_session;
    QString m_orderId;
    QString m_key;
    QJsonArray m_open; // [{warehouse, lines:[{sku, quantity}]}]
    bool m_loaded = false;
    bool m_sending = false;

    QComboBox *m_warehouse;
    QTableWidget *m_lines;
    QComboBox *m_carrier;
    QLineEdit *m_service;
    QLineEdit *m_tracking;
    QSpinBox *m_weight;
    QSpinBox *m_parcels;
    QLabel *m_message;
    QPushButton *m_create;
};

} // namespace Backroom::Ui
