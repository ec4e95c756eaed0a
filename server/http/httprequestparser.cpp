// SPDX-License-Identifier: MIT
#include "server/http/httprequestparser.h"

namespace Backroom::Server {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {
HttpRequestParser *self(http_parser *p)
{
    return static_cast<HttpRequestParser *>(p->data);
}
} // namespace

HttpRequestParser::HttpRequestParser(HttpLimits limits)
    : m_limits(limits)
{
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    http_parser_settings_init(&m_settings);
    m_settings.on_message_begin = &onMessageBegin;
    m_settings.on_url = &onUrl;
    m_settings.on_header_field = &onHeaderField;
    m_settings.on_header_value = &onHeaderValue;
    m_settings.on_headers_complete = &onHeadersComplete;
    m_settings.on_body = &onBody;
    m_settings.on_message_complete = &onMessageComplete;
}

qsizetype HttpRequestParser::feed(const char *data, qsizetype size)
{
    if (m_state != State::NeedMore || size <= 0)
        return 0;
    const size_t parsed = http_parser_execute(&m_parser, &m_settings, data, size_t(size));
    const http_errno err = HTTP_PARSER_ERRNO(&m_parser);
    if (err == HPE_PAUSED) {
        // Paused by onMessageComplete: one request is ready; the rest waits for its response.
        http_parser_pause(&m_parser, 0);
        return qsizetype(parsed);
    }
    if (m_state == State::Failed)
        return qsizetype(parsed);
    if (err != HPE_OK) {
        m_state = State::Failed;
        if (err == HPE_HEADER_OVERFLOW) {
            m_errorStatus = 431;
            m_errorMessage = "The request headers are too large.";
        } else if (err == HPE_INVALID_METHOD) {
            m_errorStatus = 501;
            m_errorMessage = "The request method is not supported.";
        } else {
            m_errorStatus = 400;
            m_errorMessage = QByteArray("The request is not valid HTTP/1.1: ") + http_errno_description(err);
        }
        return qsizetype(parsed);
    }
    return qsizetype(parsed);
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_current);
    m_current = HttpRequest{};
    if (m_state == State::RequestComplete)
        m_state = State::NeedMore;
    return request;
}

bool HttpRequestParser::takeContinueNeeded()
{
    return std::exchange(m_continueNeeded, false);
}

int HttpRequestParser::fail(int status, QByteArray message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = std::move(message);
    return -1; // any non-zero return makes http_parser stop with an error
}

bool HttpRequestParser::addHeaderBytes(size_t length)
{
    m_headerBytes += qsizetype(length);
    return m_headerBytes <= m_limits.maxHeaderBytes;
}

int HttpRequestParser::onMessageBegin(http_parser *p)
{
    HttpRequestParser *s = self(p);
    s->m_current = HttpRequest{};
    s->m_current.headers.reserve(12); // a browser's or a client library's usual count: one allocation
    s->m_inMessage = true;
    s->m_headersDone = false;
    s->m_lastWasValue = false;
    s->m_headerBytes = 0;
    return 0;
}

int HttpRequestParser::onUrl(http_parser *p, const char *at, size_t length)
{
    HttpRequestParser *s = self(p);
    if (s->m_current.target.size() + qsizetype(length) > s->m_limits.maxUrlBytes)
        return s->fail(414, "The request URL is too long.");
    s->m_current.target.append(at, qsizetype(length));
    return 0;
}

int HttpRequestParser::onHeaderField(http_parser *p, const char *at, size_t length)
{
    HttpRequestParser *s = self(p);
    if (!s->addHeaderBytes(length))
        return s->fail(431, "The request headers are too large.");
    // Trailer fields of a chunked body arrive through the same callback. They are counted but never merged
    // into the headers: a header sent after the body (an Authorization, say) must not count as one.
    if (s->m_headersDone)
        return 0;
    if (s->m_current.headers.isEmpty() || s->m_lastWasValue) {
        if (s->m_current.headers.size() >= s->m_limits.maxHeaderCount)
            return s->fail(431, "The request has too many headers.");
        s->m_current.headers.append(HttpHeader{});
    }
    s->m_current.headers.last().first.append(at, qsizetype(length));
    s->m_lastWasValue = false;
    return 0;
}

int HttpRequestParser::onHeaderValue(http_parser *p, const char *at, size_t length)
{
    HttpRequestParser *s = self(p);
    if (!s->addHeaderBytes(length))
        return s->fail(431, "The request headers are too large.");
    if (s->m_headersDone)
        return 0;
    if (s->m_current.headers.isEmpty())
        return s->fail(400, "A header value came before any header name.");
    s->m_current.headers.last().second.append(at, qsizetype(length));
    s->m_lastWasValue = true;
    return 0;
}

int HttpRequestParser::onHeadersComplete(http_parser *p)
{
    HttpRequestParser *s = self(p);
    HttpRequest &r = s->m_current;
    s->m_headersDone = true;
    r.method = http_method_str(http_method(p->method));
    r.httpMinor = p->http_minor;
    r.keepAlive = http_should_keep_alive(p) != 0;

    http_parser_url url;
    http_parser_url_init(&url);
    if (http_parser_parse_url(r.target.constData(), r.target.size(), r.method == "CONNECT", &url) != 0)
        return s->fail(400, "The request target is not a valid URL.");
    if (url.field_set & (1 << UF_PATH))
        r.path = r.target.mid(url.field_data[UF_PATH].off, url.field_data[UF_PATH].len);
    if (url.field_set & (1 << UF_QUERY))
        r.query = r.target.mid(url.field_data[UF_QUERY].off, url.field_data[UF_QUERY].len);
    if (r.path.isEmpty() || r.path.front() != '/')
        return s->fail(400, "The request target must be an absolute path such as /api/v1/products.");

    if (p->upgrade)
        return s->fail(400, "Protocol upgrades are not supported.");
    // A body larger than the limit is refused here, before a byte of it is read.
    const bool chunked = (p->flags & F_CHUNKED) != 0;
    const bool hasBody = chunked || (p->content_length != ULLONG_MAX && p->content_length > 0);
    s->m_bodyLimit = s->m_limits.maxBodyBytes;
    if (hasBody && s->m_limits.bodyLimitFor) {
        if (const qsizetype own = s->m_limits.bodyLimitFor(r.method, r.path); own > 0)
            s->m_bodyLimit = own;
    }
    if (!chunked && p->content_length != ULLONG_MAX && p->content_length > uint64_t(s->m_bodyLimit))
        return s->fail(413, "The request body is larger than " + QByteArray::number(s->m_bodyLimit) + " bytes.");
    const QByteArray expect = r.header("Expect");
    if (!expect.isEmpty()) {
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0)
            return s->fail(417, "Only 'Expect: 100-continue' is supported.");
        // HTTP/1.0 clients do not know 100 Continue; RFC 9110 says to ignore their expectation.
        s->m_continueNeeded = hasBody && p->http_major == 1 && p->http_minor >= 1;
    }
    if (!chunked && p->content_length != ULLONG_MAX)
        r.body.reserve(qsizetype(p->content_length));
    return 0;
}

int HttpRequestParser::onBody(http_parser *p, const char *at, size_t length)
{
    HttpRequestParser *s = self(p);
    if (s->m_current.body.size() + qsizetype(length) > s->m_bodyLimit)
        return s->fail(413, "The request body is larger than " + QByteArray::number(s->m_bodyLimit) + " bytes.");
    s->m_current.body.append(at, qsizetype(length));
    return 0;
}

int HttpRequestParser::onMessageComplete(http_parser *p)
{
    HttpRequestParser *s = self(p);
    s->m_inMessage = false;
    s->m_continueNeeded = false;
    s->m_state = State::RequestComplete;
    http_parser_pause(p, 1);
    return 0;
}

} // namespace Backroom::Server
