#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Crosscheck::Core {

/// One article of an opened folder, as read from disk.
struct Article
{
    QString filePath;     ///< absolute path
    QString relativePath; ///< path relative to the opened folder, '/'-separated
    QString title;        ///< headline as the application shows it
    QString text;         ///< decoded text, line endings normalised to '\n'
};

/// A file of the folder that could not be read, and why.
struct LoadError
{
    QString filePath;
    QString relativePath;
    QString message; ///< user-readable reason, already translated
};

} // namespace Crosscheck::Core

Q_DECLARE_METATYPE(Crosscheck::Core::Article)
Q_DECLARE_METATYPE(Crosscheck::Core::LoadError)
