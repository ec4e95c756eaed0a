// SPDX-License-Identifier: MIT
#include "ui/dashboardview.h"

#include "domain/roles.h"
#include "domain/salesreport.h"
#include "ui/apiclient.h"
#include "ui/eventfeed.h"
#include "ui/healthmonitor.h"
#include "ui/productsmodel.h"
#include "ui/session.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSaveFile>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// The events after which the figures may have changed.
const QStringList ReportEvents{u"OrderPlaced"_s,    u"OrderConfirmed"_s, u"OrderPicked"_s,
                               u"OrderPacked"_s,    u"OrderShipped"_s,   u"OrderDelivered"_s,
                               u"OrderCancelled"_s, u"RefundIssued"_s,   u"InventoryChanged"_s};

qint64 integer(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1StringView(name)).toInteger();
}

QString money(qint64 minor, const QString &currency)
{
    return ProductsModel::moneyText(Domain::Money{minor, currency});
}

// Major units for an axis; the charts show shapes, the labels beside them the exact amounts.
double major(qint64 minor)
{
    return double(minor) / 100.0;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
}

// An axis of amounts (major units) from 0 to a little above highest, in round steps.
QValueAxis *amountAxis(double highest)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(u"%.0f"_s);
    axis->setRange(0, std::max(1.0, std::ceil(highest * 1.1)));
    axis->applyNiceNumbers();
    return axis;
}

// Puts bars on chart: categories along one side (the left when horizontal), amounts along the other.
void addBars(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, double highest, bool horizontal)
{
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    QValueAxis *amounts = amountAxis(highest);
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(amounts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(amounts);
}

QString stateTitle(const QString &state)
{
    if (state == u"pending")
        return DashboardView::tr("Pending");
    if (state == u"confirmed")
        return DashboardView::tr("Confirmed");
    if (state == u"fulfilling")
        return DashboardView::tr("Fulfilling");
    if (state == u"shipped")
        return DashboardView::tr("Shipped");
    if (state == u"delivered")
        return DashboardView::tr("Delivered");
    if (state == u"cancelled")
        return DashboardView::tr("Cancelled");
    return state;
}

} // namespace

DashboardChart::DashboardChart(const QString &title, const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_emptyLabel(new QLabel(emptyText, this))
{
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_emptyLabel->setObjectName(u"emptyMessage"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    QFont italic = m_emptyLabel->font();
    italic.setItalic(true);
    m_emptyLabel->setFont(italic);

    auto *save = new QToolButton(this);
    save->setObjectName(u"savePng"_s);
    save->setText(tr("Save as PNG…"));
    auto *csv = new QToolButton(this);
    csv->setObjectName(u"exportCsv"_s);
    csv->setText(tr("Export CSV…"));
    connect(save, &QToolButton::clicked, this, &DashboardChart::savePngRequested);
    connect(csv, &QToolButton::clicked, this, &DashboardChart::exportCsvRequested);

    // The message sits on the chart, so an empty chart keeps its title and its place in the grid.
    auto *stack = new QGridLayout;
    stack->addWidget(m_view, 0, 0);
    stack->addWidget(m_emptyLabel, 0, 0, Qt::AlignCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);
    buttons->addWidget(csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(stack);
    layout->addLayout(buttons);
    setEmpty(true);
}

void DashboardChart::setEmpty(bool empty)
{
    m_empty = empty;
    clearChart(m_chart);
    m_emptyLabel->setVisible(empty);
}

QString DashboardChart::emptyText() const
{
    return m_emptyLabel->text();
}

bool DashboardChart::savePng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

DashboardView::DashboardView(Session *session, HealthMonitor *health, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_health(health)
    , m_feed(new EventFeed(session, this))
    , m_debounce(new QTimer(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_notice(new QLabel(this))
    , m_salesSummary(new QLabel(this))
    , m_reports(new QWidget(this))
{
    auto *heading = new QLabel(tr("Dashboard"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    // The range: the charts of sales compare it with the period of the same length just before.
    m_range->setObjectName(u"range"_s);
    m_range->addItem(tr("Last 7 days"), int(Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Last30Days));
    m_range->addItem(tr("Last 90 days"), int(Last90Days));
    m_range->addItem(tr("Custom range"), int(CustomRange));
    m_range->setCurrentIndex(1);
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    const QDate today = QDate::currentDate();
    m_to->setDate(today);
    m_from->setDate(today.addDays(-29));
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(u"refresh"_s);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(new QLabel(tr("Period:"), this));
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(new QLabel(tr("from"), this));
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addWidget(refreshButton);
    rangeRow->addStretch();

    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    // The attention cards: each shows a count and opens the list it counts.
    auto *cards = new QHBoxLayout;
    const struct {
        Card card;
        const char *name;
        QString title;
    } cardList[] = {
        {Card::LowStock, "card_lowStock", tr("SKUs low on stock")},
        {Card::LateOrders, "card_lateOrders", tr("Orders late to ship")},
        {Card::RefundsAwaitingApproval, "card_refundsAwaitingApproval", tr("Refunds awaiting approval")},
        {Card::FailedSagas, "card_failedSagas", tr("Failed checkouts")},
        {Card::DeadWebhooks, "card_deadWebhooks", tr("Undelivered webhooks")},
    };
    for (const auto &c : cardList) {
        auto *button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(c.name));
        button->setProperty("title", c.title);
        button->setText(tr("—\n%1").arg(c.title));
        button->setMinimumHeight(64);
        QFont cardFont = button->font();
        cardFont.setPointSizeF(cardFont.pointSizeF() * 1.1);
        button->setFont(cardFont);
        button->setProperty("count", -1);
        const Card card = c.card;
        connect(button, &QPushButton::clicked, this, [this, card] { emit cardActivated(card); });
        cards->addWidget(button);
        m_cards.insert(card, button);
    }

    m_salesSummary->setObjectName(u"salesSummary"_s);
    m_salesSummary->setWordWrap(true);
    m_salesSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const struct {
        const char *name;
        QString title;
        QString empty;
    } chartList[] = {
        {"sales", tr("Gross sales"), tr("No sales in this period yet. Orders will show here as they come in.")},
        {"ordersByState", tr("Orders placed in the period, by state"), tr("No orders in this period yet.")},
        {"topProducts", tr("Top products by revenue"), tr("Nothing sold in this period yet.")},
        {"refunds", tr("Refunds by reason"), tr("No refunds in this period. Good news!")},
        {"stockValue", tr("Stock value by warehouse"), tr("No stock on hand yet.")},
    };
    auto *grid = new QGridLayout;
    int position = 0;
    for (const auto &c : chartList) {
        auto *chart = new DashboardChart(c.title, c.empty, m_reports);
        const QString name = QString::fromLatin1(c.name);
        chart->setObjectName(name);
        m_charts.insert(name, chart);
        connect(chart, &DashboardChart::savePngRequested, this, [this, chart] { askSavePng(chart); });
        connect(chart, &DashboardChart::exportCsvRequested, this, [this, name] { askExportCsv(name); });
        if (name == u"sales") {
            grid->addWidget(chart, 0, 0, 1, 2);
            position = 2;
        } else {
            grid->addWidget(chart, 1 + (position - 2) / 2, (position - 2) % 2);
            ++position;
        }
    }
    auto *reportsLayout = new QVBoxLayout(m_reports);
    reportsLayout->setContentsMargins(0, 0, 0, 0);
    reportsLayout->addLayout(cards);
    reportsLayout->addLayout(rangeRow);
    reportsLayout->addWidget(m_salesSummary);
    reportsLayout->addLayout(grid);

    auto *serverBox = new QGroupBox(tr("Server"), this);
    m_server = valueLabel(u"server"_s, serverBox);
    m_state = valueLabel(u"state"_s, serverBox);
    m_serverVersion = valueLabel(u"serverVersion"_s, serverBox);
    m_schemaVersion = valueLabel(u"schemaVersion"_s, serverBox);
    m_checkedAt = valueLabel(u"checkedAt"_s, serverBox);
    m_details = valueLabel(u"details"_s, serverBox);
    auto *form = new QFormLayout;
    form->addRow(tr("Address:"), m_server);
    form->addRow(tr("Status:"), m_state);
    form->addRow(tr("Server version:"), m_serverVersion);
    form->addRow(tr("Database schema:"), m_schemaVersion);
    form->addRow(tr("Last checked:"), m_checkedAt);
    form->addRow(tr("Details:"), m_details);

    m_checkNow = new QPushButton(tr("Check &Now"), serverBox);
    m_checkNow->setObjectName(u"checkNow"_s);
    auto *connectButton = new QPushButton(tr("&Connect to Server…"), serverBox);
    connectButton->setObjectName(u"connect"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkNow);
    buttons->addWidget(connectButton);
    buttons->addStretch();

    auto *boxLayout = new QVBoxLayout(serverBox);
    boxLayout->addLayout(form);
    boxLayout->addLayout(buttons);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_notice);
    layout->addWidget(m_reports);
    layout->addWidget(serverBox);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(2000);
    m_feed->setTypes(ReportEvents);

    connect(m_checkNow, &QPushButton::clicked, m_health, &HealthMonitor::checkNow);
    connect(connectButton, &QPushButton::clicked, this, &DashboardView::connectRequested);
    connect(m_health, &HealthMonitor::statusChanged, this, &DashboardView::showStatus);
    connect(m_range, &QComboBox::currentIndexChanged, this, &DashboardView::rangeChosen);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_range->currentData().toInt() == CustomRange)
            m_debounce->start(300);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_range->currentData().toInt() == CustomRange)
            m_debounce->start(300);
    });
    connect(refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_debounce, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_feed, &EventFeed::eventArrived, this, &DashboardView::eventArrived);
    connect(m_session, &Session::accountChanged, this, &DashboardView::accountChanged);
    showStatus(m_health->status());
    rangeChosen();
    accountChanged(m_session->account());
}

DashboardView::~DashboardView() = default;

void DashboardView::showStatus(const HealthStatus &status)
{
    using State = HealthStatus::State;
    const QString none = tr("—", "no value known");
    m_server->setText(status.server.isEmpty() ? tr("None chosen yet") : status.server.toDisplayString());
    m_state->setText(status.stateName());
    m_serverVersion->setText(status.state == State::Ready ? status.serverVersion : none);
    m_schemaVersion->setText(status.state == State::Ready ? QLocale().toString(status.schemaVersion) : none);
    m_checkedAt->setText(status.checkedAt.isValid() ? QLocale().toString(status.checkedAt.time(), QLocale::LongFormat)
                                                    : none);
    m_details->setText(status.reason.isEmpty() ? none : status.reason);
    m_checkNow->setEnabled(status.state != State::NotConnected);
}

void DashboardView::accountChanged(const std::optional<Account> &account)
{
    m_allowed = account && account->may(Domain::Permission::ReportsRead);
    m_reports->setVisible(m_allowed);
    m_loaded = false;
    ++m_generation; // answers for the previous account are not shown
    m_pending = 0;
    if (!m_allowed) {
        m_feed->stop();
        m_notice->setVisible(account.has_value());
        m_notice->setText(tr("Your role does not include reports; ask an administrator for reports:read to see "
                             "the shop's figures here."));
        return;
    }
    m_notice->hide();
    if (isVisible())
        refresh();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_allowed && !m_loaded)
        refresh();
}

void DashboardView::setRefreshDelay(int ms)
{
    m_debounce->setInterval(ms);
}

void DashboardView::setRange(Range range, const QDate &from, const QDate &to)
{
    if (range == CustomRange) {
        const QSignalBlocker fromBlocker(m_from), toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    const int index = m_range->findData(int(range));
    if (index == m_range->currentIndex())
        rangeChosen();
    else
        m_range->setCurrentIndex(index);
}

void DashboardView::rangeChosen()
{
    const int range = m_range->currentData().toInt();
    const bool custom = range == CustomRange;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const int days = range == Last7Days ? 7 : range == Last90Days ? 90 : 30;
        const QSignalBlocker fromBlocker(m_from), toBlocker(m_to);
        m_to->setDate(QDate::currentDate());
        m_from->setDate(QDate::currentDate().addDays(1 - days));
    }
    if (m_allowed && isVisible())
        refresh();
}

QDate DashboardView::rangeFrom() const
{
    return m_from->date();
}

QDate DashboardView::rangeTo() const
{
    return m_to->date();
}

qint64 DashboardView::cardCount(Card card) const
{
    return m_cards.value(card)->property("count").toLongLong();
}

QString DashboardView::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void DashboardView::eventArrived(const FeedEvent &)
{
    // A burst of events (an import, a busy hour) reads the reports once, after it.
    if (!m_debounce->isActive())
        m_debounce->start();
}

void DashboardView::refresh()
{
    if (!m_allowed)
        return;
    m_loaded = true;
    m_debounce->stop();
    ++m_generation;
    m_pending = 0;
    m_notice->hide();
    if (isVisible())
        m_feed->start();
    const QDate from = rangeFrom(), to = rangeTo();
    const qint64 days = from.daysTo(to) + 1;
    // As many points as a chart can show: days up to three months, weeks up to three years, then months.
    const Domain::ReportInterval interval = days <= 92 ? Domain::ReportInterval::Day
        : days <= Domain::maxRangeDays(Domain::ReportInterval::Day) ? Domain::ReportInterval::Week
                                                                    : Domain::ReportInterval::Month;
    const auto range = [](const QDate &f, const QDate &t) {
        return u"from=%1&to=%2"_s.arg(f.toString(Qt::ISODate), t.toString(Qt::ISODate));
    };
    const QString current = range(from, to);
    const QString intervalName = Domain::reportIntervalName(interval);
    const QString sales = u"/api/v1/reports/sales?"_s + current + u"&interval="_s + intervalName;
    const QString previous = u"/api/v1/reports/sales?"_s + range(from.addDays(-days), from.addDays(-1)) + u"&interval="_s
        + intervalName;
    m_charts.value(u"sales"_s)->setReportPath(sales);
    m_charts.value(u"ordersByState"_s)->setReportPath(u"/api/v1/reports/orders-by-state?"_s + current + u"&interval="_s
                                                      + intervalName);
    m_charts.value(u"topProducts"_s)->setReportPath(u"/api/v1/reports/top-products?"_s + current + u"&by=revenue&limit=10"_s);
    m_charts.value(u"refunds"_s)->setReportPath(u"/api/v1/reports/refunds?"_s + current);
    m_charts.value(u"stockValue"_s)->setReportPath(u"/api/v1/reports/stock-value"_s);

    request(previous, [this](const QJsonObject &r) { m_previousSales = r; });
    request(sales, [this](const QJsonObject &r) { drawSales(r); });
    request(m_charts.value(u"ordersByState"_s)->reportPath(), [this](const QJsonObject &r) { drawOrdersByState(r); });
    request(m_charts.value(u"topProducts"_s)->reportPath(), [this](const QJsonObject &r) { drawTopProducts(r); });
    request(m_charts.value(u"refunds"_s)->reportPath(), [this](const QJsonObject &r) { drawRefunds(r); });
    request(m_charts.value(u"stockValue"_s)->reportPath(), [this](const QJsonObject &r) { drawStockValue(r); });
    request(u"/api/v1/reports/attention"_s, [this](const QJsonObject &r) { showAttention(r); });
}

void DashboardView::request(const QString &path, std::function<void(const QJsonObject &)> show)
{
    ++m_pending;
    const quint64 generation = m_generation;
    m_session->get(path, this, [this, generation, show = std::move(show)](const ApiResponse &response) {
        if (generation != m_generation)
            return;
        if (response.ok) {
            show(response.json.object());
        } else {
            m_notice->setText(tr("Could not read the reports: %1").arg(response.errorMessage));
            m_notice->show();
        }
        finishOne();
    });
}

void DashboardView::finishOne()
{
    if (--m_pending == 0)
        emit refreshed();
}

void DashboardView::drawSales(const QJsonObject &current)
{
    DashboardChart *panel = m_charts.value(u"sales"_s);
    QChart *chart = panel->chart();
    const QString currency = current.value(u"currency"_s).toString();
    const QJsonObject totals = current.value(u"totals"_s).toObject();
    // The previous period is asked for first, so it is here unless its request failed.
    const QJsonObject before = m_previousSales.value(u"totals"_s).toObject();
    const QJsonArray items = current.value(u"items"_s).toArray();
    const QJsonArray previousItems = m_previousSales.value(u"items"_s).toArray();
    const qint64 gross = integer(totals, "gross"), previousGross = integer(before, "gross");
    QString change;
    if (previousGross > 0)
        change = tr(" (%1% on the previous period)")
                     .arg(QLocale().toString(100.0 * double(gross - previousGross) / double(previousGross), 'f', 1));
    m_salesSummary->setText(tr("Gross %1 · net %2 · orders: %3 · average order %4 — previous period: gross %5%6")
                                .arg(money(gross, currency), money(integer(totals, "net"), currency),
                                     QLocale().toString(integer(totals, "orders")),
                                     money(integer(totals, "average_order_value"), currency),
                                     money(previousGross, currency), change));
    if (integer(totals, "orders") == 0 && integer(before, "orders") == 0) {
        panel->setEmpty(true);
        return;
    }
    panel->setEmpty(false);
    // The previous period is drawn over this one, shifted by the range's length, so the lines compare day
    // by day.
    const qint64 shift = rangeFrom().daysTo(rangeTo()) + 1;
    auto *now = new QLineSeries;
    now->setName(tr("This period"));
    auto *then = new QLineSeries;
    then->setName(tr("Previous period"));
    QPen dashed = then->pen();
    dashed.setStyle(Qt::DashLine);
    then->setPen(dashed);
    double highest = 0;
    const auto msecs = [](const QDate &d) { return double(QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch()); };
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const double value = major(integer(o, "gross"));
        now->append(msecs(QDate::fromString(o.value(u"period"_s).toString(), Qt::ISODate)), value);
        highest = std::max(highest, value);
    }
    for (const QJsonValue &v : previousItems) {
        const QJsonObject o = v.toObject();
        const double value = major(integer(o, "gross"));
        then->append(msecs(QDate::fromString(o.value(u"period"_s).toString(), Qt::ISODate).addDays(shift)), value);
        highest = std::max(highest, value);
    }
    chart->addSeries(now);
    chart->addSeries(then);
    auto *x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setTickCount(std::clamp(int(items.size()), 2, 8));
    x->setRange(QDateTime(rangeFrom(), QTime(0, 0)), QDateTime(rangeTo(), QTime(0, 0)));
    QValueAxis *y = amountAxis(highest);
    y->setTitleText(currency);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void DashboardView::drawOrdersByState(const QJsonObject &report)
{
    DashboardChart *panel = m_charts.value(u"ordersByState"_s);
    const QJsonObject current = report.value(u"current"_s).toObject();
    auto *pie = new QPieSeries;
    for (const char *state : {"pending", "confirmed", "fulfilling", "shipped", "delivered", "cancelled"}) {
        const qint64 n = integer(current, state);
        if (n > 0)
            pie->append(u"%1 (%2)"_s.arg(stateTitle(QString::fromLatin1(state)), QLocale().toString(n)), double(n));
    }
    if (pie->count() == 0) {
        delete pie;
        panel->setEmpty(true);
        return;
    }
    panel->setEmpty(false);
    panel->chart()->addSeries(pie);
}

void DashboardView::drawTopProducts(const QJsonObject &report)
{
    DashboardChart *panel = m_charts.value(u"topProducts"_s);
    const QJsonArray items = report.value(u"items"_s).toArray();
    panel->setEmpty(items.isEmpty());
    if (items.isEmpty())
        return;
    auto *set = new QBarSet(tr("Revenue (%1)").arg(report.value(u"currency"_s).toString()));
    QStringList names;
    double highest = 0;
    // Bottom to top: the best seller ends up at the top of a horizontal bar chart.
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const QJsonObject o = items[i].toObject();
        const QString title = o.value(u"title"_s).toString();
        names.append((title.isEmpty() ? o.value(u"sku"_s).toString() : title).left(40));
        *set << major(integer(o, "revenue"));
        highest = std::max(highest, major(integer(o, "revenue")));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    addBars(panel->chart(), series, names, highest, true);
}

void DashboardView::drawRefunds(const QJsonObject &report)
{
    DashboardChart *panel = m_charts.value(u"refunds"_s);
    const QJsonArray items = report.value(u"items"_s).toArray();
    panel->setEmpty(items.isEmpty());
    if (items.isEmpty())
        return;
    const QString currency = report.value(u"currency"_s).toString();
    auto *pie = new QPieSeries;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        pie->append(u"%1 (%2)"_s.arg(o.value(u"reason"_s).toString(), money(integer(o, "amount"), currency)),
                    std::max(0.01, major(integer(o, "amount"))));
    }
    panel->chart()->addSeries(pie);
}

void DashboardView::drawStockValue(const QJsonObject &report)
{
    DashboardChart *panel = m_charts.value(u"stockValue"_s);
    QMap<QString, QMap<QString, qint64>> byCurrency; // currency → warehouse → value
    QStringList warehouses;
    for (const QJsonValue &v : report.value(u"items"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString warehouse = o.value(u"warehouse"_s).toString();
        if (!warehouses.contains(warehouse))
            warehouses.append(warehouse);
        if (integer(o, "value") > 0)
            byCurrency[o.value(u"currency"_s).toString()][warehouse] += integer(o, "value");
    }
    if (byCurrency.isEmpty()) {
        panel->setEmpty(true);
        return;
    }
    panel->setEmpty(false);
    auto *series = new QBarSeries;
    double highest = 0;
    for (auto it = byCurrency.constBegin(); it != byCurrency.constEnd(); ++it) {
        auto *set = new QBarSet(it.key());
        for (const QString &w : std::as_const(warehouses)) {
            *set << major(it.value().value(w));
            highest = std::max(highest, major(it.value().value(w)));
        }
        series->append(set);
    }
    addBars(panel->chart(), series, warehouses, highest, false);
}

void DashboardView::showAttention(const QJsonObject &attention)
{
    m_attention = attention;
    const std::pair<Card, const char *> counts[] = {{Card::LowStock, "low_stock"},
                                                    {Card::LateOrders, "late_orders"},
                                                    {Card::RefundsAwaitingApproval, "refunds_awaiting_approval"},
                                                    {Card::FailedSagas, "failed_sagas"},
                                                    {Card::DeadWebhooks, "dead_webhooks"}};
    for (const auto &[card, name] : counts) {
        QPushButton *button = m_cards.value(card);
        const qint64 n = integer(attention, name);
        button->setProperty("count", n);
        button->setText(u"%1\n%2"_s.arg(QLocale().toString(n), button->property("title").toString()));
        button->setToolTip(card == Card::LateOrders
                               ? tr("Confirmed orders not shipped within %1 days; click to list them.")
                                     .arg(integer(attention, "ship_promise_days"))
                               : tr("Click to see them."));
    }
}

void DashboardView::askSavePng(DashboardChart *chart)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"), chart->objectName() + u".png"_s,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!chart->savePng(path)) {
        m_notice->setText(tr("Could not write %1; choose a folder you may write to.").arg(path));
        m_notice->show();
    }
}

void DashboardView::askExportCsv(const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart Data as CSV"), name + u".csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportCsv(name, path, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_notice->setText(error);
            m_notice->show();
        }
    });
}

void DashboardView::exportCsv(const QString &chartName, const QString &path,
                              const std::function<void(const QString &)> &done)
{
    DashboardChart *chart = m_charts.value(chartName);
    if (!chart || chart->reportPath().isEmpty()) {
        done(tr("There is nothing to export yet; wait until the chart has been read."));
        return;
    }
    ApiRequest request;
    request.path = chart->reportPath();
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv")});
    request.rawReply = true;
    m_session->send(request, this, [path, done](const ApiResponse &response) {
        if (!response.ok) {
            done(tr("Could not export the data: %1").arg(response.errorMessage));
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(response.bytes) != response.bytes.size() || !file.commit()) {
            done(tr("Could not write %1: %2. Choose a folder you may write to.").arg(path, file.errorString()));
            return;
        }
        done({});
    });
}

} // namespace Backroom::Ui
