#include "analysis/analysisreport.h"
#include "analysis/jsonwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "testutils.h"

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

class TestAnalyze : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsFolder();
    void seedsMentions();
    void examplesFolder();
    void commandLineWritesContract();
    void helpListsTheCommands();
    void jsonWriterWritesValidJson();
    void jsonWriterWritesLineObjectsOnOneLine();
    void commandLineExitCodes();
    void figureFieldsInTheContract();
};

namespace {
const Article *byFile(const FolderAnalysis& analysis, const QString& prefix)
{
    for (const Article& a : analysis.articles) {
        if (a.relativePath.startsWith(prefix))
            return &a;
    }
    return nullptr;
}

// True when @p phrase lies inside one sentence of @p article.
bool withinOneSentence(const Article& article, const QString& phrase)
{
    const qsizetype at = article.text.indexOf(phrase);
    if (at < 0)
        return false;
    const int first = article.sentenceAt(at);
    return first >= 0 && first == article.sentenceAt(at + phrase.size() - 1);
}

int runCrosscheck(const QStringList& args, QByteArray *out = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(CROSSCHECK_EXECUTABLE), args);
    if (!process.waitForFinished(60000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
} // namespace

void TestAnalyze::seedsFolder()
{
    const QString seeds = QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds");
    if (!QDir(seeds).exists())
        QSKIP("../shared/seeds is not present");
    QString error;
    const auto analysis = AnalysisReport::analyzeFolder(seeds, &error);
    QVERIFY2(analysis, qPrintable(error));
    QCOMPARE(analysis->articles.size(), 5);
    QVERIFY(analysis->errors.isEmpty());

    const Article *standard = byFile(*analysis, u"000_"_s);
    const Article *benzinga = byFile(*analysis, u"001_"_s);
    const Article *poniak = byFile(*analysis, u"002_"_s);
    const Article *last = byFile(*analysis, u"004_"_s);
    QVERIFY(standard && benzinga && poniak && last);
    QCOMPARE(standard->title,
             u"Alibaba Enters Global AI Race with $53 Billion Investment Commitment Over 3 Years."_s);
    QCOMPARE(standard->outlet, u"Business Standard"_s);
    QCOMPARE(poniak->title,
             u"Alibaba\u2019s $53 Billion AI Investment: Transforming Global Tech and Cloud Computing"_s);
    QCOMPARE(poniak->outlet, u"Poniak Times"_s);
    QVERIFY2(!benzinga->title.startsWith(u"TLDR"_s) && !benzinga->title.startsWith(u"-"_s),
             qPrintable(benzinga->title));
    QCOMPARE(last->title, u"Billionaire Jack Ma\u2019s Alibaba to invest $53 billion in AI infrastructure"_s);

    QVERIFY(withinOneSentence(*benzinga, u"Alibaba Group Holding Ltd. announced"_s));
    QVERIFY(withinOneSentence(*last, u"U.S. restrictions on advanced semiconductor"_s));
    QVERIFY(withinOneSentence(*poniak, u"RMB 31.74 billion (US$4.35 billion)"_s));
    // "Tmall.AI model" runs two sentences together; they come apart.
    const qsizetype tmall = poniak->text.indexOf(u"Tmall.AI"_s);
    QVERIFY(tmall > 0);
    QVERIFY(poniak->sentenceAt(tmall) != poniak->sentenceAt(tmall + 6));

    // Chrome and trailers are flagged; the story is not.
    auto flagged = [](const Article& a, const QString& phrase) {
        const int s = a.sentenceAt(a.text.indexOf(phrase));
        return s >= 0 && a.sentences[s].boilerplate;
    };
    QVERIFY(flagged(*poniak, u"Site icon"_s));
    QVERIFY(flagged(*poniak, u"Exit mobile version"_s));
    QVERIFY(flagged(*benzinga, u"Stay Ahead of the Market"_s));
    QVERIFY(flagged(*benzinga, u"Live audio squawk"_s));
    QVERIFY(flagged(*standard, u"Source : Business Standard"_s));
    QVERIFY(flagged(*last, u"Leave a Reply"_s));
    QVERIFY(!flagged(*standard, u"Microsoft is set to spend $80 billion"_s));
    // The seeds' mojibake-free text keeps its non-breaking spaces.
    QVERIFY(poniak->text.contains(u'\u00A0'));
}

void TestAnalyze::seedsMentions()
{
    const QString seeds = QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds");
    if (!QDir(seeds).exists())
        QSKIP("../shared/seeds is not present");
    QString error;
    const auto analysis = AnalysisReport::analyzeFolder(seeds, &error);
    QVERIFY2(analysis, qPrintable(error));

    // Every money amount the seeds state, with its value and currency.
    struct Money
    {
        QString text;
        double value;
        QString unit;
    };
    const QList<Money> expected = {
        {u"$53 billion"_s, 53e9, u"USD"_s},       {u"380 billion yuan"_s, 380e9, u"CNY"_s},
        {u"$80 billion"_s, 80e9, u"USD"_s},       {u"$65 billion"_s, 65e9, u"USD"_s},
        {u"$100 billion"_s, 100e9, u"USD"_s},     {u"$1 billion"_s, 1e9, u"USD"_s},
        {u"30 billion yuan"_s, 30e9, u"CNY"_s},   {u"RMB 31.74 billion"_s, 31.74e9, u"CNY"_s},
        {u"US$4.35 billion"_s, 4.35e9, u"USD"_s}, {u"$3,680.47 billion"_s, 3680.47e9, u"USD"_s},
        {u"$80 Billion"_s, 80e9, u"USD"_s},       {u"$60-$65 Billion"_s, 60e9, u"USD"_s},
        {u"$100 Billion"_s, 100e9, u"USD"_s},     {u"$75 Billion"_s, 75e9, u"USD"_s},
        {u"$320 billion"_s, 320e9, u"USD"_s},     {u"$53 Billion"_s, 53e9, u"USD"_s},
        // said by its magnitude: from a billion (to a trillion)
        {u"billions of dollars"_s, 1e9, u"USD"_s},
    };
    QHash<QString, int> moneyFound;
    for (const Article& article : analysis->articles) {
        for (const Mention& m : article.mentions) {
            const QString text = article.text.sliced(m.start, m.length());
            if (m.kind == MentionKind::Money) {
                const auto it = std::find_if(expected.cbegin(), expected.cend(),
                                             [&](const Money& e) { return e.text == text; });
                QVERIFY2(it != expected.cend(), qPrintable(u"unexpected money: "_s + text));
                QCOMPARE(m.value, it->value);
                QCOMPARE(m.unit, it->unit);
                ++moneyFound[text];
            }
            // No figure inside a model name.
            if (m.isFigure()) {
                for (const QString& model :
                     {u"GPT-4o"_s, u"Qwen 2.5-Max"_s, u"DeepSeek-V3"_s, u"Llama-3.1-405B"_s}) {
                    const qsizetype at = article.text.indexOf(model);
                    QVERIFY2(at < 0 || m.end <= at || m.start >= at + model.size(),
                             qPrintable(model + u": "_s + text));
                }
            }
        }
    }
    for (const Money& e : expected)
        QVERIFY2(moneyFound.value(e.text) > 0, qPrintable(u"missing money: "_s + e.text));
    const auto range =
        std::find_if(analysis->articles[2].mentions.cbegin(), analysis->articles[2].mentions.cend(),
                     [&](const Mention& m) { return m.kind == MentionKind::Money && m.valueMax; });
    QVERIFY(range != analysis->articles[2].mentions.cend());
    QCOMPARE(*range->valueMax, 65e9);

    auto kindsOf = [&](const QString& name) {
        QSet<QString> kinds;
        for (const Article& article : analysis->articles) {
            for (const Mention& m : article.mentions) {
                if (!m.isFigure() && article.text.sliced(m.start, m.length()) == name)
                    kinds.insert(mentionKindName(m.kind));
            }
        }
        return kinds;
    };
    for (const QString& person : {u"Eddie Wu"_s, u"Alicia Yap"_s, u"Xi Jinping"_s})
        QCOMPARE(kindsOf(person), QSet<QString>{u"person"_s});
    for (const QString& org : {u"Citigroup"_s, u"TD Cowen"_s, u"Nvidia"_s})
        QCOMPARE(kindsOf(org), QSet<QString>{u"organization"_s});
    for (const QString& place : {u"Hong Kong"_s, u"Beijing"_s})
        QCOMPARE(kindsOf(place), QSet<QString>{u"place"_s});
    for (const QString& product : {u"GPT-4o"_s, u"Qwen 2.5-Max"_s, u"DeepSeek-V3"_s, u"Llama-3.1-405B"_s})
        QCOMPARE(kindsOf(product), QSet<QString>{u"product"_s});
}

void TestAnalyze::examplesFolder()
{
    QString error;
    const auto analysis =
        AnalysisReport::analyzeFolder(QStringLiteral(CROSSCHECK_EXAMPLES_DIR "/tidal-barrage"), &error);
    QVERIFY2(analysis, qPrintable(error));
    QCOMPARE(analysis->articles.size(), 5);
    QStringList outlets;
    for (const Article& a : analysis->articles)
        outlets.append(a.outlet);
    QCOMPARE(outlets,
             QStringList({u"The Veldmark Courier"_s, u"Northsea Business Wire"_s, u"The Daily Ledger"_s,
                          u"Coastline Radio News"_s, u"EnergyMarkets Today"_s}));
    QCOMPARE(analysis->articles[2].title, u"Fishermen vow to fight Veldmark barrage"_s);
    QCOMPARE(analysis->articles[0].published, QDate(2025, 3, 14));
    QCOMPARE(analysis->articles[0].byline, u"Ines Halvorsen"_s);
}

void TestAnalyze::commandLineWritesContract()
{
    QTemporaryDir dir;
    {
        QFile f(dir.filePath(u"a.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        // An emoji is two UTF-16 units but one code point: offsets after it must count it once.
        f.write("Headline \xF0\x9F\x93\x88 here\nShares rose 8%. Analysts cheered.\n");
        QFile bad(dir.filePath(u"bad.html"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("\0\0\0\0", 4));
    }
    const QString output = dir.filePath(u"out.json"_s);
    QCOMPARE(runCrosscheck({u"analyze"_s, dir.path(), u"--output"_s, output}), 0);
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    for (const char *key : {"folder", "articles", "matches", "claims", "discrepancies", "errors"})
        QVERIFY2(root.contains(QLatin1StringView(key)), key);
    QCOMPARE(root[u"folder"_s].toString(), QDir(dir.path()).absolutePath());
    const QJsonArray articles = root[u"articles"_s].toArray();
    QCOMPARE(articles.size(), 1);
    const QJsonObject article = articles[0].toObject();
    QCOMPARE(article[u"file"_s].toString(), u"a.txt"_s);
    QVERIFY(article[u"outlet"_s].isNull());
    QVERIFY(article[u"published"_s].isNull());
    QCOMPARE(article[u"text_sha256"_s].toString().size(), 64);
    const QJsonArray sentences = article[u"sentences"_s].toArray();
    QCOMPARE(sentences.size(), 3);
    const QJsonObject second = sentences[1].toObject();
    QCOMPARE(second[u"text"_s].toString(), u"Shares rose 8%."_s);
    // "Headline 📈 here\n" is 16 code points (17 UTF-16 units).
    QCOMPARE(second[u"start"_s].toInt(), 16);
    QCOMPARE(second[u"end"_s].toInt(), 31);
    QCOMPARE(second[u"boilerplate"_s].toBool(), false);
    const QJsonArray errors = root[u"errors"_s].toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject()[u"file"_s].toString(), u"bad.html"_s);
    QVERIFY(!errors[0].toObject()[u"message"_s].toString().isEmpty());

    QByteArray stdoutBytes;
    QCOMPARE(runCrosscheck({u"analyze"_s, dir.path()}, &stdoutBytes), 0);
    QCOMPARE(QJsonDocument::fromJson(stdoutBytes).object()[u"articles"_s].toArray().size(), 1);

    // A size limit below the article's size reports it instead of reading it.
    QCOMPARE(runCrosscheck({u"analyze"_s, dir.path(), u"--max-file-size"_s, u"0.00001"_s}, &stdoutBytes), 0);
    const QJsonObject limited = QJsonDocument::fromJson(stdoutBytes).object();
    QCOMPARE(limited[u"articles"_s].toArray().size(), 0);
    QCOMPARE(limited[u"errors"_s].toArray().size(), 2);
}

// Times, quantities, changes and relative dates as the contract writes them.
void TestAnalyze::figureFieldsInTheContract()
{
    QTemporaryDir dir;
    TestUtils::writeFile(dir.filePath(u"a.txt"_s),
                         "Crews reach the dam\nMarch 4, 2019\nCrews arrived at 6:30 p.m. after a 50-mile drive. "
                         "Sales rose by $5 billion last year.\n");
    QByteArray out;
    QCOMPARE(runCrosscheck({u"analyze"_s, dir.path()}, &out), 0);
    const QJsonObject article = QJsonDocument::fromJson(out).object()[u"articles"_s].toArray()[0].toObject();
    QCOMPARE(article[u"published"_s].toString(), u"2019-03-04"_s);
    QHash<QString, QJsonObject> byText;
    for (const auto& m : article[u"mentions"_s].toArray())
        byText.insert(m.toObject()[u"text"_s].toString(), m.toObject());
    const QJsonObject time = byText.value(u"6:30 p.m."_s);
    QCOMPARE(time[u"kind"_s].toString(), u"time"_s);
    QCOMPARE(time[u"normalized"_s].toString(), u"18:30"_s);
    const QJsonObject distance = byText.value(u"50-mile"_s);
    QCOMPARE(distance[u"kind"_s].toString(), u"quantity"_s);
    QCOMPARE(distance[u"unit"_s].toString(), u"m"_s);
    QCOMPARE(distance[u"unit_written"_s].toString(), u"mile"_s);
    QCOMPARE(distance[u"value"_s].toDouble(), 80467.2);
    const QJsonObject change = byText.value(u"$5 billion"_s);
    QCOMPARE(change[u"change"_s].toBool(), true);
    const QJsonObject lastYear = byText.value(u"last year"_s);
    QCOMPARE(lastYear[u"kind"_s].toString(), u"date"_s);
    QCOMPARE(lastYear[u"relative"_s].toString(), u"-1Y"_s);
    QCOMPARE(lastYear[u"normalized"_s].toString(), u"2018"_s);
}

void TestAnalyze::commandLineExitCodes()
{
    QCOMPARE(runCrosscheck({u"analyze"_s, u"/nonexistent/crosscheck"_s}), 1);
    QCOMPARE(runCrosscheck({u"analyze"_s}), 2);
    QCOMPARE(runCrosscheck({u"analyze"_s, u"--no-such-option"_s, u"/tmp"_s}), 2);
    QCOMPARE(runCrosscheck({u"analyze"_s, u"--max-file-size"_s, u"zero"_s, u"/tmp"_s}), 2);
    QTemporaryDir dir;
    QCOMPARE(runCrosscheck({u"analyze"_s, dir.path(), u"--output"_s, u"/nonexistent/dir/out.json"_s}), 1);
}

void TestAnalyze::helpListsTheCommands()
{
    QProcess process;
    process.start(QStringLiteral(CROSSCHECK_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput()).simplified(); // lines are wrapped
    for (const char *command : {"analyze FOLDER", "export FOLDER", "import FOLDER FILE"})
        QVERIFY2(help.contains(QLatin1String(command)), qPrintable(help));
}

void TestAnalyze::jsonWriterWritesValidJson()
{
    for (const bool compact : {true, false}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonWriter w(&buffer, compact);
            w.beginObject();
            w.key(u"text");
            w.value(u"quote \" back\\slash\nline\ttab \u0001 caf\u00e9 \U0001F600"_s);
            w.key(u"numbers");
            w.beginArray();
            w.value(3.0);
            w.value(0.1);
            w.value(-2.5e-7);
            w.value(std::nan(""));
            w.value(qint64(9007199254740993));
            w.endArray();
            w.key(u"empty");
            w.beginObject();
            w.endObject();
            w.key(u"none");
            w.beginArray();
            w.endArray();
            w.key(u"flag");
            w.value(false);
            w.endObject();
            QVERIFY(w.flush());
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u": "_s + QString::fromUtf8(buffer.data())));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"text"_s).toString(), u"quote \" back\\slash\nline\ttab \u0001 caf\u00e9 \U0001F600"_s);
        const QJsonArray n = o.value(u"numbers"_s).toArray();
        QCOMPARE(n.size(), 5);
        QCOMPARE(n[0].toDouble(), 3.0);
        QCOMPARE(n[1].toDouble(), 0.1);
        QCOMPARE(n[2].toDouble(), -2.5e-7);
        QVERIFY(n[3].isNull());
        QCOMPARE(n[4].toInteger(), qint64(9007199254740993));
        QVERIFY(o.value(u"empty"_s).toObject().isEmpty() && o.value(u"none"_s).toArray().isEmpty());
        QCOMPARE(o.value(u"flag"_s), QJsonValue(false));
        QCOMPARE(buffer.data().contains('\n'), !compact);
    }
}

void TestAnalyze::jsonWriterWritesLineObjectsOnOneLine()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter w(&buffer, false);
        w.beginObject();
        w.key(u"mentions");
        w.beginArray();
        for (int i = 0; i < 2; ++i) {
            w.beginObject(JsonWriter::Layout::Line);
            w.field(u"start", i);
            w.key(u"a");
            w.beginObject(JsonWriter::Layout::Line); // nested: stays on the line
            w.field(u"file", u"x.txt"_s);
            w.endObject();
            w.key(u"empty");
            w.beginObject(JsonWriter::Layout::Line);
            w.endObject();
            w.endObject();
        }
        w.endArray();
        w.key(u"after");
        w.beginObject(); // a block object after the lines is indented again
        w.field(u"id", 1);
        w.endObject();
        w.endObject();
        QVERIFY(w.flush());
    }
    const QByteArray expected = "{\n"
                                "    \"mentions\": [\n"
                                "        {\"start\": 0, \"a\": {\"file\": \"x.txt\"}, \"empty\": {}},\n"
                                "        {\"start\": 1, \"a\": {\"file\": \"x.txt\"}, \"empty\": {}}\n"
                                "    ],\n"
                                "    \"after\": {\n"
                                "        \"id\": 1\n"
                                "    }\n"
                                "}";
    QCOMPARE(buffer.data(), expected);
}

QTEST_GUILESS_MAIN(TestAnalyze)
#include "tst_analyze.moc"
