// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace Backroom::Server {

using HttpHeader = QPair<QByteArray, QByteArray>;

struct HttpRequest {
    QByteArray method; // upper case, as sent
    QByteArray target; // the request target, e.g. /api/v1/products?q=x
    QByteArray path;   // the decoded-free path part of the target
    QByteArray query;  // after '?', without it
    QList<HttpHeader> headers;
    QByteArray body;
    int httpMinor = 1;
    bool keepAlive = true;
    QHostAddress peer;

    // First value of a header, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace Backroom::Server
