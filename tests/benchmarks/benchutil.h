#pragma once

// Helpers shared by the benchmark programs.

#include <QFile>

namespace BenchUtil {

/// Peak resident memory of this process (VmHWM) in KiB, or -1 where /proc is not available.
inline long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace BenchUtil
