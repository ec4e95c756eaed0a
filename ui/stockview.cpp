// SPDX-License-Identifier: MIT
#include "ui/stockview.h"

#include "ui/eventfeed.h"
#include "ui/lowstockmodel.h"
#include "ui/scanqueue.h"
#include "ui/scanstationview.h"
#include "ui/session.h"
#include "ui/stockmodel.h"
#include "ui/stockskupanel.h"
#include "ui/transfermodel.h"
#include "ui/viewstyle.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

StockView::StockView(Session *session, const QString &scanQueuePath, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scanQueuePath(scanQueuePath.isEmpty() ? ScanQueue::defaultPath() : scanQueuePath)
    , m_stock(new StockModel(session, this))
    , m_low(new LowStockModel(session, this))
    , m_transfers(new TransferModel(session, this))
    , m_feed(new EventFeed(session, this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_warehouse(new QComboBox(this))
    , m_lowOnly(new QCheckBox(tr("&Low stock only"), this))
    , m_adjust(new QPushButton(tr("&Adjust…"), this))
    , m_count(new QPushButton(tr("Cou&nt…"), this))
    , m_transfer(new QPushButton(tr("&Transfer…"), this))
    , m_reorder(new QPushButton(tr("Reorder &Point…"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_progress(new QProgressBar(this))
    , m_notice(newMessageLabel(u"stockNotice"_s, this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load &More"), this))
    , m_panel(new StockSkuPanel(session, this))
    , m_lowTable(new QTableView(this))
    , m_lowMessage(newMessageLabel(u"lowStockMessage"_s, this))
    , m_transferTable(new QTableView(this))
    , m_transferShow(new QComboBox(this))
    , m_receive(new QPushButton(tr("&Receive…"), this))
    , m_transferMessage(newMessageLabel(u"transferMessage"_s, this))
    , m_scanStation(new ScanStationView(nullptr, this))
    , m_searchTimer(new QTimer(this))
{
    auto *heading = new QLabel(tr("Stock"), this);
    heading->setObjectName(u"heading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_search->setObjectName(u"stockSearch"_s);
    m_search->setPlaceholderText(tr("SKU, barcode or title…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Finds SKUs starting with the text, barcodes and title words, as you type."));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_warehouse->setObjectName(u"warehouseFilter"_s);
    m_warehouse->addItem(tr("All warehouses"), QString());
    auto *warehouseLabel = new QLabel(tr("&Warehouse:"), this);
    warehouseLabel->setBuddy(m_warehouse);
    m_lowOnly->setObjectName(u"lowOnly"_s);
    m_adjust->setObjectName(u"adjustStock"_s);
    m_count->setObjectName(u"countStock"_s);
    m_transfer->setObjectName(u"transferStock"_s);
    m_reorder->setObjectName(u"reorderStock"_s);
    m_reload->setObjectName(u"reloadStock"_s);
    m_loadMore->setObjectName(u"loadMoreStock"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(warehouseLabel);
    filters->addWidget(m_warehouse);
    filters->addWidget(m_lowOnly);
    filters->addSpacing(12);
    filters->addWidget(m_adjust);
    filters->addWidget(m_count);
    filters->addWidget(m_transfer);
    filters->addWidget(m_reorder);
    filters->addWidget(m_reload);

    m_progress->setObjectName(u"stockProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    setErrorColour(m_notice, true);
    m_countLabel->setObjectName(u"stockCount"_s);

    m_table->setObjectName(u"stockTable"_s);
    m_table->setModel(m_stock);
    m_table->setAccessibleName(tr("Stock levels"));
    setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(StockModel::SkuColumn, fontMetrics().averageCharWidth() * 14);
    m_table->setColumnWidth(StockModel::TitleColumn, fontMetrics().averageCharWidth() * 28);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel, 1);
    bottom->addWidget(m_loadMore);
    auto *gridPane = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_table, 1);
    gridLayout->addLayout(bottom);
    m_panel->setObjectName(u"skuPanel"_s);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(gridPane);
    splitter->addWidget(m_panel);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *levels = new QWidget(this);
    auto *levelsLayout = new QVBoxLayout(levels);
    levelsLayout->addLayout(filters);
    levelsLayout->addWidget(m_progress);
    levelsLayout->addWidget(m_notice);
    levelsLayout->addWidget(splitter, 1);

    m_lowTable->setObjectName(u"lowStockTable"_s);
    m_lowTable->setModel(m_low);
    m_lowTable->setAccessibleName(tr("Low stock"));
    setUpListTable(m_lowTable);
    setErrorColour(m_lowMessage, true);
    auto *lowReload = new QPushButton(tr("Re&load"), this);
    lowReload->setObjectName(u"reloadLowStock"_s);
    auto *lowHint = new QLabel(tr("SKUs whose available stock is below their reorder point, with how many to "
                                  "reorder and by when. Enter shows a SKU's levels and history."),
                               this);
    lowHint->setWordWrap(true);
    auto *lowTop = new QHBoxLayout;
    lowTop->addWidget(lowHint, 1);
    lowTop->addWidget(lowReload);
    auto *lowPage = new QWidget(this);
    auto *lowLayout = new QVBoxLayout(lowPage);
    lowLayout->addLayout(lowTop);
    lowLayout->addWidget(m_lowMessage);
    lowLayout->addWidget(m_lowTable, 1);

    m_transferTable->setObjectName(u"transferTable"_s);
    m_transferTable->setModel(m_transfers);
    m_transferTable->setAccessibleName(tr("Transfers"));
    setUpListTable(m_transferTable);
    m_transferTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_transferTable->setColumnWidth(TransferModel::SkuColumn, fontMetrics().averageCharWidth() * 14);
    m_transferTable->setColumnWidth(TransferModel::CreatedColumn, fontMetrics().averageCharWidth() * 18);
    setErrorColour(m_transferMessage, true);
    m_transferShow->setObjectName(u"transferShow"_s);
    m_transferShow->addItem(tr("In transit"), int(TransferModel::Show::InTransit));
    m_transferShow->addItem(tr("Received"), int(TransferModel::Show::Received));
    m_transferShow->addItem(tr("All"), int(TransferModel::Show::All));
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_transferShow);
    m_receive->setObjectName(u"receiveTransfer"_s);
    auto *transferReload = new QPushButton(tr("Re&load"), this);
    transferReload->setObjectName(u"reloadTransfers"_s);
    auto *transferHint = new QLabel(tr("Stock sent between warehouses. Receive (or Enter) books what arrived at "
                                       "the destination; the rest stays in transit."),
                                    this);
    transferHint->setWordWrap(true);
    auto *transferTop = new QHBoxLayout;
    transferTop->addWidget(transferHint, 1);
    transferTop->addWidget(showLabel);
    transferTop->addWidget(m_transferShow);
    transferTop->addWidget(m_receive);
    transferTop->addWidget(transferReload);
    auto *transferPage = new QWidget(this);
    auto *transferLayout = new QVBoxLayout(transferPage);
    transferLayout->addLayout(transferTop);
    transferLayout->addWidget(m_transferMessage);
    transferLayout->addWidget(m_transferTable, 1);

    m_scanStation->setObjectName(u"scanStation"_s);
    m_tabs->setObjectName(u"stockTabs"_s);
    m_tabs->addTab(levels, tr("Le&vels"));
    m_tabs->addTab(lowPage, tr("Low Stoc&k"));
    m_tabs->addTab(transferPage, tr("Trans&fers"));
    m_tabs->addTab(m_scanStation, tr("Scan Stat&ion"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_search, m_warehouse);
    setTabOrder(m_warehouse, m_lowOnly);
    setTabOrder(m_lowOnly, m_adjust);
    setTabOrder(m_adjust, m_count);
    setTabOrder(m_count, m_transfer);
    setTabOrder(m_transfer, m_reorder);
    setTabOrder(m_reorder, m_reload);
    setTabOrder(m_reload, m_table);
    setTabOrder(m_table, m_loadMore);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        showTab(LevelsTab);
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &StockView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &StockView::applyFilter);
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, &StockView::applyFilter);
    connect(m_lowOnly, &QCheckBox::toggled, this, &StockView::applyFilter);
    connect(m_adjust, &QPushButton::clicked, this, [this] { openChangeDialog(StockChangeDialog::Kind::Adjustment); });
    connect(m_count, &QPushButton::clicked, this, [this] { openChangeDialog(StockChangeDialog::Kind::Count); });
    connect(m_transfer, &QPushButton::clicked, this, [this] { openChangeDialog(StockChangeDialog::Kind::Transfer); });
    connect(m_reorder, &QPushButton::clicked, this, [this] { openChangeDialog(StockChangeDialog::Kind::Reorder); });
    connect(m_reload, &QPushButton::clicked, this, &StockView::reload);
    connect(lowReload, &QPushButton::clicked, m_low, &LowStockModel::reload);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_stock->fetchMore({}); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StockView::currentRowChanged);
    // Enter (or a double click) on a SKU: the most common change, an adjustment.
    connect(m_table, &QTableView::activated, this, [this] { openChangeDialog(StockChangeDialog::Kind::Adjustment); });
    connect(m_stock, &StockModel::loadingChanged, this, &StockView::showLoadState);
    connect(m_stock, &StockModel::pageLoaded, this, &StockView::showLoadState);
    connect(m_stock, &StockModel::loadFailed, this, &StockView::showLoadState);
    connect(m_stock, &StockModel::modelReset, this, &StockView::updateActions);
    // The warehouse columns come and go with the warehouses and the filter; each as wide as its header.
    connect(m_stock, &StockModel::modelReset, this, [this] {
        const QFontMetrics metrics = m_table->horizontalHeader()->fontMetrics();
        for (int column = StockModel::FirstWarehouseColumn; column < m_stock->columnCount(); ++column) {
            const QString header = m_stock->headerData(column, Qt::Horizontal).toString();
            m_table->setColumnWidth(column, metrics.horizontalAdvance(header) + metrics.averageCharWidth() * 3);
        }
    });
    connect(m_low, &LowStockModel::loadFailed, this, [this](const QString &message) {
        m_lowMessage->setText(tr("The low-stock list could not be loaded: %1").arg(message));
        m_lowMessage->show();
    });
    connect(m_low, &LowStockModel::loaded, m_lowMessage, &QLabel::hide);
    connect(m_lowTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString sku = index.data(LowStockModel::SkuRole).toString();
        showTab(LevelsTab);
        if (!selectSku(sku)) {
            m_search->setText(sku);
            applyFilter();
            m_panel->showSku(sku, m_low->item(index.row()) ? m_low->item(index.row())->title : QString());
        }
    });
    connect(m_transferShow, &QComboBox::currentIndexChanged, this, [this] {
        m_transfers->setShow(TransferModel::Show(m_transferShow->currentData().toInt()));
        if (m_allowed)
            m_transfers->reload();
    });
    connect(transferReload, &QPushButton::clicked, m_transfers, &TransferModel::reload);
    connect(m_receive, &QPushButton::clicked, this, &StockView::openReceiptDialog);
    connect(m_transferTable, &QTableView::activated, this, &StockView::openReceiptDialog);
    connect(m_transferTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StockView::updateTransferActions);
    connect(m_transfers, &TransferModel::modelReset, this, &StockView::updateTransferActions);
    connect(m_transfers, &TransferModel::dataChanged, this, &StockView::updateTransferActions);
    connect(m_transfers, &TransferModel::loadFailed, this, [this](const QString &message) {
        m_transferMessage->setText(tr("The transfers could not be loaded: %1").arg(message));
        m_transferMessage->show();
    });
    connect(m_transfers, &TransferModel::pageLoaded, m_transferMessage, &QLabel::hide);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == LowStockTab && m_allowed && !m_low->isLoading())
            m_low->reload();
        if (tab == TransfersTab && m_allowed && !m_transfers->isLoading())
            m_transfers->reload();
        if (tab == ScanTab)
            m_scanStation->setFocus();
    });
    m_feed->setTypes({u"InventoryChanged"_s, u"StockLevelLow"_s});
    connect(m_feed, &EventFeed::eventArrived, this, &StockView::eventArrived);
    connect(m_session, &Session::accountChanged, this, &StockView::accountChanged);
    accountChanged(m_session->account());
    showLoadState();
}

StockView::~StockView() = default;

bool StockView::isLoading() const
{
    return m_stock->isLoading() || m_warehouseRequest || m_panel->isLoading() || m_low->isLoading()
           || m_transfers->isLoading();
}

void StockView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void StockView::accountChanged(const std::optional<Account> &account)
{
    m_allowed = account && account->may(Domain::Permission::InventoryRead);
    m_writable = account && account->may(Domain::Permission::InventoryWrite);
    showLoadState();
    for (QPushButton *button : {m_adjust, m_count, m_transfer, m_reorder, m_receive})
        button->setVisible(m_writable);
    m_tabs->setTabVisible(ScanTab, m_writable);
    m_scanStation->setWritable(m_writable);
    if (!account)
        m_feed->stop();
    // Scans kept from an earlier run go out as soon as someone who may move stock signs in, whichever area
    // is open.
    if (m_writable)
        ensureScanQueue();
    else if (m_queue)
        m_queue->stop();
    const QString id = account ? account->id : QString();
    updateActions();
    updateTransferActions();
    if (id == m_accountId)
        return;
    m_accountId = id;
    m_loaded = false;
    if (isVisible() && account)
        reload();
}

void StockView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
    if (m_allowed)
        m_feed->start();
}

void StockView::ensureScanQueue()
{
    if (!m_writable)
        return;
    if (!m_queue) {
        m_queue = new ScanQueue(m_session, m_scanQueuePath, this);
        m_scanStation->setQueue(m_queue);
        connect(m_queue, &ScanQueue::applied, this, [this](const ScanOperation &, const QJsonObject &response) {
            const QJsonObject stock = response.value("stock"_L1).toObject();
            m_stock->updateStock(stock);
            if (stock.value("sku"_L1).toString() == m_panel->sku())
                m_panel->reload();
        });
    }
    m_queue->start();
}

void StockView::reload()
{
    if (!m_allowed)
        return;
    m_loaded = true;
    ensureScanQueue();
    loadWarehouses();
    m_stock->setFilter({m_warehouse->currentData().toString(), m_search->text(), m_lowOnly->isChecked()});
    m_stock->reload();
    if (m_tabs->currentIndex() == LowStockTab)
        m_low->reload();
    if (m_tabs->currentIndex() == TransfersTab)
        m_transfers->reload();
    if (!m_panel->sku().isEmpty())
        m_panel->reload();
    if (isVisible())
        m_feed->start();
}

void StockView::loadWarehouses()
{
    delete std::exchange(m_warehouseRequest, nullptr);
    m_warehouseRequest = new QObject(this);
    QObject *request = m_warehouseRequest;
    m_session->get(u"/api/v1/warehouses"_s, request, [this, request](const ApiResponse &response) {
        request->deleteLater();
        m_warehouseRequest = nullptr;
        m_warehouseError = response.ok ? QString() : response.errorMessage;
        showLoadState();
        if (!response.ok)
            return;
        m_warehouses.clear();
        for (const QJsonValue &value : response.json.object().value("items"_L1).toArray()) {
            const QJsonObject warehouse = value.toObject();
            if (!warehouse.value("active"_L1).toBool(true))
                continue;
            m_warehouses.append({warehouse.value("code"_L1).toString(), warehouse.value("name"_L1).toString()});
        }
        QStringList codes;
        const QString chosen = m_warehouse->currentData().toString();
        const QSignalBlocker blocker(m_warehouse);
        while (m_warehouse->count() > 1)
            m_warehouse->removeItem(1);
        for (const WarehouseChoice &warehouse : std::as_const(m_warehouses)) {
            codes.append(warehouse.code);
            m_warehouse->addItem(warehouse.code, warehouse.code);
            m_warehouse->setItemData(m_warehouse->count() - 1, warehouse.name, Qt::ToolTipRole);
        }
        m_warehouse->setCurrentIndex(std::max(0, m_warehouse->findData(chosen)));
        m_stock->setWarehouses(codes);
        m_scanStation->setWarehouses(m_warehouses);
        updateActions();
    });
}

void StockView::applyFilter()
{
    m_searchTimer->stop();
    if (!m_allowed || !m_loaded)
        return;
    const StockFilter filter{m_warehouse->currentData().toString(), m_search->text().trimmed(), m_lowOnly->isChecked()};
    if (filter == m_stock->filter() && m_stock->isStarted())
        return;
    m_stock->setFilter(filter);
    m_stock->reload();
}

void StockView::showLoadState()
{
    m_progress->setVisible(isLoading());
    QStringList problems;
    if (m_session->account() && !m_allowed)
        problems.append(tr("Your account may not see stock. An administrator can give it the warehouse role."));
    if (m_allowed && !m_stock->errorMessage().isEmpty())
        problems.append(tr("The stock could not be loaded: %1\nChoose Reload to try again.").arg(m_stock->errorMessage()));
    if (m_allowed && !m_warehouseError.isEmpty())
        problems.append(tr("The warehouses could not be loaded: %1").arg(m_warehouseError));
    m_notice->setText(problems.join(u'\n'));
    m_notice->setVisible(!problems.isEmpty());
    const int rows = m_stock->rowCount();
    m_countLabel->setText(!m_stock->isStarted() ? QString()
                          : m_stock->canFetchMore({}) ? tr("%n SKU(s) shown; more on the server.", nullptr, rows)
                                                      : tr("%n SKU(s).", nullptr, rows));
    m_loadMore->setEnabled(m_stock->canFetchMore({}));
}

void StockView::updateActions()
{
    const bool current = m_stock->stock(m_table->currentIndex().row()) != nullptr;
    for (QPushButton *button : {m_adjust, m_count, m_transfer})
        button->setEnabled(m_writable && current && !m_warehouses.isEmpty());
    m_transfer->setEnabled(m_transfer->isEnabled() && m_warehouses.size() > 1);
    m_reorder->setEnabled(m_writable && current);
}

void StockView::updateTransferActions()
{
    const TransferRow *transfer = m_transfers->transfer(m_transferTable->currentIndex().row());
    m_receive->setEnabled(m_writable && transfer && transfer->outstanding() > 0);
}

void StockView::currentRowChanged()
{
    updateActions();
    const StockRow *row = m_stock->stock(m_table->currentIndex().row());
    if (row && row->sku != m_panel->sku())
        m_panel->showSku(row->sku, row->title);
}

bool StockView::selectSku(const QString &sku)
{
    const int row = m_stock->rowOf(sku);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_stock->index(row, StockModel::SkuColumn));
    m_table->setFocus();
    return true;
}

StockChangeDialog *StockView::openChangeDialog(StockChangeDialog::Kind kind)
{
    const StockRow *row = m_stock->stock(m_table->currentIndex().row());
    if (!m_writable || !row)
        return nullptr;
    auto *dialog = new StockChangeDialog(m_session, kind, *row, m_warehouses, this);
    dialog->setObjectName(u"stockChangeDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString sku = row->sku;
    connect(dialog, &StockChangeDialog::applied, this, [this, sku, kind](const QJsonObject &response) {
        // An adjustment or count answers the new levels, the reorder settings the whole item; a transfer
        // answers the transfer only.
        const QJsonObject stock = kind == StockChangeDialog::Kind::Reorder ? response : response.value("stock"_L1).toObject();
        if (stock.isEmpty() || !m_stock->updateStock(stock))
            m_stock->refreshSku(sku);
        if (m_panel->sku() == sku)
            m_panel->reload();
        if (kind == StockChangeDialog::Kind::Transfer)
            m_transfers->reload();
    });
    dialog->open();
    return dialog;
}

StockChangeDialog *StockView::openReceiptDialog()
{
    const TransferRow *transfer = m_transfers->transfer(m_transferTable->currentIndex().row());
    if (!m_writable || !transfer || transfer->outstanding() <= 0)
        return nullptr;
    auto *dialog = new StockChangeDialog(m_session, *transfer, this);
    dialog->setObjectName(u"stockChangeDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString sku = transfer->sku;
    connect(dialog, &StockChangeDialog::applied, this, [this, sku](const QJsonObject &response) {
        // A fully received transfer stays listed until the next reload, showing that it arrived.
        m_transfers->updateTransfer(response);
        m_stock->refreshSku(sku);
        if (m_panel->sku() == sku)
            m_panel->reload();
    });
    dialog->open();
    return dialog;
}

void StockView::eventArrived(const FeedEvent &event)
{
    if (event.type == "StockLevelLow"_L1) {
        if (m_tabs->currentIndex() == LowStockTab)
            m_low->reload();
        return;
    }
    if (m_tabs->currentIndex() == TransfersTab && !m_transfers->isLoading()) {
        for (const QJsonValue &change : event.payload.value("events"_L1).toArray()) {
            const QString type = change.toObject().value("type"_L1).toString();
            if (type == "TransferredOut"_L1 || type == "TransferredIn"_L1) {
                m_transfers->reload();
                break;
            }
        }
    }
    const QString sku = event.sku();
    if (sku.isEmpty())
        return;
    m_stock->refreshSku(sku);
    if (sku == m_panel->sku())
        m_panel->reload();
}

} // namespace Backroom::Ui
