// SPDX-License-Identifier: MIT
// libFuzzer target for the JSON body decoding every write route uses (Backroom::Domain::Json::parse) and
// the problem-document codec the desktop uses on every error response (Problem::fromJson).
//
// Invariants:
//  - parse() never crashes, and refuses with a Validation error that has a message;
//  - a document it accepts is within the limits: not larger than maxBytes and, counted on the parsed
//    tree, not nested deeper than maxDepth (so the depth pre-check cannot be sidestepped);
//  - an accepted document re-serialises to JSON that parse() accepts again and that serialises to the
//    same text (a fixed point);
//  - Problem::fromJson either refuses or gives a problem that survives toBytes()/fromJson() unchanged.
#include "domain/json.h"
#include "domain/problem.h"
#include "tests/fuzz/invariant.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <cstdio>

using namespace Backroom::Domain;

namespace {

#define CHECK(cond) BACKROOM_FUZZ_CHECK("fuzz_json_body", cond)

constexpr QByteArrayView bom("\xEF\xBB\xBF");


int depthOf(const QJsonValue &v);

int depthOf(const QJsonArray &a)
{
    int deepest = 0;
    for (const QJsonValue &v : a)
        deepest = std::max(deepest, depthOf(v));
    return 1 + deepest;
}

int depthOf(const QJsonObject &o)
{
    int deepest = 0;
    for (auto it = o.begin(); it != o.end(); ++it)
        deepest = std::max(deepest, depthOf(it.value()));
    return 1 + deepest;
}

int depthOf(const QJsonValue &v)
{
    if (v.isArray())
        return depthOf(v.toArray());
    if (v.isObject())
        return depthOf(v.toObject());
    return 0;
}

int depthOf(const QJsonDocument &d)
{
    return d.isArray() ? depthOf(d.array()) : d.isObject() ? depthOf(d.object()) : 0;
}

void checkParse(QByteArrayView bytes, Json::ParseLimits limits)
{
    const auto result = Json::parse(bytes, limits);
    if (!result.has_value()) {
        CHECK(result.error().code == ErrorCode::Validation);
        CHECK(!result.error().message.isEmpty());
        return;
    }
    const QJsonDocument &doc = *result;
    CHECK(bytes.size() <= limits.maxBytes);
    CHECK(!doc.isNull());
    CHECK(depthOf(doc) <= limits.maxDepth);

    const QByteArray compact = doc.toJson(QJsonDocument::Compact);
    const QByteArray indented = doc.toJson(QJsonDocument::Indented);
    // Json::parse refuses U+FEFF, raw or escaped: Qt 6.4 drops it from a key after de-duplicating keys.
    CHECK(!QByteArrayView(bytes).contains(bom) && !compact.contains(bom));
    Json::ParseLimits relaxed = limits;
    relaxed.maxBytes = std::max<qsizetype>(limits.maxBytes, indented.size()); // re-serialising may grow it
    for (const QByteArray &again : {compact, indented}) {
        const auto reparsed = Json::parse(again, relaxed);
        if (!reparsed.has_value()) {
            std::fprintf(stderr, "re-serialised: %s\nerror: %s\n", again.constData(),
                         qPrintable(reparsed.error().message));
            Backroom::Fuzz::violated("fuzz_json_body", "a re-serialised document is refused");
        }
        // Compared as text: QJsonDocument::operator== can say two equal documents differ when Qt stored
        // a string in different internal encodings (seen with a U+FEFF that Qt drops from a string start).
        CHECK(reparsed->toJson(QJsonDocument::Compact) == compact);
    }
}

void checkProblem(const QByteArray &bytes)
{
    const std::optional<Problem> p = Problem::fromJson(bytes);
    if (!p)
        return;
    (void)p->userMessage();
    const QByteArray again = p->toBytes();
    if (bytes.contains(bom) || again.contains(bom))
        return; // Problem::fromJson reads the server's own answers, not untrusted bodies: not its concern
    const std::optional<Problem> q = Problem::fromJson(again);
    CHECK(q.has_value());
    CHECK(q->type == p->type);
    CHECK(q->title == p->title);
    CHECK(q->status == p->status);
    CHECK(q->detail == p->detail);
    CHECK(q->instance == p->instance);
    CHECK(q->requestId == p->requestId);
    CHECK(q->errors == p->errors);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkParse(bytes, Json::ParseLimits{});
    checkParse(bytes, Json::ParseLimits{4, 256});
    checkParse(bytes, Json::ParseLimits{1, 64});
    // nestingDepth on its own: never more than one level per byte, and the early stop is honoured.
    const int depth = Json::nestingDepth(bytes, 8);
    CHECK(depth >= -1 && depth <= qsizetype(size) && depth <= 9);
    checkProblem(bytes.toByteArray());
    return 0;
}
