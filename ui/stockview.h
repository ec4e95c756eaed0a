// SPDX-License-Identifier: MIT
#pragma once

#include "ui/stockchangedialog.h"

#include <QPointer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class EventFeed;
class LowStockModel;
class ScanQueue;
class ScanStationView;
class Session;
class StockModel;
class StockSkuPanel;
class TransferModel;
struct Account;
struct FeedEvent;

// The Stock area for warehouse staff (inventory:read), in four tabs:
// - Levels: SKUs × warehouses (on hand / reserved / available per warehouse, the totals, a low flag), paged
//   from the server as it scrolls, searched as one types, narrowed to one warehouse or to low stock; the
//   current SKU's history and forecast chart beside it; Adjust, Count, Transfer and Reorder Point dialogs for
//   the current SKU (Enter on a row adjusts).
// - Low Stock: the SKUs below their reorder point with the server's reorder suggestions; Enter shows one in
//   Levels.
// - Transfers: the transfers in transit (or received, or all), paged; Receive (or Enter) books what arrived
//   at the destination, all of it or a part.
// - Scan Station: receiving and counting by scanner, through the offline-safe ScanQueue.
// The writing parts are hidden from accounts without inventory:write. From the first time the area is shown
// until sign-out it follows the server's event feed and re-reads every loaded row an InventoryChanged event
// names, so coming back to the area shows current numbers without a reload. Loads when first
// shown and again when another account signs in. GUI thread.
class StockView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 300;
    enum Tab { LevelsTab, LowStockTab, TransfersTab, ScanTab };

    // scanQueuePath: the scan station's SQLite file; empty for ScanQueue::defaultPath().
    explicit StockView(Session *session, const QString &scanQueuePath = {}, QWidget *parent = nullptr);
    ~StockView() override;

    bool isLoading() const;
    void reload();
    // Opens a dialog for the current SKU over the view; null without a current SKU or the right to write.
    StockChangeDialog *openChangeDialog(StockChangeDialog::Kind kind);
    // Opens the receipt dialog for the current transfer of the Transfers tab; null without one still in
    // transit or the right to write.
    StockChangeDialog *openReceiptDialog();
    void showTab(Tab tab);

    StockModel *stockModel() const { return m_stock; }
    LowStockModel *lowStockModel() const { return m_low; }
    TransferModel *transferModel() const { return m_transfers; }
    QTableView *transferTable() const { return m_transferTable; }
    StockSkuPanel *skuPanel() const { return m_panel; }
    ScanStationView *scanStation() const { return m_scanStation; }
    // The scan queue, from the first sign-in of an account that may move stock (it then sends at once).
    ScanQueue *scanQueue() const { return m_queue; }
    EventFeed *eventFeed() const { return m_feed; }
    QTableView *stockTable() const { return m_table; }
    QList<WarehouseChoice> warehouses() const { return m_warehouses; }
    // Selects sku's row (when loaded) and shows it in the panel; false when it is not loaded.
    bool selectSku(const QString &sku);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void accountChanged(const std::optional<Account> &account);
    void loadWarehouses();
    void applyFilter();
    void showLoadState();
    void updateActions();
    void currentRowChanged();
    void eventArrived(const FeedEvent &event);
    void ensureScanQueue();
    void updateTransferActions();

    Session *m_session;
    QString m_scanQueuePath;
    StockModel *m_stock;
    LowStockModel *m_low;
    TransferModel *m_transfers;
    EventFeed *m_feed;
    ScanQueue *m_queue = nullptr;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_warehouse;
    QCheckBox *m_lowOnly;
    QPushButton *m_adjust;
    QPushButton *m_count;
    QPushButton *m_transfer;
    QPushButton *m_reorder;
    QPushButton *m_reload;
    QProgressBar *m_progress;
    QLabel *m_notice;
    QTableView *m_table;
    QLabel *m_countLabel;
    QPushButton *m_loadMore;
    StockSkuPanel *m_panel;
    QTableView *m_lowTable;
    QLabel *m_lowMessage;
    QTableView *m_transferTable;
    QComboBox *m_transferShow;
    QPushButton *m_receive;
    QLabel *m_transferMessage;
    ScanStationView *m_scanStation;
    QTimer *m_searchTimer;
    QObject *m_warehouseRequest = nullptr;
    QList<WarehouseChoice> m_warehouses;
    QString m_warehouseError;
    QString m_accountId;
    bool m_allowed = false;
    bool m_writable = false;
    bool m_loaded = false;
};

} // namespace Backroom::Ui
