// SPDX-License-Identifier: MIT
#include "server/catalog/imagestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>

namespace Backroom::Server {

bool ImageStore::isHash(QStringView text)
{
    return text.size() == 64
        && std::all_of(text.begin(), text.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString ImageStore::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ImageStore::pathOf(const QString &sha256) const
{
    return m_directory + u'/' + sha256.first(2) + u'/' + sha256;
}

Domain::Result<QString> ImageStore::put(const QByteArray &bytes) const
{
    const QString sha256 = hashOf(bytes);
    const QString path = pathOf(sha256);
    if (QFileInfo(path).size() == bytes.size()) {
        // Now, not the first upload's time, is when this file was last wanted (see removeUnreferenced).
        ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), nullptr, 0);
        return sha256;
    }
    const auto refused = [&](const QString &why) {
        return Domain::fail(Domain::Error::unavailable(
            QStringLiteral("The server could not store the image (%1); try again, and tell the operator if it "
                           "persists.")
                .arg(why)));
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return refused(QStringLiteral("cannot create its directory"));
    // QSaveFile writes a temporary file and renames it: a reader never sees half a picture, and two
    // requests storing the same bytes at once both end with the same whole file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return refused(file.errorString());
    return sha256;
}

Domain::Result<ImageStore::Sweep> ImageStore::removeUnreferenced(const QSet<QString> &referenced,
                                                                 const QDateTime &untouchedSince) const
{
    Sweep sweep;
    QDirIterator files(m_directory, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo file = files.nextFileInfo();
        if (!isHash(file.fileName()))
            continue;
        if (referenced.contains(file.fileName()) || file.lastModified() >= untouchedSince) {
            ++sweep.kept;
            continue;
        }
        const qint64 size = file.size();
        if (!QFile::remove(file.filePath()) && file.exists())
            return Domain::fail(Domain::Error::unavailable(
                QStringLiteral("The image file %1 could not be deleted; check the permissions of %2.")
                    .arg(file.filePath(), m_directory)));
        ++sweep.removed;
        sweep.bytesFreed += size;
    }
    return sweep;
}

} // namespace Backroom::Server
