// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QString>

namespace Backroom::Server {

// Image files, content-addressed under one directory (<data-dir>/images/<first two hex digits>/<sha256>):
// a file's name is the SHA-256 of its bytes, so it is written once and never changes, and the same picture
// on several products is one file. Safe to use from any thread.
class ImageStore {
public:
    explicit ImageStore(QString directory) : m_directory(std::move(directory)) {}

    // Whether text is a SHA-256 as this store names files: 64 lower-case hex digits.
    static bool isHash(QStringView text);
    static QString hashOf(const QByteArray &bytes);

    QString pathOf(const QString &sha256) const;
    // Stores bytes under their hash and returns it. A file already there is left as it is (it holds the same
    // bytes); a new one appears atomically, whole or not at all. Unavailable when the disk refuses.
    Domain::Result<QString> put(const QByteArray &bytes) const;

private:
    QString m_directory;
};

} // namespace Backroom::Server
