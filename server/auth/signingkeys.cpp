// SPDX-License-Identifier: MIT
#include "server/auth/signingkeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <openssl/crypto.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;
using namespace std::chrono_literals;

namespace {
constexpr qsizetype maxKeyFileBytes = 64 * 1024;

QString systemError(int error = errno)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString octalMode(mode_t mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

// Holds the bytes of a private key and wipes them when it goes out of scope.
struct SecretBytes {
    QByteArray bytes;
    ~SecretBytes()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

Domain::Result<Jwk> readPrivateKey(const QString &path)
{
    QFile file(path);
    // Unbuffered: no copy of the key is left behind in QFile's read buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(
            Error::unavailable(QStringLiteral("Cannot open the signing key %1: %2.").arg(path, file.errorString())));
    struct stat st {};
    if (::fstat(file.handle(), &st) != 0)
        return fail(
            Error::unavailable(QStringLiteral("Cannot inspect the signing key %1: %2.").arg(path, systemError())));
    if (!S_ISREG(st.st_mode))
        return fail(Error::validation(QStringLiteral("The signing key %1 is not a regular file.").arg(path)));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(Error::validation(QStringLiteral("The signing key %1 may be read or written by group or others "
                                                     "(mode %2); restrict it to its owner: chmod 600 '%1'.")
                                          .arg(path, octalMode(st.st_mode))));
    SecretBytes pem{file.read(maxKeyFileBytes + 1)};
    if (pem.bytes.size() > maxKeyFileBytes)
        return fail(Error::validation(QStringLiteral("The signing key %1 is larger than %2 KiB; it is not a key.")
                                          .arg(path)
                                          .arg(maxKeyFileBytes / 1024)));
    auto key = Jwk::fromPrivateKeyPem(pem.bytes);
    if (!key)
        return fail(
            Error::validation(QStringLiteral("The signing key %1 cannot be used: %2").arg(path, key.error().message)));
    if (key->algorithm() != JwsAlgorithm::EdDSA)
        return fail(
            Error::validation(QStringLiteral("The signing key %1 is not an Ed25519 key; access tokens are signed "
                                             "with Ed25519 (make one with: openssl genpkey -algorithm ed25519 "
                                             "-out FILE).")
                                  .arg(path)));
    return key;
}

Domain::Status ensureDirectory(const QString &path)
{
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent))
        return fail(Error::unavailable(QStringLiteral("Cannot create the directory %1.").arg(parent)));
    if (::mkdir(nativePath(path).constData(), 0700) != 0 && errno != EEXIST)
        return fail(
            Error::unavailable(QStringLiteral("Cannot create the keys directory %1: %2.").arg(path, systemError())));
    struct stat st {};
    if (::stat(nativePath(path).constData(), &st) != 0)
        return fail(
            Error::unavailable(QStringLiteral("Cannot inspect the keys directory %1: %2.").arg(path, systemError())));
    if (!S_ISDIR(st.st_mode))
        return fail(Error::validation(QStringLiteral("The keys directory %1 is not a directory.").arg(path)));
    // Whoever may add a file here could plant a key of their own and sign tokens with it.
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return fail(Error::validation(QStringLiteral("The keys directory %1 may be written by group or others (mode "
                                                     "%2); restrict it to its owner: chmod 700 '%1'.")
                                          .arg(path, octalMode(st.st_mode))));
    return {};
}

Domain::Status writeAll(int fd, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(Error::unavailable(systemError()));
        written += n;
    }
    return {};
}

QString keyFileName(std::chrono::sys_seconds created)
{
    return QStringLiteral("jwt-%1.pem").arg(created.time_since_epoch().count());
}
} // namespace

SigningKeys::SigningKeys(Options options)
    : m_options(std::move(options))
{}

Domain::Result<SigningKeys::Loaded> SigningKeys::readKeyFile() const
{
    auto key = readPrivateKey(m_options.keyFile);
    if (!key)
        return fail(key.error());
    Loaded loaded;
    loaded.entries.append(Entry{std::move(*key), std::chrono::sys_seconds{}, m_options.keyFile});
    return loaded;
}

Domain::Result<SigningKeys::Loaded> SigningKeys::readDirectory() const
{
    static const QRegularExpression pattern(QStringLiteral("^jwt-(\\d{1,12})\\.pem$"));
    const QDir dir(m_options.directory);
    Loaded loaded;
    // Files starting with a dot (keys being written) are not listed.
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QString path = dir.filePath(name);
        auto key = readPrivateKey(path);
        if (!key)
            return fail(key.error());
        loaded.entries.append(Entry{
            std::move(*key), std::chrono::sys_seconds{std::chrono::seconds{match.captured(1).toLongLong()}}, path});
    }
    std::sort(loaded.entries.begin(), loaded.entries.end(),
              [](const Entry &a, const Entry &b) { return a.created < b.created; });
    return loaded;
}

Domain::Status SigningKeys::writeNewKey(std::chrono::sys_seconds created) const
{
    auto key = Jwk::generate(JwsAlgorithm::EdDSA);
    if (!key)
        return fail(key.error());
    auto encoded = key->privateKeyPem();
    if (!encoded)
        return fail(encoded.error());
    const SecretBytes pem{std::move(*encoded)};

    const QDir dir(m_options.directory);
    const QString path = dir.filePath(keyFileName(created));
    // Written under a hidden name and then linked into place, so another instance never reads half a key,
    // and a key another instance wrote for the same second is not overwritten.
    const QString temporary = dir.filePath(QStringLiteral(".%1.%2.tmp").arg(keyFileName(created)).arg(::getpid()));
    const int fd =
        ::open(nativePath(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(Error::unavailable(QStringLiteral("Cannot create %1: %2.").arg(temporary, systemError())));
    Domain::Status written =
        ::fchmod(fd, 0600) == 0 ? writeAll(fd, pem.bytes) : fail(Error::unavailable(systemError()));
    if (written && ::fsync(fd) != 0)
        written = fail(Error::unavailable(systemError()));
    ::close(fd);
    if (written && ::link(nativePath(temporary).constData(), nativePath(path).constData()) != 0 && errno != EEXIST)
        written = fail(Error::unavailable(systemError()));
    ::unlink(nativePath(temporary).constData());
    if (!written)
        return fail(Error::unavailable(
            QStringLiteral("Cannot write the signing key %1: %2.").arg(path, written.error().message)));
    if (const int dirFd = ::open(nativePath(m_options.directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

bool SigningKeys::verifies(const QList<Entry> &entries, qsizetype index, std::chrono::sys_seconds now) const
{
    if (index == entries.size() - 1)
        return true;
    // Its last token was signed when the next key took over, or, for other instances that have not loaded
    // the next key yet, up to its rotation age.
    const auto lastSigned = std::max(entries[index].created + m_options.rotationAge, entries[index + 1].created);
    return now < lastSigned + m_options.tokenLifetime + m_options.leeway;
}

void SigningKeys::install(const Loaded &loaded, std::chrono::sys_seconds now)
{
    JwkSet verifying;
    for (qsizetype i = loaded.entries.size() - 1; i >= 0; --i) {
        if (verifies(loaded.entries, i, now))
            (void)verifying.add(loaded.entries[i].key.publicKey()); // a copy of a key file is the same key
    }
    QMutexLocker lock(&m_mutex);
    m_signing = loaded.entries.last().key;
    m_signingCreated = loaded.entries.last().created;
    m_verifying = std::move(verifying);
}

Domain::Status SigningKeys::load(std::chrono::sys_seconds now)
{
    QMutexLocker writeLock(&m_writeMutex);
    if (!m_options.keyFile.isEmpty()) {
        auto loaded = readKeyFile();
        if (!loaded)
            return fail(loaded.error());
        install(*loaded, now);
        return {};
    }
    if (auto ready = ensureDirectory(m_options.directory); !ready)
        return ready;
    auto loaded = readDirectory();
    if (!loaded)
        return fail(loaded.error());
    if (loaded->entries.isEmpty()) {
        if (auto written = writeNewKey(now); !written)
            return written;
        loaded = readDirectory();
        if (!loaded)
            return fail(loaded.error());
        if (loaded->entries.isEmpty())
            return fail(Error::internal(
                QStringLiteral("The signing key written to %1 could not be found again.").arg(m_options.directory)));
    }
    install(*loaded, now);
    return {};
}

Domain::Status SigningKeys::rotate(std::chrono::sys_seconds now)
{
    QMutexLocker writeLock(&m_writeMutex);
    if (!m_options.keyFile.isEmpty())
        return fail(Error::validation(QStringLiteral("The signing key is given by the file %1; rotate it by replacing "
                                                     "that file (tokens signed with the old key then stop verifying).")
                                          .arg(m_options.keyFile)));
    if (auto ready = ensureDirectory(m_options.directory); !ready)
        return ready;
    auto before = readDirectory();
    if (!before)
        return fail(before.error());
    // The new key must be the newest even when another instance's clock ran ahead.
    const auto created = before->entries.isEmpty() ? now : std::max(now, before->entries.last().created + 1s);
    if (auto written = writeNewKey(created); !written)
        return written;
    auto loaded = readDirectory();
    if (!loaded)
        return fail(loaded.error());
    if (loaded->entries.isEmpty())
        return fail(Error::internal(
            QStringLiteral("The signing key written to %1 could not be found again.").arg(m_options.directory)));
    Loaded kept;
    for (qsizetype i = 0; i < loaded->entries.size(); ++i) {
        if (verifies(loaded->entries, i, now))
            kept.entries.append(loaded->entries[i]);
        else
            QFile::remove(loaded->entries[i].path); // every token it signed has expired
    }
    install(kept, now);
    return {};
}

bool SigningKeys::rotationDue(std::chrono::sys_seconds now) const
{
    QMutexLocker lock(&m_mutex);
    return m_options.keyFile.isEmpty() && m_signing && now >= m_signingCreated + m_options.rotationAge;
}

Domain::Result<Jwk> SigningKeys::signingKey() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_signing)
        return fail(Error::unavailable(QStringLiteral("No signing key is loaded yet.")));
    return *m_signing;
}

JwkSet SigningKeys::keySet() const
{
    QMutexLocker lock(&m_mutex);
    return m_verifying;
}

QJsonObject SigningKeys::jwks() const
{
    return keySet().toJson();
}

} // namespace Backroom::Server
