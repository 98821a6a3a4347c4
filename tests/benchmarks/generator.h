#pragma once

// A generator of news folders for the benchmarks: stories told by several invented outlets, each
// article retelling a share of the story's facts in its own words, with now and then a figure
// rounded or disagreeing, and unrelated filler. Deterministic for a given seed. Everything here
// (names, outlets, sentences) is invented by this project.

#include <QDir>
#include <QFile>
#include <QStringList>

#include <random>

namespace BenchUtil {

using namespace Qt::StringLiterals;

class FolderGenerator
{
public:
    explicit FolderGenerator(unsigned seed = 20261123)
        : m_random(seed)
    {}

    /// Writes @p articles articles (about eight per story) as .txt files into @p folder and
    /// returns how many bytes were written, or -1 on error.
    qint64 write(const QString& folder, int articles)
    {
        QDir().mkpath(folder);
        qint64 bytes = 0;
        int written = 0;
        for (int story = 0; written < articles; ++story) {
            const Story s = makeStory();
            const int outlets = std::min(articles - written, 5 + pick(6));
            for (int o = 0; o < outlets; ++o, ++written) {
                const QByteArray text = article(s, o).toUtf8();
                QFile f(QDir(folder).filePath(
                    QStringLiteral("story-%1-%2.txt").arg(story, 5, 10, QLatin1Char('0')).arg(o)));
                if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
                    return -1;
                bytes += text.size();
            }
        }
        return bytes;
    }

private:
    struct Story
    {
        QString company, person, place, product;
        double invest = 0, revenue = 0;
        int years = 0, jobs = 0, startYear = 0, day = 0;
        double rise = 0, costRise = 0;
    };

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    template<typename T> const T& any(const QList<T>& list) { return list[pick(int(list.size()))]; }

    QString word()
    {
        static const QStringList first = {u"Vel"_s, u"Nor"_s, u"Kas"_s, u"Tor"_s, u"Ama"_s,
                                          u"Bri"_s, u"Cor"_s, u"Dun"_s, u"Eri"_s, u"Fal"_s,
                                          u"Gra"_s, u"Hal"_s, u"Ist"_s, u"Jor"_s, u"Kel"_s,
                                          u"Lum"_s, u"Mar"_s, u"Ost"_s, u"Pel"_s, u"Rav"_s};
        static const QStringList middle = {u""_s,   u"a"_s,  u"e"_s,  u"i"_s,  u"o"_s,
                                           u"an"_s, u"er"_s, u"in"_s, u"ol"_s, u"ur"_s,
                                           u"as"_s, u"em"_s, u"ig"_s, u"ov"_s, u"ut"_s};
        static const QStringList second = {u"dmark"_s, u"vik"_s,  u"tera"_s, u"ston"_s, u"vale"_s, u"mont"_s,
                                           u"haven"_s, u"berg"_s, u"lund"_s, u"ora"_s,  u"ix"_s,   u"ent"_s};
        QString w = any(first) + any(middle) + any(second);
        if (chance(0.5))
            w += any(middle) + any(second).toLower();
        return w;
    }

    Story makeStory()
    {
        static const QStringList suffixes = {u"Energy"_s,    u"Holdings"_s, u"Group"_s,   u"Systems"_s,
                                             u"Logistics"_s, u"Foods"_s,    u"Robotics"_s};
        static const QStringList firstNames = {u"Ines"_s, u"Martin"_s, u"Lotte"_s, u"Samir"_s, u"Henk"_s,
                                               u"Aiko"_s, u"Tomasz"_s, u"Grace"_s, u"Ravi"_s,  u"Elena"_s};
        static const QStringList products = {u"Model"_s, u"Series"_s, u"Line"_s, u"Platform"_s};
        Story s;
        s.company = word() + u' ' + any(suffixes);
        s.person = any(firstNames) + u' ' + word();
        s.place = word();
        s.product = word() + u' ' + any(products) + u' ' + QString::number(2 + pick(8));
        s.invest = (1 + pick(90)) * 100.0;
        s.revenue = (5 + pick(300)) / 10.0;
        s.years = 2 + pick(9);
        s.jobs = (3 + pick(60)) * 100;
        s.startYear = 2025 + pick(4);
        s.day = 1 + pick(28);
        s.rise = (5 + pick(120)) / 10.0;
        s.costRise = 5 + pick(40);
        return s;
    }

    // A figure as an outlet gives it: mostly the story's value, sometimes rounded or different.
    double told(double value, QString *qualifier)
    {
        if (chance(0.08))
            return value * (chance(0.5) ? 1.25 : 0.8);
        if (chance(0.15)) {
            *qualifier = chance(0.5) ? u"about "_s : u"nearly "_s;
            return std::round(value / 100) * 100;
        }
        return value;
    }

    QString article(const Story& s, int outlet)
    {
        static const QStringList outlets = {
            u"The Harbour Ledger"_s,   u"Northline Wire"_s,       u"Civic Courier"_s,
            u"Delta Business Daily"_s, u"Coastline Radio News"_s, u"The Morning Gazette"_s,
            u"Metro Markets"_s,        u"Riverside Post"_s,       u"Quay Street Journal"_s,
            u"Upland Times"_s,         u"Signal Newsroom"_s};
        static const QStringList months = {u"January"_s, u"March"_s,     u"May"_s,
                                           u"June"_s,    u"September"_s, u"October"_s};
        const QString month = months[s.day % months.size()];
        QString q1, q2, q3;
        const double invest = told(s.invest, &q1);
        const double jobs = told(s.jobs, &q2);
        const double revenue = told(s.revenue * 10, &q3) / 10;
        const QString rise = QString::number(chance(0.1) ? s.rise + 2 : s.rise);

        QList<QStringList> facts = {
            {u"%1 will invest %2$%3 million in %4 over the next %5 years."_s,
             u"%1 plans to spend %2$%3 million on its %4 operations during the coming %5 years."_s,
             u"Over %5 years, %1 intends to put %2$%3 million into %4."_s},
            {u"The project is expected to create %6%7 jobs."_s,
             u"About %7 new positions will be created, the company said."_s,
             u"Officials said %6%7 jobs would follow."_s},
            {u"Shares of %1 rose %8% in early trading."_s,
             u"%1 stock climbed %8 per cent after the announcement."_s,
             u"Investors sent %1 shares up %8%."_s},
            {u"Chief executive %9 called the decision historic."_s,
             u"%9, the company's chief executive, described it as a historic step."_s},
            {u"%1 reported revenue of $%10 billion last year."_s,
             u"Last year the company's revenue reached $%10 billion."_s},
            {u"Regulators in %4 approved the plan on %11 %12."_s,
             u"Approval from the %4 regulator came on %11 %12."_s},
            {u"Critics warned that costs could rise by %13%."_s,
             u"Opponents say the bill may climb %13 percent."_s},
            {u"Construction is due to start in %14 and finish by %15."_s,
             u"Work begins in %14, with completion planned for %15."_s},
            {u"The %16 will be built at a new plant in %4."_s, u"A new plant in %4 is to make the %16."_s},
        };
        // Filler: local colour that belongs to no fact, different in every story.
        const QStringList filler = {
            u"Traffic around the %1 harbour was heavy on the morning of the announcement."_s.arg(s.place),
            u"Schools in %1 reopened after the holiday break."_s.arg(word()),
            u"The %1 council also discussed parking fees and a new library on %2 Street."_s.arg(s.place,
                                                                                                word()),
            u"Weather forecasters expect a %1 week along the %2 coast."_s.arg(
                chance(0.5) ? u"mild"_s : u"windy"_s, word()),
            u"A spokesperson for %1 declined to comment on staffing questions."_s.arg(word()),
            u"The decision follows %1 months of public meetings in %2."_s.arg(2 + pick(9)).arg(word()),
            u"Residents of %1 have until the end of the month to submit comments."_s.arg(word()),
            u"Analysts at %1 Partners will watch the next quarterly report closely."_s.arg(word()),
        };
        std::shuffle(facts.begin(), facts.end(), m_random);
        const int told_ = 5 + pick(int(facts.size()) - 4);
        QString text = s.company + u" sets out plans in "_s + s.place + u'\n' +
                       outlets[outlet % outlets.size()] + u" · "_s + QString::number(s.day) + u' ' + month +
                       u' ' + QString::number(s.startYear - 1) + u"\n\n"_s;
        for (int i = 0; i < told_; ++i) {
            const QStringList values = {s.company,
                                        q1,
                                        QString::number(invest, 'f', 0),
                                        s.place,
                                        QString::number(s.years),
                                        q2,
                                        QString::number(jobs, 'f', 0),
                                        rise,
                                        s.person,
                                        QString::number(revenue, 'f', 1),
                                        QString::number(s.day),
                                        month,
                                        QString::number(s.costRise),
                                        QString::number(s.startYear),
                                        QString::number(s.startYear + s.years),
                                        s.product};
            QString sentence = any(facts[i]);
            // %16 before %1, so that %1 never takes the start of %10.
            for (qsizetype n = values.size(); n >= 1; --n)
                sentence.replace(u'%' + QString::number(n), values[n - 1]);
            text += sentence + u' ';
            if (chance(0.4))
                text += any(filler) + u' ';
            if (chance(0.3))
                text += u"\n\n"_s;
        }
        return text + u"\n"_s;
    }

    std::mt19937 m_random;
};

} // namespace BenchUtil
