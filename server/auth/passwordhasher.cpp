// SPDX-License-Identifier: MIT
#include "server/auth/passwordhasher.h"

#include <QCryptographicHash>

#include <crypt.h>
#include <openssl/crypto.h>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
QByteArray cryptWith(const QByteArray &input, const QByteArray &setting)
{
    crypt_data data{};
    const char *out = crypt_r(input.constData(), setting.constData(), &data);
    // libxcrypt returns a string starting with '*' on failure instead of NULL.
    if (!out || out[0] == '*')
        return {};
    return QByteArray(out);
}
} // namespace

PasswordHasher::PasswordHasher(int cost)
    : m_cost(std::clamp(cost, 4, 31))
{
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (crypt_gensalt_rn("$2b$", static_cast<unsigned long>(m_cost), nullptr, 0, setting, sizeof setting))
        m_dummyHash = cryptWith("backroom-dummy-password", QByteArray(setting));
}

QByteArray PasswordHasher::bcryptInput(QByteArrayView password)
{
    if (password.size() <= bcryptMaxBytes)
        return password.toByteArray();
    return QCryptographicHash::hash(password, QCryptographicHash::Sha256).toBase64();
}

Domain::Result<QByteArray> PasswordHasher::hash(QByteArrayView password) const
{
    if (password.size() < minBytes)
        return fail(Error::validation(QStringLiteral("The password is too short."),
                                      {{QStringLiteral("password"),
                                        QStringLiteral("use at least %1 characters").arg(minBytes)}}));
    if (password.size() > maxBytes)
        return fail(Error::validation(QStringLiteral("The password is too long."),
                                      {{QStringLiteral("password"),
                                        QStringLiteral("use at most %1 bytes").arg(maxBytes)}}));
    if (password.contains('\0'))
        return fail(Error::validation(QStringLiteral("The password contains a NUL character."),
                                      {{QStringLiteral("password"), QStringLiteral("must not contain NUL")}}));
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    // A null random source makes libxcrypt draw the salt from the operating system.
    if (!crypt_gensalt_rn("$2b$", static_cast<unsigned long>(m_cost), nullptr, 0, setting, sizeof setting))
        return fail(Error::internal(QStringLiteral("Could not create a password salt.")));
    QByteArray hashed = cryptWith(bcryptInput(password), QByteArray(setting));
    if (hashed.isEmpty())
        return fail(Error::internal(QStringLiteral("Could not hash the password.")));
    return hashed;
}

bool PasswordHasher::verify(QByteArrayView password, const QByteArray &storedHash) const
{
    if (!storedHash.startsWith("$2b$") || password.size() > maxBytes || password.contains('\0')) {
        verifyNothing(password);
        return false;
    }
    const QByteArray again = cryptWith(bcryptInput(password), storedHash);
    return again.size() == storedHash.size()
        && CRYPTO_memcmp(again.constData(), storedHash.constData(), size_t(again.size())) == 0;
}

void PasswordHasher::verifyNothing(QByteArrayView password) const
{
    if (!m_dummyHash.isEmpty())
        (void)cryptWith(bcryptInput(password.first(std::min(password.size(), maxBytes))), m_dummyHash);
}

bool PasswordHasher::needsRehash(const QByteArray &storedHash) const
{
    // $2b$12$...: the cost sits between the second and third '$'.
    return !storedHash.startsWith("$2b$") || storedHash.mid(4, 2).toInt() != m_cost;
}

} // namespace Backroom::Server
