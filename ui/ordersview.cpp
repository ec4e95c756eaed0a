// SPDX-License-Identifier: MIT
#include "ui/ordersview.h"

#include "ui/appsettings.h"
#include "ui/eventfeed.h"
#include "ui/orderboard.h"
#include "ui/orderdetaildialog.h"
#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

// The events that change what the area shows.
const QStringList OrderEvents{u"OrderPlaced"_s,   u"OrderConfirmed"_s, u"OrderPicked"_s,    u"OrderPacked"_s,
                              u"OrderShipped"_s,  u"OrderDelivered"_s, u"OrderCancelled"_s, u"OrderNoteAdded"_s};

// Totals are typed in major units of the shop's currency (two decimals, as GBP, EUR and USD have).
constexpr int TotalExponent = 2;

QString majorUnits(qint64 amount)
{
    return Domain::formatMajorUnits(amount, TotalExponent);
}

} // namespace

OrdersView::OrdersView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_orders(new OrdersModel(session, OrdersModel::Layout::Table, this))
    , m_board(new OrderBoard(session, this))
    , m_feed(new EventFeed(session, this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_sku(new QLineEdit(this))
    , m_total(new QLineEdit(this))
    , m_fromEnabled(new QCheckBox(tr("&From:"), this))
    , m_from(new QDateEdit(this))
    , m_toEnabled(new QCheckBox(tr("&To:"), this))
    , m_to(new QDateEdit(this))
    , m_views(new QComboBox(this))
    , m_saveView(new QPushButton(tr("Sa&ve View…"), this))
    , m_deleteView(new QPushButton(tr("&Delete View"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_progress(new QProgressBar(this))
    , m_notice(newMessageLabel(u"ordersNotice"_s, this))
    , m_modes(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load &More"), this))
    , m_searchTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    auto *heading = new QLabel(tr("Orders"), this);
    heading->setObjectName(u"heading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_search->setObjectName(u"orderSearch"_s);
    m_search->setPlaceholderText(tr("Order number, email or name…"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("Any status"), QString());
    for (Domain::OrderStatus status : OrderBoard::statuses())
        m_status->addItem(OrdersModel::statusTitle(status), Domain::orderStatusName(status));
    auto *statusLabel = new QLabel(tr("St&atus:"), this);
    statusLabel->setBuddy(m_status);
    m_sku->setObjectName(u"skuFilter"_s);
    m_sku->setPlaceholderText(tr("Any SKU"));
    m_sku->setClearButtonEnabled(true);
    m_sku->setToolTip(tr("Orders with a line of this SKU (exactly, in any case)."));
    auto *skuLabel = new QLabel(tr("S&KU:"), this);
    skuLabel->setBuddy(m_sku);
    m_total->setObjectName(u"totalFilter"_s);
    m_total->setPlaceholderText(tr("e.g. 10-50"));
    m_total->setClearButtonEnabled(true);
    m_total->setToolTip(tr("The order total, from-to in the shop's currency; leave either end open (\"50-\", \"-20\")."));
    auto *totalLabel = new QLabel(tr("T&otal:"), this);
    totalLabel->setBuddy(m_total);
    m_fromEnabled->setObjectName(u"fromEnabled"_s);
    m_toEnabled->setObjectName(u"toEnabled"_s);
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDate(QDate::currentDate());
        date->setEnabled(false);
    }
    m_from->setObjectName(u"fromDate"_s);
    m_from->setAccessibleName(tr("Placed on or after"));
    m_to->setObjectName(u"toDate"_s);
    m_to->setAccessibleName(tr("Placed on or before"));
    m_views->setObjectName(u"savedViews"_s);
    m_views->setMinimumContentsLength(16);
    auto *viewsLabel = new QLabel(tr("Vie&w:"), this);
    viewsLabel->setBuddy(m_views);
    m_saveView->setObjectName(u"saveView"_s);
    m_deleteView->setObjectName(u"deleteView"_s);
    m_reload->setObjectName(u"reloadOrders"_s);

    auto *filters = new QGridLayout;
    filters->addWidget(searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 3);
    filters->addWidget(statusLabel, 0, 4);
    filters->addWidget(m_status, 0, 5);
    filters->addWidget(skuLabel, 0, 6);
    filters->addWidget(m_sku, 0, 7);
    filters->addWidget(totalLabel, 0, 8);
    filters->addWidget(m_total, 0, 9);
    filters->addWidget(m_fromEnabled, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toEnabled, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(viewsLabel, 1, 4);
    filters->addWidget(m_views, 1, 5, 1, 3);
    auto *viewButtons = new QHBoxLayout;
    viewButtons->addWidget(m_saveView);
    viewButtons->addWidget(m_deleteView);
    viewButtons->addWidget(m_reload);
    filters->addLayout(viewButtons, 1, 8, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(7, 1);

    m_progress->setObjectName(u"ordersProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    setErrorColour(m_notice, true);

    m_table->setObjectName(u"ordersTable"_s);
    m_table->setModel(m_orders);
    m_table->setAccessibleName(tr("Orders"));
    setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(OrdersModel::NumberColumn, fontMetrics().averageCharWidth() * 14);
    const QString longestTime = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_table->setColumnWidth(OrdersModel::PlacedColumn, fontMetrics().horizontalAdvance(longestTime) + fontMetrics().averageCharWidth() * 4);
    m_table->setColumnWidth(OrdersModel::CustomerColumn, fontMetrics().averageCharWidth() * 36);
    m_table->setColumnWidth(OrdersModel::StatusColumn, fontMetrics().averageCharWidth() * 20);
    m_countLabel->setObjectName(u"ordersCount"_s);
    m_loadMore->setObjectName(u"loadMoreOrders"_s);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel, 1);
    bottom->addWidget(m_loadMore);
    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(bottom);

    m_board->setObjectName(u"orderBoard"_s);
    m_modes->setObjectName(u"orderModes"_s);
    m_modes->addTab(tablePage, tr("Ta&ble"));
    m_modes->addTab(m_board, tr("Boa&rd"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_progress);
    layout->addWidget(m_notice);
    layout->addWidget(m_modes, 1);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_sku);
    setTabOrder(m_sku, m_total);
    setTabOrder(m_total, m_fromEnabled);
    setTabOrder(m_fromEnabled, m_from);
    setTabOrder(m_from, m_toEnabled);
    setTabOrder(m_toEnabled, m_to);
    setTabOrder(m_to, m_views);
    setTabOrder(m_views, m_saveView);
    setTabOrder(m_saveView, m_deleteView);
    setTabOrder(m_deleteView, m_reload);
    setTabOrder(m_reload, m_modes);
    setTabOrder(m_modes, m_table);
    setTabOrder(m_table, m_loadMore);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &OrdersView::applyFilter);
    connect(m_refreshTimer, &QTimer::timeout, this, &OrdersView::flushRefresh);
    for (QLineEdit *edit : {m_search, m_sku, m_total}) {
        connect(edit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &OrdersView::applyFilter);
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilter);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, this, &OrdersView::applyFilter);
    for (QDateEdit *date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &OrdersView::applyFilter);
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (const QString name = m_views->itemData(index).toString(); !name.isEmpty())
            chooseView(name);
        m_deleteView->setEnabled(!m_views->currentData().toString().isEmpty());
    });
    connect(m_saveView, &QPushButton::clicked, this, &OrdersView::askViewName);
    connect(m_deleteView, &QPushButton::clicked, this, [this] { deleteView(m_views->currentData().toString()); });
    connect(m_reload, &QPushButton::clicked, this, &OrdersView::reload);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_orders->fetchMore({}); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openOrder(index.data(OrdersModel::IdRole).toString());
    });
    connect(m_board, &OrderBoard::openRequested, this, &OrdersView::openOrder);
    connect(m_modes, &QTabWidget::currentChanged, this, [this] { loadCurrentMode(); });
    connect(m_orders, &OrdersModel::loadingChanged, this, &OrdersView::showLoadState);
    connect(m_orders, &OrdersModel::pageLoaded, this, [this] {
        if (!m_reselect.isEmpty()) {
            if (const int row = m_orders->rowOf(std::exchange(m_reselect, QString())); row >= 0)
                m_table->setCurrentIndex(m_orders->index(row, OrdersModel::NumberColumn));
        }
        showLoadState();
    });
    connect(m_orders, &OrdersModel::loadFailed, this, &OrdersView::showLoadState);
    connect(m_board, &OrderBoard::loaded, this, &OrdersView::showLoadState);
    connect(m_board, &OrderBoard::loadFailed, this, &OrdersView::showLoadState);
    m_feed->setTypes(OrderEvents);
    connect(m_feed, &EventFeed::eventArrived, this, &OrdersView::eventArrived);
    connect(m_session, &Session::accountChanged, this, &OrdersView::accountChanged);
    fillViews({});
    accountChanged(m_session->account());
    showLoadState();
}

OrdersView::~OrdersView() = default;

bool OrdersView::isLoading() const
{
    return m_orders->isLoading() || m_board->isLoading();
}

OrdersView::Mode OrdersView::mode() const
{
    return Mode(m_modes->currentIndex());
}

void OrdersView::showMode(Mode mode)
{
    m_modes->setCurrentIndex(mode);
}

QString OrdersView::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void OrdersView::accountChanged(const std::optional<Account> &account)
{
    m_allowed = account && account->may(Domain::Permission::OrdersRead);
    m_writable = account && account->may(Domain::Permission::OrdersManage);
    m_stockReadable = account && account->may(Domain::Permission::InventoryRead);
    if (!account) {
        m_feed->stop();
        for (const QPointer<OrderDetailDialog> &dialog : std::as_const(m_dialogs)) {
            if (dialog)
                dialog->close();
        }
    }
    const QString id = account ? account->id : QString();
    showLoadState();
    if (id == m_accountId)
        return;
    m_accountId = id;
    m_loaded = false;
    if (isVisible() && account)
        reload();
}

void OrdersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
    if (m_allowed)
        m_feed->start();
}

void OrdersView::reload()
{
    if (!m_allowed)
        return;
    m_loaded = true;
    m_tableStale = true;
    m_boardStale = true;
    applyFilter();
    loadCurrentMode();
    if (isVisible())
        m_feed->start();
}

std::optional<OrderFilter> OrdersView::currentFilter() const
{
    OrderFilter filter;
    if (const auto status = Domain::orderStatusFromName(m_status->currentData().toString()))
        filter.status = status;
    filter.text = m_search->text().trimmed();
    filter.sku = m_sku->text().trimmed();
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();
    const QString total = m_total->text().trimmed();
    if (!total.isEmpty()) {
        const qsizetype dash = total.indexOf(u'-');
        const QString low = (dash < 0 ? total : total.left(dash)).trimmed();
        const QString high = dash < 0 ? low : total.mid(dash + 1).trimmed();
        if (!low.isEmpty()) {
            auto parsed = Domain::parseMajorUnits(low, TotalExponent, u"total"_s);
            if (!parsed)
                return std::nullopt;
            filter.minTotal = *parsed;
        }
        if (!high.isEmpty()) {
            auto parsed = Domain::parseMajorUnits(high, TotalExponent, u"total"_s);
            if (!parsed)
                return std::nullopt;
            filter.maxTotal = *parsed;
        }
        if (filter.minTotal && filter.maxTotal && *filter.minTotal > *filter.maxTotal)
            return std::nullopt;
    }
    return filter;
}

void OrdersView::setFilter(const OrderFilter &filter)
{
    {
        const QSignalBlocker blockers[]{QSignalBlocker(m_search), QSignalBlocker(m_status), QSignalBlocker(m_sku),
                                        QSignalBlocker(m_total),  QSignalBlocker(m_fromEnabled), QSignalBlocker(m_from),
                                        QSignalBlocker(m_toEnabled), QSignalBlocker(m_to)};
        m_search->setText(filter.text);
        m_status->setCurrentIndex(
            std::max(0, m_status->findData(filter.status ? Domain::orderStatusName(*filter.status) : QString())));
        m_sku->setText(filter.sku);
        QString total;
        if (filter.minTotal || filter.maxTotal)
            total = (filter.minTotal ? majorUnits(*filter.minTotal) : QString()) + u'-'
                    + (filter.maxTotal ? majorUnits(*filter.maxTotal) : QString());
        m_total->setText(total);
        m_fromEnabled->setChecked(filter.from.isValid());
        m_from->setEnabled(filter.from.isValid());
        if (filter.from.isValid())
            m_from->setDate(filter.from);
        m_toEnabled->setChecked(filter.to.isValid());
        m_to->setEnabled(filter.to.isValid());
        if (filter.to.isValid())
            m_to->setDate(filter.to);
    }
    applyFilter();
}

void OrdersView::applyFilter()
{
    m_searchTimer->stop();
    const std::optional<OrderFilter> filter = currentFilter();
    m_filterError = filter ? QString()
                           : tr("The total range is not valid: write it as from-to in the shop's currency, e.g. "
                                "10-50, 50- or -20.50.");
    if (filter) {
        // A saved view stays chosen only while the filters are its own.
        const QString view = m_views->currentData().toString();
        if (!view.isEmpty() && OrderFilter::fromSettings(AppSettings().orderViews().value(view).toMap()) != *filter) {
            m_views->setCurrentIndex(0);
            m_deleteView->setEnabled(false);
        }
    }
    if (!filter || !m_allowed || !m_loaded) {
        showLoadState();
        return;
    }
    if (*filter != m_filter) {
        m_filter = *filter;
        m_tableStale = true;
        m_boardStale = true;
    }
    loadCurrentMode();
}

void OrdersView::loadCurrentMode()
{
    if (!m_allowed || !m_loaded)
        return;
    if (mode() == TableMode && (m_tableStale || !m_orders->isStarted())) {
        m_tableStale = false;
        m_orders->setFilter(m_filter);
        m_orders->reload();
    } else if (mode() == BoardMode && m_boardStale) {
        m_boardStale = false;
        m_staleColumns.clear();
        m_board->setFilter(m_filter);
        m_board->reload();
    }
    showLoadState();
}

void OrdersView::showLoadState()
{
    m_progress->setVisible(isLoading());
    QStringList problems;
    if (m_session->account() && !m_allowed)
        problems.append(tr("Your account may not see orders. An administrator can give it the support role."));
    if (!m_filterError.isEmpty())
        problems.append(m_filterError);
    if (m_allowed && mode() == TableMode && !m_orders->errorMessage().isEmpty())
        problems.append(tr("The orders could not be loaded: %1\nChoose Reload to try again.").arg(m_orders->errorMessage()));
    if (m_allowed && mode() == BoardMode && !m_board->errorMessage().isEmpty())
        problems.append(tr("The board could not be loaded: %1\nChoose Reload to try again.").arg(m_board->errorMessage()));
    m_notice->setText(problems.join(u'\n'));
    m_notice->setVisible(!problems.isEmpty());
    const int rows = m_orders->rowCount();
    m_countLabel->setText(!m_orders->isStarted() ? QString()
                          : m_orders->canFetchMore({}) ? tr("%n order(s) shown; more on the server.", nullptr, rows)
                                                       : tr("%n order(s).", nullptr, rows));
    m_loadMore->setEnabled(m_orders->canFetchMore({}));
    m_saveView->setEnabled(m_filterError.isEmpty());
}

void OrdersView::fillViews(const QString &select)
{
    const QSignalBlocker blocker(m_views);
    m_views->clear();
    m_views->addItem(tr("(filters as set)"), QString());
    for (const QString &name : savedViews())
        m_views->addItem(name, name);
    m_views->setCurrentIndex(std::max(0, m_views->findData(select)));
    m_deleteView->setEnabled(!select.isEmpty() && m_views->currentIndex() > 0);
}

QStringList OrdersView::savedViews() const
{
    QStringList names = AppSettings().orderViews().keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void OrdersView::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    const std::optional<OrderFilter> filter = currentFilter();
    if (trimmed.isEmpty() || !filter)
        return;
    AppSettings settings;
    QVariantMap views = settings.orderViews();
    views.insert(trimmed, filter->toSettings());
    settings.setOrderViews(views);
    fillViews(trimmed);
}

bool OrdersView::chooseView(const QString &name)
{
    const QVariantMap views = AppSettings().orderViews();
    if (!views.contains(name))
        return false;
    fillViews(name);
    setFilter(OrderFilter::fromSettings(views.value(name).toMap()));
    return true;
}

void OrdersView::deleteView(const QString &name)
{
    AppSettings settings;
    QVariantMap views = settings.orderViews();
    if (views.remove(name) == 0)
        return;
    settings.setOrderViews(views);
    fillViews({});
}

void OrdersView::askViewName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"saveViewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save View"));
    dialog->setLabelText(tr("Name of the view (the current filters are kept under it):"));
    dialog->setTextValue(m_views->currentData().toString());
    connect(dialog, &QInputDialog::textValueSelected, this, &OrdersView::saveView);
    dialog->open();
}

OrderDetailDialog *OrdersView::openOrder(const QString &orderId)
{
    if (!m_allowed || orderId.isEmpty())
        return nullptr;
    bool created = false;
    OrderDetailDialog *dialog =
        OrderDetailDialog::showOrder(m_dialogs, m_session, orderId, m_writable, m_stockReadable, this, &created);
    if (created)
        connect(dialog, &OrderDetailDialog::orderChanged, this, &OrdersView::orderChanged);
    return dialog;
}

QList<OrderDetailDialog *> OrdersView::openOrders() const
{
    QList<OrderDetailDialog *> open;
    for (const QPointer<OrderDetailDialog> &dialog : m_dialogs) {
        if (dialog)
            open.append(dialog);
    }
    return open;
}

void OrdersView::orderChanged(const QJsonObject &order)
{
    m_orders->updateOrder(order);
    // A change of status moves the order between columns: both are read again.
    const std::optional<OrderRow> row = OrderRow::fromJson(order);
    if (!row)
        return;
    for (Domain::OrderStatus status : OrderBoard::statuses()) {
        const OrdersModel *column = m_board->column(status);
        if (column->rowOf(row->id) < 0)
            continue;
        if (status == row->state.status) {
            m_board->updateOrder(order);
        } else {
            m_staleColumns.append(status);
            m_staleColumns.append(row->state.status);
            if (!m_refreshTimer->isActive())
                m_refreshTimer->start();
        }
        break;
    }
}

void OrdersView::eventArrived(const FeedEvent &event)
{
    const QJsonObject &payload = event.payload;
    const std::optional<OrderRow> row = OrderRow::fromJson(payload);
    const QString id = row ? row->id : event.aggregateId;
    if (row)
        m_orders->updateOrder(payload);
    if (event.type == "OrderPlaced"_L1)
        m_tableStale = true;
    if (row) {
        m_staleColumns.append(row->state.status);
        if (const auto from = Domain::orderStatusFromName(payload.value("from"_L1).toString()))
            m_staleColumns.append(*from);
    }
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
    for (OrderDetailDialog *dialog : openOrders()) {
        if (dialog->orderId() == id && (!row || row->version > dialog->version()) && !dialog->isBusy())
            dialog->reload();
    }
}

void OrdersView::flushRefresh()
{
    if (!m_allowed || !m_loaded)
        return;
    if (m_tableStale && mode() == TableMode) {
        m_tableStale = false;
        if (const OrderRow *current = m_orders->order(m_table->currentIndex().row()))
            m_reselect = current->id;
        m_orders->reload();
    }
    QList<Domain::OrderStatus> columns = std::exchange(m_staleColumns, {});
    if (mode() == BoardMode) {
        std::sort(columns.begin(), columns.end());
        columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
        m_board->refresh(columns);
    } else if (!columns.isEmpty()) {
        // Read when the board is shown next.
        m_boardStale = true;
    }
    showLoadState();
}

} // namespace Backroom::Ui
