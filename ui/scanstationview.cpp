// SPDX-License-Identifier: MIT
#include "ui/scanstationview.h"

#include "ui/stockchangedialog.h"
#include "ui/viewstyle.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

enum QueueColumn { StateColumn, ScannedColumn, ModeColumn, CodeColumn, WarehouseColumn, QuantityColumn, ErrorColumn };

QColor feedbackColour(ScanStationView::Feedback feedback)
{
    switch (feedback) {
    case ScanStationView::Feedback::Applied:
        return QColor(0xc8, 0xf0, 0xc8);
    case ScanStationView::Feedback::Failed:
        return QColor(0xf8, 0xc8, 0xc8);
    case ScanStationView::Feedback::Queued:
    case ScanStationView::Feedback::Offline:
        return QColor(0xfc, 0xe8, 0xb0);
    case ScanStationView::Feedback::None:
        break;
    }
    return {};
}

QString modeTitle(ScanOperation::Kind kind)
{
    return kind == ScanOperation::Kind::Receive ? ScanStationView::tr("Receive") : ScanStationView::tr("Count");
}

} // namespace

ScanStationView::ScanStationView(ScanQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_warehouse(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_quantity(new QSpinBox(this))
    , m_feedbackLabel(new QLabel(this))
    , m_connection(newMessageLabel(u"scanConnection"_s, this))
    , m_table(new QTableWidget(this))
    , m_dismiss(new QPushButton(tr("&Dismiss Refused Scan"), this))
{
    m_mode->setObjectName(u"scanMode"_s);
    m_mode->addItem(tr("Receive goods"), int(ScanOperation::Kind::Receive));
    m_mode->addItem(tr("Count stock"), int(ScanOperation::Kind::Count));
    m_warehouse->setObjectName(u"scanWarehouse"_s);
    m_code->setObjectName(u"scanCode"_s);
    m_code->setPlaceholderText(tr("Scan a barcode or type a SKU, then Enter"));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_code->setFont(big);
    m_quantity->setObjectName(u"scanQuantity"_s);
    m_quantity->setRange(0, 1'000'000);
    m_quantity->setValue(1);
    m_quantity->setFont(big);
    m_quantity->setGroupSeparatorShown(true);
    m_feedbackLabel->setObjectName(u"scanFeedback"_s);
    m_feedbackLabel->setTextFormat(Qt::PlainText);
    m_feedbackLabel->setWordWrap(true);
    m_feedbackLabel->setAutoFillBackground(true);
    m_feedbackLabel->setMargin(8);
    m_feedbackLabel->setFont(big);
    m_feedbackLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorColour(m_connection, true);

    m_table->setObjectName(u"scanQueue"_s);
    m_table->setAccessibleName(tr("Scans waiting or refused"));
    m_table->setColumnCount(ErrorColumn + 1);
    m_table->setHorizontalHeaderLabels(
        {tr("State"), tr("Scanned"), tr("Mode"), tr("Code"), tr("Warehouse"), tr("Quantity"), tr("Why refused")});
    setUpListTable(m_table);
    m_dismiss->setObjectName(u"dismissScan"_s);
    connect(m_dismiss, &QPushButton::clicked, this, &ScanStationView::dismissSelected);

    auto *form = new QFormLayout;
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Warehouse:"), m_warehouse);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Quantity:"), m_quantity);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_feedbackLabel);
    layout->addWidget(m_connection);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    setTabOrder(m_mode, m_warehouse);
    setTabOrder(m_warehouse, m_code);
    setTabOrder(m_code, m_quantity);
    setTabOrder(m_quantity, m_table);
    setTabOrder(m_table, m_dismiss);
    setFocusProxy(m_code);

    connect(m_code, &QLineEdit::returnPressed, this, &ScanStationView::takeCode);
    // Not editingFinished: that also comes when the field merely loses focus, and only Enter takes a scan.
    m_quantity->installEventFilter(this);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const bool receive = ScanOperation::Kind(m_mode->currentData().toInt()) == ScanOperation::Kind::Receive;
        m_quantity->setMinimum(receive ? 1 : 0);
        m_code->setFocus();
    });
    m_quantity->setMinimum(1);
    setQueue(queue);
    setWritable(false);
    showFeedback(Feedback::None, tr("Choose the mode and the warehouse, then scan."));
}

bool ScanStationView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_quantity && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_quantity->interpretText();
            takeQuantity();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScanStationView::setQueue(ScanQueue *queue)
{
    if (m_queue == queue)
        return;
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    if (m_queue) {
        connect(m_queue, &ScanQueue::changed, this, &ScanStationView::showQueue);
        connect(m_queue, &ScanQueue::applied, this, [this](const ScanOperation &op, const QJsonObject &response) {
            const QJsonObject stock = response.value("stock"_L1).toObject();
            const QString sku = stock.value("sku"_L1).toString(op.code);
            qint64 onHand = stock.value("on_hand"_L1).toInteger();
            for (const QJsonValue &value : stock.value("warehouses"_L1).toArray()) {
                if (value.toObject().value("warehouse"_L1).toString() == op.warehouse)
                    onHand = value.toObject().value("on_hand"_L1).toInteger();
            }
            showFeedback(Feedback::Applied, tr("%1 %2 × %3 in %4: on hand now %5.")
                                                .arg(modeTitle(op.kind), QLocale().toString(op.quantity), sku,
                                                     op.warehouse, QLocale().toString(onHand)));
        });
        connect(m_queue, &ScanQueue::failedForGood, this, [this](const ScanOperation &op, const QString &message) {
            showFeedback(Feedback::Failed,
                         tr("Refused: %1 × %2 (%3). %4").arg(QLocale().toString(op.quantity), op.code, modeTitle(op.kind),
                                                             message));
        });
        connect(m_queue, &ScanQueue::connectionStateChanged, this, [this](const QString &message) {
            m_connection->setText(message.isEmpty()
                                      ? QString()
                                      : tr("The server cannot be reached; scans are kept on this computer and sent "
                                           "when it is back. %1")
                                            .arg(message));
            m_connection->setVisible(!message.isEmpty());
        });
        if (!m_queue->isOpen()) {
            m_connection->setText(m_queue->errorMessage());
            m_connection->show();
        }
    }
    showQueue();
}

void ScanStationView::setWarehouses(const QList<WarehouseChoice> &warehouses)
{
    const QString current = m_warehouse->currentData().toString();
    m_warehouse->clear();
    for (const WarehouseChoice &warehouse : warehouses)
        m_warehouse->addItem(warehouse.name.isEmpty() ? warehouse.code : tr("%1 – %2").arg(warehouse.code, warehouse.name),
                             warehouse.code);
    if (const int at = m_warehouse->findData(current); at >= 0)
        m_warehouse->setCurrentIndex(at);
}

void ScanStationView::setWritable(bool writable)
{
    m_writable = writable;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_mode, m_warehouse, m_code, m_quantity, m_dismiss})
        widget->setEnabled(writable);
    if (!writable)
        showFeedback(Feedback::None, tr("Your account may not move stock. An administrator can give it the warehouse role."));
}

QString ScanStationView::feedbackText() const
{
    return m_feedbackLabel->text();
}

void ScanStationView::showFeedback(Feedback feedback, const QString &text)
{
    m_feedback = feedback;
    m_feedbackLabel->setText(text);
    QPalette palette = this->palette();
    if (feedback != Feedback::None)
        palette.setColor(QPalette::Window, feedbackColour(feedback));
    m_feedbackLabel->setPalette(palette);
    if (feedback == Feedback::Failed)
        QApplication::beep();
}

void ScanStationView::takeCode()
{
    if (m_code->text().trimmed().isEmpty()) {
        showFeedback(Feedback::Failed, tr("Scan a barcode or type a SKU first."));
        return;
    }
    const bool count = ScanOperation::Kind(m_mode->currentData().toInt()) == ScanOperation::Kind::Count;
    if (!count)
        m_quantity->setValue(1);
    m_quantity->setFocus();
    m_quantity->selectAll();
}

void ScanStationView::takeQuantity()
{
    if (!m_queue || !m_writable)
        return;
    const auto kind = ScanOperation::Kind(m_mode->currentData().toInt());
    const Domain::Result<ScanOperation> op =
        m_queue->enqueue(kind, m_code->text(), m_warehouse->currentData().toString(), m_quantity->value());
    if (!op) {
        showFeedback(Feedback::Failed, op.error().message);
        if (!op.error().fields.isEmpty() && op.error().fields.first().field == "quantity"_L1) {
            m_quantity->setFocus();
            m_quantity->selectAll();
        } else {
            m_code->setFocus();
            m_code->selectAll();
        }
        return;
    }
    showFeedback(Feedback::Queued, tr("Taken: %1 %2 × %3 in %4; sending…")
                                       .arg(modeTitle(kind), QLocale().toString(op->quantity), op->code, op->warehouse));
    m_code->clear();
    m_code->setFocus();
}

void ScanStationView::showQueue()
{
    QList<ScanOperation> operations;
    if (m_queue) {
        operations = m_queue->failed();
        operations += m_queue->pending();
    }
    m_table->setRowCount(int(operations.size()));
    for (int row = 0; row < operations.size(); ++row) {
        const ScanOperation &op = operations.at(row);
        const bool failed = op.state == ScanOperation::State::Failed;
        const QStringList cells{failed ? tr("Refused") : tr("Waiting"),
                                QLocale().toString(op.scannedAt.toLocalTime(), QLocale::ShortFormat),
                                modeTitle(op.kind),
                                op.code,
                                op.warehouse,
                                QLocale().toString(op.quantity),
                                op.error};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, op.id);
            item->setData(Qt::UserRole + 1, failed);
            if (failed)
                item->setForeground(errorTextColour());
            item->setToolTip(failed ? op.error : QString());
            m_table->setItem(row, column, item);
        }
    }
}

void ScanStationView::dismissSelected()
{
    if (!m_queue)
        return;
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, 0) : nullptr;
    if (item && item->data(Qt::UserRole + 1).toBool())
        m_queue->dismiss(item->data(Qt::UserRole).toLongLong());
}

} // namespace Backroom::Ui
