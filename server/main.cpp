// SPDX-License-Identifier: MIT
// backroom-server: the REST server and its command-line tools.

#include "server/config.h"
#include "server/log.h"
#include "server/serverruntime.h"
#include "server/store/migrator.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Backroom::Server;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[1], &byte, 1);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QString commandsHelp = QStringLiteral(
    "Commands:\n"
    "  serve     Run the REST server (the default command).\n"
    "  migrate   Apply database migrations and print the schema version.\n"
    "\n"
    "'backroom-server COMMAND --help' describes a command's options.\n");

// Parses a command's options; prints help or the error and returns false when the command must not run.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int &exitCode)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << "\nRun with --help for the options.\n";
        exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        exitCode = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << "Unexpected argument '" << parser.positionalArguments().constFirst()
              << "'. Run with --help for the options.\n";
        exitCode = 2;
        return false;
    }
    return true;
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    addServeOptions(parser);
    int exitCode = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Runs the Backroom REST server.\n\n") + commandsHelp, exitCode))
        return exitCode;
    auto config = readConfig(parser, true);
    if (!config) {
        err() << config.error().message << '\n';
        return 2;
    }
    Log::configure(config->logFormat, config->logLevel);

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0) {
        err() << "Cannot set up signal handling.\n";
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        char byte = 0;
        (void)!::read(g_signalPipe[0], &byte, 1);
        Log::info("server.stopping", {{"reason", QStringLiteral("signal")}});
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGPIPE, SIG_IGN);

    ServerRuntime runtime(*config);
    if (auto started = runtime.start(); !started) {
        Log::error("server.start_failed", {{"error", started.error().message}});
        err() << "backroom-server could not start: " << started.error().message << '\n';
        return 1;
    }
    out() << "Backroom server " << QCoreApplication::applicationVersion() << " is listening on " << runtime.url()
          << "\n  health:  " << runtime.url() << "/readyz\n  API:     " << runtime.url()
          << "/api/v1/openapi.json\nStop it with Ctrl+C.\n";
    out().flush();
    const int code = QCoreApplication::exec();
    runtime.stop();
    return code;
}

int migrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    int exitCode = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Applies the database migrations bundled in this binary. Safe while a server "
                                     "runs on the same data directory."),
                      exitCode))
        return exitCode;
    auto config = readConfig(parser, false);
    if (!config) {
        err() << config.error().message << '\n';
        return 2;
    }
    Log::configure(config->logFormat, config->logLevel);
    DatabaseLocation location;
    if (auto opened = location.open(*config); !opened) {
        err() << opened.error().message << '\n';
        return 1;
    }
    PgConnection connection(location.conninfo());
    const Migrator migrator;
    auto migrated = migrator.migrate(connection);
    connection.disconnect();
    if (location.embedded() && !QLockFile(config->dataDir + QStringLiteral("/server.lock")).tryLock(0))
        location.embedded()->release(); // a running server owns the cluster; leave it up
    if (!migrated) {
        err() << migrated.error().message << '\n';
        return 1;
    }
    out() << "Schema is at version " << *migrated << " (" << location.describe() << ").\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backroom-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKROOM_VERSION));
    Log::installQtMessageHandler();

    QStringList arguments = QCoreApplication::arguments();
    QString command = QStringLiteral("serve");
    if (arguments.size() > 1 && !arguments.at(1).startsWith(u'-')) {
        command = arguments.takeAt(1);
    }
    if (command == QStringLiteral("serve"))
        return serve(arguments);
    if (command == QStringLiteral("migrate"))
        return migrate(arguments);
    if (command == QStringLiteral("help")) {
        out() << "Usage: backroom-server [COMMAND] [OPTIONS]\n\n" << commandsHelp;
        return 0;
    }
    err() << "Unknown command '" << command << "'.\n\n" << commandsHelp;
    return 2;
}
