// SPDX-License-Identifier: MIT
#include "server/log.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <cstdio>
#include <mutex>

namespace Backroom::Server::Log {

namespace {
std::atomic<Format> g_format{Format::Text};
std::atomic<Level> g_minimum{Level::Info};
std::mutex g_mutex;

const char *levelName(Level level)
{
    switch (level) {
    case Level::Debug: return "debug";
    case Level::Info: return "info";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
    }
    return "info";
}

QByteArray textValue(const QString &value)
{
    const bool plain = !value.isEmpty()
        && std::none_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace() || c == u'"' || c == u'='; });
    if (plain)
        return value.toUtf8();
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n"));
    return '"' + escaped.toUtf8() + '"';
}
} // namespace

void configure(Format format, Level minimum)
{
    g_format = format;
    g_minimum = minimum;
}

bool enabled(Level level)
{
    return level >= g_minimum.load();
}

void write(Level level, const char *event, std::initializer_list<Field> fields)
{
    if (!enabled(level))
        return;
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray line;
    if (g_format.load() == Format::Json) {
        QJsonObject o{{QStringLiteral("time"), time},
                      {QStringLiteral("level"), QString::fromLatin1(levelName(level))},
                      {QStringLiteral("event"), QString::fromUtf8(event)}};
        for (const Field &f : fields)
            o.insert(QString::fromUtf8(f.name), f.value);
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        line = time.toUtf8() + ' ' + levelName(level) + ' ' + event;
        for (const Field &f : fields)
            line += ' ' + QByteArray(f.name) + '=' + textValue(f.value);
    }
    line += '\n';
    const std::lock_guard lock(g_mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void installQtMessageHandler()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        Level level = Level::Info;
        switch (type) {
        case QtDebugMsg: level = Level::Debug; break;
        case QtInfoMsg: level = Level::Info; break;
        case QtWarningMsg: level = Level::Warning; break;
        case QtCriticalMsg:
        case QtFatalMsg: level = Level::Error; break;
        }
        write(level, "qt", {{"message", message}});
    });
}

} // namespace Backroom::Server::Log
