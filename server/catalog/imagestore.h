// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QSet>
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
    // Stores bytes under their hash and returns it. A file already there keeps its bytes (they are the same)
    // and is touched, so that a sweep does not take it while its new row is being written; a new one appears
    // atomically, whole or not at all. Unavailable when the disk refuses.
    Domain::Result<QString> put(const QByteArray &bytes) const;

    struct Sweep {
        int removed = 0;
        qint64 bytesFreed = 0;
        int kept = 0;
    };
    // Deletes the files no product shows (their hash is not in referenced) that nobody stored since
    // untouchedSince: an upload writes its file before its row, so a recent file may be about to be shown.
    // Files this store did not name (not a hash) are left alone. Unavailable when a file cannot be deleted.
    Domain::Result<Sweep> removeUnreferenced(const QSet<QString> &referenced, const QDateTime &untouchedSince) const;

private:
    QString m_directory;
};

} // namespace Backroom::Server
