// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "ui/appsettings.h"
#include "ui/logindialog.h"
#include "ui/session.h"
#include "ui/tokenstore.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

using TokenResult = Domain::Result<std::optional<QString>>;

// The remembered token, empty when none, or the error's message.
QString rememberedToken(Ui::TokenStore &store, const QUrl &server, const QString &email)
{
    std::optional<TokenResult> answer;
    QObject context;
    store.read(server, email, &context, [&](const TokenResult &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20'000))
        return u"error: no answer within 20 s"_s;
    if (!*answer)
        return u"error: "_s + answer->error().message;
    return (**answer).value_or(QString());
}

Ui::Session::SignInResult resumeAndWait(Ui::Session &session, const QUrl &server, const QString &email)
{
    std::optional<Ui::Session::SignInResult> result;
    QObject context;
    session.resume(server, email, &context, [&](const Ui::Session::SignInResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        return {Domain::fail(Domain::Error::internal(u"no answer within 20 s"_s)), {}};
    return *result;
}

QString messageOf(const Ui::Session::SignInResult &result)
{
    return result.status ? QString() : result.status.error().message;
}

bool anyFileContains(const QString &root, const QByteArray &needle)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

class StaySignedIn : public testing::Test
{
protected:
    void start(const QStringList &serverArgs = {})
    {
        ASSERT_TRUE(m_server.start(serverArgs)) << str(m_server.output());
    }

    const QString m_service = u"BackroomTest-"_s + QUuid::createUuid().toString(QUuid::Id128);
    StaffServer m_server;
    Ui::ApiClient m_api;
    Ui::TokenStore m_store{m_service};
    Ui::Session m_session{&m_api, &m_store};
};

} // namespace

TEST_F(StaySignedIn, KeepsTheSignInInTheKeychainOnlyAndResumesItAtTheNextStart)
{
    start();
    Ui::LoginDialog dialog(&m_session, Ui::LoginDialog::Purpose::SignIn);
    dialog.show();
    dialog.findChild<QLineEdit *>(u"server"_s)->setText(m_server.url().toString());
    dialog.findChild<QLineEdit *>(u"email"_s)->setText(m_server.adminEmail());
    dialog.findChild<QLineEdit *>(u"password"_s)->setText(m_server.adminPassword());
    auto *stay = dialog.findChild<QCheckBox *>(u"staySignedIn"_s);
    ASSERT_TRUE(stay->isEnabled());
    stay->setChecked(true);
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    dialog.accept();

    ASSERT_TRUE(QTest::qWaitFor([&] { return accepted.size() == 1; }, 20'000))
        << str(dialog.findChild<QLabel *>(u"error"_s)->text()) << str(dialog.findChild<QLabel *>(u"keychainNote"_s)->text());
    EXPECT_TRUE(m_session.remembers());
    const QString token = rememberedToken(m_store, m_server.url(), m_server.adminEmail());
    ASSERT_FALSE(token.isEmpty());
    ASSERT_FALSE(token.startsWith(u"error: "_s)) << str(token);
    EXPECT_TRUE(Ui::AppSettings().staySignedIn());
    const QString settingsDir = qEnvironmentVariable("BACKROOM_TEST_SETTINGS_DIR");
    ASSERT_FALSE(settingsDir.isEmpty());
    EXPECT_TRUE(anyFileContains(settingsDir, m_server.adminEmail().toUtf8())) << "the settings were written";
    EXPECT_FALSE(anyFileContains(settingsDir, token.toUtf8())) << "never the token";

    // The next start: a new program with the same keychain signs in without a password.
    Ui::ApiClient api;
    Ui::TokenStore store(m_service);
    Ui::Session next(&api, &store);
    const Ui::Session::SignInResult resumed = resumeAndWait(next, m_server.url(), m_server.adminEmail());
    ASSERT_EQ(str(messageOf(resumed)), "");
    EXPECT_EQ(str(resumed.keychainWarning), "");
    ASSERT_TRUE(next.account());
    EXPECT_EQ(str(next.account()->email), str(m_server.adminEmail()));
    // The refresh token rotates on use: the keychain holds its successor.
    const QString successor = rememberedToken(store, m_server.url(), m_server.adminEmail());
    EXPECT_FALSE(successor.isEmpty());
    EXPECT_NE(str(successor), str(token));

    // Signing out forgets it.
    std::optional<Domain::Status> signedOut;
    QObject context;
    next.signOut(&context, [&](const Domain::Status &status) { signedOut = status; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return signedOut.has_value(); }, 20'000));
    EXPECT_TRUE(*signedOut) << str(signedOut->error().message);
    EXPECT_EQ(str(rememberedToken(store, m_server.url(), m_server.adminEmail())), "");
    // And the server ended that session: the old token no longer works either.
    Ui::ApiClient laterApi;
    Ui::TokenStore laterStore(m_service);
    std::optional<Domain::Status> written;
    laterStore.write(m_server.url(), m_server.adminEmail(), successor, &context,
                     [&](const Domain::Status &status) { written = status; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written.has_value(); }, 20'000));
    Ui::Session later(&laterApi, &laterStore);
    const Ui::Session::SignInResult refused = resumeAndWait(later, m_server.url(), m_server.adminEmail());
    EXPECT_TRUE(messageOf(refused).startsWith(u"The remembered sign-in is no longer valid: "_s)) << str(messageOf(refused));
    EXPECT_EQ(str(rememberedToken(laterStore, m_server.url(), m_server.adminEmail())), "")
        << "a refused token is removed";
}

TEST_F(StaySignedIn, KeepsTheRenewedTokenAfterATransparentRefresh)
{
    start({u"--access-token-lifetime"_s, u"2s"_s, u"--token-leeway"_s, u"1ms"_s});
    ASSERT_EQ(str(signInAndWait(m_session, m_server.url(), m_server.adminEmail(), m_server.adminPassword(),
                                Ui::Session::Remember::Yes)),
              "");
    const QString first = rememberedToken(m_store, m_server.url(), m_server.adminEmail());
    ASSERT_FALSE(first.isEmpty());
    QSignalSpy refreshed(&m_session, &Ui::Session::refreshed);
    QTest::qWait(3'200);

    const std::optional<Ui::ApiResponse> me =
        sendAndWait(m_session, {QByteArrayLiteral("GET"), u"/api/v1/me"_s, std::nullopt, {}, {}});

    ASSERT_TRUE(me);
    EXPECT_TRUE(me->ok) << str(me->errorMessage);
    EXPECT_EQ(refreshed.size(), 1);
    QString renewed;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (renewed = rememberedToken(m_store, m_server.url(), m_server.adminEmail())) != first; }, 20'000));
    EXPECT_FALSE(renewed.isEmpty());
    // The renewed one is the one that works at the next start.
    Ui::ApiClient api;
    Ui::TokenStore store(m_service);
    Ui::Session next(&api, &store);
    EXPECT_EQ(str(messageOf(resumeAndWait(next, m_server.url(), m_server.adminEmail()))), "");
}

TEST_F(StaySignedIn, ForgetsTheSignInWhenTheBoxIsNotTicked)
{
    start();
    ASSERT_EQ(str(signInAndWait(m_session, m_server.url(), m_server.adminEmail(), m_server.adminPassword(),
                                Ui::Session::Remember::Yes)),
              "");
    ASSERT_FALSE(rememberedToken(m_store, m_server.url(), m_server.adminEmail()).isEmpty());

    ASSERT_EQ(str(signInAndWait(m_session, m_server.url(), m_server.adminEmail(), m_server.adminPassword(),
                                Ui::Session::Remember::No)),
              "");

    EXPECT_EQ(str(rememberedToken(m_store, m_server.url(), m_server.adminEmail())), "");
    EXPECT_FALSE(m_session.remembers());
}
