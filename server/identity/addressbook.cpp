// SPDX-License-Identifier: MIT
#include "server/identity/addressbook.h"

#include "server/store/database.h"
#include "server/store/transaction.h"

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
constexpr const char *columns =
    "id, user_id, label, name, line1, line2, city, region, postal_code, country, phone, is_default, version";

const QString notFound = QStringLiteral("There is no such address in your address book; list /api/v1/me/addresses "
                                        "for the ones there are.");

StoredAddress addressFrom(const PgResult &rows, int row)
{
    StoredAddress s;
    s.id = rows.toInt64(row, 0);
    s.userId = rows.toInt64(row, 1);
    Domain::Address &a = s.address;
    a.label = rows.text(row, 2);
    a.name = rows.text(row, 3);
    a.line1 = rows.text(row, 4);
    a.line2 = rows.text(row, 5);
    a.city = rows.text(row, 6);
    a.region = rows.text(row, 7);
    a.postalCode = rows.text(row, 8);
    a.country = rows.text(row, 9);
    a.phone = rows.text(row, 10);
    a.isDefault = rows.value(row, 11) == "t";
    s.version = int(rows.toInt64(row, 12));
    return s;
}

PgParams addressParams(const Domain::Address &a)
{
    return {a.label.toUtf8(), a.name.toUtf8(),   a.line1.toUtf8(),      a.line2.toUtf8(),
            a.city.toUtf8(),  a.region.toUtf8(), a.postalCode.toUtf8(), a.country.toUtf8(),
            a.phone.toUtf8(), a.isDefault ? QByteArray("true") : QByteArray("false")};
}

PgExpected<void> clearOtherDefaults(PgConnection &c, qint64 owner, qint64 keep)
{
    auto cleared = c.exec("UPDATE addresses SET is_default = false WHERE user_id = $1 AND id <> $2 AND is_default",
                          {QByteArray::number(owner), QByteArray::number(keep)});
    if (!cleared)
        return std::unexpected(cleared.error());
    return {};
}
} // namespace

QJsonObject StoredAddress::toJson() const
{
    QJsonObject json = address.toJson();
    json.insert(QStringLiteral("id"), QString::number(id));
    json.insert(QStringLiteral("version"), version);
    return json;
}

Domain::Result<QList<StoredAddress>> AddressBook::list(qint64 owner) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + columns + " FROM addresses WHERE user_id = $1 ORDER BY id",
                         {QByteArray::number(owner)});
    if (!rows)
        return fail(rows.error().error);
    QList<StoredAddress> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(addressFrom(*rows, i));
    return list;
}

Domain::Result<StoredAddress> AddressBook::get(qint64 owner, qint64 id) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + columns + " FROM addresses WHERE id = $1 AND user_id = $2",
                         {QByteArray::number(id), QByteArray::number(owner)});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(notFound));
    return addressFrom(*rows, 0);
}

Domain::Result<StoredAddress> AddressBook::add(qint64 owner, const Domain::Address &address)
{
    auto db = m_database.acquire();
    return runInTransaction<StoredAddress>(*db, [&](PgConnection &c) -> PgExpected<StoredAddress> {
        // The owner's row lock makes concurrent adds take turns, so the limit holds.
        auto count = c.exec("SELECT (SELECT count(*) FROM addresses WHERE user_id = $1) FROM users WHERE id = $1 "
                            "FOR UPDATE",
                            {QByteArray::number(owner)});
        if (!count)
            return std::unexpected(count.error());
        if (count->rows() == 0)
            return std::unexpected(PgError::refusal(Error::notFound(QStringLiteral("There is no such user."))));
        if (count->toInt64(0, 0) >= maxAddresses)
            return std::unexpected(PgError::refusal(
                Error::conflict(QStringLiteral("An address book holds at most %1 addresses; delete one you no "
                                               "longer need first.")
                                    .arg(maxAddresses))));
        // Cleared before the insert: the unique index allows one default at any moment.
        if (address.isDefault) {
            if (auto cleared = clearOtherDefaults(c, owner, 0); !cleared)
                return std::unexpected(cleared.error());
        }
        PgParams params = addressParams(address);
        params.prepend(QByteArray::number(owner));
        // The first address becomes the default, as a customer would expect.
        auto rows = c.exec(QByteArray("INSERT INTO addresses (user_id, label, name, line1, line2, city, region, "
                                      "postal_code, country, phone, is_default) VALUES ($1, $2, $3, $4, $5, $6, $7, "
                                      "$8, $9, $10, $11::boolean OR NOT EXISTS (SELECT 1 FROM addresses WHERE user_id "
                                      "= $1)) RETURNING ")
                               + columns,
                           params);
        if (!rows)
            return std::unexpected(rows.error());
        return addressFrom(*rows, 0);
    });
}

Domain::Result<StoredAddress> AddressBook::update(qint64 owner, qint64 id, const QJsonObject &patch,
                                                  std::optional<int> expectedVersion)
{
    auto db = m_database.acquire();
    return runInTransaction<StoredAddress>(*db, [&](PgConnection &c) -> PgExpected<StoredAddress> {
        auto rows = c.exec(QByteArray("SELECT ") + columns + " FROM addresses WHERE id = $1 AND user_id = $2 FOR UPDATE",
                           {QByteArray::number(id), QByteArray::number(owner)});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return std::unexpected(PgError::refusal(Error::notFound(notFound)));
        const StoredAddress current = addressFrom(*rows, 0);
        if (expectedVersion && *expectedVersion != current.version)
            return std::unexpected(PgError::refusal(
                Error::stale(QStringLiteral("This address was changed by someone else since you read it (version %1 "
                                            "is current); read it again and reapply your change.")
                                 .arg(current.version))));
        auto patched = Domain::patchAddress(current.address, patch);
        if (!patched)
            return std::unexpected(PgError::refusal(patched.error()));
        // Unsetting the default is allowed; then the customer has none until they choose one.
        if (patched->isDefault && !current.address.isDefault) {
            if (auto cleared = clearOtherDefaults(c, owner, id); !cleared)
                return std::unexpected(cleared.error());
        }
        PgParams params = addressParams(*patched);
        params.prepend(QByteArray::number(id));
        auto updated = c.exec(QByteArray("UPDATE addresses SET label = $2, name = $3, line1 = $4, line2 = $5, city = "
                                         "$6, region = $7, postal_code = $8, country = $9, phone = $10, is_default = "
                                         "$11::boolean WHERE id = $1 RETURNING ")
                                  + columns,
                              params);
        if (!updated)
            return std::unexpected(updated.error());
        return addressFrom(*updated, 0);
    });
}

Domain::Status AddressBook::remove(qint64 owner, qint64 id, std::optional<int> expectedVersion)
{
    auto db = m_database.acquire();
    auto rows = db->exec("DELETE FROM addresses WHERE id = $1 AND user_id = $2 AND ($3::int IS NULL OR version = $3::int) "
                         "RETURNING id",
                         {QByteArray::number(id), QByteArray::number(owner),
                          expectedVersion ? std::optional(QByteArray::number(*expectedVersion)) : std::nullopt});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 1)
        return {};
    if (expectedVersion && get(owner, id))
        return fail(Error::stale(QStringLiteral("This address was changed since you read it; read it again before "
                                                "deleting it.")));
    return fail(Error::notFound(notFound));
}

} // namespace Backroom::Server
