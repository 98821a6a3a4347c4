// Export and interchange: each format against a golden file (fixed times, so the bytes are
// stable), the JSON-LD round trip through a fresh store, CSV quoting, the REFI-QDA project read
// back element by element, atomic writing and its errors, and the command line.

#include "alignment/aligner.h"
#include "alignment/discrepancies.h"
#include "articles/folderscanner.h"
#include "export/exporter.h"
#include "export/zipwriter.h"
#include "recognition/mentionrecognizer.h"
#include "store/anchoring.h"
#include "store/annotationstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "testutils.h"

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesGoldenFiles_data();
    void matchesGoldenFiles();
    void jsonLdRoundTrip();
    void csvQuotesEverything();
    void qdpxHoldsProjectAndSources();
    void filtersByTagArticleAndDate();
    void markdownByClaim();
    void markdownPerArticleAndPerTag();
    void writesAtomicallyOrSaysWhy();
    void exportsAreNeverArticlesAndLinkFromWhereTheyAre();
    void commandLine();

private:
    QTemporaryDir m_dir;
    ExportData m_data;
    Exporter::Options options(Exporter::Format format) const;
};

namespace {
const QStringList kTexts = {
    u"Veldmark approves barrage\nThe Veldmark Courier\n\nVeldmark city council approved a €1.2 billion tidal "
    "barrage on Thursday. Funding will come from a €400 million loan from the Nordic Green Investment Bank. "
    "Mayor Lotte Brandvik called it \"the largest decision in a generation\".\n"_s,
    u"Osterhaven wins barrage vote\nNorthsea Business Wire\n\nThe council approved the €1.2 billion tidal "
    "barrage in Veldmark on Thursday. Funding will come from a €450 million loan from the Nordic Green "
    "Investment Bank, the operator said.\n"_s,
    u"潮汐坝获批\n海港日报\n\n韦尔德马克市议会周四批准了耗资12亿欧元的潮汐坝。北欧绿色投资银行将提供4亿欧元贷款。\n"_s,
};

Annotation annotate(const Article& article, const QString& quote, const QStringList& tags,
                    const QString& note, const QString& colour, int minute)
{
    Annotation a;
    const qsizetype at = article.text.indexOf(quote);
    Q_ASSERT(at >= 0);
    Anchoring::describe(a, article.text, at, at + quote.size());
    a.uuid = u"00000000-0000-4000-8000-%1"_s.arg(minute, 12, 10, QLatin1Char('0'));
    a.articlePath = article.relativePath;
    a.articleSha256 = QString::fromLatin1(article.textSha256);
    a.tags = tags;
    a.note = note;
    a.color = colour;
    a.created = QDateTime(QDate(2026, 11, 2), QTime(9, minute), QTimeZone::UTC);
    a.modified = a.created.addSecs(30);
    return a;
}

// RFC 4180 rows, read back.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}
} // namespace

void TestExport::initTestCase()
{
    QList<Article> articles = TestUtils::articles(kTexts);
    const auto mentions = MentionRecognizer::withNames(articles);
    for (int i = 0; i < articles.size(); ++i)
        articles[i].mentions = mentions[i];
    m_data.folder = u"/folder"_s;
    m_data.articles = articles;
    m_data.alignment = Aligner::align(articles);
    m_data.discrepancies = DiscrepancyFinder::find(articles, m_data.alignment);
    m_data.annotations = {
        annotate(articles[0], u"a €400 million loan from the Nordic Green Investment Bank"_s,
                 {u"claim/disputed"_s, u"money"_s},
                 u"Other outlets say €450 million, \"check\" the bank's release."_s, u"#ffd54f"_s, 1),
        annotate(articles[0], u"Mayor Lotte Brandvik called it \"the largest decision in a generation\""_s,
                 {u"quote"_s}, u"Two lines:\nfirst, then second"_s, u"#81c784"_s, 2),
        annotate(articles[1], u"a €450 million loan from the Nordic Green Investment Bank"_s,
                 {u"claim/disputed"_s}, {}, u"#64b5f6"_s, 3),
        annotate(articles[2], u"北欧绿色投资银行将提供4亿欧元贷款"_s, {u"claim/disputed"_s, u"翻译"_s},
                 u"中文笔记，带逗号"_s, u"#f48fb1"_s, 4),
    };
    m_data.tags = {{u"claim"_s, u"#e53935"_s, u"Statements of fact"_s, 0},
                   {u"claim/disputed"_s, {}, u"Outlets disagree"_s, 3},
                   {u"money"_s, {}, {}, 1},
                   {u"quote"_s, {}, {}, 1},
                   {u"翻译"_s, {}, {}, 1}};
    QVERIFY2(!m_data.alignment.claims.isEmpty(), "the loan sentences should form a claim");
}

Exporter::Options TestExport::options(Exporter::Format format) const
{
    Exporter::Options o;
    o.format = format;
    o.title = u"Tidal barrage notes"_s;
    o.now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC);
    return o;
}

void TestExport::matchesGoldenFiles_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("grouping");
    QTest::addColumn<QString>("golden");
    QTest::newRow("markdown by article")
        << int(Exporter::Format::Markdown) << int(Exporter::Grouping::ByArticle) << u"export-by-article.md"_s;
    QTest::newRow("markdown by claim")
        << int(Exporter::Format::Markdown) << int(Exporter::Grouping::ByClaim) << u"export-by-claim.md"_s;
    QTest::newRow("csv") << int(Exporter::Format::Csv) << 0 << u"export.csv"_s;
    QTest::newRow("json-ld") << int(Exporter::Format::JsonLd) << 0 << u"export.jsonld"_s;
    QTest::newRow("html") << int(Exporter::Format::Html) << 0 << u"export.html"_s;
    QTest::newRow("qdc") << int(Exporter::Format::Qdc) << 0 << u"export.qdc"_s;
}

void TestExport::matchesGoldenFiles()
{
    QFETCH(int, format);
    QFETCH(int, grouping);
    QFETCH(QString, golden);
    Exporter::Options o = options(Exporter::Format(format));
    o.grouping = Exporter::Grouping(grouping);
    const QByteArray actual = Exporter::exportData(m_data, o);
    const QString path = QStringLiteral(CROSSCHECK_TESTS_DIR "/golden/") + golden;
    if (qEnvironmentVariableIsSet("CROSSCHECK_UPDATE_GOLDEN")) {
        TestUtils::writeFile(path, actual);
        QSKIP("golden file written");
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(path + u" (run with CROSSCHECK_UPDATE_GOLDEN=1 to make it)"_s));
    const QByteArray expected = f.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i)
            QCOMPARE(QString::fromUtf8(a[i]), QString::fromUtf8(e[i]));
        QCOMPARE(a.size(), e.size());
    }
}

void TestExport::jsonLdRoundTrip()
{
    const QByteArray json = Exporter::exportData(m_data, options(Exporter::Format::JsonLd));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"type"_s).toString(), u"AnnotationCollection"_s);
    QCOMPARE(root.value(u"total"_s).toInt(), 4);
    QString error;
    const auto back = Exporter::importJsonLd(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->size(), m_data.annotations.size());
    for (int i = 0; i < back->size(); ++i) {
        Annotation expected = m_data.annotations[i];
        Annotation actual = (*back)[i];
        expected.articleSha256.clear(); // not part of the interchange
        QCOMPARE(actual, expected);
    }

    // Into a fresh copy of the folder: a new store gives back the same annotations.
    QTemporaryDir copy;
    for (int i = 0; i < m_data.articles.size(); ++i)
        TestUtils::writeFile(copy.filePath(m_data.articles[i].relativePath), kTexts[i].toUtf8());
    AnnotationStore store;
    QCOMPARE(store.open(copy.path()), AnnotationStore::OpenResult::Opened);
    QVERIFY(store.addMany(*back));
    store.syncArticles(m_data.articles);
    const QList<Annotation> stored = store.annotations();
    QCOMPARE(stored.size(), m_data.annotations.size());
    for (const Annotation& original : m_data.annotations) {
        const auto found = store.annotation(original.uuid);
        QVERIFY(found);
        QCOMPARE(found->exact, original.exact);
        QCOMPARE(found->start, original.start);
        QCOMPARE(found->end, original.end);
        QCOMPARE(QSet<QString>(found->tags.cbegin(), found->tags.cend()),
                 QSet<QString>(original.tags.cbegin(), original.tags.cend()));
        QCOMPARE(found->note, original.note);
        QCOMPARE(found->color, original.color);
        QVERIFY(!found->orphan);
    }

    // Not annotations at all.
    QVERIFY(!Exporter::importJsonLd("{\"type\": \"Person\"}", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Exporter::importJsonLd("not json", &error));
}

void TestExport::csvQuotesEverything()
{
    Exporter::Options o = options(Exporter::Format::Csv);
    const QByteArray plain = Exporter::exportData(m_data, o);
    QVERIFY(!plain.startsWith("\xEF\xBB\xBF"));
    o.byteOrderMark = true;
    const QByteArray withBom = Exporter::exportData(m_data, o);
    QVERIFY(withBom.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(withBom.mid(3), plain);

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(plain));
    QCOMPARE(rows.size(), 1 + m_data.annotations.size());
    const QStringList header = rows.first();
    QCOMPARE(header.first(), u"id"_s);
    for (const QStringList& row : rows)
        QCOMPARE(row.size(), header.size());
    const qsizetype quote = header.indexOf(u"quote"_s), note = header.indexOf(u"note"_s),
                    tags = header.indexOf(u"tags"_s), others = header.indexOf(u"other_sources"_s);
    for (int i = 0; i < m_data.annotations.size(); ++i) {
        QCOMPARE(rows[i + 1][quote], m_data.annotations[i].exact);
        QCOMPARE(rows[i + 1][note], m_data.annotations[i].note);
        QCOMPARE(rows[i + 1][tags], m_data.annotations[i].tags.join(u"; "_s));
    }
    // The loan sentence's claim brings the other outlet's words along.
    QVERIFY2(rows[1][others].contains(u"Northsea Business Wire"_s), qPrintable(rows[1][others]));
}

void TestExport::qdpxHoldsProjectAndSources()
{
    const QByteArray archive = Exporter::exportData(m_data, options(Exporter::Format::Qdpx));
    QVERIFY(archive.startsWith("PK\x03\x04"));
    const auto entries = readStoredZip(archive);
    QHash<QString, QByteArray> files;
    for (const auto& [name, bytes] : entries)
        files.insert(name, bytes);
    QVERIFY(files.contains(u"project.qde"_s));
    QCOMPARE(files.size(), 1 + m_data.articles.size());

    QXmlStreamReader xml(files.value(u"project.qde"_s));
    QSet<QString> codes, codeRefs;
    QHash<QString, QString> sourceFile;
    int selections = 0;
    QString currentSource;
    QStringList codePath;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const auto attributes = xml.attributes();
            if (name == u"Project")
                QCOMPARE(xml.namespaceUri().toString(), u"urn:QDA-XML:project:1.0"_s);
            if (name == u"Code") {
                codes.insert(attributes.value(u"guid"_s).toString());
                codePath.append(attributes.value(u"name"_s).toString());
            } else if (name == u"CodeRef") {
                codeRefs.insert(attributes.value(u"targetGUID"_s).toString());
            } else if (name == u"TextSource") {
                currentSource = attributes.value(u"plainTextPath"_s).toString();
                QVERIFY(currentSource.startsWith(u"internal://"_s));
            } else if (name == u"PlainTextSelection") {
                ++selections;
                const QString text = QString::fromUtf8(files.value(u"Sources/"_s + currentSource.mid(11)));
                QVERIFY(!text.isEmpty());
                const QList<uint> points = text.toUcs4();
                const qsizetype start = attributes.value(u"startPosition"_s).toLongLong();
                const qsizetype end = attributes.value(u"endPosition"_s).toLongLong();
                const QString quoted = QString::fromUcs4(
                    reinterpret_cast<const char32_t *>(points.constData()) + start, end - start);
                const bool known = std::any_of(m_data.annotations.cbegin(), m_data.annotations.cend(),
                                               [&](const Annotation& a) { return a.exact == quoted; });
                QVERIFY2(known, qPrintable(quoted));
            }
        } else if (xml.isEndElement() && xml.name() == u"Code") {
            codePath.removeLast();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(selections, m_data.annotations.size());
    QVERIFY(codes.contains(codeRefs.values().first()));
    for (const QString& ref : codeRefs)
        QVERIFY2(codes.contains(ref), "every coding refers to a code of the codebook");
    QCOMPARE(codes.size(), m_data.tags.size());

    // The codebook alone nests "disputed" inside "claim".
    QXmlStreamReader book(Exporter::exportData(m_data, options(Exporter::Format::Qdc)));
    QStringList path;
    bool nested = false;
    while (!book.atEnd()) {
        book.readNext();
        if (book.isStartElement() && book.name() == u"Code") {
            path.append(book.attributes().value(u"name"_s).toString());
            nested = nested || path == QStringList({u"claim"_s, u"disputed"_s});
        } else if (book.isEndElement() && book.name() == u"Code") {
            path.removeLast();
        }
    }
    QVERIFY(!book.hasError());
    QVERIFY(nested);
}

void TestExport::filtersByTagArticleAndDate()
{
    Exporter::Options o = options(Exporter::Format::Csv);
    o.tags = {u"claim"_s}; // a parent takes its children
    QCOMPARE(Exporter::selected(m_data, o).size(), 3);
    o.tags = {u"quote"_s};
    QCOMPARE(Exporter::selected(m_data, o).size(), 1);
    o.tags.clear();
    o.articles = {m_data.articles[1].relativePath};
    QCOMPARE(Exporter::selected(m_data, o).size(), 1);
    o.articles.clear();
    o.from = QDateTime(QDate(2026, 11, 2), QTime(9, 2), QTimeZone::UTC);
    o.to = QDateTime(QDate(2026, 11, 2), QTime(9, 3), QTimeZone::UTC);
    QCOMPARE(Exporter::selected(m_data, o).size(), 2);
}

void TestExport::markdownByClaim()
{
    Exporter::Options o = options(Exporter::Format::Markdown);
    o.grouping = Exporter::Grouping::ByClaim;
    const QString md = QString::fromUtf8(Exporter::exportData(m_data, o));
    QVERIFY(md.contains(u"| Source | What it says |"_s));
    QVERIFY(md.contains(u"#claim/disputed"_s));
    QVERIFY(md.contains(u"#:~:text="_s));
    QVERIFY2(md.contains(u"€450 million"_s), qPrintable(md));
}

void TestExport::markdownPerArticleAndPerTag()
{
    Exporter::Options o = options(Exporter::Format::Markdown);
    o.split = Exporter::Split::PerArticle;
    QStringList names;
    for (const auto& [name, bytes] : Exporter::documents(m_data, o)) {
        names.append(name);
        QVERIFY(bytes.startsWith(QByteArray(QByteArray(FolderScanner::kMarkdownExportMark) + "\n\n# Tidal barrage notes — a")));
    }
    QCOMPARE(names, QStringList({u"a0.md"_s, u"a1.md"_s, u"a2.md"_s}));

    o.split = Exporter::Split::PerTag;
    QHash<QString, QString> byTag;
    for (const auto& [name, bytes] : Exporter::documents(m_data, o))
        byTag.insert(name, QString::fromUtf8(bytes));
    QCOMPARE(QSet<QString>(byTag.keyBegin(), byTag.keyEnd()),
             QSet<QString>({u"claim--disputed.md"_s, u"money.md"_s, u"quote.md"_s, u"翻译.md"_s}));
    QCOMPARE(byTag.value(u"claim--disputed.md"_s).count(u"\n> — "_s), 3);
    QCOMPARE(byTag.value(u"quote.md"_s).count(u"\n> — "_s), 1);

    QTemporaryDir dir;
    QString error;
    QVERIFY2(Exporter::writeDocuments(m_data, o, dir.filePath(u"notes"_s), &error), qPrintable(error));
    QCOMPARE(QDir(dir.filePath(u"notes"_s)).entryList(QDir::Files).size(), 4);

    // Tags are the user's text: none of them can lead a document out of the chosen folder.
    ExportData hostile = m_data;
    hostile.annotations[0].tags = {u"../../escape"_s, u"a/../../b"_s, u".."_s, u"/etc/passwd"_s, u"c:\\x"_s};
    const QString target = dir.filePath(u"deep/notes"_s);
    QVERIFY2(Exporter::writeDocuments(hostile, o, target, &error), qPrintable(error));
    QDir root(dir.path());
    const QStringList everything = [&root] {
        QStringList all;
        for (QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
             it.hasNext();)
            all.append(root.relativeFilePath(it.next()));
        return all;
    }();
    for (const QString& file : everything)
        QVERIFY2(file.startsWith(u"notes/"_s) || file.startsWith(u"deep/notes/"_s), qPrintable(file));
    QVERIFY(QDir(target).entryList(QDir::Files).size() >= 5);
}

void TestExport::writesAtomicallyOrSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.md"_s);
    TestUtils::writeFile(path, "old content that must be replaced whole");
    QString error;
    QVERIFY(Exporter::write(m_data, options(Exporter::Format::Markdown), path, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith(QByteArray(QByteArray(FolderScanner::kMarkdownExportMark) + "\n\n# Tidal barrage notes")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left

    const QString nowhere = dir.filePath(u"missing/folder/notes.md"_s);
    QVERIFY(!Exporter::write(m_data, options(Exporter::Format::Markdown), nowhere, &error));
    QVERIFY2(error.contains(u"notes.md"_s), qPrintable(error));
    QVERIFY(!QFile::exists(nowhere));
}

void TestExport::exportsAreNeverArticlesAndLinkFromWhereTheyAre()
{
    // Saved into the articles folder, a Markdown or HTML export is not read as another article.
    QTemporaryDir root;
    const QString articles = root.filePath(u"coverage"_s);
    QVERIFY(QDir().mkpath(articles));
    TestUtils::writeFile(articles + u"/a.txt"_s, "Council approves barrage\nThe council voted 31 to 14.\n");
    ExportData data = m_data;
    data.folder = articles;
    QString error;
    for (const auto format : {Exporter::Format::Markdown, Exporter::Format::Html}) {
        const QString inside = articles + u"/coverage-notes."_s + Exporter::suffix(format);
        QVERIFY2(Exporter::write(data, options(format), inside, &error), qPrintable(error));
        QVERIFY(FolderScanner::isOwnExport(inside));
    }
    const FolderScanner::Result scan = FolderScanner::scan(articles);
    QCOMPARE(scan.entries.size(), 1);
    QCOMPARE(scan.entries.first().relativePath, u"a.txt"_s);
    // An article that merely mentions Crosscheck is still an article.
    TestUtils::writeFile(articles + u"/b.md"_s, "# Crosscheck export of nothing\n\nText.\n");
    QCOMPARE(FolderScanner::scan(articles).entries.size(), 2);

    // Beside the folder, the export's links lead into it.
    const QString beside = root.filePath(u"coverage-notes.md"_s);
    QVERIFY(Exporter::write(data, options(Exporter::Format::Markdown), beside, &error));
    QFile f(beside);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray md = f.readAll();
    QVERIFY2(md.contains("](coverage/a0.txt#:~:text="), md.left(600).constData());
    QVERIFY(!md.contains("](a0.txt#"));
}

void TestExport::commandLine()
{
    QTemporaryDir folder;
    for (int i = 0; i < kTexts.size(); ++i)
        TestUtils::writeFile(folder.filePath(u"a%1.txt"_s.arg(i)), kTexts[i].toUtf8());
    // Annotations arrive through the importer, as a colleague's export would.
    const QString jsonld = folder.filePath(u"../notes-%1.jsonld"_s.arg(QCoreApplication::applicationPid()));
    TestUtils::writeFile(jsonld, Exporter::exportData(m_data, options(Exporter::Format::JsonLd)));
    auto run = [](const QStringList& args, QByteArray *out = nullptr) {
        QProcess process;
        process.start(QStringLiteral(CROSSCHECK_EXECUTABLE), args);
        if (!process.waitForFinished(60000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QCOMPARE(run({u"import"_s, folder.path(), jsonld}), 0);
    QCOMPARE(run({u"import"_s, folder.path(), jsonld}), 0); // a second time adds nothing
    QFile::remove(jsonld);
    QByteArray out;
    QCOMPARE(
        run({u"export"_s, folder.path(), u"--format"_s, u"csv"_s, u"--tag"_s, u"claim/disputed"_s}, &out), 0);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(out));
    QCOMPARE(rows.size(), 1 + 3);
    const QString qdpx = folder.filePath(u"out/notes.qdpx"_s);
    QDir().mkpath(folder.filePath(u"out"_s));
    QCOMPARE(run({u"export"_s, folder.path(), u"--format"_s, u"qdpx"_s, u"-o"_s, qdpx}), 0);
    QFile archive(qdpx);
    QVERIFY(archive.open(QIODevice::ReadOnly));
    QCOMPARE(readStoredZip(archive.readAll()).size(), 1 + kTexts.size());
    // One document per tag, and a date span that holds two of the four annotations.
    const QString split = folder.filePath(u"out/by-tag"_s);
    QCOMPARE(
        run({u"export"_s, folder.path(), u"--format"_s, u"md"_s, u"--split"_s, u"tag"_s, u"-o"_s, split}), 0);
    QCOMPARE(QDir(split).entryList(QDir::Files).size(), 4);
    QCOMPARE(run({u"export"_s, folder.path(), u"--format"_s, u"csv"_s, u"--from"_s, u"2026-11-02"_s,
                  u"--to"_s, u"2026-11-02"_s},
                 &out),
             0);
    QCOMPARE(parseCsv(QString::fromUtf8(out)).size(), 1 + 4);
    QCOMPARE(run({u"export"_s, folder.path(), u"--format"_s, u"csv"_s, u"--from"_s, u"2026-11-03"_s}, &out),
             0);
    QCOMPARE(parseCsv(QString::fromUtf8(out)).size(), 1);
    QCOMPARE(run({u"export"_s, folder.path(), u"--format"_s, u"csv"_s, u"--from"_s, u"yesterday"_s}), 2);
    QCOMPARE(run({u"export"_s, folder.path(), u"--format"_s, u"pdf"_s}), 2);
    QCOMPARE(run({u"export"_s, folder.path(), u"--format"_s, u"md"_s, u"-o"_s, u"/proc/no/such/place.md"_s}),
             1);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
