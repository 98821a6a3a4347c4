// Export of 100,000 annotations (100 in each of 1,000 generated articles, each with tags and a
// note) to each format: time and peak memory of the process.
// Usage: bench_export [FORMAT]   (md, html, csv, jsonld, qdpx, qdc; all of them when left out)

#include "alignment/aligner.h"
#include "articles/articlereader.h"
#include "benchutil.h"
#include "export/exporter.h"
#include "generator.h"
#include "recognition/mentionrecognizer.h"
#include "store/anchoring.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<Exporter::Format> formats = {Exporter::Format::Markdown, Exporter::Format::Html,
                                       Exporter::Format::Csv,      Exporter::Format::JsonLd,
                                       Exporter::Format::Qdpx,     Exporter::Format::Qdc};
    if (argc == 2) {
        const auto one = Exporter::formatFromName(QString::fromLocal8Bit(argv[1]));
        if (!one)
            return 2;
        formats = {*one};
    }
    QTemporaryDir dir;
    BenchUtil::FolderGenerator().write(dir.path(), 1000);
    ExportData data;
    data.folder = dir.path();
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files, QDir::Name)) {
        auto read = ArticleReader::read(dir.filePath(name), name);
        if (auto *article = std::get_if<Article>(&read)) {
            article->mentions = MentionRecognizer::figures(*article);
            data.articles.append(*article);
        }
    }
    data.alignment = Aligner::align(data.articles);
    // 100 annotations an article: every sentence and then word runs, tagged, some with notes.
    const QStringList tags = {u"claim"_s, u"claim/disputed"_s, u"claim/checked"_s, u"money"_s, u"quote"_s};
    for (const Article& a : data.articles) {
        for (int i = 0; i < 100; ++i) {
            const qsizetype length = a.text.size();
            const qsizetype start = (i * 37) % std::max<qsizetype>(1, length - 40);
            Annotation n;
            Anchoring::describe(n, a.text, start, start + 30);
            n.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            n.articlePath = a.relativePath;
            n.tags = {tags[i % tags.size()], tags[(i + 2) % tags.size()]};
            if (i % 3 == 0)
                n.note = u"Checked against the filing, \"page %1\"; see the second source."_s.arg(i);
            n.created = n.modified = QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::UTC).addSecs(i);
            data.annotations.append(n);
        }
    }
    for (const QString& t : tags)
        data.tags.append({t, {}, {}, 0});
    std::printf("%lld annotations in %lld articles\n", qlonglong(data.annotations.size()),
                qlonglong(data.articles.size()));
    for (const Exporter::Format format : formats) {
        Exporter::Options options;
        options.format = format;
        options.grouping = Exporter::Grouping::ByClaim;
        QElapsedTimer timer;
        timer.start();
        QString error;
        const QString path = dir.filePath(u"out."_s + Exporter::suffix(format));
        if (!Exporter::write(data, options, path, &error)) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            return 1;
        }
        std::printf("%-6s %6.2f s  %7.1f MB written  peak memory of the process %.0f MB\n",
                    qPrintable(Exporter::suffix(format)), timer.nsecsElapsed() / 1e9,
                    QFileInfo(path).size() / 1e6, BenchUtil::peakRssKiB() / 1024.0);
    }
    return 0;
}
