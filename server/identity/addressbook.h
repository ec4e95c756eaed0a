// SPDX-License-Identifier: MIT
#pragma once

#include "domain/address.h"
#include "domain/result.h"

#include <optional>

namespace Backroom::Server {

class Database;

struct StoredAddress {
    qint64 id = 0;
    qint64 userId = 0;
    Domain::Address address;
    int version = 0;

    QJsonObject toJson() const;
};

// A user's address book. Every call names the owner; an address of anyone else is NotFound, exactly as one
// that does not exist, so ids reveal nothing. Making one address the default clears the flag on the others.
class AddressBook {
public:
    static constexpr int maxAddresses = 50;

    explicit AddressBook(Database &database) : m_database(database) {}

    Domain::Result<QList<StoredAddress>> list(qint64 owner) const;
    Domain::Result<StoredAddress> get(qint64 owner, qint64 id) const;
    // Conflict when the owner already has maxAddresses.
    Domain::Result<StoredAddress> add(qint64 owner, const Domain::Address &address);
    // Applies a partial update; Stale when expectedVersion is given and is not the stored one.
    Domain::Result<StoredAddress> update(qint64 owner, qint64 id, const QJsonObject &patch,
                                         std::optional<int> expectedVersion);
    Domain::Status remove(qint64 owner, qint64 id, std::optional<int> expectedVersion);

private:
    Database &m_database;
};

} // namespace Backroom::Server
