// SPDX-License-Identifier: MIT
#include "catalogtestsupport.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// The program as a person runs it for pictures: offscreen, with settings of its own and no keychain.
ProgramRun runScreenshots(const QStringList &arguments, const QByteArray &input, const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    QDir(home.path()).mkpath(u"run"_s);
    QFile::setPermissions(home.filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    environment.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"run"_s));
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/backroom-ui-tests/no-bus"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BACKROOM_APP_BINARY), QStringList{u"--language"_s, u"en"_s} + arguments);
    if (!process.waitForStarted(10'000))
        return {-1, {}, process.errorString()};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAllStandardOutput()), u"did not finish within 60 s"_s};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Qt may add warnings of its own on standard error; the program's message is one line of it.
QStringList linesOf(const QString &text)
{
    return text.split(u'\n');
}

QStringList pngsIn(const QString &directory)
{
    QStringList files = QDir(directory).entryList({u"*.png"_s}, QDir::Files, QDir::Name);
    for (const QString &file : std::as_const(files))
        EXPECT_FALSE(QImage(QDir(directory).filePath(file)).isNull()) << str(file);
    return files;
}

} // namespace

TEST(ScreenshotMode, SignsInAndSavesTheAreasOfTheRole)
{
    StaffServer server;
    ASSERT_TRUE(server.start()) << str(server.output());
    QString error;
    const auto warehouse = server.addUser({u"warehouse"_s}, &error);
    ASSERT_TRUE(warehouse) << str(error);
    QTemporaryDir home;
    const QString shots = home.filePath(u"shots"_s);

    const ProgramRun run = runScreenshots({u"--screenshots"_s, shots, u"--server"_s, server.url().toString(), u"--email"_s,
                                    warehouse->email},
                                   warehouse->password.toUtf8() + '\n', home);

    ASSERT_EQ(run.exitCode, 0) << str(run.err) << str(run.out);
    EXPECT_EQ(str(pngsIn(shots).join(u", "_s)),
              "connection-dialog.png, dashboard.png, login-dialog.png, orders.png, shipments.png, stock.png");
    EXPECT_TRUE(run.out.contains(u"Wrote "_s + QDir(shots).filePath(u"stock.png"_s))) << str(run.out);
    EXPECT_FALSE(run.out.contains(warehouse->password) || run.err.contains(warehouse->password));
}

TEST(ScreenshotMode, SavesTheAdminAreaWithItsLists)
{
    StaffServer server;
    ASSERT_TRUE(server.start()) << str(server.output());
    // The catalog's picture shows real rows and categories.
    {
        Ui::ApiClient api;
        Ui::Session admin(&api, nullptr);
        ASSERT_EQ(str(signInAndWait(admin, server.url(), server.adminEmail(), server.adminPassword())), "");
        QString error;
        const auto kitchen = createCategory(admin, u"Kitchen"_s, {}, &error);
        ASSERT_TRUE(kitchen) << str(error);
        const QString kitchenId = kitchen->value("id"_L1).toString();
        const auto mugs = createCategory(admin, u"Mugs"_s, kitchenId, &error);
        ASSERT_TRUE(mugs) << str(error);
        ASSERT_TRUE(createCategory(admin, u"Garden"_s, {}, &error)) << str(error);
        const QString mugsId = mugs->value("id"_L1).toString();
        ASSERT_TRUE(createProduct(admin, u"Enamel Mug, Blue"_s, u"MUG-BLUE"_s, 1299, mugsId, u"active"_s, &error)) << str(error);
        ASSERT_TRUE(createProduct(admin, u"Enamel Mug, Red"_s, u"MUG-RED"_s, 1299, mugsId, u"active"_s, &error)) << str(error);
        ASSERT_TRUE(createProduct(admin, u"Tea Towel"_s, u"TOWEL-1"_s, 450, kitchenId, u"active"_s, &error)) << str(error);
        ASSERT_TRUE(createProduct(admin, u"Bread Bin"_s, u"BIN-1"_s, 0, {}, u"draft"_s, &error)) << str(error);
    }
    QTemporaryDir home;
    const QString shots = home.filePath(u"shots"_s);

    const ProgramRun run = runScreenshots({u"--screenshots"_s, shots, u"--server"_s, server.url().toString(), u"--email"_s,
                                    server.adminEmail()},
                                   server.adminPassword().toUtf8() + '\n', home);

    ASSERT_EQ(run.exitCode, 0) << str(run.err) << str(run.out);
    EXPECT_EQ(pngsIn(shots).size(), 11) << str(pngsIn(shots).join(u", "_s));
    EXPECT_TRUE(QFile::exists(QDir(shots).filePath(u"admin.png"_s)));
    EXPECT_TRUE(QFile::exists(QDir(shots).filePath(u"admin-audit-log.png"_s)));
    EXPECT_TRUE(QFile::exists(QDir(shots).filePath(u"catalog.png"_s)));
}

TEST(ScreenshotMode, ReportsAFailedSignInAndSavesNothing)
{
    StaffServer server;
    ASSERT_TRUE(server.start()) << str(server.output());
    QTemporaryDir home;
    const QString shots = home.filePath(u"shots"_s);

    const ProgramRun run = runScreenshots({u"--screenshots"_s, shots, u"--server"_s, server.url().toString(), u"--email"_s,
                                    server.adminEmail()},
                                   "not the password\n", home);

    EXPECT_EQ(run.exitCode, 1) << str(run.out);
    EXPECT_TRUE(linesOf(run.err).contains(
        u"Could not sign in at %1: The email address or password is wrong."_s.arg(server.url().toString())))
        << str(run.err);
    EXPECT_FALSE(QDir(shots).exists());
}

TEST(ScreenshotMode, AsksForThePasswordOnStandardInput)
{
    QTemporaryDir home;

    const ProgramRun run = runScreenshots({u"--screenshots"_s, home.filePath(u"shots"_s), u"--server"_s,
                                    closedPortUrl().toString(), u"--email"_s, u"ann@example.com"_s},
                                   {}, home);

    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(linesOf(run.err).contains(u"--email needs the password on standard input (one line), e.g. printf "
                                          "'%s\\n' \"$PASSWORD\" | backroom --screenshots DIR --server URL --email E"_s))
        << str(run.err);
}

TEST(ScreenshotMode, SavesTheDialogsWithoutASignIn)
{
    QTemporaryDir home;
    const QString shots = home.filePath(u"shots"_s);

    const ProgramRun run = runScreenshots({u"--screenshots"_s, shots, u"--server"_s, closedPortUrl().toString()}, {}, home);

    ASSERT_EQ(run.exitCode, 0) << str(run.err) << str(run.out);
    EXPECT_EQ(str(pngsIn(shots).join(u", "_s)), "connection-dialog.png, login-dialog.png");
    EXPECT_TRUE(run.out.startsWith(u"Not signed in: saving the login and connection dialogs only."_s)) << str(run.out);
}
