// SPDX-License-Identifier: MIT
#pragma once

#include "ui/scanqueue.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

struct WarehouseChoice;

// The scan station for receiving and counting: the warehouse and the mode are chosen once, then the code
// field takes a scanned barcode or a typed SKU (keyboard-wedge scanners type and press Enter), Enter moves to
// the quantity, Enter there queues the scan and goes back to the code field. Every scan goes through the
// ScanQueue (on disk first, then to the server), so the station keeps working while the server is away. The
// feedback line turns green when the server applied a scan, red (with a beep) when it refused one or the
// input is wrong, amber while scans wait for the server; the table lists what waits and what was refused,
// and a refused scan stays there until dismissed. GUI thread.
class ScanStationView : public QWidget
{
    Q_OBJECT
public:
    enum class Feedback { None, Queued, Applied, Failed, Offline };

    // queue may be null until setQueue().
    explicit ScanStationView(ScanQueue *queue, QWidget *parent = nullptr);

    void setQueue(ScanQueue *queue);
    void setWarehouses(const QList<WarehouseChoice> &warehouses);
    // Whether scans may be taken (the account may move stock).
    void setWritable(bool writable);

    // What Enter in the code field and then in the quantity field do.
    void takeCode();
    void takeQuantity();

    Feedback feedback() const { return m_feedback; }
    QString feedbackText() const;
    QLineEdit *codeField() const { return m_code; }
    QSpinBox *quantityField() const { return m_quantity; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *warehouseBox() const { return m_warehouse; }
    QTableWidget *queueTable() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFeedback(Feedback feedback, const QString &text);
    void showQueue();
    void dismissSelected();

    ScanQueue *m_queue = nullptr;
    QComboBox *m_mode;
    QComboBox *m_warehouse;
    QLineEdit *m_code;
    QSpinBox *m_quantity;
    QLabel *m_feedbackLabel;
    QLabel *m_connection;
    QTableWidget *m_table;
    QPushButton *m_dismiss;
    Feedback m_feedback = Feedback::None;
    bool m_writable = false;
};

} // namespace Backroom::Ui
