// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "ui/adminview.h"
#include "ui/auditlogmodel.h"
#include "ui/auditlogview.h"
#include "ui/newuserdialog.h"
#include "ui/rolesdialog.h"
#include "ui/session.h"
#include "ui/usersmodel.h"
#include "ui/usersview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

// The Admin area of the first admin, on a server with a warehouse account besides.
class AdminViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start()) << str(m_server.output());
        QString error;
        m_warehouse = m_server.addUser({u"warehouse"_s}, &error);
        ASSERT_TRUE(m_warehouse) << str(error);
        ASSERT_EQ(str(signInAndWait(m_session, m_server.url(), m_server.adminEmail(), m_server.adminPassword())), "");
        m_view.resize(1000, 700);
        m_view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_view));
        waitUntilLoaded();
    }

    void waitUntilLoaded()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view.isLoading(); }, 20'000));
    }

    int rowOf(const QString &email) const
    {
        for (int row = 0; row < users()->rowCount(); ++row) {
            if (users()->user(row)->email == email)
                return row;
        }
        return -1;
    }

    void select(const QString &email)
    {
        auto *table = m_view.findChild<QTableView *>(u"usersTable"_s);
        const int row = rowOf(email);
        ASSERT_GE(row, 0) << str(email);
        table->setCurrentIndex(users()->index(row, 0));
    }

    template<typename T>
    T *waitForChild(const QString &name)
    {
        T *found = nullptr;
        const bool shown =
            QTest::qWaitFor([&] { return (found = m_view.findChild<T *>(name)) && found->isVisible(); }, 5'000);
        return shown ? found : nullptr;
    }

    Ui::UsersModel *users() const { return m_view.usersModel(); }
    Ui::AuditLogModel *audit() const { return m_view.auditLogModel(); }
    QPushButton *button(const QString &name) const { return m_view.findChild<QPushButton *>(name); }

    StaffServer m_server;
    std::optional<StaffServer::Created> m_warehouse;
    Ui::ApiClient m_api;
    Ui::Session m_session{&m_api, nullptr};
    Ui::AdminView m_view{&m_session};
};

} // namespace

TEST_F(AdminViewTest, ListsTheAccountsWithTheirRoles)
{
    QAbstractItemModelTester tester(users(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(users()->rowCount(), 2);
    const int admin = rowOf(m_server.adminEmail());
    const int warehouse = rowOf(m_warehouse->email);
    ASSERT_GE(admin, 0);
    ASSERT_GE(warehouse, 0);
    EXPECT_EQ(str(users()->index(admin, Ui::UsersModel::RolesColumn).data().toString()), "Administrator");
    EXPECT_EQ(str(users()->index(warehouse, Ui::UsersModel::RolesColumn).data().toString()), "Warehouse staff");
    EXPECT_EQ(str(users()->index(warehouse, Ui::UsersModel::NameColumn).data().toString()), "Test warehouse");
    EXPECT_EQ(str(users()->index(warehouse, Ui::UsersModel::StatusColumn).data().toString()), "Active");
    EXPECT_EQ(str(users()->headerData(Ui::UsersModel::EmailColumn, Qt::Horizontal).toString()), "Email");
    EXPECT_EQ(str(m_view.findChild<QLabel *>(u"usersCount"_s)->text()), "Accounts: 2");
}

TEST_F(AdminViewTest, PagesThroughTheAccounts)
{
    for (int i = 0; i < 3; ++i) {
        QString error;
        ASSERT_TRUE(m_server.addUser({u"support"_s}, &error)) << str(error);
    }
    // A model of its own, without a view or a model tester: both ask for more pages by themselves.
    Ui::UsersModel model(&m_session);
    model.setPageSize(2);
    EXPECT_FALSE(model.canFetchMore({})) << "nothing before the first reload";

    model.reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, 20'000));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_TRUE(model.isLoading());
    EXPECT_FALSE(model.canFetchMore({})) << "one page at a time";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, 20'000));
    ASSERT_EQ(model.rowCount(), 4);
    model.fetchMore({});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, 20'000));
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_FALSE(model.canFetchMore({}));
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.user(row)->id);
    ids.removeDuplicates();
    EXPECT_EQ(ids.size(), 5) << "no account twice";

    // A reload while a page is under way starts over; the old page's answer is ignored.
    model.reload();
    model.reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, 20'000));
    QTest::qWait(200);
    EXPECT_EQ(model.rowCount(), 2);

    // The view's own table fills its room page by page.
    users()->setPageSize(2);
    users()->reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return users()->rowCount() == 5 && !users()->isLoading(); }, 20'000))
        << users()->rowCount();
    EXPECT_EQ(str(m_view.findChild<QLabel *>(u"usersCount"_s)->text()), "Accounts: 5");
}

TEST_F(AdminViewTest, ChangesTheRolesOfAnAccount)
{
    select(m_warehouse->email);
    button(u"changeRoles"_s)->click();
    auto *dialog = waitForChild<Ui::RolesDialog>(u"rolesDialog"_s);
    ASSERT_TRUE(dialog);
    auto *support = dialog->findChild<QCheckBox *>(u"role-support"_s);
    ASSERT_TRUE(support);
    EXPECT_TRUE(dialog->findChild<QCheckBox *>(u"role-warehouse"_s)->isChecked());
    EXPECT_FALSE(support->isChecked());

    support->setChecked(true);
    dialog->accept();

    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view.findChild<Ui::RolesDialog *>(u"rolesDialog"_s); }, 20'000))
        << str(dialog->findChild<QLabel *>(u"error"_s)->text());
    const int row = rowOf(m_warehouse->email);
    EXPECT_EQ(str(users()->index(row, Ui::UsersModel::RolesColumn).data().toString()),
              "Warehouse staff, Customer service");
    EXPECT_EQ(str(m_view.findChild<QLabel *>(u"usersMessage"_s)->text()),
              str(u"The roles of %1 are now: Warehouse staff, Customer service."_s.arg(m_warehouse->email)));

    // The server has them: the account signs in with both.
    Ui::ApiClient api;
    Ui::Session session(&api, nullptr);
    ASSERT_EQ(str(signInAndWait(session, m_server.url(), m_warehouse->email, m_warehouse->password)), "");
    EXPECT_EQ(session.account()->roles, (QList<Domain::Role>{Domain::Role::Warehouse, Domain::Role::Support}));
}

// Issue 7's second person for refunds above the limit: the roles dialog offers the support lead.
TEST_F(AdminViewTest, MakesAnAccountASupportLead)
{
    select(m_warehouse->email);
    button(u"changeRoles"_s)->click();
    auto *dialog = waitForChild<Ui::RolesDialog>(u"rolesDialog"_s);
    ASSERT_TRUE(dialog);
    auto *lead = dialog->findChild<QCheckBox *>(u"role-support_lead"_s);
    ASSERT_TRUE(lead);
    EXPECT_EQ(str(lead->text()), "Customer service lead");
    lead->setChecked(true);
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view.findChild<Ui::RolesDialog *>(u"rolesDialog"_s); }, 20'000))
        << str(dialog->findChild<QLabel *>(u"error"_s)->text());
    EXPECT_EQ(str(users()->index(rowOf(m_warehouse->email), Ui::UsersModel::RolesColumn).data().toString()),
              "Warehouse staff, Customer service lead");

    Ui::ApiClient api;
    Ui::Session session(&api, nullptr);
    ASSERT_EQ(str(signInAndWait(session, m_server.url(), m_warehouse->email, m_warehouse->password)), "");
    EXPECT_EQ(session.account()->roles, (QList<Domain::Role>{Domain::Role::Warehouse, Domain::Role::SupportLead}));
    EXPECT_TRUE(session.account()->may(Domain::Permission::RefundsApprove));
}

TEST_F(AdminViewTest, RefusesToLeaveAnAccountWithoutRoles)
{
    select(m_warehouse->email);
    button(u"changeRoles"_s)->click();
    auto *dialog = waitForChild<Ui::RolesDialog>(u"rolesDialog"_s);
    ASSERT_TRUE(dialog);
    dialog->setChecked(Domain::Role::Warehouse, false);

    dialog->accept();

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(str(dialog->findChild<QLabel *>(u"error"_s)->text()),
              "Tick at least one role. To stop someone from signing in, disable the account instead.");
}

TEST_F(AdminViewTest, CreatesAStaffAccount)
{
    button(u"newUser"_s)->click();
    auto *dialog = waitForChild<Ui::NewUserDialog>(u"newUserDialog"_s);
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->findChild<QCheckBox *>(u"role-customer"_s)) << "customers sign up on the storefront";
    const QString email = newEmail(u"merch"_s);
    const QString password = newPassword();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"email"_s), email);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"Mia Merch"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"password"_s), password);

    dialog->accept();
    EXPECT_EQ(str(dialog->findChild<QLabel *>(u"error"_s)->text()),
              "Tick at least one role: it decides what the account may use.");
    dialog->findChild<QCheckBox *>(u"role-merchandiser"_s)->setChecked(true);
    dialog->accept();

    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view.findChild<Ui::NewUserDialog *>(u"newUserDialog"_s); }, 20'000))
        << str(dialog->findChild<QLabel *>(u"error"_s)->text());
    waitUntilLoaded();
    const int row = rowOf(email);
    ASSERT_GE(row, 0);
    EXPECT_EQ(str(users()->index(row, Ui::UsersModel::NameColumn).data().toString()), "Mia Merch");
    EXPECT_EQ(str(users()->index(row, Ui::UsersModel::RolesColumn).data().toString()), "Merchandiser");
    Ui::ApiClient api;
    Ui::Session session(&api, nullptr);
    EXPECT_EQ(str(signInAndWait(session, m_server.url(), email, password)), "");
}

TEST_F(AdminViewTest, ShowsTheServersMessageWhenAnAccountCannotBeCreated)
{
    button(u"newUser"_s)->click();
    auto *dialog = waitForChild<Ui::NewUserDialog>(u"newUserDialog"_s);
    ASSERT_TRUE(dialog);
    dialog->findChild<QLineEdit *>(u"email"_s)->setText(m_warehouse->email); // taken
    dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"Someone Else"_s);
    dialog->findChild<QLineEdit *>(u"password"_s)->setText(newPassword());
    dialog->findChild<QCheckBox *>(u"role-support"_s)->setChecked(true);

    dialog->accept();

    auto *error = dialog->findChild<QLabel *>(u"error"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return error->isVisible(); }, 20'000));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(error->text().startsWith(u"An account with this email address already exists"_s)) << str(error->text());
    EXPECT_TRUE(error->text().contains(u"Request id: "_s)) << str(error->text());
}

TEST_F(AdminViewTest, DisablesAndEnablesAnAccount)
{
    select(m_warehouse->email);
    QPushButton *toggle = button(u"toggleDisabled"_s);
    EXPECT_EQ(str(toggle->text()), "&Disable");
    toggle->click();
    auto *confirm = waitForChild<QMessageBox>(u"confirmDisable"_s);
    ASSERT_TRUE(confirm);
    confirm->buttons().constFirst()->click(); // "Disable Account", the accepting one
    const int row = rowOf(m_warehouse->email);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return users()->index(row, Ui::UsersModel::StatusColumn).data().toString() == "Disabled"_L1; }, 20'000))
        << str(m_view.findChild<QLabel *>(u"usersMessage"_s)->text());
    EXPECT_EQ(str(toggle->text()), "&Enable");

    Ui::ApiClient api;
    Ui::Session session(&api, nullptr);
    EXPECT_EQ(str(signInAndWait(session, m_server.url(), m_warehouse->email, m_warehouse->password)),
              "This account is disabled; ask an administrator to enable it.");

    toggle->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return users()->index(row, Ui::UsersModel::StatusColumn).data().toString() == "Active"_L1; }, 20'000));
    EXPECT_EQ(str(signInAndWait(session, m_server.url(), m_warehouse->email, m_warehouse->password)), "");
}

TEST_F(AdminViewTest, DoesNotOfferToDisableOnesOwnAccount)
{
    select(m_server.adminEmail());
    EXPECT_FALSE(button(u"toggleDisabled"_s)->isEnabled());
    EXPECT_TRUE(button(u"changeRoles"_s)->isEnabled());
}

TEST_F(AdminViewTest, FiltersTheAuditLog)
{
    // Something to find: a change of roles, by the admin, to the warehouse account.
    ASSERT_EQ(str(m_server.patchUser(m_warehouse->id,
                                     QJsonObject{{u"roles"_s, QJsonArray{u"warehouse"_s, u"support"_s}}})),
              "");
    m_view.findChild<QTabWidget *>(u"adminTabs"_s)->setCurrentWidget(m_view.auditLogView());
    QAbstractItemModelTester tester(audit(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *action = m_view.findChild<QLineEdit *>(u"actionFilter"_s);
    auto *entityType = m_view.findChild<QLineEdit *>(u"entityTypeFilter"_s);
    auto *actor = m_view.findChild<QComboBox *>(u"actorFilter"_s);
    auto *count = m_view.findChild<QLabel *>(u"auditCount"_s);

    QTest::keyClicks(action, u"user.update"_s);
    QTest::keyClick(action, Qt::Key_Return);
    waitUntilLoaded();

    ASSERT_EQ(str(audit()->errorMessage()), "");
    ASSERT_EQ(audit()->rowCount(), 1);
    const Ui::AuditEntry *entry = audit()->entry(0);
    EXPECT_EQ(str(entry->action), "user.update");
    EXPECT_EQ(str(entry->entityId), str(m_warehouse->id));
    EXPECT_EQ(str(entry->actorEmail), str(m_server.adminEmail()));
    EXPECT_EQ(str(audit()->index(0, Ui::AuditLogModel::ActorColumn).data().toString()), str(m_server.adminEmail()));

    // The selected entry shows its fields before and after.
    m_view.findChild<QTableView *>(u"auditTable"_s)->setCurrentIndex(audit()->index(0, 0));
    auto *changes = m_view.findChild<QTableWidget *>(u"auditChanges"_s);
    QStringList rows;
    for (int row = 0; row < changes->rowCount(); ++row)
        rows.append(changes->item(row, 0)->text() + u": "_s + changes->item(row, 1)->text() + u" → "_s
                    + changes->item(row, 2)->text());
    EXPECT_TRUE(rows.contains(u"roles: [\"warehouse\"] → [\"warehouse\",\"support\"]"_s)) << str(rows.join(u"\n"_s));

    // A prefix, the actor and the entity type narrow it together.
    action->setText(u"user."_s);
    actor->setCurrentIndex(actor->findText(m_server.adminEmail()));
    ASSERT_GT(actor->currentIndex(), 0);
    entityType->setText(u"user"_s);
    m_view.auditLogView()->applyFilters();
    waitUntilLoaded();
    ASSERT_GE(audit()->rowCount(), 2) << "the warehouse account's creation and its change";
    for (int row = 0; row < audit()->rowCount(); ++row) {
        EXPECT_TRUE(audit()->entry(row)->action.startsWith(u"user."_s)) << str(audit()->entry(row)->action);
        EXPECT_EQ(str(audit()->entry(row)->actorEmail), str(m_server.adminEmail()));
    }
    EXPECT_EQ(str(audit()->entry(0)->action), "user.update") << "newest first";

    // From tomorrow on, nothing has happened yet.
    m_view.findChild<QCheckBox *>(u"fromEnabled"_s)->setChecked(true);
    m_view.findChild<QDateEdit *>(u"fromDate"_s)->setDate(QDate::currentDate().addDays(1));
    m_view.auditLogView()->applyFilters();
    waitUntilLoaded();
    EXPECT_EQ(audit()->rowCount(), 0);
    EXPECT_EQ(str(count->text()), "No entries match these filters.");

    // Up to today, everything is back.
    m_view.findChild<QCheckBox *>(u"fromEnabled"_s)->setChecked(false);
    m_view.findChild<QCheckBox *>(u"toEnabled"_s)->setChecked(true);
    m_view.findChild<QDateEdit *>(u"toDate"_s)->setDate(QDate::currentDate());
    m_view.auditLogView()->applyFilters();
    waitUntilLoaded();
    EXPECT_GE(audit()->rowCount(), 2);
}

TEST_F(AdminViewTest, RefusesADateRangeOutOfOrder)
{
    m_view.findChild<QTabWidget *>(u"adminTabs"_s)->setCurrentWidget(m_view.auditLogView());
    m_view.findChild<QCheckBox *>(u"fromEnabled"_s)->setChecked(true);
    m_view.findChild<QDateEdit *>(u"fromDate"_s)->setDate(QDate(2024, 5, 2));
    m_view.findChild<QCheckBox *>(u"toEnabled"_s)->setChecked(true);
    m_view.findChild<QDateEdit *>(u"toDate"_s)->setDate(QDate(2024, 5, 1));

    m_view.auditLogView()->applyFilters();

    EXPECT_FALSE(audit()->isLoading());
    EXPECT_EQ(str(m_view.findChild<QLabel *>(u"auditMessage"_s)->text()),
              "The first day (5/2/24) is after the last day (5/1/24). Choose dates in order.");
}

TEST(AuditLogModel, SendsTheFilterAsTheServerTakesIt)
{
    Ui::AuditFilter filter;
    filter.actorId = u"7"_s;
    filter.action = u" user. "_s;
    filter.entityType = u"user"_s;
    filter.from = QDate(2024, 5, 1);
    filter.to = QDate(2024, 5, 3);

    const QString query = Ui::AuditLogModel::queryOf(filter);

    const QString since = QDateTime(QDate(2024, 5, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    const QString until = QDateTime(QDate(2024, 5, 4), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    EXPECT_EQ(str(query), str(u"actor_id=7&action=user.&entity_type=user&since=%1&until=%2"_s.arg(since, until)));
    EXPECT_EQ(str(Ui::AuditLogModel::queryOf({})), "");
}
