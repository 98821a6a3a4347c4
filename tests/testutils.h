#pragma once

// Small helpers shared by the tests; nothing here is application code.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace TestUtils {

/// Writes @p bytes to @p path, creating folders on the way; fails the running test on error.
inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace TestUtils
