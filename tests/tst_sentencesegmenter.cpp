#include "articles/sentencesegmenter.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

class TestSentenceSegmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data();
    void splits();
    void rangesAreTrimmedAndOrdered();
    void gumNewsBoundaries();
};

namespace {
QString joined(const QString& text)
{
    QStringList parts;
    for (const Sentence& s : SentenceSegmenter::split(text))
        parts.append(text.sliced(s.start, s.length()));
    return parts.join(u" | "_s);
}
} // namespace

void TestSentenceSegmenter::splits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::addRow("two plain sentences")
        << u"Shares rose. Analysts cheered."_s << u"Shares rose. | Analysts cheered."_s;
    QTest::addRow("question and exclamation")
        << u"Why now? Because AI! It said so."_s << u"Why now? | Because AI! | It said so."_s;
    QTest::addRow("Ltd. before lower case") << u"Alibaba Group Holding Ltd. announced a plan. It is big."_s
                                            << u"Alibaba Group Holding Ltd. announced a plan. | It is big."_s;
    QTest::addRow("Ltd. before a name") << u"Alibaba Group Holding Ltd. Chairman Joe Tsai spoke."_s
                                        << u"Alibaba Group Holding Ltd. Chairman Joe Tsai spoke."_s;
    QTest::addRow("Inc. ends a sentence") << u"It was led by Alphabet Inc. The rest followed."_s
                                          << u"It was led by Alphabet Inc. | The rest followed."_s;
    QTest::addRow("Corp. inside") << u"Microsoft Corp. said it would spend more."_s
                                  << u"Microsoft Corp. said it would spend more."_s;
    QTest::addRow("U.S. before lower case") << u"U.S. restrictions limit chips. Nvidia agreed."_s
                                            << u"U.S. restrictions limit chips. | Nvidia agreed."_s;
    QTest::addRow("U.S. before a name")
        << u"The U.S. Commerce Department acted."_s << u"The U.S. Commerce Department acted."_s;
    QTest::addRow("U.S. ends a sentence") << u"Prices fell in the U.S. The rest of the world waited."_s
                                          << u"Prices fell in the U.S. | The rest of the world waited."_s;
    QTest::addRow("Mr. and Mrs.") << u"Mr. Wu met Mrs. Yap. They talked."_s
                                  << u"Mr. Wu met Mrs. Yap. | They talked."_s;
    QTest::addRow("Dr. title") << u"Dr. Chen disagreed. She left."_s << u"Dr. Chen disagreed. | She left."_s;
    QTest::addRow("No. before a number")
        << u"It ranked No. 3 in China. Then it rose."_s << u"It ranked No. 3 in China. | Then it rose."_s;
    QTest::addRow("No as an answer") << u"Is everyone happy? No. The fishermen object."_s
                                     << u"Is everyone happy? | No. | The fishermen object."_s;
    QTest::addRow("no. as a word") << u"They said no. Then they left."_s
                                   << u"They said no. | Then they left."_s;
    QTest::addRow("Calif. state") << u"It is based in Santa Clara, Calif. Nvidia said so."_s
                                  << u"It is based in Santa Clara, Calif. Nvidia said so."_s;
    QTest::addRow("initial in a name")
        << u"Jensen H. Huang spoke. He smiled."_s << u"Jensen H. Huang spoke. | He smiled."_s;
    QTest::addRow("two initials") << u"J. P. Morgan analysts wrote. They agreed."_s
                                  << u"J. P. Morgan analysts wrote. | They agreed."_s;
    QTest::addRow("decimal amount") << u"Revenue was $4.35 billion. Profit rose."_s
                                    << u"Revenue was $4.35 billion. | Profit rose."_s;
    QTest::addRow("decimal number") << u"Growth hit 3.1 percent. It slowed."_s
                                    << u"Growth hit 3.1 percent. | It slowed."_s;
    QTest::addRow("number starts a sentence")
        << u"It fell. 2025 was hard."_s << u"It fell. | 2025 was hard."_s;
    QTest::addRow("sentence ends with a year")
        << u"It began in 2020. Regulators acted."_s << u"It began in 2020. | Regulators acted."_s;
    QTest::addRow("closing double quote")
        << u"He said \"it works.\" Then he left."_s << u"He said \"it works.\" | Then he left."_s;
    QTest::addRow("closing curly quote") << u"She wrote \u201Cthe largest ever.\u201D She noted more."_s
                                         << u"She wrote \u201Cthe largest ever.\u201D | She noted more."_s;
    QTest::addRow("quote opens next sentence")
        << u"It ended. \u201CWe won,\u201D he said."_s << u"It ended. | \u201CWe won,\u201D he said."_s;
    QTest::addRow("closing bracket") << u"It rose (again.) Then it fell."_s
                                     << u"It rose (again.) | Then it fell."_s;
    QTest::addRow("bracket opens next sentence")
        << u"It rose. (Shares fell later.)"_s << u"It rose. | (Shares fell later.)"_s;
    QTest::addRow("ellipsis") << u"It waited\u2026 Then it moved."_s << u"It waited\u2026 | Then it moved."_s;
    QTest::addRow("three dots") << u"It waited... Then it moved."_s << u"It waited... | Then it moved."_s;
    QTest::addRow("missing space after full stop")
        << u"platforms like Taobao and Tmall.AI model Qwen won."_s
        << u"platforms like Taobao and Tmall. | AI model Qwen won."_s;
    QTest::addRow("domain is not a boundary")
        << u"Visit Alibaba.com for details."_s << u"Visit Alibaba.com for details."_s;
    QTest::addRow("capitalised domain is not a boundary")
        << u"See news.Reuters.com/tech today."_s << u"See news.Reuters.com/tech today."_s;
    QTest::addRow("address ends a sentence")
        << u"Submit at www.flag.govt.nz. Names follow."_s << u"Submit at www.flag.govt.nz. | Names follow."_s;
    QTest::addRow("all-caps brand with a dot")
        << u"ALIBABA.AI Investment rose."_s << u"ALIBABA.AI Investment rose."_s;
    QTest::addRow("lower case after full stop")
        << u"the figure was approx. ten times more."_s << u"the figure was approx. ten times more."_s;
    QTest::addRow("e.g. inside") << u"Big firms, e.g. Meta, spent more."_s
                                 << u"Big firms, e.g. Meta, spent more."_s;
    QTest::addRow("month abbreviation before a day")
        << u"On Feb. 24 it said so. Shares rose."_s << u"On Feb. 24 it said so. | Shares rose."_s;
    QTest::addRow("heading line") << u"What we know\nAlibaba will invest. It said so."_s
                                  << u"What we know | Alibaba will invest. | It said so."_s;
    // A list marker is layout: the item's sentence starts after it.
    QTest::addRow("bullets are units") << u"\u2022 First point\n\u2022 Second point. With detail."_s
                                       << u"First point | Second point. | With detail."_s;
    QTest::addRow("dash bullets") << u"- Alibaba plans to invest\n- Investors are questioning"_s
                                  << u"Alibaba plans to invest | Investors are questioning"_s;
    QTest::addRow("indented star and numbered items")
        << u"  * Shares rose.\n1. Funding comes first.\n12) Then the build."_s
        << u"Shares rose. | Funding comes first. | Then the build."_s;
    QTest::addRow("signs and years are not markers")
        << u"-5% on the day.\n2025. A record year.\n3.5 million jobs.\n\u2014quoted aside"_s
        << u"-5% on the day. | 2025. | A record year. | 3.5 million jobs. | \u2014quoted aside"_s;
    QTest::addRow("blank lines ignored") << u"\n\nOne.\n\n\nTwo.\n"_s << u"One. | Two."_s;
    QTest::addRow("non-breaking space after full stop")
        << u"It rose.\u00A0Shares fell."_s << u"It rose. | Shares fell."_s;
    QTest::addRow("non-breaking space inside amount")
        << u"It hit nearly\u00A0$3,680.47 billion by 2034. Wow."_s
        << u"It hit nearly\u00A0$3,680.47 billion by 2034. | Wow."_s;
    QTest::addRow("colon line") << u"Strategic Objectives :\nAlibaba will grow."_s
                                << u"Strategic Objectives : | Alibaba will grow."_s;
    QTest::addRow("a.m. time before lower case") << u"It opened at 9 a.m. on Monday. Trading was busy."_s
                                                 << u"It opened at 9 a.m. on Monday. | Trading was busy."_s;
    QTest::addRow("St. before a name")
        << u"He lives in St. Louis. It is cold."_s << u"He lives in St. Louis. | It is cold."_s;
    QTest::addRow("word ill ends sentence")
        << u"He fell ill. The board met."_s << u"He fell ill. | The board met."_s;
    QTest::addRow("question mark in quotes") << u"\u201CWhy now?\u201D asked Wu. Nobody knew."_s
                                             << u"\u201CWhy now?\u201D asked Wu. | Nobody knew."_s;
    QTest::addRow("trailing text without stop") << u"It rose. And then"_s << u"It rose. | And then"_s;
    QTest::addRow("source line") << u"Text ends here.\nSource : Business Standard"_s
                                 << u"Text ends here. | Source : Business Standard"_s;
}

void TestSentenceSegmenter::splits()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(joined(text), expected);
}

void TestSentenceSegmenter::rangesAreTrimmedAndOrdered()
{
    const QString text = u"  One sentence here.   Two here!  \n  Three?  "_s;
    const auto sentences = SentenceSegmenter::split(text);
    QCOMPARE(sentences.size(), 3);
    qsizetype last = 0;
    for (const Sentence& s : sentences) {
        QVERIFY(s.start >= last);
        QVERIFY(!text[s.start].isSpace());
        QVERIFY(!text[s.end - 1].isSpace());
        last = s.end;
    }
}

// Boundary precision and recall against GUM's gold sentences (one per line, paragraphs apart).
void TestSentenceSegmenter::gumNewsBoundaries()
{
    const QDir dir(QStringLiteral(CROSSCHECK_SHARED_DIR "/corpora/gum-news/text"));
    if (!dir.exists())
        QSKIP("../shared/corpora/gum-news is not present");
    int truePositives = 0, predicted = 0, gold = 0;
    for (const QString& name : dir.entryList({u"*.txt"_s}, QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        for (const QString& paragraph : content.split(u"\n\n"_s)) {
            const QStringList goldSentences = paragraph.split(u'\n', Qt::SkipEmptyParts);
            if (goldSentences.isEmpty())
                continue;
            const QString joinedText = goldSentences.join(u' ');
            QSet<qsizetype> goldStarts;
            qsizetype at = 0;
            for (int i = 0; i < goldSentences.size(); ++i) {
                if (i > 0)
                    goldStarts.insert(at);
                at += goldSentences[i].size() + 1;
            }
            QList<Sentence> found;
            SentenceSegmenter::splitLine(joinedText, 0, joinedText.size(), found);
            for (int i = 1; i < found.size(); ++i) {
                ++predicted;
                if (goldStarts.contains(found[i].start))
                    ++truePositives;
            }
            gold += int(goldStarts.size());
        }
    }
    QVERIFY2(gold > 300, qPrintable(QString::number(gold)));
    const double precision = double(truePositives) / predicted;
    const double recall = double(truePositives) / gold;
    qInfo("GUM news sentence boundaries: precision %.3f, recall %.3f (%d of %d gold, %d predicted)",
          precision, recall, truePositives, gold, predicted);
    QVERIFY2(precision >= 0.95, "sentence boundary precision fell below 0.95");
    QVERIFY2(recall >= 0.90, "sentence boundary recall fell below 0.90");
}

QTEST_GUILESS_MAIN(TestSentenceSegmenter)
#include "tst_sentencesegmenter.moc"
