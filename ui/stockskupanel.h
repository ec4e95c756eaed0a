// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;
class StockHistoryModel;

// The forecast of one SKU (GET /api/v1/stock/{sku}/forecast) as the chart needs it.
struct StockForecast {
    struct Day {
        QDate date;
        qint64 demand = 0;
        qint64 onHand = 0;
    };
    QString sku;
    double dailyDemand = 0;
    std::optional<double> daysOfCover;
    QDate reorderOn;
    qint64 suggestedQuantity = 0;
    int leadTimeDays = 0;
    QList<Day> history; // oldest first, up to yesterday (the server's days are UTC)
    std::optional<qint64> onHandToday; // over all warehouses, from the SKU's levels

    static StockForecast fromJson(const QJsonObject &object);
    // The day after the last of history.
    QDate today() const;
    // On hand from today (else the last day of history), falling by the daily demand, until it reaches zero
    // or for days days, whichever is first; the first point is that starting day.
    QList<std::pair<QDate, double>> projection(int days) const;
};

// Everything about one SKU beside the stock grid: a chart of on hand over the last 90 days with the
// forecast drawn on from the last day (Qt Charts; the server aggregates, the chart only draws), what the
// forecast says in words, and the SKU's event history, newest first, paged as it scrolls. GUI thread.
class StockSkuPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StockSkuPanel(Session *session, QWidget *parent = nullptr);

    QString sku() const { return m_sku; }
    // Loads sku's history and forecast; an empty sku clears the panel.
    void showSku(const QString &sku, const QString &title = {});
    // Loads the shown SKU again (after a change).
    void reload();
    bool isLoading() const;

    StockHistoryModel *historyModel() const { return m_history; }
    QChart *chart() const { return m_chart; }
    const StockForecast &forecast() const { return m_forecast; }
    QString forecastText() const;

signals:
    void forecastLoaded();

private:
    void loadForecast();
    void loadToday();
    void drawForecast();

    Session *m_session;
    QString m_sku;
    StockHistoryModel *m_history;
    StockForecast m_forecast;
    QObject *m_forecastRequest = nullptr;
    QLabel *m_title;
    QLabel *m_summary;
    QChart *m_chart;
    QChartView *m_chartView;
    QTableView *m_table;
    QPushButton *m_loadMore;
};

} // namespace Backroom::Ui
