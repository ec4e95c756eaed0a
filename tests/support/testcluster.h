// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Backroom::Test {

// The run's shared PostgreSQL cluster, started by the pg_cluster CTest fixture (backroom-test-cluster).
// Its template database has every migration applied; each test copies it into a database of its own.
namespace TestCluster {
QString directory();                                 // empty when the fixture did not run
QByteArray conninfo(const QString &databaseName);    // for a database in that cluster
inline constexpr const char *templateName = "backroom_template";
} // namespace TestCluster

// A fresh database for one test, copied from the template (migrated) or created empty; dropped at the end.
class TestDatabase {
public:
    enum class Content { Migrated, Empty };
    explicit TestDatabase(Content content = Content::Migrated);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return !m_name.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &name() const { return m_name; }
    QByteArray conninfo() const { return TestCluster::conninfo(m_name); }

private:
    QString m_name;
    QString m_error;
};

} // namespace Backroom::Test
