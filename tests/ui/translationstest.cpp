// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "ui/apiclient.h"
#include "ui/healthmonitor.h"
#include "ui/languageloader.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
};

struct Catalogue {
    QString language;
    QString sourceLanguage;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            catalogue.language = xml.attributes().value("language"_L1).toString();
            catalogue.sourceLanguage = xml.attributes().value("sourcelanguage"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, {}, {}, {}};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.translationType = xml.attributes().value("type"_L1).toString();
            // A plain translation holds text; a plural one holds <numerusform> children.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace() && message.translations.isEmpty())
                    message.translations.append(xml.text().toString());
                else if (xml.isCharacters() && !xml.isWhitespace())
                    message.translations.last() += xml.text();
                else if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                    message.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == "translation"_L1)
                    break;
            }
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return catalogue;
}

const QStringList Languages{u"de"_s, u"fr"_s, u"es"_s};

QString cataloguePath(const QString &language)
{
    return QStringLiteral(BACKROOM_TS_DIR) + u"/backroom_"_s + language + u".ts"_s;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(?:n|L?[1-9])"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(u"&[^&\\s]"_s);
    return mnemonic.match(text).hasMatch();
}

} // namespace

TEST(Translations, CataloguesAreComplete)
{
    for (const QString &language : Languages) {
        const Catalogue catalogue = readCatalogue(cataloguePath(language));
        ASSERT_TRUE(catalogue.error.isEmpty()) << str(cataloguePath(language)) << ": " << str(catalogue.error);
        EXPECT_TRUE(catalogue.language.startsWith(language)) << str(catalogue.language);
        EXPECT_EQ(str(catalogue.sourceLanguage), "en");
        EXPECT_GT(catalogue.messages.size(), 50) << str(language);
        for (const Message &message : catalogue.messages) {
            const std::string where = str(language + u" / "_s + message.context + u": "_s + message.source);
            EXPECT_TRUE(message.translationType.isEmpty()) << where << " is " << str(message.translationType);
            EXPECT_FALSE(message.translations.isEmpty()) << where << " has no translation";
            for (const QString &translation : message.translations)
                EXPECT_FALSE(translation.trimmed().isEmpty()) << where << " has an empty translation";
        }
    }
}

TEST(Translations, KeepPlaceholdersAndMnemonics)
{
    for (const QString &language : Languages) {
        const Catalogue catalogue = readCatalogue(cataloguePath(language));
        ASSERT_TRUE(catalogue.error.isEmpty()) << str(catalogue.error);
        for (const Message &message : catalogue.messages) {
            for (const QString &translation : message.translations) {
                const std::string where = str(language + u": "_s + message.source + u" -> "_s + translation);
                EXPECT_EQ(placeholders(translation), placeholders(message.source)) << where;
                EXPECT_EQ(hasMnemonic(translation), hasMnemonic(message.source)) << where;
            }
        }
    }
}

TEST(Translations, CataloguesCoverTheSameTexts)
{
    QSet<QString> reference;
    for (const Message &message : readCatalogue(cataloguePath(u"de"_s)).messages)
        reference.insert(message.context + u'\x1f' + message.source);
    ASSERT_FALSE(reference.isEmpty());
    for (const QString &language : {u"fr"_s, u"es"_s}) {
        QSet<QString> texts;
        for (const Message &message : readCatalogue(cataloguePath(language)).messages)
            texts.insert(message.context + u'\x1f' + message.source);
        EXPECT_EQ(texts, reference) << str(language);
    }
}

TEST(Translations, GermanCatalogueChangesVisibleTexts)
{
    Ui::ApiClient api;
    Ui::Session session(&api, nullptr);
    Ui::HealthMonitor health(&api);
    {
        Ui::LanguageLoader loader(QStringLiteral(BACKROOM_QM_DIR));
        const Domain::Status loaded = loader.load(u"de"_s);
        ASSERT_TRUE(loaded) << str(loaded.error().message);

        Ui::MainWindow window(&session, &health);
        EXPECT_EQ(str(window.menuBar()->actions().constFirst()->text()), "&Datei");
        EXPECT_EQ(str(window.findChild<QListWidget *>(u"navigation"_s)->item(2)->text()), "Lager");
        EXPECT_EQ(QLocale().language(), QLocale::German);
    }
    // Unloading brings English back.
    Ui::MainWindow window(&session, &health);
    EXPECT_EQ(str(window.menuBar()->actions().constFirst()->text()), "&File");
    EXPECT_NE(QLocale().language(), QLocale::German);
}

TEST(Translations, RefusesUnknownOrMissingLanguage)
{
    Ui::LanguageLoader loader(QStringLiteral(BACKROOM_QM_DIR));
    const Domain::Status unknown = loader.load(u"xx"_s);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, Domain::ErrorCode::Validation);
    EXPECT_EQ(str(unknown.error().message), "“xx” is not a supported language. Choose one of: en, de, fr, es.");

    Ui::LanguageLoader nowhere(u"/nonexistent"_s);
    const Domain::Status missing = nowhere.load(u"fr"_s);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, Domain::ErrorCode::NotFound);
    EXPECT_TRUE(nowhere.load(u"en"_s)) << "English is the source language and needs no catalogue";
}

TEST(Translations, ChoosesRequestedThenSavedThenSystemLanguage)
{
    using Ui::LanguageLoader;
    const QLocale french(QLocale::French, QLocale::France);
    const QLocale japanese(QLocale::Japanese, QLocale::Japan);
    EXPECT_EQ(str(LanguageLoader::choose(u"de"_s, u"es"_s, french)), "de");
    EXPECT_EQ(str(LanguageLoader::choose({}, u"es"_s, french)), "es");
    EXPECT_EQ(str(LanguageLoader::choose({}, {}, french)), "fr");
    EXPECT_EQ(str(LanguageLoader::choose({}, u"xx"_s, japanese)), "en");
}
