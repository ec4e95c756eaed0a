// SPDX-License-Identifier: MIT
// backroom-payments-sandbox: a card processor for development and tests (see PaymentSandbox).

#include "server/config.h"
#include "server/gateway/gateway.h"
#include "server/http/httpserver.h"
#include "server/log.h"
#include "server/payments/sandbox/paymentsandbox.h"
#include "server/terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Backroom::Server;

namespace {

int fail(const QString &message, int code = 2)
{
    QTextStream(stderr) << message << '\n';
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backroom-payments-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKROOM_VERSION));
    Log::installQtMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A card processor for development and tests: charges, captures, refunds and idempotency keys over HTTP, "
        "with test cards (4242424242424242 approved, 4000000000000002 declined, 4000000000000119 processing error) "
        "and fault injection. Its records survive a restart (a journal under --data-dir). On start it prints one "
        "line, 'backroom-payments-sandbox listening on URL', on standard output."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address and port (port 0: any free one)."), QStringLiteral("host:port"),
         QStringLiteral("127.0.0.1:0")},
        {QStringLiteral("data-dir"), QStringLiteral("Where the journal of charges and idempotency keys is kept."),
         QStringLiteral("dir"),
         QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/backroom/payments-sandbox")},
        {QStringLiteral("latency"), QStringLiteral("Delay every answer by this long (e.g. 200ms)."), QStringLiteral("duration")},
        {QStringLiteral("error-rate"), QStringLiteral("Share of requests answered 503 without effect, 0 to 1."),
         QStringLiteral("rate"), QStringLiteral("0")},
        {QStringLiteral("hang"), QStringLiteral("Never answer (until changed with PUT /v1/faults).")},
        {QStringLiteral("sync"), QStringLiteral("fdatasync the journal before each answer (survives power loss, slower).")},
        {QStringLiteral("exit-with-parent"), QStringLiteral("Exit when the process that started this one ends.")},
        {QStringLiteral("threads"), QStringLiteral("I/O threads."), QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("log-level"), QStringLiteral("debug, info, warning or error."), QStringLiteral("level"),
         QStringLiteral("warning")},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("Unexpected argument '%1'. Run with --help for the options.").arg(parser.positionalArguments().first()));

    if (parser.isSet(QStringLiteral("exit-with-parent"))) {
        const pid_t parent = ::getppid();
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the parent died before the line above
            return 0;
    }

    static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                    QStringLiteral("error")};
    const QString level = parser.value(QStringLiteral("log-level"));
    if (!levels.contains(level))
        return fail(QStringLiteral("--log-level: expected one of %1.").arg(levels.join(QStringLiteral(", "))));
    Log::configure(Log::Format::Text, Log::Level(levels.indexOf(level)));

    PaymentSandbox::Faults faults;
    if (parser.isSet(QStringLiteral("latency"))) {
        auto ms = parseDurationMs(parser.value(QStringLiteral("latency")));
        if (!ms)
            return fail(QStringLiteral("--latency: expected %1.").arg(ms.error().message));
        faults.latencyMs = *ms;
    }
    bool rateOk = false;
    faults.errorRate = parser.value(QStringLiteral("error-rate")).toDouble(&rateOk);
    if (!rateOk || faults.errorRate < 0 || faults.errorRate > 1)
        return fail(QStringLiteral("--error-rate: expected a number from 0 to 1."));
    faults.hang = parser.isSet(QStringLiteral("hang"));
    auto listen = parseListen(parser.value(QStringLiteral("listen")));
    if (!listen)
        return fail(QStringLiteral("--listen: expected %1.").arg(listen.error().message));
    bool threadsOk = false;
    const int threads = parser.value(QStringLiteral("threads")).toInt(&threadsOk);
    if (!threadsOk || threads < 1 || threads > 64)
        return fail(QStringLiteral("--threads: expected a whole number from 1 to 64."));

    PaymentSandbox sandbox(parser.value(QStringLiteral("data-dir")), faults, parser.isSet(QStringLiteral("sync")));
    if (auto opened = sandbox.open(); !opened)
        return fail(opened.error().message, 1);
    Router router;
    sandbox.registerOn(router);
    QList<QByteArray> labels;
    for (const RouteSpec &r : router.routes())
        labels.append(r.method + ' ' + r.pattern);
    Metrics metrics(labels);
    GatewayOptions gatewayOptions;
    gatewayOptions.accessLog = Log::enabled(Log::Level::Info);
    Gateway gateway(router, metrics, gatewayOptions);
    HttpServer::Options http;
    http.address = listen->first;
    http.port = listen->second;
    http.threads = threads;
    HttpServer server(
        http, [&gateway](HttpRequest &request, Reply reply) { gateway.handle(request, std::move(reply)); },
        [&gateway](int status, const QString &detail, const QHostAddress &peer) { return gateway.refuse(status, detail, peer); });
    if (auto started = server.start(); !started)
        return fail(started.error().message, 1);

    if (!quitOnTerminationSignals())
        return fail(QStringLiteral("Cannot set up signal handling."), 1);

    const QHostAddress &a = http.address;
    const QString host = a == QHostAddress(QHostAddress::AnyIPv4) ? QStringLiteral("127.0.0.1")
        : a.protocol() == QAbstractSocket::IPv6Protocol            ? QStringLiteral("[%1]").arg(a.toString())
                                                                   : a.toString();
    QTextStream out(stdout);
    out << "backroom-payments-sandbox listening on http://" << host << ':' << server.port() << '\n';
    out.flush();
    Log::info("sandbox.started", {{"port", QString::number(server.port())}, {"charges", QString::number(sandbox.chargeCount())}});
    const int code = QCoreApplication::exec();
    // Hanging requests are never answered; they must not hold up the exit.
    server.shutdown(500);
    return code;
}
