// SPDX-License-Identifier: MIT
#include "ui/customersview.h"

#include "ui/customersmodel.h"
#include "ui/orderdetaildialog.h"
#include "ui/productsmodel.h"
#include "ui/viewstyle.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {
constexpr int SearchDelayMs = 300;

QString dateText(const QString &rfc3339)
{
    const QDateTime at = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString problemText(const ApiResponse &response)
{
    QStringList details{response.errorMessage};
    if (response.problem) {
        for (const Domain::FieldError &error : response.problem->errors)
            details.append(error.message);
    }
    return details.join(u'\n');
}
} // namespace

CustomersView::CustomersView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_customers(new CustomersModel(session, this))
    , m_orders(new CustomerOrdersModel(session, this))
    , m_refunds(new CustomerRefundsModel(session, this))
    , m_returns(new CustomerReturnsModel(session, this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load &more"), this))
    , m_notice(new QLabel(this))
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_value(new QLabel(this))
    , m_addresses(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_tabs(new QTabWidget(this))
    , m_orderTable(new QTableView(this))
    , m_refundTable(new QTableView(this))
    , m_returnTable(new QTableView(this))
    , m_notes(new QListWidget(this))
    , m_noteText(new QPlainTextEdit(this))
    , m_addNote(new QPushButton(tr("A&dd note"), this))
{
    auto *heading = new QLabel(tr("Customers"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Name, email or order number…"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_table->setObjectName(u"customersTable"_s);
    m_table->setModel(m_customers);
    m_table->setAccessibleName(tr("Customers"));
    setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(CustomersModel::NameColumn, fontMetrics().averageCharWidth() * 24);
    m_table->setColumnWidth(CustomersModel::EmailColumn, fontMetrics().averageCharWidth() * 32);
    m_count->setObjectName(u"customersCount"_s);
    m_loadMore->setObjectName(u"loadMoreCustomers"_s);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_loadMore);
    listLayout->addLayout(bottom);

    m_notice->setObjectName(u"customerNotice"_s);
    m_notice->setWordWrap(true);
    setErrorColour(m_notice, true);
    m_notice->hide();
    m_name->setObjectName(u"customerName"_s);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_details, m_value, m_addresses}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_details->setObjectName(u"customerDetails"_s);
    m_value->setObjectName(u"customerValue"_s);
    m_addresses->setObjectName(u"customerAddresses"_s);

    m_chart->setObjectName(u"customerChart"_s);
    m_chart->setAccessibleName(tr("Orders per month"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(fontMetrics().height() * 12);
    m_chart->chart()->setTitle(tr("Orders per month"));
    m_chart->chart()->legend()->hide();

    m_orderTable->setObjectName(u"customerOrders"_s);
    m_orderTable->setModel(m_orders);
    m_orderTable->setAccessibleName(tr("The customer's orders"));
    setUpListTable(m_orderTable);
    m_orderTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orderTable->setColumnHidden(OrdersModel::CustomerColumn, true);
    m_orderTable->setColumnWidth(OrdersModel::NumberColumn, fontMetrics().averageCharWidth() * 14);
    m_orderTable->setToolTip(tr("Enter or a double-click opens the order."));

    m_refundTable->setObjectName(u"customerRefunds"_s);
    m_refundTable->setModel(m_refunds);
    m_refundTable->setAccessibleName(tr("The refunds of the customer's orders"));
    setUpListTable(m_refundTable);
    m_refundTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_refundTable->setColumnHidden(RefundsModel::RequestedByColumn, true);
    m_refundTable->setToolTip(tr("Enter or a double-click opens the refunded order."));

    m_returnTable->setObjectName(u"customerReturns"_s);
    m_returnTable->setModel(m_returns);
    m_returnTable->setAccessibleName(tr("The returns of the customer's orders"));
    setUpListTable(m_returnTable);
    m_returnTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_returnTable->setToolTip(tr("Enter or a double-click opens the returned order."));

    m_tabs->setObjectName(u"customerTabs"_s);
    m_tabs->addTab(m_orderTable, tr("O&rders"));
    m_tabs->addTab(m_refundTable, tr("Re&funds"));
    m_tabs->addTab(m_returnTable, tr("Re&turns"));

    m_notes->setObjectName(u"customerNotes"_s);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setWordWrap(true);
    m_noteText->setObjectName(u"customerNoteText"_s);
    m_noteText->setAccessibleName(tr("New note"));
    m_noteText->setPlaceholderText(tr("A note for the team about this customer (Ctrl+Enter adds it)…"));
    m_noteText->setTabChangesFocus(true);
    m_noteText->setMaximumHeight(fontMetrics().height() * 4);
    m_addNote->setObjectName(u"addCustomerNote"_s);

    auto *profilePane = new QWidget(this);
    auto *profileLayout = new QVBoxLayout(profilePane);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(m_notice);
    profileLayout->addWidget(m_name);
    auto *facts = new QHBoxLayout;
    facts->addWidget(m_details, 1);
    facts->addWidget(m_value, 1);
    facts->addWidget(m_addresses, 1);
    profileLayout->addLayout(facts);
    profileLayout->addWidget(m_chart, 1);
    profileLayout->addWidget(m_tabs, 1);
    auto *notesLabel = new QLabel(tr("&Notes"), this);
    notesLabel->setBuddy(m_notes);
    profileLayout->addWidget(notesLabel);
    profileLayout->addWidget(m_notes, 1);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteText, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignTop);
    profileLayout->addLayout(noteRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listPane);
    splitter->addWidget(profilePane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);

    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_loadMore);
    setTabOrder(m_loadMore, m_tabs);
    setTabOrder(m_tabs, m_orderTable);
    setTabOrder(m_orderTable, m_refundTable);
    setTabOrder(m_refundTable, m_returnTable);
    setTabOrder(m_returnTable, m_notes);
    setTabOrder(m_notes, m_noteText);
    setTabOrder(m_noteText, m_addNote);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    auto *submitNote = new QAction(m_noteText);
    submitNote->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    submitNote->setShortcutContext(Qt::WidgetShortcut);
    connect(submitNote, &QAction::triggered, this, &CustomersView::addNote);
    m_noteText->addAction(submitNote);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        search(m_search->text());
        m_table->setFocus();
    });
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_customers->fetchMore({}); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showCustomer(current.data(CustomersModel::IdRole).toString());
    });
    connect(m_orderTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        openOrder(index.data(OrdersModel::IdRole).toString());
    });
    connect(m_refundTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const RefundRow *refund = m_refunds->refund(index.row()))
            openOrder(refund->orderId);
    });
    connect(m_returnTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const CustomerReturnRow *customerReturn = m_returns->customerReturn(index.row()))
            openOrder(customerReturn->orderId);
    });
    connect(m_addNote, &QPushButton::clicked, this, &CustomersView::addNote);
    connect(m_noteText, &QPlainTextEdit::textChanged, this, &CustomersView::updateButtons);
    for (PagedTableModel *model : {static_cast<PagedTableModel *>(m_customers), static_cast<PagedTableModel *>(m_orders),
                                   static_cast<PagedTableModel *>(m_refunds), static_cast<PagedTableModel *>(m_returns)}) {
        connect(model, &PagedTableModel::pageLoaded, this, &CustomersView::updateButtons);
        connect(model, &PagedTableModel::loadingChanged, this, &CustomersView::updateButtons);
        connect(model, &PagedTableModel::loadFailed, this, &CustomersView::setNotice);
    }
    connect(m_customers, &PagedTableModel::pageLoaded, this, [this] {
        if (m_table->currentIndex().isValid() || m_customers->rowCount() == 0)
            return;
        // A reload keeps the customer shown; the first customer of a new search is shown at once, so a search
        // for an order number is one step.
        int row = m_customerId.isEmpty() || m_selectFirst ? 0 : -1;
        for (int i = 0; row < 0 && i < m_customers->rowCount(); ++i) {
            if (m_customers->customer(i)->id == m_customerId)
                row = i;
        }
        if (row >= 0) {
            m_selectFirst = false;
            m_table->setCurrentIndex(m_customers->index(row, CustomersModel::NameColumn));
        }
    });
    connect(m_session, &Session::accountChanged, this, &CustomersView::accountChanged);
    clearProfile();
    accountChanged(m_session->account());
}

CustomersView::~CustomersView() = default;

QStringList CustomersView::notes() const
{
    QStringList list;
    for (int i = 0; i < m_notes->count(); ++i)
        list.append(m_notes->item(i)->data(Qt::UserRole).toString());
    return list;
}

bool CustomersView::isLoading() const
{
    return m_customers->isLoading() || m_orders->isLoading() || m_refunds->isLoading() || m_returns->isLoading()
        || m_profileRequest || m_notesRequest || m_sendingNote;
}

QString CustomersView::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

int CustomersView::chartPoints() const
{
    const auto series = m_chart->chart()->series();
    if (series.isEmpty())
        return 0;
    const auto *bars = qobject_cast<QBarSeries *>(series.first());
    return bars && !bars->barSets().isEmpty() ? int(bars->barSets().first()->count()) : 0;
}

void CustomersView::accountChanged(const std::optional<Account> &account)
{
    m_allowed = account && account->may(Domain::Permission::CustomersRead);
    m_ordersReadable = account && account->may(Domain::Permission::OrdersRead);
    m_writable = account && account->may(Domain::Permission::OrdersManage);
    m_stockReadable = account && account->may(Domain::Permission::InventoryRead);
    if (!account) {
        for (const QPointer<OrderDetailDialog> &dialog : std::as_const(m_dialogs)) {
            if (dialog)
                dialog->close();
        }
    }
    const QString id = account ? account->id : QString();
    if (id == m_accountId)
        return;
    m_accountId = id;
    m_loaded = false;
    clearProfile();
    if (isVisible() && m_allowed)
        reload();
}

void CustomersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_allowed)
        reload();
}

void CustomersView::reload()
{
    if (!m_allowed)
        return;
    m_loaded = true;
    m_customers->setSearch(m_search->text());
    m_customers->reload();
    if (!m_customerId.isEmpty())
        showCustomer(m_customerId);
    updateButtons();
}

void CustomersView::search(const QString &text)
{
    m_searchTimer->stop();
    if (m_search->text() != text) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    if (!m_allowed)
        return;
    m_loaded = true;
    m_selectFirst = true;
    m_customers->setSearch(text);
    m_customers->reload();
}

void CustomersView::showCustomer(const QString &id)
{
    if (!m_allowed || id.isEmpty())
        return;
    if (id != m_customerId)
        clearProfile();
    m_customerId = id;
    delete std::exchange(m_profileRequest, nullptr);
    m_profileRequest = new QObject(this);
    QObject *request = m_profileRequest;
    m_session->get(u"/api/v1/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)), request,
                   [this, request, id](const ApiResponse &response) {
                       request->deleteLater();
                       m_profileRequest = nullptr;
                       if (!response.ok) {
                           setNotice(tr("The customer could not be loaded: %1").arg(problemText(response)));
                           updateButtons();
                           return;
                       }
                       if (id == m_customerId)
                           showProfile(response.json.object());
                   });
    m_orders->setCustomerId(id);
    m_orders->reload();
    m_refunds->setCustomerId(id);
    m_refunds->reload();
    m_returns->setCustomerId(id);
    m_returns->reload();
    loadNotes();
    updateButtons();
}

void CustomersView::showProfile(const QJsonObject &profile)
{
    m_profile = profile;
    setNotice({});
    const QLocale locale;
    m_name->setText(profile.value("name"_L1).toString());
    QStringList details{profile.value("email"_L1).toString()};
    const QJsonObject extra = profile.value("profile"_L1).toObject();
    const QString countryName = extra.value("country_name"_L1).toString();
    const QString country = profile.value("country"_L1).toString();
    if (!country.isEmpty() || !countryName.isEmpty())
        details.append(tr("Country: %1").arg(countryName.isEmpty() ? country : countryName));
    details.append(tr("Customer since %1").arg(dateText(profile.value("created_at"_L1).toString())));
    if (profile.value("disabled"_L1).toBool())
        details.append(tr("The account is disabled."));
    m_details->setText(details.join(u'\n'));

    const qint64 orderCount = profile.value("order_count"_L1).toInteger();
    QStringList value{tr("%n order(s)", nullptr, int(orderCount))};
    const QJsonArray lifetime = profile.value("lifetime_value"_L1).toArray();
    for (const QJsonValue &v : lifetime) {
        const QJsonObject o = v.toObject();
        const QString currency = o.value("currency"_L1).toString();
        //: %1 is the net lifetime value (after refunds), %2 what refunds gave back.
        value.append(tr("Lifetime value: %1 net, %2 refunded")
                         .arg(ProductsModel::moneyText({o.value("amount"_L1).toInteger(), currency}, locale),
                              ProductsModel::moneyText({o.value("refunded"_L1).toInteger(), currency}, locale)));
    }
    if (lifetime.isEmpty())
        value.append(tr("No orders yet."));
    if (orderCount > 0)
        value.append(tr("First order %1, last %2")
                         .arg(dateText(profile.value("first_order_at"_L1).toString()),
                              dateText(profile.value("last_order_at"_L1).toString())));
    m_value->setText(value.join(u'\n'));

    QStringList addresses;
    for (const QJsonValue &v : profile.value("addresses"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        QStringList parts;
        for (const char *key : {"name", "line1", "line2", "postal_code", "city", "region", "country"}) {
            const QString part = a.value(QLatin1String(key)).toString();
            if (!part.isEmpty())
                parts.append(part);
        }
        addresses.append(parts.join(u", "_s) + (a.value("is_default"_L1).toBool() ? tr(" (default)") : QString()));
    }
    m_addresses->setText(addresses.isEmpty() ? tr("No addresses on file.") : tr("Addresses:\n%1").arg(addresses.join(u'\n')));

    // The chart: one bar per month, months without orders included (the server fills them in).
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const QJsonArray months = profile.value("orders_per_month"_L1).toArray();
    if (months.isEmpty()) {
        chart->setTitle(tr("Orders per month: no orders yet"));
        updateButtons();
        return;
    }
    chart->setTitle(tr("Orders per month"));
    auto *set = new QBarSet(tr("Orders"));
    QStringList labels;
    qint64 most = 0;
    for (const QJsonValue &v : months) {
        const QJsonObject m = v.toObject();
        const qint64 n = m.value("orders"_L1).toInteger();
        *set << double(n);
        most = std::max(most, n);
        const QDate month = QDate::fromString(m.value("month"_L1).toString() + u"-01"_s, Qt::ISODate);
        labels.append(month.isValid() ? locale.toString(month, u"MMM yyyy"_s) : m.value("month"_L1).toString());
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, double(std::max<qint64>(most, 1)));
    y->setLabelFormat(u"%d"_s);
    y->setTickCount(int(std::min<qint64>(most, 4)) + 1);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    updateButtons();
}

void CustomersView::loadNotes()
{
    delete std::exchange(m_notesRequest, nullptr);
    m_notesRequest = new QObject(this);
    QObject *request = m_notesRequest;
    const QString id = m_customerId;
    m_session->get(u"/api/v1/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/notes?limit=200"_s,
                   request, [this, request, id](const ApiResponse &response) {
                       request->deleteLater();
                       m_notesRequest = nullptr;
                       if (id != m_customerId)
                           return;
                       if (!response.ok) {
                           setNotice(tr("The notes could not be loaded: %1").arg(problemText(response)));
                           updateButtons();
                           return;
                       }
                       m_notes->clear();
                       for (const QJsonValue &v : response.json.object().value("items"_L1).toArray()) {
                           const QJsonObject note = v.toObject();
                           const QString body = note.value("body"_L1).toString();
                           auto *item = new QListWidgetItem(tr("%1, %2:\n%3")
                                                                .arg(dateText(note.value("created_at"_L1).toString()),
                                                                     note.value("author"_L1).toString(), body),
                                                            m_notes);
                           item->setData(Qt::UserRole, body);
                       }
                       updateButtons();
                   });
}

void CustomersView::addNote()
{
    const QString body = m_noteText->toPlainText().trimmed();
    if (m_customerId.isEmpty() || body.isEmpty() || m_sendingNote)
        return;
    m_sendingNote = true;
    updateButtons();
    const QString id = m_customerId;
    m_session->post(u"/api/v1/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/notes"_s,
                    QJsonDocument(QJsonObject{{u"body"_s, body}}), this, [this, id](const ApiResponse &response) {
                        m_sendingNote = false;
                        if (!response.ok) {
                            setNotice(tr("The note was not added: %1").arg(problemText(response)));
                            updateButtons();
                            return;
                        }
                        if (id == m_customerId) {
                            m_noteText->clear();
                            setNotice({});
                            loadNotes();
                        }
                        updateButtons();
                    });
}

OrderDetailDialog *CustomersView::openOrder(const QString &orderId)
{
    if (!m_ordersReadable || orderId.isEmpty())
        return nullptr;
    return OrderDetailDialog::showOrder(m_dialogs, m_session, orderId, m_writable, m_stockReadable, this);
}

void CustomersView::clearProfile()
{
    delete std::exchange(m_profileRequest, nullptr);
    delete std::exchange(m_notesRequest, nullptr);
    m_customerId.clear();
    m_profile = {};
    m_name->setText(tr("Choose a customer"));
    m_details->clear();
    m_value->clear();
    m_addresses->clear();
    m_notes->clear();
    m_chart->chart()->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->chart()->axes())
        m_chart->chart()->removeAxis(axis);
    m_orders->setCustomerId({});
    m_refunds->setCustomerId({});
    m_returns->setCustomerId({});
    updateButtons();
}

void CustomersView::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void CustomersView::updateButtons()
{
    const int shown = m_customers->rowCount();
    m_count->setText(m_customers->isLoading() ? tr("Loading…") : tr("%n customer(s) shown", nullptr, shown));
    m_loadMore->setEnabled(m_customers->canFetchMore({}));
    m_addNote->setEnabled(!m_customerId.isEmpty() && !m_sendingNote && !m_noteText->toPlainText().trimmed().isEmpty());
    m_noteText->setEnabled(!m_customerId.isEmpty());
}

} // namespace Backroom::Ui
