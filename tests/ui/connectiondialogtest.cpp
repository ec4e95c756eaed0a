// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "tests/support/testserver.h"
#include "ui/appsettings.h"
#include "ui/connectiondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

struct ShownDialog {
    explicit ShownDialog(const QUrl &initial = {})
        : dialog(initial)
    {
        dialog.show();
    }

    Ui::ConnectionDialog dialog;

    QLineEdit *url() const { return dialog.findChild<QLineEdit *>(u"url"_s); }
    QLabel *urlError() const { return dialog.findChild<QLabel *>(u"urlError"_s); }
    QLabel *testResult() const { return dialog.findChild<QLabel *>(u"testResult"_s); }
    QPushButton *testButton() const { return dialog.findChild<QPushButton *>(u"testConnection"_s); }
    QPushButton *okButton() const
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    // Clicks "Test connection" and waits for its verdict; empty if none came.
    QString testConnection() const
    {
        QTest::mouseClick(testButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !testResult()->text().startsWith(u"Testing "_s); }, 20000))
            return {};
        return testResult()->text();
    }
};

} // namespace

TEST(ConnectionDialog, RejectsBadUrls)
{
    const QList<std::pair<QString, QString>> cases{
        {u""_s, u"Enter the server address"_s},
        {u"   "_s, u"Enter the server address"_s},
        {u"localhost:8080"_s, u"must start with http:// or https://"_s},
        {u"ftp://example.com"_s, u"must start with http:// or https://"_s},
        {u"example.com"_s, u"must start with http:// or https://"_s},
        {u"http://"_s, u"needs a host name after http://"_s},
        {u"https:///backroom"_s, u"needs a host name after https://"_s},
        {u"http://exa mple.com"_s, u"This is not a valid address"_s},
        {u"http://localhost:99999"_s, u"This is not a valid address"_s},
        {u"http://admin:secret@localhost:8080"_s, u"Leave the user name and password out"_s},
        {u"http://localhost:8080/?x=1"_s, u"must not contain a query"_s},
        {u"http://localhost:8080/#top"_s, u"must not contain a query"_s},
    };
    for (const auto &[text, expected] : cases) {
        const Domain::Result<QUrl> url = Ui::ConnectionDialog::parseServerUrl(text);
        ASSERT_FALSE(url) << "accepted " << str(text);
        EXPECT_EQ(url.error().code, Domain::ErrorCode::Validation);
        EXPECT_TRUE(url.error().message.contains(expected))
            << str(text) << " -> " << str(url.error().message);
    }
}

TEST(ConnectionDialog, AcceptsGoodUrls)
{
    const QList<std::pair<QString, QString>> cases{
        {u"http://localhost:8080"_s, u"http://localhost:8080"_s},
        {u"  https://backroom.example.com  "_s, u"https://backroom.example.com"_s},
        {u"http://127.0.0.1:8080/"_s, u"http://127.0.0.1:8080/"_s},
        {u"http://[::1]:8080"_s, u"http://[::1]:8080"_s},
        {u"https://example.com/backroom"_s, u"https://example.com/backroom"_s},
        {u"HTTP://Example.COM"_s, u"http://example.com"_s},
    };
    for (const auto &[text, expected] : cases) {
        const Domain::Result<QUrl> url = Ui::ConnectionDialog::parseServerUrl(text);
        ASSERT_TRUE(url) << str(text) << " -> " << str(url.error().message);
        EXPECT_EQ(str(url->toString()), str(expected));
    }
}

TEST(ConnectionDialog, EnablesOkOnlyForValidUrl)
{
    ShownDialog shown;
    ASSERT_TRUE(shown.url() && shown.urlError() && shown.okButton() && shown.testButton());
    EXPECT_FALSE(shown.okButton()->isEnabled());
    EXPECT_FALSE(shown.urlError()->isVisible()) << "an empty field is not an error yet";

    QTest::keyClicks(shown.url(), u"localhost:8080"_s);
    EXPECT_FALSE(shown.okButton()->isEnabled());
    EXPECT_FALSE(shown.testButton()->isEnabled());
    EXPECT_TRUE(shown.urlError()->isVisible());
    EXPECT_EQ(str(shown.urlError()->text()), "The address must start with http:// or https://.");

    shown.url()->clear();
    QTest::keyClicks(shown.url(), u"http://localhost:8080"_s);
    EXPECT_TRUE(shown.okButton()->isEnabled());
    EXPECT_TRUE(shown.testButton()->isEnabled());
    EXPECT_FALSE(shown.urlError()->isVisible());
}

TEST(ConnectionDialog, RemembersAcceptedUrl)
{
    ShownDialog shown;
    QTest::keyClicks(shown.url(), u" http://backroom.example.com:8443 "_s);
    QTest::mouseClick(shown.okButton(), Qt::LeftButton);

    EXPECT_EQ(shown.dialog.result(), QDialog::Accepted);
    EXPECT_EQ(str(shown.dialog.serverUrl().toString()), "http://backroom.example.com:8443");
    EXPECT_EQ(str(Ui::AppSettings().serverUrl().toString()), "http://backroom.example.com:8443");
}

TEST(ConnectionDialog, StartsWithGivenUrl)
{
    ShownDialog shown(QUrl(u"https://shop.example.com"_s));
    EXPECT_EQ(str(shown.url()->text()), "https://shop.example.com");
    EXPECT_TRUE(shown.okButton()->isEnabled());
}

TEST(ConnectionDialog, TestsUnreachableServer)
{
    const QUrl server = closedPortUrl();
    ShownDialog shown(server);

    const QString result = shown.testConnection();

    EXPECT_TRUE(result.startsWith(u"Nothing is accepting connections at %1."_s.arg(server.toString()))) << str(result);
    EXPECT_TRUE(shown.testButton()->isEnabled());
}

TEST(ConnectionDialog, TestsReadyServer)
{
    Backroom::Test::TestServer server;
    ASSERT_TRUE(server.start()) << str(server.output());
    ShownDialog shown(server.url());

    const QString result = shown.testConnection();

    EXPECT_TRUE(result.startsWith(u"Connection works: Backroom server "_s)) << str(result);
    EXPECT_TRUE(result.endsWith(u", ready."_s)) << str(result);
}

TEST(ConnectionDialog, DropsTestResultForEditedUrl)
{
    const QUrl server = closedPortUrl();
    ShownDialog shown(server);

    QTest::mouseClick(shown.testButton(), Qt::LeftButton);
    QTest::keyClick(shown.url(), Qt::Key_End);
    QTest::keyClick(shown.url(), Qt::Key_Backspace); // another address now: the answer would be misleading
    QTest::qWait(500);

    EXPECT_TRUE(shown.testResult()->text().isEmpty()) << str(shown.testResult()->text());
}
