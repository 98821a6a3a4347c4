#include "highlighting/highlightrepository.h"
#include "highlighting/spancollector.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>

#include <QTest>

using namespace Crosscheck::Core;
using namespace Qt::StringLiterals;

class TestHighlighting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionLoadsFromResources();
    void marksFigures_data();
    void marksFigures();
    void leavesNamesAlone_data();
    void leavesNamesAlone();
    void offsetsSpanLines();
    void themesFollowPalette();

private:
    QList<FormatSpan> spans(const QString& text)
    {
        SpanCollector collector(m_repository.articleDefinition());
        return collector.collect(text);
    }
    HighlightRepository m_repository;
};

void TestHighlighting::definitionLoadsFromResources()
{
    const auto definition = m_repository.articleDefinition();
    QVERIFY(definition.isValid());
    QVERIFY2(definition.filePath().startsWith(u":/"), qPrintable(definition.filePath()));
    const QStringList formats = [&] {
        QStringList names;
        for (const auto& f : definition.formats())
            names.append(f.name());
        return names;
    }();
    QVERIFY(formats.contains(HighlightRepository::moneyFormat()));
    QVERIFY(formats.contains(HighlightRepository::percentFormat()));
    QVERIFY(formats.contains(HighlightRepository::dateFormat()));
}

void TestHighlighting::marksFigures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("format");
    const QString money = HighlightRepository::moneyFormat();
    const QString percent = HighlightRepository::percentFormat();
    const QString date = HighlightRepository::dateFormat();

    QTest::addRow("dollar billions") << u"a plan to invest $53 billion in AI"_s << u"$53 billion"_s << money;
    QTest::addRow("amount then currency word")
        << u"over 380 billion yuan ($53 billion)"_s << u"380 billion yuan"_s << money;
    QTest::addRow("dollar inside brackets")
        << u"over 380 billion yuan ($53 billion)"_s << u"$53 billion"_s << money;
    QTest::addRow("US dollar prefix") << u"revenue of US$4.35 billion."_s << u"US$4.35 billion"_s << money;
    QTest::addRow("RMB code") << u"net income of RMB 31.74 billion rose"_s << u"RMB 31.74 billion"_s << money;
    QTest::addRow("thousands separators")
        << u"worth $3,680.47 billion now"_s << u"$3,680.47 billion"_s << money;
    QTest::addRow("euro abbreviation") << u"a €2bn deal"_s << u"€2bn"_s << money;
    QTest::addRow("pound millions") << u"cost £450m in total"_s << u"£450m"_s << money;
    QTest::addRow("dollars spelled out")
        << u"some 53 billion dollars over"_s << u"53 billion dollars"_s << money;
    QTest::addRow("money range") << u"spend $60-$65 Billion this year"_s << u"$60-$65 Billion"_s << money;
    QTest::addRow("plain percent") << u"shares rose 8% on Monday"_s << u"8%"_s << percent;
    QTest::addRow("per cent") << u"up 13 per cent from"_s << u"13 per cent"_s << percent;
    QTest::addRow("percent word") << u"about 83 percent of"_s << u"83 percent"_s << percent;
    QTest::addRow("decimal percent") << u"grew 3.5% a year"_s << u"3.5%"_s << percent;
    QTest::addRow("year") << u"committed around $65 billion for 2025."_s << u"2025"_s << date;
    QTest::addRow("year after late") << u"since late 2023, the firm"_s << u"2023"_s << date;
    QTest::addRow("month and year") << u"in January 2025 the"_s << u"January 2025"_s << date;
    QTest::addRow("full date") << u"on Feb. 24, 2025, it said"_s << u"Feb. 24, 2025"_s << date;
}

void TestHighlighting::marksFigures()
{
    QFETCH(QString, text);
    QFETCH(QString, figure);
    QFETCH(QString, format);
    const qsizetype at = text.indexOf(figure);
    QVERIFY(at >= 0);
    const auto found = spans(text);
    bool matched = false;
    QStringList seen;
    for (const auto& span : found) {
        seen.append(span.format + u':' + span.textIn(text));
        if (span.start == at && span.length == figure.size() && span.format == format)
            matched = true;
    }
    QVERIFY2(matched, qPrintable(u"expected "_s + format + u':' + figure + u", got " + seen.join(u", ")));
}

void TestHighlighting::leavesNamesAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("GPT-4o") << u"OpenAI's GPT-4o model"_s;
    QTest::addRow("Qwen 2.5-Max") << u"its Qwen 2.5-Max model beats"_s;
    QTest::addRow("DeepSeek-V3") << u"than DeepSeek-V3 in tests"_s;
    QTest::addRow("Llama-3.1-405B") << u"Meta's Llama-3.1-405B release"_s;
    QTest::addRow("version number") << u"Android 15.0.1 update"_s;
    QTest::addRow("url digits") << u"see example.com/2025/02/24/story"_s;
}

void TestHighlighting::leavesNamesAlone()
{
    QFETCH(QString, text);
    const auto found = spans(text);
    QStringList seen;
    for (const auto& span : found)
        seen.append(span.format + u':' + span.textIn(text));
    QVERIFY2(found.isEmpty(), qPrintable(seen.join(u", ")));
}

void TestHighlighting::offsetsSpanLines()
{
    const QString text = u"Headline\nShares fell 3% after a $2 billion loss.\n"_s;
    const auto found = spans(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].textIn(text), u"3%"_s);
    QCOMPARE(found[1].textIn(text), u"$2 billion"_s);
}

void TestHighlighting::themesFollowPalette()
{
    QVERIFY(m_repository.themes().size() > 1);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    const auto lightTheme = m_repository.themeForPalette(light);
    const auto darkTheme = m_repository.themeForPalette(dark);
    QVERIFY(lightTheme.isValid() && darkTheme.isValid());
    QVERIFY(!HighlightRepository::isDark(lightTheme));
    QVERIFY(HighlightRepository::isDark(darkTheme));
    // A named theme wins over the palette; an unknown one falls back to it.
    const QString other = darkTheme.name();
    QCOMPARE(m_repository.theme(other, light).name(), other);
    QCOMPARE(m_repository.theme(u"No Such Theme"_s, light).name(), lightTheme.name());
}

QTEST_GUILESS_MAIN(TestHighlighting)
#include "tst_highlighting.moc"
