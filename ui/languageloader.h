// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace Backroom::Ui {

struct Language {
    QString code;       // ISO 639-1, e.g. "de"
    QString nativeName; // as its speakers write it, e.g. "Deutsch"
};

// Installs the program's translation (backroom_<code>.qm) and Qt's own for one language. English is the
// source language and needs no catalogue. Call from the GUI thread before building widgets: widgets take
// their texts when they are built.
class LanguageLoader
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Ui::LanguageLoader)
public:
    // The program embeds its catalogues under :/i18n; tests point at the build directory instead.
    explicit LanguageLoader(QString catalogueDirectory = QStringLiteral(":/i18n"));
    ~LanguageLoader(); // removes what it installed and restores the default locale it found
    Q_DISABLE_COPY_MOVE(LanguageLoader)

    static QList<Language> supportedLanguages();
    static bool isSupported(const QString &code);
    // requested if supported, else saved if supported, else the system's language if supported, else "en".
    static QString choose(const QString &requested, const QString &saved, const QLocale &system);

    // Replaces what an earlier load() installed and makes code's locale the default. Fails with Validation
    // for an unsupported code and NotFound when its catalogue is missing; then nothing changes.
    Domain::Status load(const QString &code);

private:
    void unload();

    QString m_directory;
    std::unique_ptr<QTranslator> m_program;
    std::unique_ptr<QTranslator> m_qt;
    std::optional<QLocale> m_previousLocale; // the default locale before the first load()
};

} // namespace Backroom::Ui
