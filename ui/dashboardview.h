// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class EventFeed;
class HealthMonitor;
class Session;
struct Account;
struct FeedEvent;
struct HealthStatus;

// One chart of the dashboard: a title, the chart, a friendly message in its place while it has nothing to
// show, and buttons to save it as PNG and to export the data behind it as CSV (the report route it reads,
// asked for as text/csv). GUI thread.
class DashboardChart : public QWidget
{
    Q_OBJECT
public:
    DashboardChart(const QString &title, const QString &emptyText, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    // Clears the chart for drawing anew; empty: the message shows instead.
    void setEmpty(bool empty);
    bool isEmpty() const { return m_empty; }
    QString emptyText() const;
    // The report (path and query) the chart shows, which CSV export asks for again.
    void setReportPath(const QString &path) { m_reportPath = path; }
    QString reportPath() const { return m_reportPath; }
    // The chart as the view draws it; false when the file cannot be written.
    bool savePng(const QString &path) const;

signals:
    void savePngRequested();
    void exportCsvRequested();

private:
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_emptyLabel;
    QString m_reportPath;
    bool m_empty = true;
};

// The first page after sign-in. For accounts with reports:read: what needs attention (cards, each a click
// away from the filtered list: cardActivated), sales over the chosen range (7, 30 or 90 days, or custom)
// beside the previous period of the same length, orders by state, top products, refunds by reason and
// stock value by warehouse. Every figure comes from the server's report routes; the view follows the event
// feed and reads them again shortly after orders, refunds or stock change (debounced). Below, the server
// the program talks to, as the HealthMonitor last saw it. GUI thread.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum class Card { LowStock, LateOrders, FailedSagas, DeadWebhooks, RefundsAwaitingApproval };
    Q_ENUM(Card)
    enum Range { Last7Days, Last30Days, Last90Days, CustomRange };

    DashboardView(Session *session, HealthMonitor *health, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Reads every report again for the chosen range (nothing without reports:read).
    void refresh();
    bool isLoading() const { return m_pending > 0; }
    // Chooses a range; from and to only count for CustomRange. Refreshes.
    void setRange(Range range, const QDate &from = {}, const QDate &to = {});
    QDate rangeFrom() const;
    QDate rangeTo() const;
    // "sales", "ordersByState", "topProducts", "refunds", "stockValue"; null for another name.
    DashboardChart *chart(const QString &name) const { return m_charts.value(name); }
    QStringList chartNames() const { return m_charts.keys(); }
    // The count a card shows; -1 before it was read.
    qint64 cardCount(Card card) const;
    // The last attention answer ({"low_stock", "late_orders", "late_since", …}).
    QJsonObject attention() const { return m_attention; }
    // The message shown above the charts (a failed request, no permission); empty when there is none.
    QString notice() const;
    // How long after a feed event the reports are read again.
    void setRefreshDelay(int ms);
    // Writes the CSV of a chart's report to path, then calls done with an error message (empty on success).
    void exportCsv(const QString &chartName, const QString &path, const std::function<void(const QString &)> &done);

signals:
    void connectRequested();
    // A card was clicked: the main window shows the list it stands for (attention() has the details, e.g.
    // late_since for late orders).
    void cardActivated(Backroom::Ui::DashboardView::Card card);
    // Every report of a refresh has answered.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showStatus(const HealthStatus &status);
    void accountChanged(const std::optional<Account> &account);
    void rangeChosen();
    void eventArrived(const FeedEvent &event);
    void request(const QString &path, std::function<void(const QJsonObject &)> show);
    void finishOne();
    void drawSales(const QJsonObject &current);
    void drawOrdersByState(const QJsonObject &report);
    void drawTopProducts(const QJsonObject &report);
    void drawRefunds(const QJsonObject &report);
    void drawStockValue(const QJsonObject &report);
    void showAttention(const QJsonObject &attention);
    void askSavePng(DashboardChart *chart);
    void askExportCsv(const QString &name);

    Session *m_session;
    HealthMonitor *m_health;
    EventFeed *m_feed;
    QTimer *m_debounce;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_notice;
    QLabel *m_salesSummary;
    QWidget *m_reports;
    QMap<QString, DashboardChart *> m_charts;
    QMap<Card, QPushButton *> m_cards;
    QJsonObject m_attention;
    QJsonObject m_previousSales;
    QLabel *m_server;
    QLabel *m_state;
    QLabel *m_serverVersion;
    QLabel *m_schemaVersion;
    QLabel *m_checkedAt;
    QLabel *m_details;
    QPushButton *m_checkNow;
    bool m_allowed = false;
    bool m_loaded = false;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace Backroom::Ui
