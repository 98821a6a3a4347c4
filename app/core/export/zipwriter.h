#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Crosscheck::Core {

/// Writes a ZIP archive in memory with stored (uncompressed) entries: what a REFI-QDA project
/// (.qdpx) is. Enough of the format for that, written here because Qt keeps its own zip writer
/// private.
class ZipWriter
{
public:
    void add(const QString& name, const QByteArray& data);
    /// The whole archive: local headers and data, then the central directory.
    QByteArray finish() const;

    static quint32 crc32(const QByteArray& data);

private:
    struct Entry
    {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
    };
    QList<Entry> m_entries;
};

/// Reads back what ZipWriter (or any zip of stored entries) holds: name to data. Entries that
/// are compressed are left out. For tests and import.
QList<std::pair<QString, QByteArray>> readStoredZip(const QByteArray& archive);

} // namespace Crosscheck::Core
