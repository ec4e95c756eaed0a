// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "ui/apiclient.h"
#include "ui/healthmonitor.h"
#include "ui/mainwindow.h"
#include "ui/screenshotwriter.h"
#include "ui/session.h"

#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

TEST(ScreenshotWriter, WritesOnePngPerAreaOfTheAccount)
{
    StaffServer server;
    ASSERT_TRUE(server.start()) << str(server.output());
    Ui::ApiClient api;
    Ui::Session session(&api, nullptr);
    ASSERT_EQ(str(signInAndWait(session, server.url(), server.adminEmail(), server.adminPassword())), "");
    Ui::HealthMonitor health(&api);
    Ui::MainWindow window(&session, &health);
    window.resize(900, 600);
    window.show();
    window.showArea(Ui::MainWindow::Area::Orders);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString target = dir.filePath(u"shots/nested"_s); // created on the way

    const Domain::Result<QStringList> written = Ui::ScreenshotWriter::write(window, target);

    ASSERT_TRUE(written) << str(written.error().message);
    QStringList expected;
    for (Ui::MainWindow::Area area : Ui::MainWindow::areas())
        expected.append(QDir(target).absoluteFilePath(Ui::MainWindow::areaKey(area) + u".png"_s));
    expected.append(QDir(target).absoluteFilePath(u"admin-audit-log.png"_s));
    expected.append(QDir(target).absoluteFilePath(u"login-dialog.png"_s));
    expected.append(QDir(target).absoluteFilePath(u"connection-dialog.png"_s));
    EXPECT_EQ(written->join(u'\n').toStdString(), expected.join(u'\n').toStdString());
    for (const QString &file : expected) {
        EXPECT_GT(QFileInfo(file).size(), 0) << str(file);
        const QImage image(file, "PNG");
        EXPECT_FALSE(image.isNull()) << str(file);
    }
    EXPECT_EQ(QImage(expected.first()).size(), window.size());
    // Pictures of different areas differ: each shows its own page, not the same one eight times.
    EXPECT_NE(QImage(expected.at(1)), QImage(expected.at(2)));
    EXPECT_NE(QImage(expected.at(7)), QImage(expected.at(8))) << "the admin area's two views";
    EXPECT_EQ(window.currentArea(), Ui::MainWindow::Area::Orders);
}

TEST(ScreenshotWriter, WritesOnlyTheDialogsWithoutASignIn)
{
    Ui::ApiClient api;
    Ui::Session session(&api, nullptr);
    Ui::HealthMonitor health(&api);
    Ui::MainWindow window(&session, &health);
    window.show();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    const Domain::Result<QStringList> written = Ui::ScreenshotWriter::write(window, dir.path());

    ASSERT_TRUE(written) << str(written.error().message);
    EXPECT_EQ(str(written->join(u'\n')), str(QDir(dir.path()).absoluteFilePath(u"login-dialog.png"_s) + u'\n'
                                             + QDir(dir.path()).absoluteFilePath(u"connection-dialog.png"_s)));
}

TEST(ScreenshotWriter, ReportsDirectoryItCannotCreate)
{
    Ui::ApiClient api;
    Ui::Session session(&api, nullptr);
    Ui::HealthMonitor health(&api);
    Ui::MainWindow window(&session, &health);
    QTemporaryFile file; // a file where a directory should be: fails even for root
    ASSERT_TRUE(file.open());
    const QString target = file.fileName() + u"/shots"_s;

    const Domain::Result<QStringList> written = Ui::ScreenshotWriter::write(window, target);

    ASSERT_FALSE(written);
    EXPECT_EQ(str(written.error().message),
              str(u"Could not create the screenshot directory %1. Check the path and its permissions."_s.arg(target)));
}
