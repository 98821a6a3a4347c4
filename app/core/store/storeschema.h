#pragma once

#include <QList>
#include <QStringList>

namespace Crosscheck::Core {

/// The annotation store's numbered migrations: entry i brings a database from PRAGMA
/// user_version i to i + 1. Never edit an entry that has shipped; add one.
const QList<QStringList>& storeMigrations();

} // namespace Crosscheck::Core
