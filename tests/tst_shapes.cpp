// Every input shape costs linear work, and Cancel reaches inside a step. Work is counted, not
// timed: Interruption::checkpoint() is called once per bounded piece of work in every stage's
// loops (a line, a sentence, a word, a pattern match, a candidate pair), so the count of
// checkpoints is the work done. A stage that went quadratic on a shape would show it as the
// count growing four times when the input doubles.

#include "analysis/folderpipeline.h"
#include "analysis/folderrecognizer.h"
#include "articles/articlereader.h"
#include "articles/folderloader.h"
#include "articles/interruption.h"
#include "recognition/mentionrecognizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "benchmarks/shapes.h"

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

namespace {

QList<Article> readFolder(const QString& folder)
{
    QList<Article> out;
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& name : files) {
        auto read = ArticleReader::read(QDir(folder).filePath(name), name);
        if (auto *article = std::get_if<Article>(&read)) {
            article->mentions = MentionRecognizer::figures(*article);
            out.append(std::move(*article));
        }
    }
    return out;
}

struct Work
{
    quint64 reading = 0;  // read, clean, segment, figures
    quint64 analysis = 0; // names, stories, matching, disagreements
    qsizetype sentences = 0;
};

Work workOn(const BenchUtil::Shape& shape, qint64 bytes, const QString& folder)
{
    Work w;
    if (BenchUtil::writeShapeFolder(folder, shape, bytes) < 0)
        return w;
    const quint64 start = Interruption::checkpoints();
    const QList<Article> articles = readFolder(folder);
    const quint64 read = Interruption::checkpoints();
    const FolderResult result = FolderPipeline::run(articles, {});
    w.reading = read - start;
    w.analysis = Interruption::checkpoints() - read;
    for (const Article& a : result.articles)
        w.sentences += a.sentences.size();
    return w;
}

} // namespace

class TestShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workGrowsLinearly_data();
    void workGrowsLinearly();
    void checkpointsComeOftenEnough();
    void cancelStopsInsideAStep();
    void cancelStopsReadingInsideAFile();
};

void TestShapes::workGrowsLinearly_data()
{
    QTest::addColumn<int>("shape");
    for (int i = 0; i < BenchUtil::shapes().size(); ++i)
        QTest::newRow(BenchUtil::shapes()[i].name) << i;
}

void TestShapes::workGrowsLinearly()
{
    QFETCH(int, shape);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const BenchUtil::Shape& s = BenchUtil::shapes()[shape];
    const Work small = workOn(s, 96'000, dir.filePath(u"small"_s));
    const Work large = workOn(s, 192'000, dir.filePath(u"large"_s));
    QVERIFY2(small.reading > 0 && small.analysis > 0, "no work was counted");
    const double reading = double(large.reading) / double(small.reading);
    const double analysis = double(large.analysis) / double(small.analysis);
    qInfo("%s: reading %llu -> %llu (x%.2f), analysis %llu -> %llu (x%.2f), %lld sentences", s.name,
          small.reading, large.reading, reading, small.analysis, large.analysis, analysis,
          qint64(large.sentences));
    QVERIFY2(reading <= 2.3, qPrintable(u"reading grew x%1 when the input doubled"_s.arg(reading)));
    QVERIFY2(analysis <= 2.3, qPrintable(u"analysis grew x%1 when the input doubled"_s.arg(analysis)));
}

void TestShapes::checkpointsComeOftenEnough()
{
    // Cancel is heard at the next checkpoint the work asks at: every stage must pass one at
    // least every few hundred bytes of input, whatever its shape, or a large file would run on.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const BenchUtil::Shape& s : BenchUtil::shapes()) {
        const qint64 bytes = 192'000;
        const Work w = workOn(s, bytes, dir.filePath(QString::fromLatin1(s.name)));
        const double bytesPerAsk = double(bytes + bytes / 8) / double(w.reading + w.analysis) * Interruption::kAskEvery;
        qInfo("%s: one question every %.0f bytes of input", s.name, bytesPerAsk);
        QVERIFY2(bytesPerAsk < 4'000, s.name);
    }
}

void TestShapes::cancelStopsInsideAStep()
{
    // Names, matching and disagreements of a 2 MB market table take seconds on every machine
    // this runs on; Cancel must end the job within a second however far into a step it is.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const BenchUtil::Shape *table = BenchUtil::shapeNamed("table");
    QVERIFY(table);
    QVERIFY(BenchUtil::writeShapeFolder(dir.path(), *table, 2'000'000) > 0);
    const QList<Article> articles = readFolder(dir.path());
    QCOMPARE(articles.size(), 2);

    FolderRecognizer recognizer;
    QSignalSpy cancelled(&recognizer, &FolderRecognizer::cancelled);
    QSignalSpy finished(&recognizer, &FolderRecognizer::finished);
    recognizer.start(articles, {}, {});
    QTest::qWait(300);
    QVERIFY2(recognizer.isRunning(), "the job ended before it could be cancelled");
    recognizer.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!recognizer.isRunning(), 1000);
    QTRY_COMPARE(cancelled.count(), 1);
    QCOMPARE(finished.count(), 0);
}

void TestShapes::cancelStopsReadingInsideAFile()
{
    // One 8 MB file of dense figures: reading it (segmenting, figures) takes seconds; Cancel
    // returns at once, without waiting for the file to finish.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const BenchUtil::Shape *figures = BenchUtil::shapeNamed("dense-figures");
    QVERIFY(figures);
    QVERIFY(BenchUtil::writeShapeFolder(dir.path(), *figures, 8'000'000) > 0);

    FolderLoader loader;
    loader.setArticlePass(&FolderPipeline::prepareArticle); // as the window reads: figures too
    QSignalSpy loaded(&loader, &FolderLoader::articleLoaded);
    QSignalSpy done(&loader, &FolderLoader::finished);
    loader.open(dir.path());
    QTest::qWait(300);
    QVERIFY2(loader.isRunning(), "the folder was read before it could be cancelled");
    QElapsedTimer timer;
    timer.start();
    loader.cancel(); // waits for the job to end
    const qint64 waited = timer.elapsed();
    QVERIFY2(waited < 1000, qPrintable(u"Cancel waited %1 ms for the file"_s.arg(waited)));
    QVERIFY(!loader.isRunning());
    QCOMPARE(done.count(), 1);
    QVERIFY(loaded.count() < 2);
}

QTEST_GUILESS_MAIN(TestShapes)
#include "tst_shapes.moc"
