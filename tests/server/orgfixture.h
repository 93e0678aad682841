#pragma once

// A scratch database at the current schema with a small organisation, for the server tests:
//
//   PROV  province ("ແຂວງ")           adminprov (admin, clearance 2)
//   ├── DEPTA department ("ປທສ")       clerka (clerk, 0), clerka2 (clerk, 2), officera (officer,
//   1), │   │                              heada (head, 2), archivista (archivist, 1), │   │ admina
//   (admin, 1), gone (clerk, 0; disabled) │   └── DIVA1 division ("ບຫ")      multi (clerk, 0) └──
//   DEPTB department ("ກຕສ")       clerkb (clerk, 2); multi is an officer here
//
//   registers: A-IN (DEPTA incoming), A-OUT (DEPTA outgoing, "{seq}/{abbr}.{yy}"),
//              A1-IN (DIVA1 incoming, "{seq}/{parent}.{abbr}"), B-IN (DEPTB incoming)
//
// Login roles are cluster-wide and every test makes its own database on the one fixture
// cluster, so each login carries a suffix unique to this fixture: login("clerka") is
// "clerka_<suffix>". Everyone's password is password().
#include "core/db/connectionprofile.h"
#include "core/util/result.h"
#include "tests/support/cluster.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace saraban::test {

class OrgFixture
{
public:
    explicit OrgFixture(const QString &prefix);

    // Everything above was created; check it first in initTestCase().
    Status status() const { return m_status; }

    ConnectionProfile superuser() const { return m_database->profile(); }
    QString databaseName() const { return m_database->name(); }
    QString suffix() const { return m_suffix; }
    QString login(const QString &who) const { return who + QLatin1Char('_') + m_suffix; }
    // How `who` signs in: their own login role and password, over the socket.
    ConnectionProfile as(const QString &who) const;
    static QString password() { return QStringLiteral("correct horse battery"); }
    // The people above, by short name.
    static QStringList people();

    int registerId(const QString &key) const { return m_registers.value(key); }
    int organisationId() const { return m_organisationId; }

private:
    Status setUp();

    std::unique_ptr<ScratchDatabase> m_database;
    QString m_suffix;
    Status m_status;
    QHash<QString, int> m_registers;
    int m_organisationId = 0;
};

} // namespace saraban::test
