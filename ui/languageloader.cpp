// SPDX-License-Identifier: MIT
#include "ui/languageloader.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

LanguageLoader::LanguageLoader(QString catalogueDirectory)
    : m_directory(std::move(catalogueDirectory))
{
}

LanguageLoader::~LanguageLoader()
{
    unload();
    if (m_previousLocale)
        QLocale::setDefault(*m_previousLocale);
}

QList<Language> LanguageLoader::supportedLanguages()
{
    return {
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Français"_s},
        {u"es"_s, u"Español"_s},
    };
}

bool LanguageLoader::isSupported(const QString &code)
{
    const QList<Language> languages = supportedLanguages();
    return std::ranges::any_of(languages, [&](const Language &l) { return l.code == code; });
}

QString LanguageLoader::choose(const QString &requested, const QString &saved, const QLocale &system)
{
    for (const QString &candidate : {requested, saved, QLocale::languageToCode(system.language())}) {
        if (isSupported(candidate))
            return candidate;
    }
    return u"en"_s;
}

Domain::Status LanguageLoader::load(const QString &code)
{
    if (!isSupported(code)) {
        QStringList codes;
        for (const Language &language : supportedLanguages())
            codes.append(language.code);
        return Domain::fail(Domain::Error::validation(
            tr("“%1” is not a supported language. Choose one of: %2.").arg(code, codes.join(u", "_s))));
    }

    auto program = std::make_unique<QTranslator>();
    if (code != "en"_L1 && !program->load(u"backroom_"_s + code, m_directory)) {
        return Domain::fail(Domain::Error::notFound(
            tr("The translation for “%1” is missing from %2.").arg(code, m_directory)));
    }
    // Qt's own catalogue translates its standard buttons and dialogs; without it those stay English.
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QLocale(code), u"qtbase"_s, u"_"_s,
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    unload();
    if (!m_previousLocale)
        m_previousLocale = QLocale();
    QLocale::setDefault(QLocale(code));
    if (!program->isEmpty()) {
        QCoreApplication::installTranslator(program.get());
        m_program = std::move(program);
    }
    if (haveQt) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return {};
}

void LanguageLoader::unload()
{
    for (std::unique_ptr<QTranslator> *translator : {&m_program, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

} // namespace Backroom::Ui
