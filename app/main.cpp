// SPDX-License-Identifier: MIT
#include "ui/apiclient.h"
#include "ui/appsettings.h"
#include "ui/connectiondialog.h"
#include "ui/healthmonitor.h"
#include "ui/languageloader.h"
#include "ui/mainwindow.h"
#include "ui/screenshotwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <utility>

using namespace Backroom;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Texts are taken at construction: build it after the translation is installed.
    CommandLine()
        : server(u"server"_s, tr("Connect to the Backroom server at <url> instead of the saved one."), tr("url"))
        , language(u"language"_s, tr("Use the language <code> (en, de, fr or es) for this run."), tr("code"))
        , screenshots(u"screenshots"_s,
                      tr("Save a picture of every area and of the connection dialog into <directory>, then "
                         "exit. Needs no display."),
                      tr("directory"))
    {
        parser.setApplicationDescription(tr("Backroom, the back office for online shops."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({server, language, screenshots});
    }

    QCommandLineParser parser;
    QCommandLineOption server;
    QCommandLineOption language;
    QCommandLineOption screenshots;
};

void printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

// Screenshots, --help and --version show no window and must work without a display, so they default to the
// offscreen platform. The choice has to be made before QApplication exists, hence the raw arguments.
void preferOffscreenWithoutWindows(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--screenshots" || argument.startsWith("--screenshots=") || argument == "-h"
            || argument == "--help" || argument == "--help-all" || argument == "-v" || argument == "--version") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

int writeScreenshots(QApplication &app, Ui::MainWindow &window, Ui::HealthMonitor &health,
                     const QString &directory)
{
    window.resize(1100, 700);
    window.show();

    bool started = false;
    auto write = [&] {
        if (std::exchange(started, true))
            return;
        const Domain::Result<QStringList> files = Ui::ScreenshotWriter::write(window, directory);
        if (!files) {
            printError(files.error().message);
            app.exit(1);
            return;
        }
        QTextStream out(stdout);
        for (const QString &file : *files)
            out << CommandLine::tr("Wrote %1").arg(file) << Qt::endl;
        app.exit(0);
    };
    // The dashboard should show what the server says, so wait for its first answer; the bound is above the
    // request timeout, so it only matters if something is badly stuck.
    if (health.status().state == Ui::HealthStatus::State::Checking) {
        QObject::connect(&health, &Ui::HealthMonitor::statusChanged, &app, [&](const Ui::HealthStatus &status) {
            if (status.state != Ui::HealthStatus::State::Checking)
                write();
        });
        QTimer::singleShot(15s, &app, write);
    } else {
        QTimer::singleShot(0, &app, write);
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenWithoutWindows(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Backroom"_s);
    QApplication::setOrganizationDomain(u"backroom.dev"_s);
    QApplication::setApplicationName(u"Backroom"_s);
    QApplication::setApplicationVersion(QStringLiteral(BACKROOM_VERSION));

    Ui::AppSettings settings;

    // The language is looked up first, so that --help and every later message already come in it.
    QString requestedLanguage;
    {
        CommandLine early;
        early.parser.parse(QApplication::arguments());
        requestedLanguage = early.parser.value(early.language);
    }
    Ui::LanguageLoader languages;
    const QString language = requestedLanguage.isEmpty()
                                 ? Ui::LanguageLoader::choose({}, settings.language(), QLocale::system())
                                 : requestedLanguage;
    if (const Domain::Status loaded = languages.load(language); !loaded) {
        printError(loaded.error().message);
        if (!requestedLanguage.isEmpty())
            return 2;
    }

    CommandLine commandLine;
    commandLine.parser.process(app);

    QUrl server = settings.serverUrl();
    if (commandLine.parser.isSet(commandLine.server)) {
        const Domain::Result<QUrl> url = Ui::ConnectionDialog::parseServerUrl(commandLine.parser.value(commandLine.server));
        if (!url) {
            printError(CommandLine::tr("--server: %1").arg(url.error().message));
            return 2;
        }
        server = *url;
    } else if (!Ui::ConnectionDialog::parseServerUrl(server.toString())) {
        server.clear(); // a hand-edited settings file; asking again is the friendliest answer
    }

    Ui::ApiClient api;
    api.setBaseUrl(server);
    Ui::HealthMonitor health(&api);
    Ui::MainWindow window(&api, &health);
    health.start();

    if (commandLine.parser.isSet(commandLine.screenshots))
        return writeScreenshots(app, window, health, commandLine.parser.value(commandLine.screenshots));

    window.show();
    if (server.isEmpty())
        window.connectToServer();
    return app.exec();
}
