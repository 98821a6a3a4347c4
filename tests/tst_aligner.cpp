#include "alignment/aligner.h"
#include "alignment/discrepancies.h"
#include "alignment/sentencefeatures.h"
#include "recognition/wordnet.h"
#include "analysis/analysisreport.h"
#include "articles/articlereader.h"
#include "analysis/folderpipeline.h"
#include "analysis/folderrecognizer.h"
#include "recognition/mentionrecognizer.h"

#include <QDir>
#include <QFile>
#include <QHashFunctions>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "benchmarks/generator.h"
#include "testutils.h"

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

class TestAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesParaphrasesNotDistractors();
    void aSentenceSaidWholeInALongerOneMatches();
    void claimsHoldOneSentencePerArticleAndDoNotChain();
    void seedsSpendingClaim();
    void seedsHeadlineIsReported();
    void findsDiscrepancies();
    void msrpHeldOut();
    void folderAnalysisReportsProgressAndStops();
    void shareMovesAcrossClaims();
    void sameFolderSameResultInEveryRun();
    void storiesOfAMixedFolder();
    void oneStoryFolderStaysOne();
    void templatePagesAreChrome();
    void storyLabelsSayWhatTheStoryIs();
    void disagreementsMeasureTheSameThing_data();
    void disagreementsMeasureTheSameThing();
    void disagreementsNameTheirSubject_data();
    void disagreementsNameTheirSubject();
    void agesAcrossAStory_data();
    void agesAcrossAStory();
    void wordNetRelatesOwnWords();
    void userMovesWinOverStories();
    void tableRowsAreData();
};

namespace {
bool matched(const Alignment& alignment, const QList<Article>& articles, const QString& x, const QString& y)
{
    for (const SentenceMatch& m : alignment.matches) {
        const QString a = articles[m.a.article].sentenceText(m.a.sentence);
        const QString b = articles[m.b.article].sentenceText(m.b.sentence);
        if ((a.contains(x) && b.contains(y)) || (a.contains(y) && b.contains(x)))
            return true;
    }
    return false;
}
} // namespace

// A market table pasted as text is data: its rows are not statements to match (a table of
// thousands of rows made each a candidate of all: 1.1 million matches for a 4.5 MB table), while
// the prose around it still matches.
void TestAligner::tableRowsAreData()
{
    QString table;
    for (int i = 0; i < 40; ++i)
        table += u"ACME%1 Corp\t12.5%\t$%2.55\t+1.2\t3:30 p.m.\n"_s.arg(i).arg(100 + i);
    const QList<Article> articles = TestUtils::articles({
        u"Markets today\nNorthwind Holdings said revenue rose sharply in the third quarter on strong demand.\n"_s + table,
        u"Closing prices\nRevenue at Northwind Holdings rose sharply in the third quarter, helped by strong demand.\n"_s +
            table,
    });
    const Alignment alignment = Aligner::align(articles);
    QVERIFY(matched(alignment, articles, u"revenue rose sharply"_s, u"Revenue at Northwind"_s));
    QVERIFY(!matched(alignment, articles, u"ACME7 Corp"_s, u"ACME7 Corp"_s));
    QCOMPARE(alignment.matches.size(), 1);
}

void TestAligner::matchesParaphrasesNotDistractors()
{
    const QList<Article> articles = TestUtils::articles({
        u"Alibaba bets on AI\nAlibaba announced plans to invest more than 380 billion yuan ($53 billion) in "
        u"AI "
        "infrastructure over the next three years. The company reported strong cloud growth.\n"_s,
        u"Alibaba's big plan\nAlibaba Group has announced an ambitious plan to invest $53 billion in "
        u"artificial "
        "intelligence infrastructure over three years. Alibaba cloud growth was weak last year, analysts noted.\n"_s,
        u"Other news\nTencent announced plans to invest in gaming studios over the next three years.\n"_s,
    });
    const Alignment alignment = Aligner::align(articles);
    QVERIFY(matched(alignment, articles, u"380 billion yuan"_s, u"ambitious plan"_s));
    // Shares "announced plans to invest … over the next three years" but reports another fact.
    QVERIFY(!matched(alignment, articles, u"Tencent"_s, u"380 billion yuan"_s));
    QVERIFY(!matched(alignment, articles, u"Tencent"_s, u"ambitious plan"_s));
    for (const SentenceMatch& m : alignment.matches) {
        QVERIFY(m.a.article != m.b.article);
        QVERIFY(m.score >= Aligner::threshold() && m.score <= 1.0);
    }
}

void TestAligner::claimsHoldOneSentencePerArticleAndDoNotChain()
{
    const QList<Article> articles = TestUtils::articles({
        u"One\nThe council approved the barrage by 31 votes to 14 on Thursday night.\n"_s,
        u"Two\nOn Thursday night the council approved the barrage, 31 votes to 14.\n"
        "The council approved the barrage after a long debate on Thursday night.\n"_s,
        u"Three\nThe barrage was approved by the council, 31 votes to 14, on Thursday.\n"_s,
        u"Four\nFishermen said the barrage would ruin the estuary and cut catches by 40%.\n"_s,
    });
    const Alignment alignment = Aligner::align(articles);
    QVERIFY(!alignment.claims.isEmpty());
    const Claim& vote = alignment.claims.first();
    QSet<int> seen;
    for (const SentenceRef& r : vote.sentences) {
        QVERIFY2(!seen.contains(r.article), "two sentences of one article in a claim");
        seen.insert(r.article);
    }
    QCOMPARE(seen, QSet<int>({0, 1, 2}));
    for (const Claim& c : alignment.claims) {
        for (const SentenceRef& r : c.sentences)
            QVERIFY(r.article != 3);
    }
}

// The first seed's headline ("Alibaba Enters Global AI Race with $53 Billion Investment
// Commitment Over 3 Years.") says nothing but the story's own words, which a folder of one story
// has in more than a twentieth of its sentences; the panel said "not reported" for all four
// other outlets, though each reports the $53 billion.
void TestAligner::seedsHeadlineIsReported()
{
    const QString seeds = QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds");
    if (!QDir(seeds).exists())
        QSKIP("../shared/seeds is not present");
    QString error;
    const auto analysis = AnalysisReport::analyzeFolder(seeds, &error);
    QVERIFY(analysis);
    int first = -1;
    for (int a = 0; a < analysis->articles.size(); ++a) {
        if (analysis->articles[a].relativePath.startsWith(u"000"_s))
            first = a;
    }
    QVERIFY(first >= 0);
    QVERIFY(analysis->articles[first].sentenceText(0).contains(u"$53 Billion"_s));
    QStringList reportedIn;
    for (int a = 0; a < analysis->articles.size(); ++a) {
        if (a == first)
            continue;
        if (const auto m = Aligner::bestMatch(analysis->alignment, {first, 0}, a)) {
            const QString text = analysis->articles[a].sentenceText(m->b.sentence);
            QVERIFY2(text.contains(u"53"_s), qPrintable(text));
            reportedIn.append(analysis->articles[a].relativePath.left(3));
        }
    }
    QVERIFY2(reportedIn.size() >= 3, qPrintable(reportedIn.join(u", ")));
}

void TestAligner::seedsSpendingClaim()
{
    const QString seeds = QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds");
    if (!QDir(seeds).exists())
        QSKIP("../shared/seeds is not present");
    QString error;
    const auto analysis = AnalysisReport::analyzeFolder(seeds, &error);
    QVERIFY(analysis);
    const Claim *spending = nullptr;
    for (const Claim& c : analysis->alignment.claims) {
        for (const SentenceRef& r : c.sentences) {
            const QString text = analysis->articles[r.article].sentenceText(r.sentence);
            if (text.contains(u"Microsoft"_s) && text.contains(u"Meta"_s) && text.contains(u"$80"_s))
                spending = &c;
        }
    }
    QVERIFY(spending);
    QSet<QString> files;
    for (const SentenceRef& r : spending->sentences) {
        const QString text = analysis->articles[r.article].sentenceText(r.sentence);
        QVERIFY2(text.contains(u"Microsoft"_s) && text.contains(u"Meta"_s), qPrintable(text));
        files.insert(analysis->articles[r.article].relativePath.left(3));
    }
    QCOMPARE(files, QSet<QString>({u"000"_s, u"001"_s, u"002"_s, u"004"_s}));

    // The share price: "rose by over 8%" in one outlet, "sliding as much as 3%" in another.
    bool sharePrice = false;
    for (const Discrepancy& d : analysis->discrepancies) {
        if (d.kind != Discrepancy::Kind::Conflict || !d.topic.startsWith(u"Alibaba shares"_s))
            continue;
        QStringList texts;
        for (const auto& item : d.items) {
            const Article& a = analysis->articles[item.sentence.article];
            texts.append(a.text.sliced(a.mentions[item.mention].start, a.mentions[item.mention].length()));
        }
        texts.sort();
        sharePrice = sharePrice || texts == QStringList({u"3%"_s, u"8%"_s});
    }
    QVERIFY(sharePrice);
}

void TestAligner::shareMovesAcrossClaims()
{
    const QList<Article> articles = TestUtils::articles({
        u"Wire One\nAcme Corp shares rose 5% on Tuesday after the deal was announced. Acme Corp stock has "
        "gained 40% since January.\n"_s,
        u"Wire Two\nInvestors were unconvinced and Acme Corp shares fell 2% in early trading.\n"_s,
        u"Wire Three\nAcme Corp's stock jumped 5.2% after the news.\n"_s,
        u"Wire Four\nShares of Brightline Group slid 7% as Acme Corp made its offer.\n"_s,
    });
    QList<Article> recognised = articles;
    const auto mentions = MentionRecognizer::withNames(articles);
    for (int i = 0; i < recognised.size(); ++i)
        recognised[i].mentions = mentions[i];
    QStringList notes;
    for (const Discrepancy& d : DiscrepancyFinder::findMovements(recognised))
        notes.append(d.topic + u": "_s + d.note);
    notes.sort();
    // Up 5% against down 2% (twice: Wire One and Wire Three each disagree with Wire Two); 5% and
    // 5.2% agree; the 40% since January is another measure; Brightline's slide is another company.
    QCOMPARE(notes.size(), 2);
    QVERIFY2(notes[0].contains(u"a0 says up 5%"_s) && notes[0].contains(u"a1 says down 2%"_s),
             qPrintable(notes.join(u'\n')));
    QVERIFY2(notes[1].contains(u"a1 says down 2%, a2 says up 5.2%"_s), qPrintable(notes.join(u'\n')));
}

void TestAligner::findsDiscrepancies()
{
    const QList<Article> articles = TestUtils::articles({
        u"Daily One\nThe national bank is lending \u20AC400 million for the barrage, the ministry said.\n"
        "The project will cost 12 billion yuan ($1.65 billion) in total, officials said on Monday.\n"
        "About 1,500 people will work on the barrage at its peak, the operator said.\n"_s,
        u"Daily Two\nThe ministry said the national bank is lending \u20AC450 million for the barrage.\n"
        "Officials said on Monday the project will cost $1.65 billion in total.\n"
        "Up to 1,400 people will work on the barrage at its peak, the operator said.\n"_s,
        u"Daily Three\nOfficials said on Monday the project will cost between $1.5 billion and $1.8 billion in total.\n"_s,
    });
    QList<Article> withNames = articles;
    MentionRecognizer::addNames(withNames);
    const Alignment alignment = Aligner::align(withNames);
    const QList<Discrepancy> found = DiscrepancyFinder::find(withNames, alignment);
    QStringList seen;
    for (const Discrepancy& d : found)
        seen.append(DiscrepancyFinder::kindName(d.kind) + u": "_s + d.note);
    auto has = [&](const QString& kind, const QString& a, const QString& b) {
        return std::any_of(seen.cbegin(), seen.cend(), [&](const QString& s) {
            return s.startsWith(kind) && s.contains(a) && s.contains(b);
        });
    };
    QVERIFY2(has(u"conflict"_s, u"\u20AC400 million"_s, u"\u20AC450 million"_s),
             qPrintable(seen.join(u'\n')));
    QVERIFY2(has(u"approximation"_s, u"1,500"_s, u"1,400"_s), qPrintable(seen.join(u'\n')));
    // 12 billion yuan is the same amount as $1.65 billion by the rate the folder itself states.
    QVERIFY2(!has(u"conflict"_s, u"12 billion yuan"_s, u"$1.65 billion"_s), qPrintable(seen.join(u'\n')));
    QCOMPARE(DiscrepancyFinder::statedRates(withNames).value(u"CNY>USD"_s), 1.65e9 / 12e9);
}

// Accuracy and F1 of the paraphrase decision on the last quarter of the MSRP training file, which
// the calibration never saw (tests/benchmarks/calibrate_alignment.cpp trains on the first 75%).
void TestAligner::msrpHeldOut()
{
    QFile file(QStringLiteral(CROSSCHECK_SHARED_DIR "/corpora/msrp-train/msr_paraphrase_train.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/corpora/msrp-train is not present");
    QList<QStringList> rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QStringList f = QString::fromUtf8(line).trimmed().split(u'\t');
        if (f.size() == 5 && (f[0] == u"0" || f[0] == u"1"))
            rows.append(f);
    }
    QVERIFY(rows.size() > 4000);
    FeatureExtractor extractor;
    QHash<QString, SentenceFeatures> features;
    for (const QStringList& r : rows) {
        for (int c : {3, 4}) {
            if (!features.contains(r[c])) {
                features.insert(r[c], extractor.extract(r[c]));
                extractor.count(features[r[c]]);
            }
        }
    }
    int tp = 0, fp = 0, fn = 0, right = 0, total = 0;
    for (qsizetype i = rows.size() * 3 / 4; i < rows.size(); ++i) {
        const bool said = Aligner::probability(
                              pairFeatures(features[rows[i][3]], features[rows[i][4]], extractor).values()) >=
                          Aligner::threshold();
        const bool truth = rows[i][0] == u"1";
        right += said == truth ? 1 : 0;
        tp += said && truth;
        fp += said && !truth;
        fn += !said && truth;
        ++total;
    }
    const double accuracy = double(right) / total;
    const double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
    qInfo("MSRP held-out (last 25%%, %d pairs): accuracy %.1f%%, F1 %.1f", total, 100 * accuracy, 100 * f1);
    QVERIFY2(accuracy >= 0.73, "paraphrase accuracy fell below 73%");
    QVERIFY2(f1 >= 0.80, "paraphrase F1 fell below 80");
}

// The window's background analysis reports its steps and can be stopped.
void TestAligner::folderAnalysisReportsProgressAndStops()
{
    QStringList texts;
    for (int i = 0; i < 40; ++i)
        texts.append(u"Headline %1\n\nThe council approved a €%1 million barrage on Thursday. "
                     "Analysts at Kestrel Partners said costs could rise by %2%. Mayor Lotte Brandvik "
                     "called it historic. Fishermen said catches would fall.\n"_s.arg(i + 1)
                         .arg(i % 7 + 3));
    const QList<Article> articles = TestUtils::articles(texts);

    FolderRecognizer recognizer;
    QSignalSpy progress(&recognizer, &FolderRecognizer::progress);
    QSignalSpy finished(&recognizer, &FolderRecognizer::finished);
    recognizer.start(articles);
    QVERIFY(finished.wait(15000));
    QVERIFY(progress.size() >= 1);
    QCOMPARE(progress.last().at(0).toInt(), FolderPipeline::stepCount());
    QCOMPARE(progress.last().at(1).toInt(), FolderPipeline::stepCount());
    const auto insight = finished.first().first().value<FolderInsight>();
    QCOMPARE(insight.paths.size(), articles.size());
    QVERIFY(!insight.alignment.matches.isEmpty());

    QSignalSpy cancelled(&recognizer, &FolderRecognizer::cancelled);
    finished.clear();
    recognizer.start(articles);
    recognizer.cancel();
    QVERIFY(cancelled.wait(15000));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!recognizer.isRunning());
}


namespace {
// Three outlets on a barrage, three on a warehouse fire; every page ends with the same embed prompt.
QList<Article> mixedFolder()
{
    const QString prompt = u"\nYou can add location information to your posts, such as your city or precise location, from the web and via third-party applications.\n"_s;
    return TestUtils::articles({
        u"Barrage approved\n\nThe Osterhaven council approved a tidal barrage on Thursday. The barrage will cost €450 million, said mayor Lotte Brandvik. Fishermen fear the barrage will harm catches in the estuary."_s + prompt,
        u"Council backs tidal barrage\n\nOsterhaven's council voted on Thursday to build the tidal barrage. Mayor Lotte Brandvik said the barrage would cost €450 million. The estuary's fishermen warned about their catches."_s + prompt,
        u"Osterhaven barrage gets green light\n\nThe tidal barrage at Osterhaven won the council's approval. Brandvik put the cost at €450 million. Estuary fishermen oppose the barrage."_s + prompt,
        u"Warehouse fire in Veldmark\n\nA fire destroyed a warehouse in Veldmark on Sunday night. Firefighters from three stations fought the blaze for six hours. No one was injured, the fire brigade said."_s + prompt,
        u"Blaze guts Veldmark warehouse\n\nFirefighters battled a blaze at a Veldmark warehouse for six hours on Sunday. The fire brigade said nobody was hurt in the fire."_s + prompt,
        u"Veldmark warehouse fire\n\nThe warehouse fire in Veldmark on Sunday kept firefighters busy for six hours. The brigade reported no injuries from the blaze."_s + prompt,
    });
}
} // namespace

// Two stories in one folder: each article in its own story, no match across them, and the embed
// prompt every page carries is chrome.
void TestAligner::storiesOfAMixedFolder()
{
    const FolderResult result = FolderPipeline::run(mixedFolder(), {});
    QCOMPARE(result.stories.size(), 2);
    QCOMPARE(result.stories[0].articles, QList<int>({0, 1, 2}));
    QCOMPARE(result.stories[1].articles, QList<int>({3, 4, 5}));
    QVERIFY(!result.alignment.matches.isEmpty());
    for (const SentenceMatch& m : result.alignment.matches)
        QCOMPARE(result.storyOf[m.a.article], result.storyOf[m.b.article]);
    for (const Article& a : result.articles) {
        const int last = int(a.sentences.size()) - 1;
        QVERIFY2(a.sentenceText(last).startsWith(u"You can add location"_s), qPrintable(a.sentenceText(last)));
        QVERIFY2(a.sentences[last].boilerplate, qPrintable(a.relativePath));
    }
    // Same folder, same stories, in every run.
    const FolderResult again = FolderPipeline::run(mixedFolder(), {});
    QCOMPARE(again.storyOf, result.storyOf);
}

// The seeds are five outlets on one story: one story, and their shared sentences are not chrome.
void TestAligner::oneStoryFolderStaysOne()
{
    const QDir seeds(QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds"));
    if (!seeds.exists())
        QSKIP("../shared/seeds is not present");
    QList<Article> articles;
    for (const QString& name : seeds.entryList(QDir::Files, QDir::Name)) {
        auto read = ArticleReader::read(seeds.filePath(name), name);
        if (auto *article = std::get_if<Article>(&read)) {
            article->mentions = MentionRecognizer::figures(*article);
            articles.append(*article);
        }
    }
    QVERIFY(articles.size() >= 5);
    const FolderResult result = FolderPipeline::run(articles, {});
    QCOMPARE(result.stories.size(), 1);
    for (int a = 0; a < articles.size(); ++a) {
        for (int s = 0; s < articles[a].sentences.size(); ++s)
            QCOMPARE(result.articles[a].sentences[s].boilerplate, articles[a].sentences[s].boilerplate);
    }
}

// Saved pages that hold nothing but an archive notice glue no story together; a short wire copy
// that names people and gives figures, repeated by outlets, stays content.
void TestAligner::templatePagesAreChrome()
{
    const QString notice = u"These crawls are part of an effort to archive pages as they are created. "
                           "The goal is to fix all broken links on the web for good.\n"_s;
    QList<Article> articles = TestUtils::articles({
        u"Saved page one\n\n"_s + notice,
        u"Saved page two\n\n"_s + notice,
        u"Champion keeps title\n\nKlitschko stopped Thompson in the sixth round on Saturday.\n"_s,
        u"Klitschko wins\n\nKlitschko stopped Thompson in the sixth round on Saturday.\n"_s,
    });
    QVERIFY(FolderPipeline::markTemplatePages(articles) > 0);
    for (int a = 0; a < 2; ++a) {
        for (int s = 0; s < articles[a].sentences.size(); ++s) {
            if (articles[a].sentenceText(s).startsWith(u"These crawls"_s))
                QVERIFY(articles[a].sentences[s].boilerplate);
        }
    }
    const FolderResult result = FolderPipeline::run(articles, {});
    for (int a = 2; a < 4; ++a) {
        const int last = int(result.articles[a].sentences.size()) - 1;
        QVERIFY2(!result.articles[a].sentences[last].boilerplate, qPrintable(result.articles[a].sentenceText(last)));
    }
    for (const SentenceMatch& m : result.alignment.matches) {
        for (const SentenceRef& r : {m.a, m.b})
            QVERIFY(!result.articles[r.article].sentenceText(r.sentence).contains(u"crawls"_s));
    }
}

// Pages saved with a tweet embed on top: the embed's short line ("Tweet with a location") is
// chrome beside chrome, no page is titled by it, and each story is labelled by a sentence about
// it, not by the page's first line (on multinews-dev, labels were "1 of 6.", "Tweet with a location", "by", "UPDATE:").
void TestAligner::storyLabelsSayWhatTheStoryIs()
{
    const QString embed = u"Tweet with a location\nYou can add location information to your posts, such as your city or "
                          u"precise location, from the web and via third-party applications.\n"_s;
    QList<Article> articles;
    for (const Article& a : mixedFolder()) {
        // The same stories, each page opening with the embed.
        const QString body = a.text.section(u'\n', 2);
        articles.append(TestUtils::articles({embed + body}).first());
    }
    for (const Article& a : std::as_const(articles))
        QCOMPARE(a.title, u"Tweet with a location"_s); // as each page alone reads
    const FolderResult result = FolderPipeline::run(articles, {});
    QCOMPARE(result.stories.size(), 2);
    for (const Article& a : result.articles) {
        QVERIFY2(a.sentences[0].boilerplate, qPrintable(a.sentenceText(0)));
        // The folder shows the embed to be chrome: no page is titled by it.
        QVERIFY2(!a.title.startsWith(u"Tweet with"_s) && !a.title.startsWith(u"You can add"_s), qPrintable(a.title));
    }
    QVERIFY2(result.stories[0].label.contains(u"barrage"_s), qPrintable(result.stories[0].label));
    QVERIFY2(result.stories[1].label.contains(u"fire"_s) || result.stories[1].label.contains(u"blaze"_s),
             qPrintable(result.stories[1].label));
}

// Rows paraphrased from ECB+ and multinews-dev: each false case beside its true twin.
void TestAligner::disagreementsMeasureTheSameThing_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("expected"); // "none", "conflict", "approximation", "range", "moment"
    auto row = [](const char *what, const QString& a, const QString& b, const QString& kind) {
        QTest::addRow("%s", what) << a << b << kind;
    };
    row("age against a count", u"Champion Klitschko, 36, floored Thompson in the sixth round in Bern on Saturday night."_s,
        u"Champion Klitschko, with 51 knockouts, floored Thompson in the sixth round in Bern on Saturday night."_s,
        u"none"_s);
    row("ages of two people", u"Police said Eric Kirkpatrick, 61, opened fire at the office party in Vancouver on Friday."_s,
        u"Police said victim Benjamin Banky, 40, was shot at the office party in Vancouver on Friday."_s, u"none"_s);
    row("ages of one person", u"Police said Eric Kirkpatrick, 61, opened fire at the office party in Vancouver on Friday."_s,
        u"Police said Eric Kirkpatrick, 63, opened fire at the office party in Vancouver on Friday."_s, u"conflict"_s);
    // "his wife, 23-year-old Laci" and "the 32-year-old Peterson": the name after the age is its owner.
    row("year-old ages of two people",
        u"On November 12, a jury in Redwood City convicted Scott Peterson of murdering his wife, 23-year-old Laci, and their unborn son."_s,
        u"On November 12, a jury in Redwood City convicted the 32-year-old Peterson of murdering his wife and their unborn son."_s,
        u"none"_s);
    row("year-old ages of one person",
        u"On November 12, a jury in Redwood City convicted the 30-year-old Peterson of murdering his wife and their unborn son."_s,
        u"On November 12, a jury in Redwood City convicted the 32-year-old Peterson of murdering his wife and their unborn son."_s,
        u"conflict"_s);
    // As on ECB+, where two reviews each gave both models' clock rates and the sentences paired two models.
    row("two models' measures, both in each article",
        u"The 13-inch MacBook Air gets a 1.8GHz dual-core i5 processor and Intel HD graphics. Its 11-inch sibling runs at 1.7GHz with the same graphics."_s,
        u"The 11-inch MacBook Air gets a 1.7GHz dual-core i5 processor and Intel HD graphics. Its 13-inch sibling runs at 1.8GHz with the same graphics."_s,
        u"none"_s);
    row("one model's measure", u"The 13-inch MacBook Air gets a 1.8GHz dual-core i5 processor and Intel HD graphics."_s,
        u"The 13-inch MacBook Air gets a 1.7GHz dual-core i5 processor and Intel HD graphics."_s, u"conflict"_s);
    row("times of the crash", u"The crash happened about 11:15 p.m. on the bridge near the harbour, police said."_s,
        u"The crash happened around 10:40 p.m. on the bridge near the harbour, police said."_s, u"conflict"_s);
    // A clock time is the event's, whichever name stands nearest it.
    row("times of one fall beside different names",
        u"Police believe Connor Cummings, 20, was taking pictures from the hotel scaffolding at about 11:15 p.m. when Cummings fell to the roof."_s,
        u"Connor Cummings, 20, of Rockaway, NJ, was taking pictures from the hotel scaffolding and fell to the roof around 10:40 p.m. on Wednesday, police said."_s,
        u"conflict"_s);
    row("clock time against an age", u"Lizandra Cosme, 32, was hit by the car on the bridge near the harbour, police said."_s,
        u"At 1:30 p.m. a woman was hit by the car on the bridge near the harbour, police said."_s, u"none"_s);
    // As on multinews-dev: exact amounts a dollar apart disagree; a rounded one agrees with both.
    row("exact amounts a dollar apart",
        u"Kleiner Perkins is seeking $972,815 in legal costs from Ellen Pao after the trial, the filing shows."_s,
        u"Kleiner Perkins is seeking $972,814 in legal costs from Ellen Pao after the trial, the filing shows."_s,
        u"conflict"_s);
    row("a rounded amount and an exact one",
        u"Kleiner Perkins is seeking $973,000 in legal costs from Ellen Pao after the trial, the filing shows."_s,
        u"Kleiner Perkins is seeking $972,814 in legal costs from Ellen Pao after the trial, the filing shows."_s,
        u"none"_s);
    row("a name in an aside is not the amount's",
        u"The firm said the long trial, which drew attention in Silicon Valley, cost it $972,815 in legal costs."_s,
        u"The firm said the long trial, which drew attention in the press, cost Kleiner Perkins $972,814 in legal costs."_s,
        u"conflict"_s);
    row("a share in words and its percentage",
        u"About two thirds of the town's residents backed the tidal barrage in the council's survey, officials said."_s,
        u"About 64% of the town's residents backed the tidal barrage in the council's survey, officials said."_s,
        u"none"_s);
    row("a round share in words and its percentage",
        u"About a quarter of the town's residents backed the tidal barrage in the council's survey, officials said."_s,
        u"About 27% of the town's residents backed the tidal barrage in the council's survey, officials said."_s,
        u"none"_s);
    row("a share in words and another percentage",
        u"About two thirds of the town's residents backed the tidal barrage in the council's survey, officials said."_s,
        u"About 45% of the town's residents backed the tidal barrage in the council's survey, officials said."_s,
        u"conflict"_s);
    row("one range in two units", u"Mrs Wilson had fallen 20-30 feet down a vertical cliff near the notch, the inquest heard."_s,
        u"Mrs Wilson had fallen 20-30ft down a vertical cliff near the notch, the inquest heard."_s, u"none"_s);
    row("one distance in two units", u"The quake was centred 30 miles from the city of Kobe, the agency said on Sunday."_s,
        u"The quake was centred 48km from the city of Kobe, the agency said on Sunday."_s, u"none"_s);
    row("two distances", u"The quake was centred 30 miles from the city of Kobe, the agency said on Sunday."_s,
        u"The quake was centred 60km from the city of Kobe, the agency said on Sunday."_s, u"conflict"_s);
    row("points of two players", u"Ty Lawson posted 15 points and eight assists in the win over the Bulldogs."_s,
        u"Danny Green scored 14 points and eight assists in the win over the Bulldogs."_s, u"none"_s);
    // A count belongs to the subject of its clause, or of the clause before it that names one.
    row("points of the clause's subject",
        u"In the win over the Bulldogs, Mills complemented Okafor inside by scoring 14 points and adding six rebounds off the bench."_s,
        u"In the win over the Bulldogs, Okafor scored 11 points and grabbed 11 rebounds off the bench."_s,
        u"none"_s);
    row("points of one player", u"Ty Lawson posted 15 points and eight assists in the win over the Bulldogs."_s,
        u"Ty Lawson added 16 points and eight assists in the win over the Bulldogs."_s, u"conflict"_s);
    row("timestamps", u"Published on Friday at 09:56 IST after the raid on the pirate boats near Somalia."_s,
        u"Last updated on Friday at 19:04 IST after the raid on the pirate boats near Somalia."_s, u"none"_s);
    row("a change and a level", u"Reserves rose by $43 billion in the year to March, the central bank said."_s,
        u"Reserves rose to $419 billion in the year to March, the central bank said."_s, u"none"_s);
    // One sentence states both figures: it speaks of two quantities, the other of one of them.
    row("a sentence stating both", u"Cheeks played 15 seasons in the league, the first 11 with the Sixers, and retired in 1993."_s,
        u"Cheeks played his first 11 seasons in the league with the Sixers and retired in 1993."_s, u"none"_s);
    // "two more" adds to a count already said; it is no total.
    row("an increment", u"The actress was married three times in her life and had no children, her agent said."_s,
        u"The actress was married two more times in her life and had no children, her agent said."_s, u"none"_s);
    // What the qualifiers allow overlaps: both can be true, so it is never a red conflict.
    row("a floor and a ceiling", u"Deputies chased the truck at speeds of more than 100 mph on the interstate before it stopped."_s,
        u"Deputies chased the truck at speeds up to 120 mph on the interstate before it stopped."_s, u"approximation"_s);
    row("two ceilings", u"The new laptops carry up to 8GB of memory and faster graphics, the company said."_s,
        u"The new laptops carry up to 16GB of memory and faster graphics, the company said."_s, u"approximation"_s);
    // Each sentence dates its count, differently: both can be right.
    row("counts at different moments",
        u"As of Friday, 12 people had died in the floods that hit the river valley towns after days of rain, officials in the province said."_s,
        u"As of Sunday, 19 people had died in the floods that hit the river valley towns after days of rain, officials in the province said."_s,
        u"moment"_s);
    // An age is given as of the report, whatever else the sentence dates.
    row("ages beside other dates",
        u"Sixty-year-old Sharron Smith is now accused of murdering two women at a Staunton ice cream store in 1967."_s,
        u"On Friday 61-year-old Sharron Smith was accused of murdering two women at a Staunton ice cream store."_s,
        u"conflict"_s);
    row("counts on one day", u"On Friday, 12 people had died in the floods in the valley, officials said."_s,
        u"On Friday, 19 people had died in the floods in the valley, officials said."_s, u"conflict"_s);
    // A size written before a product's name names the model ("the 13-inch MacBook Pro"): two
    // sizes are two models, not a disagreement; the size of one thing still is.
    row("two models named by size", u"Apple showed the new 17-inch MacBook Pro at its keynote in San Francisco on Tuesday."_s,
        u"Apple showed the new 13-inch MacBook Pro at its keynote in San Francisco on Tuesday."_s, u"none"_s);
    row("the size of one wall", u"Engineers said the new 20-foot wall around the harbour in Kobe would be finished on Tuesday."_s,
        u"Engineers said the new 30-foot wall around the harbour in Kobe would be finished on Tuesday."_s, u"conflict"_s);
    // A running total over several operations is not one raid's count; two totals compare.
    row("a running total and one raid",
        u"The navy commandos recovered 12 AK-47 rifles and two grenades from the pirate boat in the Gulf of Aden, the navy said."_s,
        u"In their five operations so far, the navy commandos recovered 14 AK-47 rifles and two grenades from pirate boats in the Gulf of Aden, the navy said."_s,
        u"none"_s);
    row("two running totals",
        u"In their five operations so far, the navy commandos recovered 12 AK-47 rifles and two grenades from pirate boats in the Gulf of Aden, the navy said."_s,
        u"In their five operations so far, the navy commandos recovered 14 AK-47 rifles and two grenades from pirate boats in the Gulf of Aden, the navy said."_s,
        u"conflict"_s);
    // A verb's "-ing" form after the counted noun narrows it: touchdowns receiving are some of them.
    row("touchdowns receiving and on offense",
        u"Harvin also had 440 yards and four touchdowns receiving for the Gators in his last season at Florida."_s,
        u"Harvin also scored six touchdowns on offense for the Gators in his last season at Florida."_s, u"none"_s);
    row("touchdowns receiving twice",
        u"Harvin also had 440 yards and four touchdowns receiving for the Gators in his last season at Florida."_s,
        u"Harvin also had 440 yards and six touchdowns receiving for the Gators in his last season at Florida."_s,
        u"conflict"_s);
    // The head of "two speed boats" is its last noun: the boats compare with "three boats".
    row("boats and speed boats",
        u"The pirates, in three boats, were trying to hijack the merchant vessel around noon when the destroyer INS Mysore intervened, a navy spokesman said."_s,
        u"The pirates, on two speed boats, were trying to hijack the merchant vessel around noon when the destroyer INS Mysore intervened, a navy spokesman said."_s,
        u"conflict"_s);
    // A number right after a name is a version, no count.
    row("a version and a count",
        u"The new laptop has a USB 3 port on its left side and an HDMI port on the right, the company said."_s,
        u"The new laptop has two USB ports on its left side and an HDMI port on the right, the company said."_s,
        u"none"_s);
    row("counts after a sentence's first word",
        u"About 1,500 people will work on the tidal barrage at its peak in 2027, the operator said on Monday."_s,
        u"About 1,700 people will work on the tidal barrage at its peak in 2027, the operator said on Monday."_s,
        u"approximation"_s);
    row("people including children",
        u"The flood killed 12 people, including three children, in the valley towns on Friday, officials said."_s,
        u"The flood killed 14 people including three children in the valley towns on Friday, officials said."_s,
        u"conflict"_s);
    // A count in words and in digits is one count: "eight children" and "8 children" agree.
    row("a count in words and in digits",
        u"Eight children were among the dead in the school fire on Friday, the police said."_s,
        u"In all 8 children were among the dead in the school fire on Friday, the police said."_s, u"none"_s);
    row("a count in words against another in digits",
        u"Eight children were among the dead in the school fire on Friday, the police said."_s,
        u"In all 9 children were among the dead in the school fire on Friday, the police said."_s, u"conflict"_s);
    row("a floor above a ceiling", u"Deputies chased the truck at speeds of more than 130 mph on the interstate before it stopped."_s,
        u"Deputies chased the truck at speeds up to 120 mph on the interstate before it stopped."_s, u"conflict"_s);
}

void TestAligner::disagreementsMeasureTheSameThing()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, expected);
    QList<Article> articles = TestUtils::articles({u"One\n"_s + first + u'\n', u"Two\n"_s + second + u'\n'});
    MentionRecognizer::addNames(articles);
    const Alignment alignment = Aligner::align(articles);
    // A false case may not even form a claim; a true one must.
    QVERIFY2(expected == u"none" || !alignment.claims.isEmpty(), "the two sentences should report one fact");
    QStringList seen;
    for (const Discrepancy& d : DiscrepancyFinder::find(articles, alignment)) {
        if (d.topic.contains(u"shares"_s))
            continue;
        seen.append(DiscrepancyFinder::kindName(d.kind) + u": "_s + d.note);
    }
    if (expected == u"none")
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(u'\n')));
    else
        QVERIFY2(seen.size() == 1 && seen.first().startsWith(expected), qPrintable(seen.join(u'\n')));
}

void TestAligner::disagreementsNameTheirSubject_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("topic");
    auto row = [](const char *name, const QString& first, const QString& second, const QString& topic) {
        QTest::newRow(name) << first << second << topic;
    };
    // Whose figure it is, at the length the sentence names them, and what it is of.
    row("an age", u"Sixty-year-old Sharron Smith is accused of killing two women at an ice cream store in 1967, police said."_s,
        u"61-year-old Sharron Smith is accused of killing two women at an ice cream store in 1967, police said."_s,
        u"Sharron Smith's age"_s);
    row("a player's points", u"Ty Lawson posted 15 points and eight assists in the win over Virginia on Sunday."_s,
        u"Ty Lawson added 16 points and eight assists in the win over Virginia on Sunday."_s, u"Ty Lawson's points"_s);
    // The boats are the pirates', not the warship's named after them.
    row("a count before a name",
        u"The pirates, in three boats, were trying to hijack the merchant vessel around noon when the destroyer INS Mysore intervened, a navy spokesman said."_s,
        u"The pirates, on two speed boats, were trying to hijack the merchant vessel around noon when the destroyer INS Mysore intervened, a navy spokesman said."_s,
        u"boats"_s);
    row("money in something", u"The county paid $972,815 in witness fees for the long trial, the court records show."_s,
        u"The county paid $972,814 in witness fees for the long trial, the court records show."_s, u"witness fees"_s);
    row("money a noun is worth", u"The Red Sox offered Mark Teixeira an eight-year deal worth $184 million on Thursday."_s,
        u"The Red Sox offered Mark Teixeira an eight-year deal worth $200 million on Thursday."_s,
        u"Mark Teixeira's deal"_s);
    row("a measure of something", u"The new laptops carry up to 8GB of RAM and faster graphics, the company said on Monday."_s,
        u"The new laptops carry up to 16GB of RAM and faster graphics, the company said on Monday."_s, u"RAM"_s);
    row("the moment of an event", u"Police believe the student fell from the hotel scaffolding at 11:15 p.m. when the guard left."_s,
        u"Police believe the student fell from the hotel scaffolding at 10:40 p.m. when the guard left."_s,
        u"time when the guard left"_s);
    // A verb before the figure says nothing of what it measures: the unit's dimension does.
    row("a distance", u"The quake was centered about two miles from the town of Cobb, the survey said."_s,
        u"The quake was centered about one mile from the town of Cobb, the survey said."_s, u"distance"_s);
}

// A disagreement says what disagrees in words a reader can check, never a cut-off run of the
// sentence ("-old Sharron Diane Crawford", "points for the Tar").
void TestAligner::disagreementsNameTheirSubject()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, topic);
    QList<Article> articles = TestUtils::articles({u"One\n"_s + first + u'\n', u"Two\n"_s + second + u'\n'});
    MentionRecognizer::addNames(articles);
    const QList<Discrepancy> found = DiscrepancyFinder::find(articles, Aligner::align(articles));
    QStringList topics;
    for (const Discrepancy& d : found)
        topics.append(d.topic);
    QCOMPARE(topics, QStringList{topic});
}

void TestAligner::agesAcrossAStory_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("daysApart");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const QString& first, const QString& second, int days, const QString& expected) {
        QTest::newRow(name) << first << second << days << expected;
    };
    const QString fell = u"Connor Cummings, 20, of Rockaway fell from the hotel scaffolding late on Wednesday."_s;
    row("told differently", fell, u"The 21-year-old Cummings was a student at the state university, his family said."_s, 1,
        u"conflict|Connor Cummings' age"_s);
    row("told alike", fell, u"The 20-year-old Cummings was a student at the state university, his family said."_s, 1, QString());
    row("two first names", fell, u"His mother, Mary Cummings, 21, said the family would hold a vigil at the school."_s, 1,
        QString());
    row("one article gives two ages", fell + u" His father, Cummings, 47, flew in from Ohio."_s,
        u"The 21-year-old Cummings was a student at the state university, his family said."_s, 1, QString());
    row("far apart", fell, u"The 45-year-old Cummings was a teacher at the state university, his family said."_s, 1, QString());
    row("pages two years apart", fell, u"The 22-year-old Cummings was a student at the state university, his family said."_s,
        730, u"moment|Connor Cummings' age"_s);
}

// A person's age is a fact of the story, told in sentences that need not match: it is compared
// across the story's articles, unless the name may be two people or the pages are far apart.
void TestAligner::agesAcrossAStory()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, daysApart);
    QFETCH(QString, expected);
    QList<Article> articles = TestUtils::articles({u"One\n"_s + first + u'\n', u"Two\n"_s + second + u'\n'});
    articles[0].published = QDate(2019, 3, 4);
    articles[1].published = articles[0].published.addDays(daysApart);
    MentionRecognizer::addNames(articles);
    QStringList seen;
    for (const Discrepancy& d : DiscrepancyFinder::findAges(articles, {0, 0}))
        seen.append(DiscrepancyFinder::kindName(d.kind) + u'|' + d.topic);
    QCOMPARE(seen, expected.isEmpty() ? QStringList() : QStringList{expected});
    // Articles of two stories never compare.
    QVERIFY(DiscrepancyFinder::findAges(articles, {0, 1}).isEmpty());
}

// Outlets say the same in their own words: WordNet relates "invest" and "spend", "investment"
// and "invest", "said" and "told" share nothing; the semantic share rises above the stems' share.
void TestAligner::aSentenceSaidWholeInALongerOneMatches()
{
    // As on ECB+, where a headline and the lead that tells it with more around it were no match.
    const QList<Article> articles = TestUtils::articles({
        u"Lohan in rehab\nLindsay Lohan Checks Into Rehab at Betty Ford Center. Her lawyer spoke to the court on "
        u"Friday about the plea deal.\n"_s,
        u"Actress\nLindsay Lohan checked into California's Betty Ford Center rehab facility late Thursday, dodging "
        u"arrest after weeks of legal wrangling with prosecutors over her probation.\n"_s,
        u"Another actress\nAmanda Bynes checked into a rehab facility in Malibu late Thursday, her publicist told "
        u"reporters outside the house.\n"_s,
        u"Numbers\nLindsay Lohan checked into the Betty Ford Center for 90 days.\n"_s,
        u"Other numbers\nLindsay Lohan checked into the Betty Ford Center for 30 days, a judge ordered, as part of "
        u"a plea deal with prosecutors in Los Angeles.\n"_s,
    });
    const Alignment alignment = Aligner::align(articles);
    QVERIFY(matched(alignment, articles, u"Checks Into Rehab"_s, u"dodging arrest"_s));
    // The same words about someone else are not, nor is a sentence with another figure: that
    // figure is not said in the other.
    QVERIFY(!matched(alignment, articles, u"Checks Into Rehab"_s, u"Amanda Bynes"_s));
    QVERIFY(!matched(alignment, articles, u"for 90 days"_s, u"for 30 days"_s));
}

void TestAligner::wordNetRelatesOwnWords()
{
    const WordNet& wordnet = WordNet::instance();
    QVERIFY2(!wordnet.isEmpty(), "WordNet is missing: install wordnet-base (tools/setup does)");
    auto related = [&](const QString& x, const QString& y) {
        const QList<quint32> a = wordnet.concepts(x), b = wordnet.concepts(y);
        return std::any_of(a.cbegin(), a.cend(), [&](quint32 c) { return b.contains(c); });
    };
    QVERIFY(related(u"invest"_s, u"spend"_s));
    QVERIFY(related(u"investment"_s, u"invest"_s));
    QVERIFY(related(u"purchased"_s, u"bought"_s));
    QVERIFY(!related(u"barrage"_s, u"election"_s));

    FeatureExtractor extractor;
    const SentenceFeatures a = extractor.extract(u"The company will invest heavily in new factories."_s);
    const SentenceFeatures b = extractor.extract(u"The firm plans to spend heavily on new plants."_s);
    extractor.count(a);
    extractor.count(b);
    const PairFeatures pair = pairFeatures(a, b, extractor);
    QVERIFY2(pair.semantic > pair.containment + 0.2,
             qPrintable(u"semantic %1, containment %2"_s.arg(pair.semantic).arg(pair.containment)));
}

// The user's moves win over the grouping: into another article's story, or into one of its own.
void TestAligner::userMovesWinOverStories()
{
    const QList<Article> articles = mixedFolder();
    const FolderResult result = FolderPipeline::run(articles, {}, {}, {{u"a3.txt"_s, u"a0.txt"_s}, {u"a1.txt"_s, QString()}});
    QCOMPARE(result.storyOf[3], result.storyOf[0]);
    QVERIFY(result.storyOf[1] != result.storyOf[0]);
    QVERIFY(result.storyOf[1] != result.storyOf[4]);
    QCOMPARE(result.stories.size(), 3);
    for (const SentenceMatch& m : result.alignment.matches)
        QCOMPARE(result.storyOf[m.a.article], result.storyOf[m.b.article]);
}

QTEST_GUILESS_MAIN(TestAligner)
void TestAligner::sameFolderSameResultInEveryRun()
{
    // Qt seeds its hashes differently in every process: what the user sees must not depend on it.
    // A generated folder of many retellings has sentences with equal evidence, where the order a
    // hash is walked in would decide which candidates are kept. Scores must agree to the last
    // bit, so every sum is taken in an order that does not depend on a hash.
    QTemporaryDir folder;
    QVERIFY(BenchUtil::FolderGenerator().write(folder.path(), 300) > 0);
    auto fingerprint = [&folder] {
        QString error;
        const auto analysis = AnalysisReport::analyzeFolder(folder.path(), &error);
        QStringList out;
        if (!analysis)
            return QStringList{error};
        for (const SentenceMatch& m : analysis->alignment.matches)
            out.append(u"match %1:%2 %3:%4 %5"_s.arg(m.a.article)
                           .arg(m.a.sentence)
                           .arg(m.b.article)
                           .arg(m.b.sentence)
                           .arg(m.score, 0, 'g', 17));
        for (const Claim& c : analysis->alignment.claims) {
            QString line = u"claim %1:"_s.arg(c.id);
            for (const SentenceRef& r : c.sentences)
                line += u" %1:%2"_s.arg(r.article).arg(r.sentence);
            out.append(line);
        }
        for (const Discrepancy& d : analysis->discrepancies)
            out.append(u"discrepancy "_s + d.topic + u": "_s + d.note);
        return out;
    };
    QHashSeed::setDeterministicGlobalSeed();
    const QStringList first = fingerprint();
    QVERIFY(first.size() > 100);
    for (int run = 0; run < 3; ++run) {
        QHashSeed::resetRandomGlobalSeed();
        const QStringList again = fingerprint();
        QCOMPARE(again.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i)
            QCOMPARE(again[i], first[i]);
    }
}

#include "tst_aligner.moc"
