// SPDX-License-Identifier: MIT
// libFuzzer target for Backroom::Server::HttpRequestParser.
//
// The input is the raw byte stream a client sends on one connection. It is fed the way HttpConnection
// feeds it (take each completed request, feed the rest, stop at Failed) under several chunkings, and
// these must hold:
//  - feed() consumes 0..size bytes; in NeedMore it consumes everything it was given (else the connection
//    loop would spin), and a completed request consumed at least one byte;
//  - a completed request has a method, a path starting with '/', and is within every limit;
//  - a failure has one of the statuses the parser documents and a message;
//  - the requests taken, and whether the stream ended in NeedMore or Failed, do not depend on how the
//    bytes were split into reads (the failure status may: a limit can trip before a syntax error
//    further on in the same read is seen);
//  - takeContinueNeeded() is only true between the headers and the end of a request.
// It runs the default limits and a set of tiny limits, so the limit paths are reached with small inputs.
#include "server/http/httprequestparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using Backroom::Server::HttpLimits;
using Backroom::Server::HttpRequest;
using Backroom::Server::HttpRequestParser;
using State = HttpRequestParser::State;

namespace {

[[noreturn]] void violated(const char *what, int split)
{
    std::fprintf(stderr, "fuzz_http_request: invariant violated (split mode %d): %s\n", split, what);
    std::abort();
}

#define CHECK(cond, split)                                                                                   \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            violated(#cond, split);                                                                          \
    } while (false)

struct Outcome {
    std::vector<HttpRequest> requests;
    State final = State::NeedMore;
    int status = 0;
};

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.query == b.query
        && a.headers == b.headers && a.body == b.body && a.httpMinor == b.httpMinor && a.keepAlive == b.keepAlive;
}

void checkRequest(const HttpRequest &r, const HttpLimits &limits, int split)
{
    CHECK(!r.method.isEmpty(), split);
    CHECK(!r.path.isEmpty() && r.path.front() == '/', split);
    CHECK(r.target.size() <= limits.maxUrlBytes, split);
    CHECK(r.target.contains(r.path), split);
    CHECK(r.query.isEmpty() || r.target.contains(r.query), split);
    CHECK(r.body.size() <= limits.maxBodyBytes, split);
    CHECK(r.headers.size() <= limits.maxHeaderCount, split);
    qsizetype headerBytes = 0;
    for (const auto &h : r.headers) {
        CHECK(!h.first.isEmpty(), split);
        headerBytes += h.first.size() + h.second.size();
    }
    CHECK(headerBytes <= limits.maxHeaderBytes, split);
    CHECK(r.httpMinor >= 0 && r.httpMinor <= 9, split);
    // The lookup helpers must agree with the list.
    for (const auto &h : r.headers)
        CHECK(r.hasHeader(h.first), split);
    (void)r.header("Content-Type");
}

// Next read size for the given split mode: 0 = all at once, 1 = one byte at a time, 2 = 2-byte reads,
// 3+ = pseudo-random sizes 1..64 from a seed taken from the input.
size_t nextChunk(int mode, uint32_t &rng, size_t remaining)
{
    size_t n = remaining;
    if (mode == 1)
        n = 1;
    else if (mode == 2)
        n = 2;
    else if (mode >= 3) {
        rng = rng * 1664525u + 1013904223u;
        n = 1 + (rng >> 16) % 64;
    }
    return n < remaining ? n : remaining;
}

Outcome run(const uint8_t *data, size_t size, const HttpLimits &limits, int mode, uint32_t seed)
{
    HttpRequestParser parser(limits);
    Outcome out;
    size_t offset = 0;
    uint32_t rng = seed;
    // Like HttpConnection: a read is consumed in pieces until it is used up or the parser fails.
    while (offset < size) {
        const size_t chunk = nextChunk(mode, rng, size - offset);
        size_t used = 0;
        while (used < chunk) {
            const auto *at = reinterpret_cast<const char *>(data + offset + used);
            const qsizetype given = qsizetype(chunk - used);
            const qsizetype n = parser.feed(at, given);
            CHECK(n >= 0 && n <= given, mode);
            used += size_t(n);
            const State st = parser.state();
            if (st == State::Failed) {
                CHECK(parser.errorStatus() == 400 || parser.errorStatus() == 413 || parser.errorStatus() == 414
                          || parser.errorStatus() == 417 || parser.errorStatus() == 431
                          || parser.errorStatus() == 501,
                      mode);
                CHECK(!parser.errorMessage().isEmpty(), mode);
                // A failed parser takes nothing more.
                CHECK(parser.feed(at + n, given - n) == 0, mode);
                out.final = State::Failed;
                out.status = parser.errorStatus();
                return out;
            }
            if (parser.takeContinueNeeded()) {
                CHECK(st == State::NeedMore, mode);
                CHECK(parser.inMessage() && !parser.readingHeaders(), mode);
            }
            if (st == State::NeedMore) {
                CHECK(n == given, mode); // else HttpConnection::processInput would loop forever
                continue;
            }
            CHECK(st == State::RequestComplete, mode);
            CHECK(n > 0, mode); // the byte that ends a request is consumed
            CHECK(!parser.inMessage(), mode);
            // Until the request is taken, the parser accepts nothing.
            CHECK(parser.feed(at + n, given - n) == 0, mode);
            HttpRequest r = parser.takeRequest();
            CHECK(parser.state() == State::NeedMore, mode);
            checkRequest(r, limits, mode);
            out.requests.push_back(std::move(r));
            if (out.requests.size() > size) // every request needs bytes of its own
                violated("more requests than input bytes", mode);
        }
        offset += chunk;
    }
    out.final = parser.state();
    return out;
}

void compare(const Outcome &a, const Outcome &b, int mode)
{
    CHECK(a.requests.size() == b.requests.size(), mode);
    for (size_t i = 0; i < a.requests.size(); ++i)
        CHECK(sameRequest(a.requests[i], b.requests[i]), mode);
    CHECK(a.final == b.final, mode);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint32_t seed = 2166136261u;
    for (size_t i = 0; i < size && i < 64; ++i)
        seed = (seed ^ data[i]) * 16777619u;

    const HttpLimits defaults{};
    HttpLimits tiny;
    tiny.maxUrlBytes = 48;
    tiny.maxHeaderBytes = 200;
    tiny.maxHeaderCount = 6;
    tiny.maxBodyBytes = 64;

    for (const HttpLimits &limits : {defaults, tiny}) {
        const Outcome whole = run(data, size, limits, 0, seed);
        compare(whole, run(data, size, limits, 3, seed), 3);
        compare(whole, run(data, size, limits, 4, seed ^ 0x9e3779b9u), 4);
        if (size <= 4096) {
            compare(whole, run(data, size, limits, 1, seed), 1);
            compare(whole, run(data, size, limits, 2, seed), 2);
        }
    }
    return 0;
}
