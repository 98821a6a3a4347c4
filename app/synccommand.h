#pragma once

#include <QStringList>

/// `crosscheck sync FOLDER --server postgresql://USER@HOST:PORT/DATABASE [--watch]`: sends the
/// folder's annotations that are not on the team server yet and brings the team's, as
/// File › Team › Connect… does in the window (docs/team.md). The password comes from PGPASSWORD or
/// ~/.pgpass (libpq's own ways), never from the command line. With --watch it keeps the folder in
/// step until stopped. Exit code 0 when in step, 1 when the server could not be reached or refused
/// (the changes stay queued), 2 a usage error.
int runSyncCommand(const QStringList& arguments);
