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

    // A code from LanguageLoader::supportedLanguages(), or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &code);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

private:
    QSettings m_settings;
};

} // namespace Backroom::Ui
