#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Crosscheck::Core {

/// Lists the article files of a folder, recursively, in a stable natural order.
class FolderScanner
{
    Q_DECLARE_TR_FUNCTIONS(FolderScanner)

public:
    struct Entry
    {
        QString filePath;
        QString relativePath;
    };
    struct Result
    {
        QList<Entry> entries;
        QString error; ///< set when the folder itself cannot be read
    };

    /// Symbolic links to folders are not followed, so a link loop cannot trap the scan; hidden
    /// folders (such as the project's own .crosscheck store) are skipped.
    static Result scan(const QString& folder);
};

} // namespace Crosscheck::Core
