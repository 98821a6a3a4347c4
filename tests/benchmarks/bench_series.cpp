// One stage of the pipeline on one folder, for the size series of tools/bench; or the chart of
// a finished series.
// Usage: bench_series STAGE FOLDER    STAGE: loading, recognition, alignment, discrepancies, store,
//                                            export, analyze
//        bench_series --chart SERIES.tsv OUT.png
//        bench_series --generate N FOLDER   (N articles of the project's generator, FOLDER emptied first)
//        bench_series --shape NAME MB FOLDER (an input shape of shapes.h at MB megabytes, emptied first)
//        bench_series --shapes               (the names of the shapes, one a line, with what they are)
//
// A stage prints one tab-separated line: stage, articles, megabytes, seconds, peak MiB. Only the
// stage itself is timed; what it needs first (reading the folder, names, alignment) is not, but
// the peak memory is that of the whole process. The store and export stages work on ten
// annotations an article, tagged, every third with a note.
//   loading      FolderLoader opens the folder as the window does (read, clean, segment, figures)
//   recognition  the folder-wide name pass merged with the figures
//   alignment    matching sentences and claims
//   discrepancies  the disagreements within the claims
//   store        a fresh SQLite store: the annotations added, the articles indexed for search
//   export       the annotations as Markdown (by claim) and as JSON-LD
//   analyze      everything `crosscheck analyze` does, JSON included

#include "alignment/aligner.h"
#include "alignment/discrepancies.h"
#include "analysis/analysisreport.h"
#include "analysis/folderpipeline.h"
#include "articles/articlereader.h"
#include "articles/folderloader.h"
#include "articles/folderscanner.h"
#include "benchutil.h"
#include "export/exporter.h"
#include "generator.h"
#include "shapes.h"
#include "recognition/lexicon.h"
#include "recognition/mentionrecognizer.h"
#include "store/anchoring.h"
#include "store/annotationstore.h"

#include <QIODevice>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>
#include <QTemporaryDir>
#include <QUuid>

#include <cmath>
#include <cstdio>
#include <map>

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

namespace {

// Counts what is written to it and keeps none of it.
class DiscardingDevice : public QIODevice
{
public:
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        written += size;
        return size;
    }
};

QList<Article> readFolder(const QString& folder, qint64 *bytes)
{
    QList<Article> out;
    for (const FolderScanner::Entry& e : FolderScanner::scan(folder).entries) {
        auto read = ArticleReader::read(e.filePath, e.relativePath);
        if (auto *article = std::get_if<Article>(&read)) {
            *bytes += QFileInfo(e.filePath).size();
            article->mentions = MentionRecognizer::figures(*article);
            out.append(std::move(*article));
        }
    }
    return out;
}

QList<Annotation> annotate(const QList<Article>& articles)
{
    const QStringList tags = {u"claim"_s, u"claim/disputed"_s, u"money"_s, u"quote"_s};
    QList<Annotation> out;
    for (const Article& a : articles) {
        for (int i = 0; i < 10 && !a.sentences.isEmpty(); ++i) {
            const Sentence& s = a.sentences[i % a.sentences.size()];
            Annotation n;
            Anchoring::describe(n, a.text, s.start, s.end);
            n.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            n.articlePath = a.relativePath;
            n.articleSha256 = QString::fromLatin1(a.textSha256);
            n.tags = {tags[i % tags.size()]};
            if (i % 3 == 0)
                n.note = u"Checked against the filing (page %1)."_s.arg(i);
            n.created = n.modified = QDateTime::currentDateTimeUtc();
            out.append(n);
        }
    }
    return out;
}

int runStage(const QString& stage, const QString& folder)
{
    qint64 bytes = 0;
    QElapsedTimer timer;
    qsizetype articles = 0;
    if (stage == u"loading") {
        FolderLoader loader;
        loader.setArticlePass(&FolderPipeline::prepareArticle); // figures, as the window reads
        QObject::connect(&loader, &FolderLoader::articleLoaded, qApp, [&](const Article& a) {
            ++articles;
            bytes += a.text.toUtf8().size();
        });
        QObject::connect(&loader, &FolderLoader::finished, qApp, &QCoreApplication::quit);
        timer.start();
        loader.open(folder);
        QCoreApplication::exec();
    } else if (stage == u"analyze") {
        timer.start();
        QString error;
        const auto analysis = AnalysisReport::analyzeFolder(folder, &error);
        if (!analysis) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            return 1;
        }
        // Written as `crosscheck analyze` writes it, in chunks, to a device that keeps none of it:
        // the command streams to a file, and a buffer of the whole document is no cost it has.
        DiscardingDevice json;
        json.open(QIODevice::WriteOnly);
        AnalysisReport::writeJson(*analysis, &json, true);
        articles = analysis->articles.size();
        for (const Article& a : analysis->articles)
            bytes += a.text.toUtf8().size();
    } else {
        QList<Article> list = readFolder(folder, &bytes);
        articles = list.size();
        if (stage == u"recognition") {
            Lexicon::instance(); // the word lists are read once per process, not per folder
            timer.start();
            MentionRecognizer::addNames(list);
        } else {
            MentionRecognizer::addNames(list);
            if (stage == u"alignment") {
                timer.start();
                const Alignment alignment = Aligner::align(list);
                Q_UNUSED(alignment);
            } else if (stage == u"discrepancies") {
                const Alignment alignment = Aligner::align(list);
                timer.start();
                const auto discrepancies = DiscrepancyFinder::find(list, alignment);
                Q_UNUSED(discrepancies);
            } else {
                ExportData data;
                data.folder = folder;
                data.articles = list;
                data.alignment = Aligner::align(list);
                data.annotations = annotate(list);
                QTemporaryDir dir;
                if (stage == u"store") {
                    timer.start();
                    AnnotationStore store;
                    if (store.openFile(dir.filePath(u"bench.sqlite"_s)) != AnnotationStore::OpenResult::Opened ||
                        !store.addMany(data.annotations)) {
                        std::fprintf(stderr, "store: %s\n", qUtf8Printable(store.lastError()));
                        return 1;
                    }
                    store.syncArticles(list); // indexes every sentence for search
                    if (!store.lastError().isEmpty()) {
                        std::fprintf(stderr, "store: %s\n", qUtf8Printable(store.lastError()));
                        return 1;
                    }
                } else if (stage == u"export") {
                    timer.start();
                    for (const auto format : {Exporter::Format::Markdown, Exporter::Format::JsonLd}) {
                        Exporter::Options options;
                        options.format = format;
                        options.grouping = Exporter::Grouping::ByClaim;
                        QString error;
                        if (!Exporter::write(data, options, dir.filePath(u"out."_s + Exporter::suffix(format)),
                                             &error)) {
                            std::fprintf(stderr, "export: %s\n", qUtf8Printable(error));
                            return 1;
                        }
                    }
                } else {
                    std::fprintf(stderr, "unknown stage %s\n", qUtf8Printable(stage));
                    return 2;
                }
            }
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("%s\t%lld\t%.2f\t%.3f\t%.0f\n", qUtf8Printable(stage), qint64(articles), bytes / 1e6, seconds,
                BenchUtil::peakRssKiB() / 1024.0);
    return 0;
}

// Time against folder size, both on logarithmic axes, a line for each stage.
int drawChart(const QString& seriesPath, const QString& out)
{
    QFile file(seriesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(seriesPath));
        return 1;
    }
    std::map<QString, QList<QPointF>> lines; // stage → (articles, seconds)
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QList<QByteArray> f = raw.split('\t');
        if (f.size() < 5 || f[0] == "stage" || f.value(5) == "ecbplus")
            continue;
        lines[QString::fromUtf8(f[0])].append(QPointF(f[1].toDouble(), std::max(f[3].toDouble(), 1e-3)));
    }
    const QSize size(900, 560);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(80, 40, 600, 440);
    const double xMin = 1, xMax = 5;   // 10 to 100,000 articles
    const double yMin = -3, yMax = 3;  // 1 ms to 1,000 s
    auto at = [&](QPointF v) {
        return QPointF(plot.left() + (std::log10(v.x()) - xMin) / (xMax - xMin) * plot.width(),
                       plot.bottom() - (std::log10(v.y()) - yMin) / (yMax - yMin) * plot.height());
    };
    QFont font = p.font();
    font.setPixelSize(13);
    p.setFont(font);
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (double e = xMin; e <= xMax; ++e)
        p.drawLine(at({std::pow(10, e), std::pow(10, yMin)}), at({std::pow(10, e), std::pow(10, yMax)}));
    for (double e = yMin; e <= yMax; ++e)
        p.drawLine(at({std::pow(10, xMin), std::pow(10, e)}), at({std::pow(10, xMax), std::pow(10, e)}));
    p.setPen(Qt::black);
    p.drawRect(plot);
    const QStringList xLabels = {u"10"_s, u"100"_s, u"1,000"_s, u"10,000"_s, u"100,000"_s};
    for (int i = 0; i < xLabels.size(); ++i) {
        const QPointF pt = at({std::pow(10, xMin + i), std::pow(10, yMin)});
        p.drawText(QRectF(pt.x() - 40, pt.y() + 6, 80, 20), Qt::AlignHCenter, xLabels[i]);
    }
    const QStringList yLabels = {u"1 ms"_s, u"10 ms"_s, u"0.1 s"_s, u"1 s"_s, u"10 s"_s, u"100 s"_s, u"1000 s"_s};
    for (int i = 0; i < yLabels.size(); ++i) {
        const QPointF pt = at({std::pow(10, xMin), std::pow(10, yMin + i)});
        p.drawText(QRectF(pt.x() - 76, pt.y() - 10, 70, 20), Qt::AlignRight | Qt::AlignVCenter, yLabels[i]);
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 28, plot.width(), 20), Qt::AlignHCenter,
               u"articles in the folder (generated)"_s);
    p.drawText(QRectF(plot.left(), 10, plot.width(), 20), Qt::AlignHCenter, u"Time of each stage"_s);
    const QList<QColor> colours = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                   QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x33, 0x33, 0x33)};
    int index = 0;
    for (const auto& [stage, points] : lines) {
        const QColor colour = colours[index % colours.size()];
        QPainterPath path;
        for (int i = 0; i < points.size(); ++i)
            i == 0 ? path.moveTo(at(points[i])) : path.lineTo(at(points[i]));
        p.setPen(QPen(colour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(colour);
        for (const QPointF& v : points)
            p.drawEllipse(at(v), 3.5, 3.5);
        const QPointF key(plot.right() + 24, plot.top() + 16 + index * 24);
        p.drawLine(key, key + QPointF(24, 0));
        p.setPen(Qt::black);
        p.drawText(key + QPointF(32, 5), stage);
        ++index;
    }
    p.end();
    return image.save(out) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--chart") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return drawChart(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--generate") == 0) {
        const QString folder = QString::fromLocal8Bit(argv[3]);
        QDir(folder).removeRecursively();
        const qint64 bytes = BenchUtil::FolderGenerator().write(folder, QByteArray(argv[2]).toInt());
        std::printf("generated %s articles (%.1f MB) in %s\n", argv[2], bytes / 1e6, argv[3]);
        return bytes < 0 ? 1 : 0;
    }
    if (argc == 2 && qstrcmp(argv[1], "--shapes") == 0) {
        for (const BenchUtil::Shape& shape : BenchUtil::shapes())
            std::printf("%s\t%s\n", shape.name, shape.what);
        return 0;
    }
    if (argc == 5 && qstrcmp(argv[1], "--shape") == 0) {
        const BenchUtil::Shape *shape = BenchUtil::shapeNamed(argv[2]);
        if (!shape) {
            std::fprintf(stderr, "unknown shape %s\n", argv[2]);
            return 2;
        }
        const qint64 bytes = BenchUtil::writeShapeFolder(QString::fromLocal8Bit(argv[4]), *shape,
                                                         qint64(QByteArray(argv[3]).toDouble() * 1e6));
        return bytes < 0 ? 1 : 0;
    }
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_series STAGE FOLDER | --generate N FOLDER | --shape NAME MB FOLDER | "
                             "--shapes | --chart SERIES.tsv OUT.png\n");
        return 2;
    }
    return runStage(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
}
