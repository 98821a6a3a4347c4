#pragma once

// Small helpers shared by the tests; nothing here is application code.

#include "articles/articlereader.h"
#include "recognition/mentionrecognizer.h"

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

/// An article read from @p text as if it were the file @p file of a folder, with its figures.
inline Crosscheck::Core::Article article(const QString& file, const QString& text)
{
    auto read = std::get<Crosscheck::Core::Article>(
        Crosscheck::Core::ArticleReader::fromBytes(text.toUtf8(), QStringLiteral("/folder/") + file, file));
    read.mentions = Crosscheck::Core::MentionRecognizer::figures(read);
    return read;
}

/// A folder of articles a0.txt, a1.txt, … with the given texts.
inline QList<Crosscheck::Core::Article> articles(const QStringList& texts)
{
    QList<Crosscheck::Core::Article> out;
    for (int i = 0; i < texts.size(); ++i)
        out.append(article(QStringLiteral("a%1.txt").arg(i), texts[i]));
    return out;
}

/// How much longer than usual a test may wait for work to finish: 1, or what
/// CROSSCHECK_TEST_WAIT_SCALE says (tools/memcheck sets it, since Valgrind runs code many times slower).
inline int waitScale()
{
    bool ok = false;
    const int scale = qEnvironmentVariableIntValue("CROSSCHECK_TEST_WAIT_SCALE", &ok);
    return ok && scale > 1 ? scale : 1;
}

} // namespace TestUtils
