// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "ui/appsettings.h"
#include "ui/tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <cstdio>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;
using Availability = Ui::TokenStore::Availability;
using TokenResult = Domain::Result<std::optional<QString>>;

namespace {

constexpr int AnswerTimeoutMs = 20'000;
constexpr int ChildTimeoutMs = 60'000;

const QUrl Shop(u"https://shop.example.com"_s);
const QUrl Staging(u"https://staging.example.com:8443/backroom"_s);
const QString Ann = u"ann@example.com"_s;
const QString Bob = u"bob@example.com"_s;

// Random, like the server's, so that finding one in a file cannot be a coincidence.
QString newToken()
{
    return u"rt."_s + QUuid::createUuid().toString(QUuid::Id128);
}

// One service name per store keeps tests (and runs) apart in the keyring.
QString newServiceName()
{
    return u"BackroomTest-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

Domain::Status writeAndWait(Ui::TokenStore &store, const QUrl &server, const QString &email, const QString &token)
{
    std::optional<Domain::Status> answer;
    QObject context;
    store.write(server, email, token, &context, [&](const Domain::Status &status) { answer = status; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, AnswerTimeoutMs))
        return Domain::fail(Domain::Error::internal(u"no answer to write within 20 s"_s));
    return *answer;
}

TokenResult readAndWait(Ui::TokenStore &store, const QUrl &server, const QString &email)
{
    std::optional<TokenResult> answer;
    QObject context;
    store.read(server, email, &context, [&](const TokenResult &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, AnswerTimeoutMs))
        return Domain::fail(Domain::Error::internal(u"no answer to read within 20 s"_s));
    return *answer;
}

Domain::Status removeAndWait(Ui::TokenStore &store, const QUrl &server, const QString &email)
{
    std::optional<Domain::Status> answer;
    QObject context;
    store.remove(server, email, &context, [&](const Domain::Status &status) { answer = status; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, AnswerTimeoutMs))
        return Domain::fail(Domain::Error::internal(u"no answer to remove within 20 s"_s));
    return *answer;
}

// The token read back, or a description of what came instead, for one-line assertions.
std::string tokenOf(const TokenResult &result)
{
    if (!result)
        return "error: " + str(result.error().message);
    return result->has_value() ? str(**result) : std::string("<none>");
}

std::string messageOf(const Domain::Status &status)
{
    return status ? std::string() : str(status.error().message);
}

struct ToolRun {
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(AnswerTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.errorString()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

// Every regular file under the roots that contains needle; scanned counts the files looked into.
QStringList filesContaining(const QStringList &roots, const QByteArray &needle, int *scanned = nullptr)
{
    QStringList found;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            if (scanned)
                ++*scanned;
            if (file.readAll().contains(needle))
                found.append(file.fileName());
        }
    }
    return found;
}

QString settingsDir()
{
    return qEnvironmentVariable("BACKROOM_TEST_SETTINGS_DIR");
}

// Our private keyring (withkeyring.sh): its data, config, cache and runtime directories.
QString keyringDir()
{
    return qEnvironmentVariable("BACKROOM_TEST_KEYRING");
}

} // namespace

TEST(TokenStoreKey, IsTheSameForTheSameAccount)
{
    const std::string key = str(Ui::TokenStore::keyFor(Shop, Ann));
    EXPECT_EQ(key, "https://shop.example.com ann@example.com");
    EXPECT_EQ(str(Ui::TokenStore::keyFor(QUrl(u"https://SHOP.example.com/"_s), Ann)), key);
    EXPECT_EQ(str(Ui::TokenStore::keyFor(QUrl(u"https://shop.example.com:443"_s), Ann)), key);
    EXPECT_EQ(str(Ui::TokenStore::keyFor(QUrl(u"https://ann:secret@shop.example.com/?tab=1#top"_s), Ann)), key);
    EXPECT_EQ(str(Ui::TokenStore::keyFor(Shop, u"  Ann@Example.COM "_s)), key);
    EXPECT_EQ(str(Ui::TokenStore::keyFor(QUrl(u"https://staging.example.com:8443/backroom//"_s), Ann)),
              str(Ui::TokenStore::keyFor(Staging, Ann)));
    EXPECT_EQ(str(Ui::TokenStore::keyFor(QUrl(u"https://staging.example.com:8443/x/../backroom/"_s), Ann)),
              str(Ui::TokenStore::keyFor(Staging, Ann)));
    EXPECT_EQ(str(Ui::TokenStore::keyFor(QUrl(u"https://shop.example.com/back%20office/"_s), Ann)),
              "https://shop.example.com/back%20office ann@example.com");
}

TEST(TokenStoreKey, TellsServersAndAccountsApart)
{
    const QStringList keys{
        Ui::TokenStore::keyFor(Shop, Ann),
        Ui::TokenStore::keyFor(Shop, Bob),
        Ui::TokenStore::keyFor(QUrl(u"http://shop.example.com"_s), Ann),
        Ui::TokenStore::keyFor(QUrl(u"https://shop.example.com:8443"_s), Ann),
        Ui::TokenStore::keyFor(QUrl(u"https://shop.example.com/backroom"_s), Ann),
        Ui::TokenStore::keyFor(Staging, Ann),
    };
    for (qsizetype i = 0; i < keys.size(); ++i) {
        EXPECT_FALSE(keys[i].isEmpty()) << i;
        for (qsizetype j = i + 1; j < keys.size(); ++j)
            EXPECT_NE(str(keys[i]), str(keys[j]));
    }
}

TEST(TokenStoreKey, IsEmptyWithoutAServerOrAnEmail)
{
    EXPECT_TRUE(Ui::TokenStore::keyFor(QUrl(), Ann).isEmpty());
    EXPECT_TRUE(Ui::TokenStore::keyFor(QUrl(u"shop.example.com"_s), Ann).isEmpty());
    EXPECT_TRUE(Ui::TokenStore::keyFor(Shop, u" "_s).isEmpty());
    EXPECT_TRUE(Ui::TokenStore::keyFor(Shop, u"ann @example.com"_s).isEmpty());
}

class TokenStoreInKeyring : public testing::Test
{
protected:
    Ui::TokenStore m_store{newServiceName()};
};

TEST_F(TokenStoreInKeyring, ReadsBackWhatItWrote)
{
    QSignalSpy availability(&m_store, &Ui::TokenStore::availabilityChanged);
    EXPECT_EQ(m_store.availability(), Availability::Unknown);
    const QString token = newToken();

    const Domain::Status written = writeAndWait(m_store, Shop, Ann, token);

    ASSERT_TRUE(written) << messageOf(written);
    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), str(token));
    EXPECT_EQ(m_store.availability(), Availability::Available);
    EXPECT_TRUE(m_store.unavailableReason().isEmpty());
    ASSERT_EQ(availability.size(), 1);
    EXPECT_EQ(availability.at(0).at(0).value<Availability>(), Availability::Available);
    // Another store under the same name, e.g. after a restart, finds it too.
    Ui::TokenStore later(m_store.serviceName());
    EXPECT_EQ(tokenOf(readAndWait(later, Shop, Ann)), str(token));
}

TEST_F(TokenStoreInKeyring, KeepsTheTokenInTheSecretService)
{
    const QString token = newToken();
    ASSERT_TRUE(writeAndWait(m_store, Shop, Ann, token));

    // Asked without QtKeychain, by its attributes (QtKeychain's libsecret schema: user = key, server =
    // service), the Secret Service has it.
    const ToolRun lookup = runTool(u"secret-tool"_s, {u"lookup"_s, u"user"_s, Ui::TokenStore::keyFor(Shop, Ann),
                                                      u"server"_s, m_store.serviceName()});
    EXPECT_EQ(lookup.exitCode, 0) << str(lookup.output);
    EXPECT_EQ(str(lookup.output.trimmed()), str(token));
}

TEST_F(TokenStoreInKeyring, OverwritesTheTokenOfAnAccount)
{
    const QString first = newToken();
    const QString second = newToken();
    ASSERT_TRUE(writeAndWait(m_store, Shop, Ann, first));

    const Domain::Status overwritten = writeAndWait(m_store, Shop, Ann, second);

    ASSERT_TRUE(overwritten) << messageOf(overwritten);
    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), str(second));
    const ToolRun search = runTool(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, m_store.serviceName()});
    EXPECT_EQ(search.exitCode, 0) << str(search.output);
    EXPECT_EQ(search.output.count(u"\nsecret = "_s), 1) << "one entry, not two:\n" << str(search.output);
    EXPECT_FALSE(search.output.contains(first)) << str(search.output);
}

TEST_F(TokenStoreInKeyring, ReadsNothingAfterRemove)
{
    ASSERT_TRUE(writeAndWait(m_store, Shop, Ann, newToken()));

    const Domain::Status removed = removeAndWait(m_store, Shop, Ann);

    ASSERT_TRUE(removed) << messageOf(removed);
    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), "<none>");
    const Domain::Status again = removeAndWait(m_store, Shop, Ann);
    EXPECT_TRUE(again) << "removing what is not there is no error: " << messageOf(again);
}

TEST_F(TokenStoreInKeyring, ReadsNothingForAnAccountNeverStored)
{
    const TokenResult result = readAndWait(m_store, Shop, Ann);

    EXPECT_EQ(tokenOf(result), "<none>");
    EXPECT_EQ(m_store.availability(), Availability::Unknown) << "finding nothing proves nothing";
}

TEST_F(TokenStoreInKeyring, KeepsTwoAccountsOnOneServerApart)
{
    const QString annToken = newToken();
    const QString bobToken = newToken();
    ASSERT_TRUE(writeAndWait(m_store, Shop, Ann, annToken));
    ASSERT_TRUE(writeAndWait(m_store, Shop, Bob, bobToken));

    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), str(annToken));
    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Bob)), str(bobToken));
    ASSERT_TRUE(removeAndWait(m_store, Shop, Ann));
    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), "<none>");
    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Bob)), str(bobToken));
}

TEST_F(TokenStoreInKeyring, KeepsOneAccountOnTwoServersApart)
{
    const QString shopToken = newToken();
    const QString stagingToken = newToken();
    ASSERT_TRUE(writeAndWait(m_store, Shop, Ann, shopToken));
    ASSERT_TRUE(writeAndWait(m_store, Staging, Ann, stagingToken));

    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), str(shopToken));
    EXPECT_EQ(tokenOf(readAndWait(m_store, Staging, Ann)), str(stagingToken));
    EXPECT_EQ(tokenOf(readAndWait(m_store, QUrl(u"https://shop.example.com:8443"_s), Ann)), "<none>");
    ASSERT_TRUE(removeAndWait(m_store, Staging, Ann));
    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), str(shopToken));
    EXPECT_EQ(tokenOf(readAndWait(m_store, Staging, Ann)), "<none>");
}

TEST_F(TokenStoreInKeyring, NeverWritesATokenToSettingsOrFiles)
{
    ASSERT_FALSE(settingsDir().isEmpty());
    ASSERT_FALSE(keyringDir().isEmpty());
    const QString token = newToken();
    {
        Ui::AppSettings settings; // a settings file to look into, written as the app would write it
        settings.setServerUrl(Shop);
        ASSERT_TRUE(writeAndWait(m_store, Shop, Ann, token));
        ASSERT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), str(token));
    }

    int scanned = 0;
    const QStringList roots{settingsDir(), keyringDir()};
    EXPECT_FALSE(filesContaining({settingsDir()}, Shop.toString().toUtf8()).isEmpty())
        << "the settings file was written, so the search below can see it";
    EXPECT_EQ(str(filesContaining(roots, token.toUtf8(), &scanned).join(u", "_s)), "");
    EXPECT_EQ(str(filesContaining(roots, token.toUtf8().toBase64()).join(u", "_s)), "");
    EXPECT_GE(scanned, 2) << "the settings file and the keyring file";
}

TEST_F(TokenStoreInKeyring, RefusesToStoreWithoutAccountOrToken)
{
    const Domain::Status noToken = writeAndWait(m_store, Shop, Ann, QString());
    ASSERT_FALSE(noToken);
    EXPECT_EQ(noToken.error().code, Domain::ErrorCode::Validation);
    EXPECT_EQ(str(noToken.error().message), "There is no sign-in to remember.");

    const Domain::Status noEmail = writeAndWait(m_store, Shop, QString(), newToken());
    ASSERT_FALSE(noEmail);
    EXPECT_EQ(noEmail.error().code, Domain::ErrorCode::Validation);
    EXPECT_EQ(str(noEmail.error().message),
              "Backroom needs the server address and the email address to remember a sign-in.");

    const TokenResult noServer = readAndWait(m_store, QUrl(), Ann);
    ASSERT_FALSE(noServer);
    EXPECT_EQ(noServer.error().code, Domain::ErrorCode::Validation);
    const Domain::Status removeNoServer = removeAndWait(m_store, QUrl(), Ann);
    ASSERT_FALSE(removeNoServer);
    EXPECT_EQ(removeNoServer.error().code, Domain::ErrorCode::Validation);

    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), "<none>");
    EXPECT_EQ(m_store.availability(), Availability::Unknown);
}

TEST_F(TokenStoreInKeyring, DropsTheAnswerWhenTheContextIsGone)
{
    int called = 0;
    {
        QObject context;
        m_store.write(Shop, Ann, newToken(), &context, [&](const Domain::Status &) { ++called; });
    }
    // Calls are carried out in order, so once this one is answered the write above has finished too.
    const QString token = newToken();
    ASSERT_TRUE(writeAndWait(m_store, Shop, Ann, token));

    EXPECT_EQ(called, 0);
    EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), str(token));
}

// Runs only as a child process of TokenStoreWithoutKeychain below, where no keychain can be reached.
TEST(TokenStoreWithoutKeychainChild, DISABLED_RefusesToRememberASignIn)
{
    const QString service = qEnvironmentVariable("BACKROOM_TEST_CHILD_SERVICE");
    const QString token = qEnvironmentVariable("BACKROOM_TEST_CHILD_TOKEN");
    if (service.isEmpty() || token.isEmpty())
        GTEST_SKIP() << "runs only as a child of TokenStoreWithoutKeychain";
    Ui::TokenStore store(service);
    QSignalSpy availability(&store, &Ui::TokenStore::availabilityChanged);

    const Domain::Status written = writeAndWait(store, Shop, Ann, token);

    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, Domain::ErrorCode::Unavailable);
    const QString message = written.error().message;
    std::printf("refusal: %s\n", qPrintable(message));
    const QString start = u"Your system keychain is not available ("_s;
    const QString end = u"); Backroom will not remember this sign-in. Unlock or install a keyring (e.g. GNOME "
                        "Keyring) to stay signed in."_s;
    EXPECT_TRUE(message.startsWith(start)) << str(message);
    EXPECT_TRUE(message.endsWith(end)) << str(message);
    EXPECT_GT(message.size(), start.size() + end.size()) << "names the cause: " << str(message);
    EXPECT_EQ(store.availability(), Availability::Unavailable);
    EXPECT_EQ(str(store.unavailableReason()), str(message));
    ASSERT_EQ(availability.size(), 1);
    EXPECT_EQ(availability.at(0).at(0).value<Availability>(), Availability::Unavailable);

    const TokenResult readBack = readAndWait(store, Shop, Ann);
    EXPECT_TRUE(!readBack || !readBack->has_value()) << tokenOf(readBack);
    EXPECT_EQ(str(filesContaining({settingsDir(), qEnvironmentVariable("XDG_CONFIG_HOME")}, token.toUtf8())
                      .join(u", "_s)),
              "");
}

class TokenStoreWithoutKeychain : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_scratch.isValid());
        ASSERT_TRUE(QDir(m_scratch.path()).mkpath(u"run"_s));
        ASSERT_TRUE(QFile::setPermissions(m_scratch.filePath(u"run"_s),
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_environment.insert(u"BACKROOM_TEST_CHILD_SERVICE"_s, m_store.serviceName());
        m_environment.insert(u"BACKROOM_TEST_CHILD_TOKEN"_s, m_token);
        m_environment.insert(u"XDG_RUNTIME_DIR"_s, m_scratch.filePath(u"run"_s));
        m_environment.insert(u"XDG_CONFIG_HOME"_s, m_scratch.filePath(u"config"_s));
        // A keyring prompt must fail at once instead of waiting for a person.
        m_environment.remove(u"DISPLAY"_s);
        m_environment.remove(u"WAYLAND_DISPLAY"_s);
    }

    // Runs the child test, through launcher when given, and checks it passed.
    void runChild(const QStringList &launcher = {})
    {
        const QStringList childArguments{QCoreApplication::applicationFilePath(),
                                         u"--gtest_filter=TokenStoreWithoutKeychainChild.*"_s,
                                         u"--gtest_also_run_disabled_tests"_s};
        const QStringList command = launcher + childArguments;
        QProcess child;
        child.setProcessEnvironment(m_environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(command.first(), command.mid(1));
        const bool finished = child.waitForFinished(ChildTimeoutMs);
        if (!finished) {
            child.kill();
            child.waitForFinished();
        }
        const std::string output = str(QString::fromUtf8(child.readAll()));
        ASSERT_TRUE(finished) << "the child did not finish within 60 s:\n" << output;
        EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << output;
        EXPECT_EQ(child.exitCode(), 0) << output;
        EXPECT_NE(output.find("[  PASSED  ] 1 test."), std::string::npos) << output;
        std::printf("%s", output.c_str());

        // Nor did it reach our keyring some other way.
        EXPECT_EQ(tokenOf(readAndWait(m_store, Shop, Ann)), "<none>");
    }

    QTemporaryDir m_scratch;
    Ui::TokenStore m_store{newServiceName()};
    const QString m_token = newToken();
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

TEST_F(TokenStoreWithoutKeychain, RefusesWhenTheSessionBusIsGone)
{
    m_environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_scratch.filePath(u"no-such-bus"_s));
    runChild();
}

TEST_F(TokenStoreWithoutKeychain, RefusesWithoutASessionBus)
{
    // No address and no $XDG_RUNTIME_DIR/bus: GIO would autolaunch a bus through X11, and there is no display.
    m_environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    runChild();
}

TEST_F(TokenStoreWithoutKeychain, RefusesWhenTheKeyringIsLocked)
{
    // A fresh bus whose Secret Service (gnome-keyring, started on demand) opens a copy of our login
    // keyring that nobody unlocks: the desktop session of someone whose keyring PAM did not unlock.
    const QDir keyrings(keyringDir() + u"/data/keyrings"_s);
    ASSERT_TRUE(keyrings.exists(u"login.keyring"_s)) << str(keyrings.path());
    ASSERT_TRUE(QDir(m_scratch.path()).mkpath(u"data/keyrings"_s));
    ASSERT_TRUE(QFile::copy(keyrings.filePath(u"login.keyring"_s), m_scratch.filePath(u"data/keyrings/login.keyring"_s)));
    m_environment.insert(u"XDG_DATA_HOME"_s, m_scratch.filePath(u"data"_s));
    m_environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    runChild({u"timeout"_s, u"50"_s, u"dbus-run-session"_s, u"--"_s});
}
