// SPDX-License-Identifier: MIT
#include "ui/stockskupanel.h"

#include "ui/session.h"
#include "ui/stockhistorymodel.h"
#include "ui/viewstyle.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

// How far the forecast is drawn when stock would last longer.
constexpr int ForecastDays = 30;

qint64 msecsOf(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

StockForecast StockForecast::fromJson(const QJsonObject &object)
{
    StockForecast forecast;
    forecast.sku = object.value("sku"_L1).toString();
    forecast.dailyDemand = object.value("daily_demand"_L1).toDouble();
    if (const QJsonValue cover = object.value("days_of_cover"_L1); cover.isDouble())
        forecast.daysOfCover = cover.toDouble();
    forecast.reorderOn = QDate::fromString(object.value("reorder_on"_L1).toString(), Qt::ISODate);
    forecast.suggestedQuantity = object.value("suggested_quantity"_L1).toInteger();
    forecast.leadTimeDays = object.value("lead_time_days"_L1).toInt();
    for (const QJsonValue &value : object.value("history"_L1).toArray()) {
        const QJsonObject day = value.toObject();
        forecast.history.append({QDate::fromString(day.value("date"_L1).toString(), Qt::ISODate),
                                 day.value("demand"_L1).toInteger(), day.value("on_hand"_L1).toInteger()});
    }
    std::sort(forecast.history.begin(), forecast.history.end(),
              [](const Day &a, const Day &b) { return a.date < b.date; });
    return forecast;
}

QDate StockForecast::today() const
{
    return history.isEmpty() ? QDate() : history.last().date.addDays(1);
}

QList<std::pair<QDate, double>> StockForecast::projection(int days) const
{
    QList<std::pair<QDate, double>> points;
    if (history.isEmpty())
        return points;
    const QDate start = onHandToday ? today() : history.last().date;
    double onHand = double(onHandToday.value_or(history.last().onHand));
    points.append({start, onHand});
    for (int day = 1; day <= days && onHand > 0 && dailyDemand > 0; ++day) {
        onHand = std::max(0.0, onHand - dailyDemand);
        points.append({start.addDays(day), onHand});
    }
    if (dailyDemand <= 0)
        points.append({start.addDays(days), onHand});
    return points;
}

StockSkuPanel::StockSkuPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_history(new StockHistoryModel(session, this))
    , m_title(new QLabel(this))
    , m_summary(newMessageLabel(u"forecastSummary"_s, this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_table(new QTableView(this))
    , m_loadMore(new QPushButton(tr("Load More &History"), this))
{
    m_title->setObjectName(u"skuTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setObjectName(u"stockChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(fontMetrics().height() * 14);
    m_chartView->setAccessibleName(tr("On hand over the last 90 days and the forecast"));

    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_history);
    m_table->setAccessibleName(tr("Stock history"));
    setUpListTable(m_table);
    m_loadMore->setObjectName(u"loadMoreHistory"_s);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_history->fetchMore({}); });
    auto updateLoadMore = [this] { m_loadMore->setEnabled(m_history->canFetchMore({})); };
    connect(m_history, &StockHistoryModel::pageLoaded, this, updateLoadMore);
    connect(m_history, &StockHistoryModel::loadingChanged, this, updateLoadMore);
    connect(m_history, &StockHistoryModel::loadFailed, this, [this](const QString &message) {
        m_summary->setText(message);
        m_summary->show();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_chartView, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_loadMore, 0, Qt::AlignRight);
    showSku({});
}

bool StockSkuPanel::isLoading() const
{
    return m_history->isLoading() || m_forecastRequest;
}

void StockSkuPanel::showSku(const QString &sku, const QString &title)
{
    m_sku = sku;
    m_title->setText(sku.isEmpty() ? tr("Choose a SKU to see its history and forecast.")
                                   : (title.isEmpty() ? sku : tr("%1 – %2").arg(sku, title)));
    reload();
}

void StockSkuPanel::reload()
{
    m_summary->clear();
    m_summary->hide();
    m_history->setSku(m_sku);
    m_chartView->setVisible(!m_sku.isEmpty());
    m_table->setVisible(!m_sku.isEmpty());
    m_loadMore->setVisible(!m_sku.isEmpty());
    if (m_sku.isEmpty()) {
        m_chart->removeAllSeries();
        return;
    }
    m_history->reload();
    loadForecast();
}

void StockSkuPanel::loadForecast()
{
    delete std::exchange(m_forecastRequest, nullptr);
    m_forecastRequest = new QObject(this);
    QObject *request = m_forecastRequest;
    const QString sku = m_sku;
    m_session->get(u"/api/v1/stock/%1/forecast"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(sku))), request,
                   [this, request](const ApiResponse &response) {
                       request->deleteLater();
                       m_forecastRequest = nullptr;
                       if (!response.ok) {
                           m_forecast = {};
                           m_chart->removeAllSeries();
                           m_summary->setText(tr("The forecast could not be loaded: %1").arg(response.errorMessage));
                           m_summary->show();
                           emit forecastLoaded();
                           return;
                       }
                       m_forecast = StockForecast::fromJson(response.json.object());
                       loadToday();
                   });
}

void StockSkuPanel::loadToday()
{
    // The forecast's history ends yesterday; the chart reaches today with the SKU's levels now.
    m_forecastRequest = new QObject(this);
    QObject *request = m_forecastRequest;
    m_session->get(u"/api/v1/stock/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_sku))), request,
                   [this, request](const ApiResponse &response) {
                       request->deleteLater();
                       m_forecastRequest = nullptr;
                       if (response.ok)
                           m_forecast.onHandToday = response.json.object().value("on_hand"_L1).toInteger();
                       drawForecast();
                       m_summary->setText(forecastText());
                       m_summary->setVisible(!m_summary->text().isEmpty());
                       emit forecastLoaded();
                   });
}

QString StockSkuPanel::forecastText() const
{
    if (m_forecast.sku.isEmpty())
        return {};
    const QLocale locale;
    QString text = tr("Selling about %1 a day.").arg(locale.toString(m_forecast.dailyDemand, 'f', 1));
    if (m_forecast.daysOfCover)
        text += u' ' + tr("Stock lasts about %1 days.").arg(locale.toString(*m_forecast.daysOfCover, 'f', 0));
    if (m_forecast.reorderOn.isValid()) {
        text += u' ' + tr("Reorder %1 by %2 (lead time %3 days).")
                           .arg(locale.toString(m_forecast.suggestedQuantity),
                                locale.toString(m_forecast.reorderOn, QLocale::ShortFormat),
                                locale.toString(m_forecast.leadTimeDays));
    }
    return text;
}

void StockSkuPanel::drawForecast()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    if (m_forecast.history.isEmpty())
        return;

    auto *onHand = new QLineSeries;
    onHand->setName(tr("On hand"));
    double highest = 0;
    for (const StockForecast::Day &day : std::as_const(m_forecast.history)) {
        onHand->append(double(msecsOf(day.date)), double(day.onHand));
        highest = std::max(highest, double(day.onHand));
    }
    if (m_forecast.onHandToday) {
        onHand->append(double(msecsOf(m_forecast.today())), double(*m_forecast.onHandToday));
        highest = std::max(highest, double(*m_forecast.onHandToday));
    }
    auto *projected = new QLineSeries;
    projected->setName(tr("Forecast"));
    QPen dashed = projected->pen();
    dashed.setStyle(Qt::DashLine);
    projected->setPen(dashed);
    const auto points = m_forecast.projection(ForecastDays);
    for (const auto &[date, value] : points)
        projected->append(double(msecsOf(date)), value);
    m_chart->addSeries(onHand);
    m_chart->addSeries(projected);

    auto *x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setTickCount(6);
    x->setRange(QDateTime(m_forecast.history.first().date, QTime(0, 0)),
                QDateTime(points.isEmpty() ? m_forecast.history.last().date : points.last().first, QTime(0, 0)));
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    y->setRange(0, std::max(1.0, std::ceil(highest * 1.1)));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace Backroom::Ui
