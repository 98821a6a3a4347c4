#include "folderscanner.h"

#include "articlereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Crosscheck::Core {

int FolderScanner::naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            QStringView da = a.sliced(i, ei - i), db = b.sliced(j, ej - j);
            while (da.size() > 1 && da.front() == u'0')
                da = da.sliced(1);
            while (db.size() > 1 && db.front() == u'0')
                db = db.sliced(1);
            if (da.size() != db.size())
                return da.size() < db.size() ? -1 : 1;
            if (const int c = da.compare(db); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : ((a.size() - i) > (b.size() - j) ? 1 : 0);
}

bool FolderScanner::isOwnExport(const QString& path)
{
    const QString lower = path.toLower();
    const bool markdown = lower.endsWith(u".md") || lower.endsWith(u".markdown");
    const bool html = lower.endsWith(u".html") || lower.endsWith(u".htm") || lower.endsWith(u".xhtml");
    if (!markdown && !html)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false; // the reader names what is wrong with it
    const QByteArray head = file.read(1024);
    if (markdown)
        return head.startsWith(kMarkdownExportMark);
    const QByteArray generator = QByteArray(R"(<meta name="generator" content=")") + kHtmlGenerator + '"';
    return head.contains(generator);
}

FolderScanner::Result FolderScanner::scan(const QString& folder)
{
    Result result;
    const QFileInfo info(folder);
    if (!info.exists()) {
        result.error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    if (!info.isDir()) {
        result.error = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    const QDir dir(info.absoluteFilePath());
    if (!dir.isReadable()) {
        result.error =
            tr("The folder %1 cannot be read: permission denied.").arg(QDir::toNativeSeparators(folder));
        return result;
    }

    QSet<QString> visited{dir.canonicalPath()};
    QList<QString> pending{dir.absolutePath()};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        result.folders.append(current);
        const QFileInfoList children =
            QDir(current).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::NoSort);
        for (const QFileInfo& child : children) {
            const QString path = child.absoluteFilePath();
            const QString relative = dir.relativeFilePath(path);
            if (child.isSymLink() && !child.exists()) {
                if (ArticleReader::isSupported(child.fileName()))
                    result.problems.append(
                        {path, relative, tr("it is a link to a file that does not exist")});
                continue;
            }
            if (child.isDir()) {
                if (child.fileName().startsWith(u'.'))
                    continue;
                const QString canonical = child.canonicalFilePath();
                if (visited.contains(canonical)) {
                    if (child.isSymLink())
                        result.problems.append(
                            {path, relative,
                             tr("it links back to a folder already being read (a link loop)")});
                    continue;
                }
                if (!child.isReadable() || !child.isExecutable()) {
                    result.problems.append(
                        {path, relative, tr("the folder cannot be read: permission denied")});
                    continue;
                }
                visited.insert(canonical);
                pending.append(path);
                continue;
            }
            if (ArticleReader::isSupported(child.fileName()) && !isOwnExport(path))
                result.entries.append({path, relative});
        }
    }

    std::sort(result.entries.begin(), result.entries.end(), [](const Entry& a, const Entry& b) {
        const int c = naturalCompare(a.relativePath, b.relativePath);
        return c != 0 ? c < 0 : a.relativePath < b.relativePath;
    });
    return result;
}

} // namespace Crosscheck::Core
