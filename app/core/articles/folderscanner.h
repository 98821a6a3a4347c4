#pragma once

#include "article.h"

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
        QList<LoadError> problems; ///< subfolders and links that could not be followed
        QStringList folders;       ///< every folder read, the top one first
        QString error;             ///< set when the folder itself cannot be read
    };

    /// Links to folders are followed once: a link back into a folder already being read is a
    /// reported loop, not an endless scan. Hidden folders (such as the project's own .crosscheck
    /// store) are skipped, and so are Crosscheck's own exports saved into the folder.
    static Result scan(const QString& folder);

    /// The first line of a Markdown export and the generator of an HTML export: a file that
    /// starts with either is Crosscheck's own notes, never an article.
    static constexpr char kMarkdownExportMark[] = "<!-- Crosscheck export: annotations, not an article -->";
    static constexpr char kHtmlGenerator[] = "Crosscheck";
    /// Whether the file at @p path is one of Crosscheck's Markdown or HTML exports.
    static bool isOwnExport(const QString& path);

    /// Orders paths as people expect: "part 2" before "part 10", letters case-insensitively.
    static int naturalCompare(QStringView a, QStringView b);
};

} // namespace Crosscheck::Core
