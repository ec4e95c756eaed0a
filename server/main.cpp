// SPDX-License-Identifier: MIT
// backroom-server: the REST server and its command-line tools.

#include "server/config.h"
#include "server/log.h"
#include "server/serverruntime.h"
#include "server/terminationsignals.h"
#include "server/catalog/catalogservice.h"
#include "server/catalog/productimageservice.h"
#include "server/catalog/retailimporter.h"
#include "server/identity/identityservice.h"
#include "server/inventory/inventoryservice.h"
#include "server/orders/retailhistoryimporter.h"
#include "server/reports/reportsprojection.h"
#include "server/store/transaction.h"
#include "server/recommendations/recommendationservice.h"
#include "server/store/database.h"
#include "server/store/migrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QTextStream>
#include <QUuid>
#include <csignal>
#include <memory>
#include <cstdio>
#include <unistd.h>

using namespace Backroom::Server;

namespace {

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
    "  user add  Create a user: --email E --role R [--role R2] [--name N] --password-stdin\n"
    "  import-retail FILE  Create the catalog, customers and order history from the Online Retail data set\n"
    "            (.csv or .csv.gz):\n"
    "            [--dry-run] [--report FILE] [--if-empty]\n"
    "  rebuild-projections  Rebuild every projection (stock levels, sales history, reports, recommendations)\n"
    "                       from the event log and the orders.\n"
    "  check-projections    Compare the live projections with the log; exit 1 on any difference.\n"
    "  collect-images       Delete image files no product shows: [--grace-hours N] (default 24).\n"
    "\n"
    "'backroom-server COMMAND --help' describes a command's options.\n");

// A CLI command's configuration from its options and the environment, with the log set up as it says;
// nullopt after printing why there is none.
std::optional<ServerConfig> commandConfig(const QCommandLineParser &parser)
{
    auto config = readConfig(parser, false);
    if (!config) {
        err() << config.error().message << '\n';
        return std::nullopt;
    }
    Log::configure(config->logFormat, config->logLevel);
    return *std::move(config);
}

// Parses a command's options; prints help or the error and returns false when the command must not run.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int &exitCode,
                  qsizetype positionals = 0)
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
    if (parser.positionalArguments().size() > positionals) {
        err() << "Unexpected argument '" << parser.positionalArguments().at(positionals)
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

    if (!quitOnTerminationSignals([] { Log::info("server.stopping", {{"reason", QStringLiteral("signal")}}); })) {
        err() << "Cannot set up signal handling.\n";
        return 1;
    }

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

// Opens the database a CLI command works on, migrated; leaves a cluster that a running server owns running.
struct CliDatabase {
    DatabaseLocation location;
    QString dataDir;
    ~CliDatabase()
    {
        if (location.embedded() && !QLockFile(dataDir + QStringLiteral("/server.lock")).tryLock(0))
            location.embedded()->release();
    }

    // The configuration's database (its embedded cluster started when it has no URL); null after printing why.
    std::unique_ptr<Database> open(const ServerConfig &config)
    {
        if (auto opened = location.open(config); !opened) {
            err() << opened.error().message << '\n';
            return nullptr;
        }
        return std::make_unique<Database>(location.conninfo());
    }

    // open(), with the schema brought up to date.
    std::unique_ptr<Database> openMigrated(const ServerConfig &config)
    {
        std::unique_ptr<Database> database = open(config);
        if (!database)
            return nullptr;
        auto db = database->acquire();
        if (auto migrated = Migrator().migrate(*db); !migrated) {
            err() << migrated.error().message << '\n';
            return nullptr;
        }
        return database;
    }
};

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
    const std::optional<ServerConfig> config = commandConfig(parser);
    if (!config)
        return 2;
    CliDatabase cli{{}, config->dataDir};
    if (auto opened = cli.location.open(*config); !opened) {
        err() << opened.error().message << '\n';
        return 1;
    }
    PgConnection connection(cli.location.conninfo());
    auto migrated = Migrator().migrate(connection);
    connection.disconnect();
    if (!migrated) {
        err() << migrated.error().message << '\n';
        return 1;
    }
    out() << "Schema is at version " << *migrated << " (" << cli.location.describe() << ").\n";
    return 0;
}

// The reports' read models against their events (ReportsProjection): 0, or 1 for a check that found
// differences or a failure.
int reportProjections(Database &database, bool rebuild)
{
    auto db = database.acquire();
    auto result = runInTransaction<ReportCheck>(*db, [rebuild](PgConnection &c) {
        return rebuild ? ReportsProjection::rebuild(c) : ReportsProjection::check(c);
    });
    if (!result) {
        err() << result.error().message << '\n';
        return 1;
    }
    for (const ReportDifference &d : std::as_const(result->differences))
        out() << d.table << " [" << d.key << "]: live " << (d.live.isEmpty() ? QStringLiteral("-") : d.live)
              << ", from the events " << (d.rebuilt.isEmpty() ? QStringLiteral("-") : d.rebuilt) << '\n';
    out() << (rebuild ? "Rebuilt " : "Checked ") << result->checked << " report rows; " << result->differences.size()
          << (rebuild ? " differed and were replaced.\n" : " differ.\n");
    return !rebuild && !result->differences.isEmpty() ? 1 : 0;
}

// The "bought together" counts against the orders (every order placed is one OrderPlaced): false on failure.
bool recommendationProjections(Database &database, bool rebuild, bool &differed)
{
    auto result = RecommendationService(database).rebuild(rebuild);
    if (!result) {
        err() << result.error().message << '\n';
        return false;
    }
    differed = result->differed;
    out() << (rebuild ? "Rebuilt" : "Checked") << " the recommendation counts from " << result->orders << " orders; "
          << (result->differed ? (rebuild ? "they differed and were replaced.\n" : "they differ.\n") : "they were equal.\n");
    return true;
}

// rebuild-projections and check-projections: the stock read model against the event log, then the
// recommendations and the reports.
int projections(const QStringList &arguments, bool rebuild)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    int exitCode = 0;
    if (!parseCommand(parser, arguments,
                      rebuild ? QStringLiteral("Rebuilds every projection (stock levels, sales history) from the inventory "
                                               "event log, and reports what differed. Safe while a server runs: writers "
                                               "wait for it.")
                              : QStringLiteral("Compares the live projections with ones rebuilt from the inventory event log "
                                               "and lists every difference; exits 1 when there is one."),
                      exitCode))
        return exitCode;
    const std::optional<ServerConfig> config = commandConfig(parser);
    if (!config)
        return 2;
    CliDatabase cli{{}, config->dataDir};
    const std::unique_ptr<Database> opened = cli.openMigrated(*config);
    if (!opened)
        return 1;
    Database &database = *opened;
    InventoryService inventory(database, {});
    auto result = rebuild ? inventory.rebuildProjections() : inventory.checkProjections();
    if (!result) {
        err() << result.error().message << '\n';
        return 1;
    }
    // Before the stock summary, which scripts read as the last line.
    bool recommendationsDiffer = false;
    if (!recommendationProjections(database, rebuild, recommendationsDiffer))
        return 1;
    const int reports = reportProjections(database, rebuild);
    for (const ProjectionDifference &d : std::as_const(result->differences))
        out() << d.sku << ' ' << (d.warehouse.isEmpty() ? QStringLiteral("-") : d.warehouse) << ' ' << d.field
              << ": live " << d.live << ", from the log " << d.rebuilt << '\n';
    out() << (rebuild ? "Rebuilt " : "Checked ") << result->checked << " projection rows; " << result->differences.size()
          << (rebuild ? " differed and were replaced.\n" : " differ.\n");
    return reports != 0 || (!rebuild && (!result->differences.isEmpty() || recommendationsDiffer)) ? 1 : 0;
}

// collect-images: what a running server also does every hour.
int collectImages(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("grace-hours"),
                      QStringLiteral("Keep files stored within this many hours even when no product shows them yet "
                                     "(an upload writes its file before its row). Default 24."),
                      QStringLiteral("hours"), QStringLiteral("24")});
    int exitCode = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Deletes the image files under the data directory that no product shows. Safe while "
                                     "servers run on the same data directory."),
                      exitCode))
        return exitCode;
    bool graceOk = false;
    const int graceHours = parser.value(QStringLiteral("grace-hours")).toInt(&graceOk);
    if (!graceOk || graceHours < 0) {
        err() << "--grace-hours expects a number of hours (0 or more).\n";
        return 2;
    }
    const std::optional<ServerConfig> config = commandConfig(parser);
    if (!config)
        return 2;
    CliDatabase cli{{}, config->dataDir};
    const std::unique_ptr<Database> database = cli.openMigrated(*config);
    if (!database)
        return 1;
    const ImageStore store(config->dataDir + QStringLiteral("/images"));
    auto swept = ProductImageService(*database).collectUnreferenced(
        store, QDateTime::currentDateTimeUtc().addSecs(-qint64(graceHours) * 3600));
    if (!swept) {
        err() << swept.error().message << '\n';
        return 1;
    }
    out() << "Deleted " << swept->removed << " image files no product shows (" << swept->bytesFreed << " bytes); kept "
          << swept->kept << ".\n";
    return 0;
}

int userAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("email"), QStringLiteral("The user's email address."), QStringLiteral("address")},
        {QStringLiteral("name"), QStringLiteral("The user's name (default: the part before @)."), QStringLiteral("name")},
        {QStringLiteral("role"), QStringLiteral("A role: customer, vendor, merchandiser, warehouse, support, support_lead, admin. "
                                                "Repeat for several."),
         QStringLiteral("role")},
        {QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input (required: "
                                                          "passwords never go on the command line).")},
        {QStringLiteral("bcrypt-cost"), QStringLiteral("bcrypt cost (4-16)."), QStringLiteral("n"), QStringLiteral("12")},
    });
    int exitCode = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Creates a user with the given roles. Works whether or not a server runs on the "
                                     "same data directory."),
                      exitCode))
        return exitCode;
    const QString email = parser.value(QStringLiteral("email"));
    if (email.isEmpty() || !parser.isSet(QStringLiteral("role")) || !parser.isSet(QStringLiteral("password-stdin"))) {
        err() << "user add needs --email, at least one --role and --password-stdin. Run with --help for details.\n";
        return 2;
    }
    QList<Backroom::Domain::Role> roles;
    for (const QString &name : parser.values(QStringLiteral("role"))) {
        const auto role = Backroom::Domain::roleFromName(name);
        if (!role) {
            err() << "Unknown role '" << name << "': use customer, vendor, merchandiser, warehouse, support, support_lead or admin.\n";
            return 2;
        }
        roles.append(*role);
    }
    const std::optional<ServerConfig> config = commandConfig(parser);
    if (!config)
        return 2;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err() << "Cannot read the password from standard input.\n";
        return 1;
    }
    QByteArray password = in.readAll();
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);

    CliDatabase cli{{}, config->dataDir};
    const std::unique_ptr<Database> opened = cli.openMigrated(*config);
    if (!opened)
        return 1;
    Database &database = *opened;
    SigningKeys keys(SigningKeys::Options{config->dataDir + QStringLiteral("/keys"), config->jwtKeyFile});
    bool costOk = false;
    const PasswordHasher hasher(parser.value(QStringLiteral("bcrypt-cost")).toInt(&costOk));
    IdentityService identity(database, keys, hasher, {});
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : email.section(u'@', 0, 0);
    auto user = identity.createUser(email, password, name, roles,
                                    AuditActor{std::nullopt, {}, QStringLiteral("backroom-server user add")});
    if (!user) {
        err() << user.error().message;
        for (const auto &f : user.error().fields)
            err() << " (" << f.field << ": " << f.message << ')';
        err() << '\n';
        return 1;
    }
    QStringList roleNames;
    for (auto r : user->roles)
        roleNames.append(Backroom::Domain::roleName(r));
    out() << "Created user " << user->id << " <" << user->email << "> with roles " << roleNames.join(QStringLiteral(", ")) << ".\n";
    return 0;
}

// The second half of import-retail: customers and one delivered order per invoice, after the catalog. False
// after printing why when something failed or an order was refused.
bool importRetailHistory(Database &database, const AuditActor &actor, const QByteArray &bytes, bool dryRun)
{
    Backroom::Domain::CsvReader reader(bytes);
    auto plan = Backroom::Domain::planRetailHistory(reader);
    if (!plan) {
        err() << plan.error().message << '\n';
        return false;
    }
    RetailHistoryImporter importer(database, actor);
    RetailHistoryImporter::Options options;
    options.dryRun = dryRun;
    qsizetype reported = 0;
    options.progress = [&](qsizetype done, qsizetype total) {
        if (done - reported >= 500 || done == total) {
            err() << "import-retail: " << done << " of " << total << " orders\n";
            err().flush();
            reported = done;
        }
    };
    auto summary = importer.apply(*plan, options);
    if (!summary) {
        err() << "The import of the order history stopped: " << summary.error().message
              << " What was written before stays; run the same command again to finish.\n";
        return false;
    }
    out() << describeRetailHistory(*plan, *summary, dryRun);
    return summary->refused.isEmpty();
}

int importRetail(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The data set: CSV, plain or gzip-compressed."));
    parser.addOptions({
        {QStringLiteral("dry-run"), QStringLiteral("Report what the import would do and change nothing.")},
        {QStringLiteral("report"), QStringLiteral("Write every rejected row to this CSV file as line,reason."),
         QStringLiteral("file")},
        {QStringLiteral("show"), QStringLiteral("How many rejected rows the summary lists."), QStringLiteral("n"),
         QStringLiteral("10")},
        {QStringLiteral("if-empty"), QStringLiteral("Import only into a catalog without products (demo set-up).")},
    });
    int exitCode = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Creates the catalog from the UCI Online Retail data set: one active product per "
                                     "stock code (SKU), the most frequent description as title, the most recent unit "
                                     "price in GBP, a category derived from the title. Postage, fees, discounts, "
                                     "cancellations and rows without a price are rejected and reported with their "
                                     "line. Then one customer per CustomerID (no password: they cannot sign in) and one delivered order per "
                                     "invoice with a product line, dated by the invoice; cancellation invoices are "
                                     "matched to the orders they take back and recorded for refunds. Running it again "
                                     "on the same file changes nothing. Works whether or not "
                                     "a server runs on the same data directory. Exit codes: 0 done, 1 failed, 2 bad "
                                     "usage."),
                      exitCode, 1))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        err() << "import-retail needs the FILE to import. Run with --help for details.\n";
        return 2;
    }
    bool showOk = false;
    const int show = parser.value(QStringLiteral("show")).toInt(&showOk);
    if (!showOk || show < 0) {
        err() << "--show expects a number of rows (0 or more).\n";
        return 2;
    }
    const std::optional<ServerConfig> config = commandConfig(parser);
    if (!config)
        return 2;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString file = parser.positionalArguments().constFirst();
    QElapsedTimer clock;
    clock.start();

    CliDatabase cli{{}, config->dataDir};
    const std::unique_ptr<Database> opened = cli.open(*config);
    if (!opened)
        return 1;
    Database &database = *opened;
    {
        // A dry run changes nothing, the schema included: it needs a database that is already migrated.
        auto db = database.acquire();
        const Migrator migrator;
        auto version = dryRun ? migrator.checkedVersion(*db) : migrator.migrate(*db);
        if (!version) {
            err() << version.error().message << '\n';
            return 1;
        }
        if (*version < migrator.latestKnown()) {
            err() << "The database schema is at version " << *version << "; run 'backroom-server migrate' before a "
                  << "dry run (a dry run changes nothing, not even the schema).\n";
            return 1;
        }
    }
    CatalogService catalog(database);
    if (parser.isSet(QStringLiteral("if-empty"))) {
        ProductFilter first;
        first.limit = 1;
        auto any = catalog.products(first);
        if (!any) {
            err() << any.error().message << '\n';
            return 1;
        }
        if (!any->items.isEmpty()) {
            out() << "The catalog already holds products; nothing was imported (--if-empty).\n";
            return 0;
        }
    }

    auto bytes = readRetailFile(file);
    if (!bytes) {
        err() << bytes.error().message << '\n';
        return 1;
    }
    Backroom::Domain::CsvReader reader(*bytes);
    auto plan = Backroom::Domain::planRetailImport(reader);
    if (!plan) {
        err() << file << ": " << plan.error().message << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("report"))) {
        if (auto written = writeRetailRejections(parser.value(QStringLiteral("report")), plan->rejected); !written) {
            err() << written.error().message << '\n';
            return 1;
        }
    }

    const AuditActor actor{std::nullopt, "import-retail-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12),
                           QStringLiteral("backroom-server import-retail")};
    RetailImporter importer(database, catalog, actor);
    RetailImporter::Options options;
    options.dryRun = dryRun;
    qsizetype reported = 0;
    options.progress = [&](qsizetype done, qsizetype total) {
        if (done - reported >= 500 || done == total) {
            err() << "import-retail: " << done << " of " << total << " products\n";
            err().flush();
            reported = done;
        }
    };
    auto summary = importer.apply(*plan, options);
    if (!summary) {
        err() << "The import stopped: " << summary.error().message
              << " What was written before stays; run the same command again to finish.\n";
        return 1;
    }
    out() << file << '\n' << describeRetailImport(*plan, *summary, dryRun, show);
    out().flush();
    const bool historyImported = importRetailHistory(database, actor, *bytes, dryRun);
    out() << QStringLiteral("Finished in %1 s.\n").arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
    return summary->refused.isEmpty() && historyImported ? 0 : 1;
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
    if (command == QStringLiteral("user")) {
        if (arguments.size() > 1 && arguments.at(1) == QStringLiteral("add")) {
            arguments.removeAt(1);
            return userAdd(arguments);
        }
        err() << "Usage: backroom-server user add --email E --role R --password-stdin\n";
        return 2;
    }
    if (command == QStringLiteral("import-retail"))
        return importRetail(arguments);
    if (command == QStringLiteral("rebuild-projections"))
        return projections(arguments, true);
    if (command == QStringLiteral("check-projections"))
        return projections(arguments, false);
    if (command == QStringLiteral("collect-images"))
        return collectImages(arguments);
    if (command == QStringLiteral("help")) {
        out() << "Usage: backroom-server [COMMAND] [OPTIONS]\n\n" << commandsHelp;
        return 0;
    }
    err() << "Unknown command '" << command << "'.\n\n" << commandsHelp;
    return 2;
}
