// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <array>
#include <atomic>
#include <functional>
#include <memory>

namespace Backroom::Server {

// Request counters and latency histograms per route, lock-free so every I/O thread can record without
// contention, rendered in the Prometheus text format.
class Metrics {
public:
    // One label per route, in the router's order; requests that matched no route are counted apart.
    explicit Metrics(const QList<QByteArray> &routeLabels);

    void record(int routeIndex, int status, qint64 microseconds);
    quint64 requests(int routeIndex, int status) const;

    // Extra gauges/counters written after the request metrics (connections, database pool, ...).
    using Writer = std::function<void(QByteArray &out)>;
    void addWriter(Writer writer) { m_writers.append(std::move(writer)); }

    QByteArray render() const;

    static constexpr std::array<double, 12> bucketsSeconds{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                           0.05,   0.1,   0.25,   0.5,   1.0,  5.0};

private:
    struct Series {
        QByteArray route;
        std::array<std::atomic<quint64>, 600> byStatus{};
        std::array<std::atomic<quint64>, bucketsSeconds.size() + 1> buckets{}; // last is +Inf
        std::atomic<quint64> count{0};
        std::atomic<quint64> sumMicroseconds{0};
    };
    std::vector<std::unique_ptr<Series>> m_series; // last: unmatched
    QList<Writer> m_writers;
};

} // namespace Backroom::Server
