// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <initializer_list>

namespace Backroom::Server::Log {

enum class Level { Debug, Info, Warning, Error };
enum class Format { Text, Json };

struct Field {
    const char *name;
    QString value;
};

// Structured log lines on standard error: `time level event key=value ...` or one JSON object per line.
// Thread-safe. Lines about a request carry its request_id field.
void configure(Format format, Level minimum);
bool enabled(Level level);
void write(Level level, const char *event, std::initializer_list<Field> fields = {});

inline void info(const char *event, std::initializer_list<Field> fields = {}) { write(Level::Info, event, fields); }
inline void warning(const char *event, std::initializer_list<Field> fields = {}) { write(Level::Warning, event, fields); }
inline void error(const char *event, std::initializer_list<Field> fields = {}) { write(Level::Error, event, fields); }

// Routes qDebug/qWarning output through the same format.
void installQtMessageHandler();

} // namespace Backroom::Server::Log
