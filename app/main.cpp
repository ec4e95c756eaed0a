// SPDX-License-Identifier: MIT
#include "ui/apiclient.h"
#include "ui/appsettings.h"
#include "ui/connectiondialog.h"
#include "ui/healthmonitor.h"
#include "ui/languageloader.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/screenshotwriter.h"
#include "ui/session.h"
#include "ui/tokenstore.h"

#include <QApplication>
#include <QStatusBar>
#include <QCommandLineParser>
#include <QDeadlineTimer>
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
                      tr("Save a picture of every area the account may use, of the login dialog and of the "
                         "connection dialog into <directory>, then exit. Needs no display. The areas need a "
                         "sign-in: give --email and the password on standard input; without --email only the two "
                         "dialogs are saved."),
                      tr("directory"))
        , email(u"email"_s,
                tr("Sign in as <address>. With --screenshots the password is read from standard input (one line), "
                   "e.g. printf '%s\\n' \"$PASSWORD\" | backroom --screenshots DIR --server URL --email E; "
                   "otherwise the login dialog starts with this address."),
                tr("address"))
    {
        parser.setApplicationDescription(tr("Backroom, the back office for online shops."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({server, language, screenshots, email});
    }

    QCommandLineParser parser;
    QCommandLineOption server;
    QCommandLineOption language;
    QCommandLineOption screenshots;
    QCommandLineOption email;
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

// Writes the pictures once the dashboard shows what the server says, and returns the exit code.
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

// Ends the session on the server, so that a screenshot run leaves none behind; bounded, as nothing waits.
void signOutAndWait(Ui::Session &session)
{
    bool done = false;
    QObject context;
    session.signOut(&context, [&](const Domain::Status &status) {
        if (!status)
            printError(status.error().message);
        done = true;
    });
    const QDeadlineTimer deadline(15s);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
}

int screenshotMode(QApplication &app, const CommandLine &commandLine, const QUrl &server, Ui::Session &session,
                   Ui::MainWindow &window, Ui::HealthMonitor &health)
{
    const QString directory = commandLine.parser.value(commandLine.screenshots);
    if (!commandLine.parser.isSet(commandLine.email)) {
        QTextStream(stdout) << CommandLine::tr("Not signed in: saving the login and connection dialogs only. Give "
                                               "--email and the password on standard input for pictures of the "
                                               "areas.")
                            << Qt::endl;
        return writeScreenshots(app, window, health, directory);
    }
    if (server.isEmpty()) {
        printError(CommandLine::tr("--email needs a server to sign in at: add --server <url>."));
        return 2;
    }
    QTextStream in(stdin);
    QString password = in.readLine();
    if (password.isNull() || password.isEmpty()) {
        printError(CommandLine::tr("--email needs the password on standard input (one line), e.g. printf '%s\\n' "
                                   "\"$PASSWORD\" | backroom --screenshots DIR --server URL --email E"));
        return 2;
    }

    std::optional<Ui::Session::SignInResult> result;
    session.signIn(server, commandLine.parser.value(commandLine.email), password, Ui::Session::Remember::Nothing,
                   &app, [&](const Ui::Session::SignInResult &answer) {
                       result = answer;
                       app.exit(0);
                   });
    app.exec();
    if (!result) // cannot happen: the client's timeout answers every request
        return 1;
    if (!result->status) {
        printError(CommandLine::tr("Could not sign in at %1: %2")
                       .arg(server.toDisplayString(), result->status.error().message));
        return 1;
    }
    const int written = writeScreenshots(app, window, health, directory);
    signOutAndWait(session);
    return written;
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
    Ui::TokenStore tokenStore;
    Ui::Session session(&api, &tokenStore);
    Ui::HealthMonitor health(&api);
    Ui::MainWindow window(&session, &health);
    health.start();

    if (commandLine.parser.isSet(commandLine.screenshots))
        return screenshotMode(app, commandLine, server, session, window, health);

    // Until the window shows, the login dialog is the only window: closing it must not end the program
    // before the window opens, and cancelling it ends the program on purpose.
    QApplication::setQuitOnLastWindowClosed(false);
    const QString email =
        commandLine.parser.isSet(commandLine.email) ? commandLine.parser.value(commandLine.email) : settings.lastEmail();
    auto showWindow = [&] {
        window.show();
        QApplication::setQuitOnLastWindowClosed(true);
    };
    auto askForSignIn = [&](const QString &notice) {
        auto *dialog = new Ui::LoginDialog(&session, Ui::LoginDialog::Purpose::SignIn);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!server.isEmpty())
            dialog->setServerUrl(server);
        dialog->setEmail(email);
        dialog->setNotice(notice);
        QObject::connect(dialog, &QDialog::accepted, &window, showWindow);
        QObject::connect(dialog, &QDialog::rejected, &app, &QCoreApplication::quit);
        dialog->show();
    };

    if (server.isEmpty() || email.isEmpty()) {
        askForSignIn({});
        return app.exec();
    }
    // TokenStore's contract: a remembered sign-in is tried silently; without one, the dialog asks.
    session.resume(server, email, &app, [&](const Ui::Session::SignInResult &result) {
        if (result.status) {
            showWindow();
            if (!result.keychainWarning.isEmpty())
                window.statusBar()->showMessage(result.keychainWarning, 60'000);
            return;
        }
        // Nothing remembered needs no words, and a keychain that cannot be reached is shown next to "Stay
        // signed in"; the rest (e.g. a session the server ended) goes above the form.
        const Domain::ErrorCode code = result.status.error().code;
        const bool quiet = code == Domain::ErrorCode::NotFound
            || (code == Domain::ErrorCode::Unavailable && tokenStore.availability() == Ui::TokenStore::Availability::Unavailable);
        askForSignIn(quiet ? QString() : result.status.error().message);
    });
    return app.exec();
}
