// SPDX-License-Identifier: MIT
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Test discovery runs the binary outside ctest's environment; it must not need a display either.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // No keychain here, so "stay signed in" is refused the way it is on a machine without one, and a
    // developer's real keyring is never touched. The keychain tests have their own binary and keyring.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/backroom-ui-tests/no-bus");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Backroom"_s);
    QApplication::setApplicationName(u"backroom_ui_tests"_s);
    QApplication::setApplicationVersion(u"0.0.0-test"_s);
    // Expected texts are English with English number formats, whatever the developer's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    // The widgets read and write settings; keep a developer's real ones out of reach.
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 1;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // The scan station's queue lives under the app data folder; a developer's real queue must stay untouched.
    QStandardPaths::setTestModeEnabled(true);

    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
