#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Crosscheck::Core {

/// The team server's tables, in the PostgreSQL schema "crosscheck", created and upgraded by
/// numbered migrations the app runs in one transaction each (docs/team.md). A server whose schema
/// is newer than this build understands is refused; a member who may not create tables is told to
/// ask the administrator (the owner role runs the migrations, members only read and write rows).
class TeamSchema
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)

public:
    static constexpr int kVersion = 1;

    /// Brings @p db up to kVersion; false with @p error when it cannot or must not.
    static bool prepare(QSqlDatabase db, QString *error);
    /// The server's schema version; 0 when it has no Crosscheck tables, -1 on error.
    static int version(QSqlDatabase db, QString *error);
};

} // namespace Crosscheck::Core
