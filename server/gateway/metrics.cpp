// SPDX-License-Identifier: MIT
#include "server/gateway/metrics.h"

namespace Backroom::Server {

Metrics::Metrics(const QList<QByteArray> &routeLabels)
{
    for (const QByteArray &label : routeLabels) {
        m_series.push_back(std::make_unique<Series>());
        m_series.back()->route = label;
    }
    m_series.push_back(std::make_unique<Series>());
    m_series.back()->route = "unmatched";
}

void Metrics::record(int routeIndex, int status, qint64 microseconds)
{
    Series &s = *m_series[routeIndex >= 0 && size_t(routeIndex) < m_series.size() - 1 ? size_t(routeIndex)
                                                                                       : m_series.size() - 1];
    s.byStatus[size_t(std::clamp(status, 0, 599))].fetch_add(1, std::memory_order_relaxed);
    const double seconds = double(microseconds) / 1e6;
    size_t bucket = 0;
    while (bucket < bucketsSeconds.size() && seconds > bucketsSeconds[bucket])
        ++bucket;
    s.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    s.count.fetch_add(1, std::memory_order_relaxed);
    s.sumMicroseconds.fetch_add(quint64(std::max<qint64>(0, microseconds)), std::memory_order_relaxed);
}

quint64 Metrics::requests(int routeIndex, int status) const
{
    const size_t i = routeIndex >= 0 && size_t(routeIndex) < m_series.size() - 1 ? size_t(routeIndex)
                                                                                  : m_series.size() - 1;
    return m_series[i]->byStatus[size_t(std::clamp(status, 0, 599))].load();
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out += "# HELP backroom_http_requests_total HTTP requests by route and status.\n"
           "# TYPE backroom_http_requests_total counter\n";
    for (const auto &s : m_series) {
        for (size_t status = 0; status < s->byStatus.size(); ++status) {
            const quint64 n = s->byStatus[status].load(std::memory_order_relaxed);
            if (n)
                out += "backroom_http_requests_total{route=\"" + s->route + "\",status=\"" + QByteArray::number(int(status))
                    + "\"} " + QByteArray::number(n) + '\n';
        }
    }
    out += "# HELP backroom_http_request_duration_seconds Time from a complete request to its response.\n"
           "# TYPE backroom_http_request_duration_seconds histogram\n";
    for (const auto &s : m_series) {
        const quint64 count = s->count.load(std::memory_order_relaxed);
        if (!count)
            continue;
        const QByteArray label = "route=\"" + s->route + '"';
        quint64 cumulative = 0;
        for (size_t b = 0; b < bucketsSeconds.size(); ++b) {
            cumulative += s->buckets[b].load(std::memory_order_relaxed);
            out += "backroom_http_request_duration_seconds_bucket{" + label + ",le=\""
                + QByteArray::number(bucketsSeconds[b]) + "\"} " + QByteArray::number(cumulative) + '\n';
        }
        cumulative += s->buckets.back().load(std::memory_order_relaxed);
        out += "backroom_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} "
            + QByteArray::number(cumulative) + '\n';
        out += "backroom_http_request_duration_seconds_sum{" + label + "} "
            + QByteArray::number(double(s->sumMicroseconds.load(std::memory_order_relaxed)) / 1e6, 'f', 6) + '\n';
        out += "backroom_http_request_duration_seconds_count{" + label + "} " + QByteArray::number(count) + '\n';
    }
    for (const Writer &w : m_writers)
        w(out);
    return out;
}

} // namespace Backroom::Server
