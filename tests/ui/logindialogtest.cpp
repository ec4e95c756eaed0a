// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "ui/appsettings.h"
#include "ui/logindialog.h"
#include "ui/session.h"
#include "ui/tokenstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

// The dialog as the program opens it at start, over a session whose keychain is the test run's: none
// (main.cpp points the session bus nowhere).
class LoginDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        Ui::AppSettings settings;
        settings.setServerUrl(QUrl());
        settings.setLastEmail(QString());
        settings.setStaySignedIn(false);
    }

    void open()
    {
        m_dialog = std::make_unique<Ui::LoginDialog>(&m_session, Ui::LoginDialog::Purpose::SignIn);
        m_dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    QLineEdit *field(const QString &name) const { return m_dialog->findChild<QLineEdit *>(name); }
    QLabel *label(const QString &name) const { return m_dialog->findChild<QLabel *>(name); }
    QCheckBox *staySignedIn() const { return m_dialog->findChild<QCheckBox *>(u"staySignedIn"_s); }

    // Types like a person: the address, Tab, the email, Tab, the password, Enter.
    void typeAndPressEnter(const QString &server, const QString &email, const QString &password)
    {
        QTest::keyClicks(field(u"server"_s), server);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), email);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

    StaffServer m_server;
    Ui::ApiClient m_api;
    Ui::TokenStore m_store{u"BackroomTest-"_s + QUuid::createUuid().toString(QUuid::Id128)};
    Ui::Session m_session{&m_api, &m_store};
    std::unique_ptr<Ui::LoginDialog> m_dialog;
};

} // namespace

TEST_F(LoginDialogTest, SignsInWithTheKeyboard)
{
    ASSERT_TRUE(m_server.start()) << str(m_server.output());
    open();
    EXPECT_EQ(QApplication::focusWidget(), field(u"server"_s)) << "the first empty field has the focus";
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);

    typeAndPressEnter(m_server.url().toString(), m_server.adminEmail(), m_server.adminPassword());

    EXPECT_TRUE(m_dialog->isSigningIn());
    EXPECT_TRUE(m_dialog->findChild<QProgressBar *>(u"progress"_s)->isVisible());
    EXPECT_FALSE(field(u"password"_s)->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return accepted.size() == 1; }, 20'000)) << str(label(u"error"_s)->text());
    EXPECT_FALSE(m_dialog->isVisible());
    ASSERT_TRUE(m_session.account());
    EXPECT_EQ(str(m_session.account()->email), str(m_server.adminEmail()));
    EXPECT_TRUE(field(u"password"_s)->text().isEmpty()) << "the password is not kept around";
    Ui::AppSettings settings;
    EXPECT_EQ(settings.serverUrl(), m_server.url());
    EXPECT_EQ(str(settings.lastEmail()), str(m_server.adminEmail()));
}

TEST_F(LoginDialogTest, ShowsTheServersMessageInline)
{
    ASSERT_TRUE(m_server.start()) << str(m_server.output());
    open();

    typeAndPressEnter(m_server.url().toString(), m_server.adminEmail(), u"not the password"_s);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_dialog->isSigningIn(); }, 20'000));
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_TRUE(label(u"error"_s)->isVisible());
    EXPECT_EQ(str(label(u"error"_s)->text()), "The email address or password is wrong.");
    EXPECT_EQ(QApplication::focusWidget(), field(u"password"_s));
    EXPECT_EQ(str(field(u"password"_s)->selectedText()), "not the password") << "ready to be typed over";
    EXPECT_FALSE(m_dialog->findChild<QProgressBar *>(u"progress"_s)->isVisible());
    EXPECT_EQ(m_session.state(), Ui::Session::State::SignedOut);

    // Typing again clears the old message.
    QTest::keyClicks(field(u"password"_s), u"x"_s);
    EXPECT_FALSE(label(u"error"_s)->isVisible());
}

TEST_F(LoginDialogTest, SaysWhatIsMissingBeforeAskingTheServer)
{
    open();
    QTest::keyClicks(field(u"server"_s), u"localhost:8080"_s);
    m_dialog->accept();
    EXPECT_EQ(str(label(u"error"_s)->text()), "The address must start with http:// or https://.");
    EXPECT_EQ(QApplication::focusWidget(), field(u"server"_s));

    field(u"server"_s)->setText(u"http://localhost:8080"_s);
    m_dialog->accept();
    EXPECT_EQ(str(label(u"error"_s)->text()), "Enter the email address of your account.");
    EXPECT_EQ(QApplication::focusWidget(), field(u"email"_s));

    field(u"email"_s)->setText(u"ann@"_s);
    m_dialog->accept();
    EXPECT_EQ(str(label(u"error"_s)->text()), "“ann@” is not an email address. Enter it as name@example.com.");

    field(u"email"_s)->setText(u"ann@example.com"_s);
    m_dialog->accept();
    EXPECT_EQ(str(label(u"error"_s)->text()), "Enter your password.");
    EXPECT_EQ(QApplication::focusWidget(), field(u"password"_s));
    EXPECT_FALSE(m_dialog->isSigningIn());
}

TEST_F(LoginDialogTest, StartsWithTheLastServerAndEmailAndFocusesThePassword)
{
    Ui::AppSettings settings;
    settings.setServerUrl(QUrl(u"http://shop.example.com:8080"_s));
    settings.setLastEmail(u"ann@example.com"_s);
    open();

    EXPECT_EQ(str(field(u"server"_s)->text()), "http://shop.example.com:8080");
    EXPECT_EQ(str(field(u"email"_s)->text()), "ann@example.com");
    EXPECT_EQ(QApplication::focusWidget(), field(u"password"_s));
    EXPECT_EQ(field(u"password"_s)->echoMode(), QLineEdit::Password);
}

TEST_F(LoginDialogTest, HasATabOrderAndMnemonics)
{
    open();
    field(u"server"_s)->setFocus();
    QStringList order;
    for (int i = 0; i < 5; ++i) {
        order.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    EXPECT_EQ(str(order.join(u", "_s)), "server, email, password, staySignedIn, signIn");
    field(u"password"_s)->setFocus();

    for (const auto &[text, buddy] : {std::pair(u"Server &address:"_s, u"server"_s), std::pair(u"&Email:"_s, u"email"_s),
                                      std::pair(u"&Password:"_s, u"password"_s)}) {
        QLabel *found = nullptr;
        for (QLabel *candidate : m_dialog->findChildren<QLabel *>()) {
            if (candidate->text() == text)
                found = candidate;
        }
        ASSERT_TRUE(found) << str(text);
        ASSERT_TRUE(found->buddy()) << str(text);
        EXPECT_EQ(str(found->buddy()->objectName()), str(buddy));
    }
    EXPECT_TRUE(m_dialog->findChild<QPushButton *>(u"signIn"_s)->isDefault());
}

TEST_F(LoginDialogTest, TurnsStaySignedInOffWithTheReasonWithoutAKeychain)
{
    open();
    EXPECT_TRUE(staySignedIn()->isEnabled()) << "nobody knows yet whether there is a keychain";

    // What the program does at start: look for a remembered sign-in, which finds there is no keychain.
    std::optional<Domain::Result<std::optional<QString>>> read;
    m_store.read(QUrl(u"http://localhost:8080"_s), u"ann@example.com"_s, m_dialog.get(),
                 [&](const Domain::Result<std::optional<QString>> &result) { read = result; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return read.has_value(); }, 20'000));
    ASSERT_EQ(m_store.availability(), Ui::TokenStore::Availability::Unavailable);

    EXPECT_FALSE(staySignedIn()->isEnabled());
    EXPECT_FALSE(staySignedIn()->isChecked());
    EXPECT_TRUE(label(u"keychainNote"_s)->isVisible());
    EXPECT_EQ(str(label(u"keychainNote"_s)->text()), str(m_store.unavailableReason()));
    EXPECT_TRUE(label(u"keychainNote"_s)->text().startsWith(u"Your system keychain is not available ("_s))
        << str(label(u"keychainNote"_s)->text());

    // A dialog opened later knows it from the start.
    m_dialog.reset();
    open();
    EXPECT_FALSE(staySignedIn()->isEnabled());
}

TEST_F(LoginDialogTest, SaysWhenTheKeychainCannotKeepTheSignIn)
{
    ASSERT_TRUE(m_server.start()) << str(m_server.output());
    open();
    ASSERT_TRUE(staySignedIn()->isEnabled());
    staySignedIn()->setChecked(true);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);

    typeAndPressEnter(m_server.url().toString(), m_server.adminEmail(), m_server.adminPassword());

    // Signed in, but the dialog stays to say that the next start will ask again, and why.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_dialog->isSigningIn(); }, 20'000));
    ASSERT_TRUE(m_session.account()) << str(label(u"error"_s)->text());
    ASSERT_TRUE(QTest::qWaitFor([&] { return label(u"keychainNote"_s)->isVisible(); }, 20'000))
        << str(label(u"keychainNote"_s)->text()) << " availability " << int(m_store.availability());
    EXPECT_TRUE(label(u"keychainNote"_s)->text().startsWith(u"Your system keychain is not available ("_s))
        << str(label(u"keychainNote"_s)->text());
    EXPECT_TRUE(label(u"keychainNote"_s)->text().contains(u"Backroom will not remember this sign-in."_s));
    EXPECT_EQ(accepted.size(), 0);
    auto *button = m_dialog->findChild<QPushButton *>(u"signIn"_s);
    EXPECT_EQ(str(button->text()), "&Continue");

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(accepted.size(), 1);
}

TEST_F(LoginDialogTest, RefusesACustomerAccountWithWhatToDo)
{
    ASSERT_TRUE(m_server.start()) << str(m_server.output());
    QString error;
    const auto customer = m_server.registerCustomer(&error);
    ASSERT_TRUE(customer) << str(error);
    open();

    typeAndPressEnter(m_server.url().toString(), customer->email, customer->password);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_dialog->isSigningIn(); }, 20'000));
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_EQ(str(label(u"error"_s)->text()),
              str(u"The account %1 has no back-office access. Sign in with a staff account, or ask an administrator "
                  "to give this one a staff role."_s.arg(customer->email)));
}

TEST_F(LoginDialogTest, CancelStopsASignInUnderWay)
{
    ASSERT_TRUE(m_server.start()) << str(m_server.output());
    open();
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    typeAndPressEnter(m_server.url().toString(), m_server.adminEmail(), m_server.adminPassword());
    ASSERT_TRUE(m_dialog->isSigningIn());

    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);

    EXPECT_FALSE(m_dialog->isSigningIn());
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_EQ(str(label(u"error"_s)->text()), "Signing in was cancelled.");
    QTest::qWait(500);
    EXPECT_EQ(m_session.state(), Ui::Session::State::SignedOut) << "the abandoned sign-in does not land later";
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    EXPECT_EQ(rejected.size(), 1);
}
