// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "ui/apiclient.h"
#include "ui/session.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;
using State = Ui::Session::State;

namespace {

// Access tokens that expire at once: the server checks their time to the second, without leeway.
const QStringList ShortLivedTokens{u"--access-token-lifetime"_s, u"2s"_s, u"--token-leeway"_s, u"1ms"_s};
constexpr int PastExpiryMs = 3'200;

const Ui::ApiRequest Me{QByteArrayLiteral("GET"), u"/api/v1/me"_s, std::nullopt, {}};

class SessionTest : public testing::Test
{
protected:
    void start(const QStringList &serverArgs = {})
    {
        ASSERT_TRUE(m_server.start(serverArgs)) << str(m_server.output());
    }

    StaffServer m_server;
    Ui::ApiClient m_api;
    Ui::Session m_session{&m_api, nullptr};
};

} // namespace

TEST_F(SessionTest, SignsInAndReadsTheAccount)
{
    start();
    QString error;
    const auto warehouse = m_server.addUser({u"warehouse"_s}, &error);
    ASSERT_TRUE(warehouse) << str(error);
    QSignalSpy accounts(&m_session, &Ui::Session::accountChanged);

    const QString failure = signInAndWait(m_session, m_server.url(), warehouse->email, warehouse->password);

    ASSERT_EQ(str(failure), "");
    EXPECT_EQ(m_session.state(), State::SignedIn);
    ASSERT_TRUE(m_session.account());
    EXPECT_EQ(str(m_session.account()->email), str(warehouse->email));
    EXPECT_EQ(m_session.account()->roles, QList<Domain::Role>{Domain::Role::Warehouse});
    EXPECT_EQ(m_api.baseUrl(), m_server.url());
    EXPECT_EQ(accounts.size(), 1);
    const std::optional<Ui::ApiResponse> me = sendAndWait(m_session, Me);
    ASSERT_TRUE(me);
    EXPECT_TRUE(me->ok) << str(me->errorMessage);
    EXPECT_EQ(str(me->json.object().value("email"_L1).toString()), str(warehouse->email));
}

TEST_F(SessionTest, ExplainsWrongPassword)
{
    start();

    const QString failure = signInAndWait(m_session, m_server.url(), m_server.adminEmail(), newPassword());

    EXPECT_EQ(str(failure), "The email address or password is wrong.");
    EXPECT_EQ(m_session.state(), State::SignedOut);
    EXPECT_FALSE(m_session.account());
}

TEST_F(SessionTest, RefusesAnAccountWithoutBackOfficeAccess)
{
    start();
    QString error;
    const auto customer = m_server.registerCustomer(&error);
    ASSERT_TRUE(customer) << str(error);

    const QString failure = signInAndWait(m_session, m_server.url(), customer->email, customer->password);

    EXPECT_EQ(str(failure), str(u"The account %1 has no back-office access. Sign in with a staff account, or ask an "
                                "administrator to give this one a staff role."_s.arg(customer->email)));
    EXPECT_EQ(m_session.state(), State::SignedOut);
}

TEST_F(SessionTest, AnswersRequestsWithoutASessionWithWhatToDo)
{
    start();

    const std::optional<Ui::ApiResponse> me = sendAndWait(m_session, Me);

    ASSERT_TRUE(me);
    EXPECT_FALSE(me->ok);
    EXPECT_EQ(str(me->errorMessage), "You are not signed in. Sign in (File › Sign In…) and try again.");
}

TEST_F(SessionTest, RenewsAnExpiredAccessTokenOnceForConcurrentRequests)
{
    start(ShortLivedTokens);
    ASSERT_EQ(str(signInAndWait(m_session, m_server.url(), m_server.adminEmail(), m_server.adminPassword())), "");
    QSignalSpy refreshed(&m_session, &Ui::Session::refreshed);
    QSignalSpy signInRequired(&m_session, &Ui::Session::signInRequired);
    QTest::qWait(PastExpiryMs);

    // Three at once: all meet the expired token, and one renewal serves them all (a second one would use a
    // spent refresh token, which the server takes for theft and answers by ending the session).
    QList<std::optional<Ui::ApiResponse>> answers(3);
    QObject context;
    for (qsizetype i = 0; i < answers.size(); ++i)
        m_session.get(u"/api/v1/me"_s, &context, [&answers, i](const Ui::ApiResponse &response) { answers[i] = response; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return std::all_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a.has_value(); }); }, 20'000));

    for (const std::optional<Ui::ApiResponse> &answer : answers)
        EXPECT_TRUE(answer->ok) << answer->httpStatus << " " << str(answer->errorMessage);
    EXPECT_EQ(refreshed.size(), 1);
    EXPECT_EQ(signInRequired.size(), 0);
    EXPECT_EQ(m_session.state(), State::SignedIn);

    // And again after the renewed token expired: the rotated refresh token was kept.
    QTest::qWait(PastExpiryMs);
    const std::optional<Ui::ApiResponse> later = sendAndWait(m_session, Me);
    ASSERT_TRUE(later);
    EXPECT_TRUE(later->ok) << str(later->errorMessage);
    EXPECT_EQ(refreshed.size(), 2);
}

TEST_F(SessionTest, HoldsRequestsUntilSignedInAgainWhenTheServerEndsTheSession)
{
    start(ShortLivedTokens);
    QString error;
    const auto clerk = m_server.addUser({u"support"_s}, &error);
    ASSERT_TRUE(clerk) << str(error);
    ASSERT_EQ(str(signInAndWait(m_session, m_server.url(), clerk->email, clerk->password)), "");
    QSignalSpy signInRequired(&m_session, &Ui::Session::signInRequired);

    // An admin disables the account: its refresh token is refused from now on.
    ASSERT_EQ(str(m_server.patchUser(clerk->id, QJsonObject{{u"disabled"_s, true}})), "");
    QTest::qWait(PastExpiryMs);
    std::optional<Ui::ApiResponse> answer;
    QObject context;
    m_session.get(u"/api/v1/me"_s, &context, [&](const Ui::ApiResponse &response) { answer = response; });

    ASSERT_TRUE(QTest::qWaitFor([&] { return signInRequired.size() == 1; }, 20'000));
    EXPECT_EQ(m_session.state(), State::SignInRequired);
    EXPECT_TRUE(signInRequired.at(0).at(0).toString().startsWith(u"The server ended your session: "_s))
        << str(signInRequired.at(0).at(0).toString());
    ASSERT_TRUE(m_session.account()) << "the window keeps showing whose work it holds";
    QTest::qWait(300);
    EXPECT_FALSE(answer) << "the request waits for the new sign-in";

    // Enabled again, the same person signs in, and the request goes out.
    ASSERT_EQ(str(m_server.patchUser(clerk->id, QJsonObject{{u"disabled"_s, false}})), "");
    ASSERT_EQ(str(signInAndWait(m_session, m_server.url(), clerk->email, clerk->password)), "");
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 20'000));
    EXPECT_TRUE(answer->ok) << str(answer->errorMessage);
    EXPECT_EQ(str(answer->json.object().value("email"_L1).toString()), str(clerk->email));
}

TEST_F(SessionTest, AnswersWaitingRequestsWhenNobodySignsInAgain)
{
    start(ShortLivedTokens);
    QString error;
    const auto clerk = m_server.addUser({u"support"_s}, &error);
    ASSERT_TRUE(clerk) << str(error);
    ASSERT_EQ(str(signInAndWait(m_session, m_server.url(), clerk->email, clerk->password)), "");
    ASSERT_EQ(str(m_server.patchUser(clerk->id, QJsonObject{{u"disabled"_s, true}})), "");
    QTest::qWait(PastExpiryMs);
    std::optional<Ui::ApiResponse> answer;
    QObject context;
    m_session.get(u"/api/v1/me"_s, &context, [&](const Ui::ApiResponse &response) { answer = response; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_session.state() == State::SignInRequired; }, 20'000));

    m_session.cancelWaitingRequests();

    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 5'000));
    EXPECT_FALSE(answer->ok);
    EXPECT_EQ(str(answer->errorMessage), "This was not sent because nobody signed in again. Sign in (File › Sign "
                                         "In…) and try again.");
}

TEST_F(SessionTest, SignsOutOnTheServer)
{
    start();
    ASSERT_EQ(str(signInAndWait(m_session, m_server.url(), m_server.adminEmail(), m_server.adminPassword())), "");
    QSignalSpy accounts(&m_session, &Ui::Session::accountChanged);
    std::optional<Domain::Status> signedOut;
    QObject context;

    m_session.signOut(&context, [&](const Domain::Status &status) { signedOut = status; });

    EXPECT_EQ(m_session.state(), State::SignedOut) << "at once, without waiting for the server";
    EXPECT_FALSE(m_session.account());
    ASSERT_EQ(accounts.size(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return signedOut.has_value(); }, 20'000));
    EXPECT_TRUE(*signedOut) << str(signedOut->error().message);
    const std::optional<Ui::ApiResponse> me = sendAndWait(m_session, Me);
    ASSERT_TRUE(me);
    EXPECT_FALSE(me->ok);
}
