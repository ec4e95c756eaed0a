// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QUrl>

namespace Backroom::Ui {

// The desktop's own preferences, in the platform's settings store under the application's organisation and
// name. Credentials never go here (they belong in the system keychain).
class AppSettings
{
public:
    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);

    // The email address of the last sign-in: not a secret, and it names the remembered sign-in in the
    // keychain (see TokenStore).
    QString lastEmail() const;
    void setLastEmail(const QString &email);

    // Whether "Stay signed in" was ticked at the last sign-in; the token itself is in the keychain only.
    bool staySignedIn() const;
    void setStaySignedIn(bool stay);

    // A code from LanguageLoader::supportedLanguages(), or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &code);

    // The Orders area's saved views: name -> OrderFilter::toSettings().
    QVariantMap orderViews() const;
    void setOrderViews(const QVariantMap &views);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

private:
    QSettings m_settings;
};

} // namespace Backroom::Ui
