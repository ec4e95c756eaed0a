// SPDX-License-Identifier: MIT
#include "ui/appsettings.h"

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {
constexpr auto ServerUrlKey = "server/url"_L1;
constexpr auto LastEmailKey = "signIn/lastEmail"_L1;
constexpr auto StaySignedInKey = "signIn/staySignedIn"_L1;
constexpr auto LanguageKey = "ui/language"_L1;
constexpr auto GeometryKey = "ui/mainWindowGeometry"_L1;
constexpr auto OrderViewsKey = "orders/savedViews"_L1;
} // namespace

QUrl AppSettings::serverUrl() const
{
    return QUrl(m_settings.value(ServerUrlKey).toString());
}

void AppSettings::setServerUrl(const QUrl &url)
{
    m_settings.setValue(ServerUrlKey, url.toString());
}

QString AppSettings::lastEmail() const
{
    return m_settings.value(LastEmailKey).toString();
}

void AppSettings::setLastEmail(const QString &email)
{
    m_settings.setValue(LastEmailKey, email);
}

bool AppSettings::staySignedIn() const
{
    return m_settings.value(StaySignedInKey, false).toBool();
}

void AppSettings::setStaySignedIn(bool stay)
{
    m_settings.setValue(StaySignedInKey, stay);
}

QString AppSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings.setValue(LanguageKey, code);
}

QVariantMap AppSettings::orderViews() const
{
    return m_settings.value(OrderViewsKey).toMap();
}

void AppSettings::setOrderViews(const QVariantMap &views)
{
    m_settings.setValue(OrderViewsKey, views);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

} // namespace Backroom::Ui
