// SPDX-License-Identifier: MIT
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

using namespace Qt::StringLiterals;

// The keychain tests write to whatever Secret Service the session bus offers. They run only inside
// withkeyring.sh, which gives them a throwaway gnome-keyring of their own, so a developer's real keyring is
// never written to.
int main(int argc, char *argv[])
{
    testing::InitGoogleTest(&argc, argv);
    const bool listingOnly = GTEST_FLAG_GET(list_tests);
    if (!listingOnly && qEnvironmentVariableIsEmpty("BACKROOM_TEST_KEYRING")) {
        std::fprintf(stderr, "These tests need a private keyring; run them as\n"
                             "  tests/ui/withkeyring.sh %s [gtest options]\n"
                             "or through ctest (-R backroom_keychain_tests).\n",
                     argv[0]);
        return 1;
    }

    // Like the desktop: a QApplication, whose platform plugin brings the GLib event loop that the Secret
    // Service backend's callbacks arrive through.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Backroom"_s);
    QApplication::setApplicationName(u"backroom_keychain_tests"_s);

    // The tests inspect every settings file written during the run, so they all go here.
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 1;
    qputenv("BACKROOM_TEST_SETTINGS_DIR", settingsDir.path().toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    return RUN_ALL_TESTS();
}
