#include "zipwriter.h"

#include <QtEndian>

#include <array>

namespace Crosscheck::Core {

namespace {
void put16(QByteArray& out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

quint16 get16(const QByteArray& in, qsizetype at)
{
    return qFromLittleEndian<quint16>(in.constData() + at);
}

quint32 get32(const QByteArray& in, qsizetype at)
{
    return qFromLittleEndian<quint32>(in.constData() + at);
}

constexpr quint16 kUtf8Names = 1 << 11;
// 1 January 2026, 00:00 in MS-DOS time: entries carry no meaningful time, and a fixed one keeps
// the archive the same for the same content.
constexpr quint16 kDosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
} // namespace

quint32 ZipWriter::crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipWriter::add(const QString& name, const QByteArray& data)
{
    m_entries.append({name.toUtf8(), data, crc32(data)});
}

QByteArray ZipWriter::finish() const
{
    QByteArray out, central;
    for (const Entry& e : m_entries) {
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);         // version needed
        put16(out, kUtf8Names); // flags
        put16(out, 0);          // stored
        put16(out, 0);          // time
        put16(out, kDosDate);
        put32(out, e.crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out.append(e.name).append(e.data);

        put32(central, 0x02014b50);
        put16(central, 20); // made by
        put16(central, 20); // needed
        put16(central, kUtf8Names);
        put16(central, 0);
        put16(central, 0);
        put16(central, kDosDate);
        put32(central, e.crc);
        put32(central, quint32(e.data.size()));
        put32(central, quint32(e.data.size()));
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central.append(e.name);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

QList<std::pair<QString, QByteArray>> readStoredZip(const QByteArray& archive)
{
    QList<std::pair<QString, QByteArray>> out;
    // The end of central directory record, searched from the end (it may carry a comment).
    qsizetype end = -1;
    for (qsizetype at = archive.size() - 22; at >= 0 && at >= archive.size() - 22 - 65535; --at) {
        if (get32(archive, at) == 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return out;
    const quint16 count = get16(archive, end + 10);
    qsizetype at = get32(archive, end + 16);
    for (int i = 0; i < count && at + 46 <= archive.size(); ++i) {
        if (get32(archive, at) != 0x02014b50)
            break;
        const quint16 method = get16(archive, at + 10);
        const quint32 size = get32(archive, at + 20);
        const quint16 nameLength = get16(archive, at + 28);
        const quint16 extra = get16(archive, at + 30), comment = get16(archive, at + 32);
        const quint32 local = get32(archive, at + 42);
        const QString name = QString::fromUtf8(archive.mid(at + 46, nameLength));
        at += 46 + nameLength + extra + comment;
        if (method != 0 || local + 30 > quint64(archive.size()))
            continue;
        const qsizetype data = local + 30 + get16(archive, local + 26) + get16(archive, local + 28);
        if (data + size <= archive.size())
            out.append({name, archive.mid(data, size)});
    }
    return out;
}

} // namespace Crosscheck::Core
