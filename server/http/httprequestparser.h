// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/httprequest.h"

#include <http_parser.h>

#include <functional>

namespace Backroom::Server {

struct HttpLimits {
    qsizetype maxUrlBytes = 8 * 1024;
    qsizetype maxHeaderBytes = 16 * 1024; // request line excluded, all field names and values together
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 1024 * 1024;
    // A larger (or smaller) limit for some requests, e.g. image uploads, asked once the request line and
    // headers are in; 0 means maxBodyBytes. Called on the connection's I/O thread.
    std::function<qsizetype(QByteArrayView method, QByteArrayView path)> bodyLimitFor;
};

// Incremental HTTP/1.1 request parser over libhttp-parser that enforces our limits as bytes arrive, so a
// request that is too large is refused as soon as that is known, never after buffering it. It knows no
// sockets: feed it bytes, and it stops after each complete request so responses go out in order.
class HttpRequestParser {
public:
    enum class State {
        NeedMore,        // all bytes consumed, request not complete
        RequestComplete, // takeRequest() has one; unconsumed bytes belong to the next request
        Failed,          // errorStatus()/errorMessage() say why; the connection must be closed
    };

    explicit HttpRequestParser(HttpLimits limits = {});
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    // Consumes bytes from data; returns how many were consumed. After RequestComplete, call takeRequest()
    // and feed the rest later.
    qsizetype feed(const char *data, qsizetype size);
    State state() const { return m_state; }

    HttpRequest takeRequest();

    // True once after the headers of a request that asked for `Expect: 100-continue` and may send its body.
    bool takeContinueNeeded();
    // True between the first byte of a request and the end of its headers: the header timeout applies.
    bool readingHeaders() const { return m_inMessage && !m_headersDone; }
    bool inMessage() const { return m_inMessage; }

    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorMessage() const { return m_errorMessage; }

private:
    static int onMessageBegin(http_parser *p);
    static int onUrl(http_parser *p, const char *at, size_t length);
    static int onHeaderField(http_parser *p, const char *at, size_t length);
    static int onHeaderValue(http_parser *p, const char *at, size_t length);
    static int onHeadersComplete(http_parser *p);
    static int onBody(http_parser *p, const char *at, size_t length);
    static int onMessageComplete(http_parser *p);

    int fail(int status, QByteArray message);
    bool addHeaderBytes(size_t length);

    HttpLimits m_limits;
    qsizetype m_bodyLimit = 0; // of the request being read
    http_parser m_parser{};
    http_parser_settings m_settings{};
    State m_state = State::NeedMore;
    HttpRequest m_current;
    bool m_inMessage = false;
    bool m_headersDone = false;
    bool m_lastWasValue = false;
    bool m_continueNeeded = false;
    qsizetype m_headerBytes = 0;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace Backroom::Server
