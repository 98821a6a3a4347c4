#include "discrepancies.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;

namespace {

struct Figure
{
    SentenceRef ref;
    int index;
    const Mention *mention;
    double low; // in the claim's common unit
    double high;
    QString unit;
};

QString show(const Article& a, const Mention& m)
{
    return (m.approx.isEmpty() ? QString() : m.approx + u' ') + a.text.sliced(m.start, m.length());
}

// A few words after the figure, or before it when it ends the sentence: what the number counts.
QString topicOf(const Article& a, const Mention& m)
{
    const Sentence& s = a.sentences[m.sentence];
    QStringList after;
    for (const auto word : QStringView(a.text).sliced(m.end, s.end - m.end).split(u' ', Qt::SkipEmptyParts)) {
        if (after.size() == 4)
            break;
        QString w = word.toString();
        const bool stop = w.endsWith(u',') || w.endsWith(u'.') || w.endsWith(u';') || w.endsWith(u')');
        w.remove(QRegularExpression(QStringLiteral("[,.;()]")));
        if (!w.isEmpty())
            after.append(w);
        if (stop)
            break;
    }
    // "enough for 200,000 homes.": one word after the figure is what it counts, unless it is a
    // word that only links the sentence on ("…$53 billion and…").
    static const QSet<QString> linking = {
        u"and"_s, u"or"_s,   u"but"_s, u"the"_s,  u"a"_s,    u"an"_s,    u"in"_s,  u"on"_s, u"at"_s,
        u"to"_s,  u"of"_s,   u"for"_s, u"by"_s,   u"with"_s, u"from"_s,  u"as"_s,  u"is"_s, u"was"_s,
        u"are"_s, u"were"_s, u"be"_s,  u"this"_s, u"that"_s, u"which"_s, u"who"_s, u"it"_s, u"so"_s};
    if (after.size() >= 2 ||
        (after.size() == 1 && after.front().size() > 2 &&
         std::all_of(after.front().cbegin(), after.front().cend(), [](QChar c) { return c.isLetter(); }) &&
         !linking.contains(after.front().toLower())))
        return after.join(u' ');
    QStringList before =
        QStringView(a.text).sliced(s.start, m.start - s.start).toString().split(u' ', Qt::SkipEmptyParts);
    return before.mid(std::max<qsizetype>(0, before.size() - 4)).join(u' ');
}

} // namespace

QString DiscrepancyFinder::kindName(Discrepancy::Kind kind)
{
    switch (kind) {
    case Discrepancy::Kind::Conflict:
        return QStringLiteral("conflict");
    case Discrepancy::Kind::Range:
        return QStringLiteral("range");
    case Discrepancy::Kind::Approximation:
        return QStringLiteral("approximation");
    }
    return {};
}

QHash<QString, double> DiscrepancyFinder::statedRates(const QList<Article>& articles)
{
    // "380 billion yuan ($53 billion)" and "$53 billion (380 billion yuan)": two amounts of
    // different currencies with only a bracket between them are one amount said twice.
    QHash<QString, QList<double>> seen;
    for (const Article& a : articles) {
        for (int i = 0; i + 1 < a.mentions.size(); ++i) {
            const Mention& x = a.mentions[i];
            const Mention& y = a.mentions[i + 1];
            if (x.kind != MentionKind::Money || y.kind != MentionKind::Money || x.unit == y.unit ||
                x.unit.isEmpty() || y.unit.isEmpty() || !x.hasValue() || !y.hasValue() || x.value <= 0 ||
                x.valueMax || y.valueMax)
                continue;
            const QString between = a.text.sliced(x.end, y.start - x.end).trimmed();
            if (between != u"(" && between != u"")
                continue;
            seen[x.unit + u'>' + y.unit].append(y.value / x.value);
            seen[y.unit + u'>' + x.unit].append(x.value / y.value);
        }
    }
    QHash<QString, double> rates;
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        std::sort(it->begin(), it->end());
        rates.insert(it.key(), it->at(it->size() / 2));
    }
    return rates;
}

QList<Discrepancy> DiscrepancyFinder::find(const QList<Article>& articles, const Alignment& alignment)
{
    const QHash<QString, double> rates = statedRates(articles);
    QList<Discrepancy> out;
    for (const Claim& claim : alignment.claims) {
        // Figures of the claim's sentences, money in the claim's commonest currency.
        QList<Figure> figures;
        QHash<QString, int> currencies;
        for (const SentenceRef& r : claim.sentences) {
            const Article& a = articles[r.article];
            for (int i = 0; i < a.mentions.size(); ++i) {
                const Mention& m = a.mentions[i];
                if (m.sentence != r.sentence || !m.hasValue())
                    continue;
                if (m.kind != MentionKind::Money && m.kind != MentionKind::Percent &&
                    m.kind != MentionKind::Number)
                    continue;
                figures.append({r, i, &m, m.value, m.valueMax.value_or(m.value), m.unit});
                if (m.kind == MentionKind::Money)
                    ++currencies[m.unit];
            }
        }
        QString common;
        for (auto it = currencies.cbegin(); it != currencies.cend(); ++it) {
            if (common.isEmpty() || it.value() > currencies.value(common))
                common = it.key();
        }
        // A money amount said twice in one sentence ("380 billion yuan ($53 billion)") counts once.
        QList<Figure> kept;
        for (Figure f : figures) {
            if (f.mention->kind == MentionKind::Money && f.unit != common) {
                const double rate = rates.value(f.unit + u'>' + common, 0);
                if (rate <= 0)
                    continue;
                f.low *= rate;
                f.high *= rate;
                f.unit = common;
                const bool twin = std::any_of(figures.cbegin(), figures.cend(), [&](const Figure& g) {
                    return g.ref == f.ref && g.unit == common && std::abs(g.low - f.low) <= 0.02 * g.low;
                });
                if (twin)
                    continue;
            }
            kept.append(f);
        }

        // For each pair of articles, match each figure to the nearest of the same kind and unit.
        QSet<QString> reported;
        for (int i = 0; i < kept.size(); ++i) {
            for (int j = 0; j < kept.size(); ++j) {
                const Figure& x = kept[i];
                const Figure& y = kept[j];
                if (x.ref.article >= y.ref.article || x.mention->kind != y.mention->kind || x.unit != y.unit)
                    continue;
                // Only mutual nearest values are counterparts: "$80bn" in one sentence and "$80bn"
                // in the other agree, and the other amounts around them are other things.
                auto nearestIn = [&kept](const Figure& from, const SentenceRef& in) {
                    const Figure *best = nullptr;
                    for (const Figure& z : kept) {
                        if (z.ref == in && z.mention->kind == from.mention->kind && z.unit == from.unit &&
                            (!best || std::abs(z.low - from.low) < std::abs(best->low - from.low)))
                            best = &z;
                    }
                    return best;
                };
                if (nearestIn(x, y.ref) != &y || nearestIn(y, x.ref) != &x)
                    continue;
                const double a = x.low, b = y.low;
                if (std::abs(a - b) <= 0.005 * std::max(std::abs(a), std::abs(b)) && x.high == x.low &&
                    y.high == y.low)
                    continue; // they agree
                const double ratio = std::max(a, b) / std::max(1e-9, std::min(a, b));
                if (ratio > 2.0)
                    continue; // different magnitudes: different things, not a disagreement
                Discrepancy d;
                d.claim = claim.id;
                const bool xRange = x.high > x.low, yRange = y.high > y.low;
                const Article& ax = articles[x.ref.article];
                const Article& ay = articles[y.ref.article];
                if (xRange != yRange &&
                    ((xRange && b >= x.low && b <= x.high) || (yRange && a >= y.low && a <= y.high))) {
                    d.kind = Discrepancy::Kind::Range;
                    d.note =
                        QCoreApplication::translate("Discrepancy", "%1 gives %2, within the range %3 in %4")
                            .arg((xRange ? ay : ax).sourceName(),
                                 show(xRange ? ay : ax, *(xRange ? y : x).mention),
                                 show(xRange ? ax : ay, *(xRange ? x : y).mention),
                                 (xRange ? ax : ay).sourceName());
                } else if ((!x.mention->approx.isEmpty() || !y.mention->approx.isEmpty()) && ratio <= 1.1) {
                    d.kind = Discrepancy::Kind::Approximation;
                    d.note = QCoreApplication::translate("Discrepancy",
                                                         "%1 says %2, %3 says %4: close, one is approximate")
                                 .arg(ax.sourceName(), show(ax, *x.mention), ay.sourceName(),
                                      show(ay, *y.mention));
                } else {
                    d.kind = Discrepancy::Kind::Conflict;
                    d.note = QCoreApplication::translate("Discrepancy", "%1 says %2, %3 says %4")
                                 .arg(ax.sourceName(), show(ax, *x.mention), ay.sourceName(),
                                      show(ay, *y.mention));
                }
                const QString key = QString::number(x.ref.article) + u':' + QString::number(x.index) + u'/' +
                                    QString::number(y.ref.article) + u':' + QString::number(y.index);
                if (reported.contains(key))
                    continue;
                reported.insert(key);
                // The topic reads best from the sentence with fewer figures in it.
                auto figuresIn = [&kept](const SentenceRef& r) {
                    return std::count_if(kept.cbegin(), kept.cend(),
                                         [&r](const Figure& f) { return f.ref == r; });
                };
                d.topic =
                    figuresIn(x.ref) <= figuresIn(y.ref) ? topicOf(ax, *x.mention) : topicOf(ay, *y.mention);
                d.items = {{x.ref, x.index}, {y.ref, y.index}};
                out.append(d);
            }
        }
    }
    out.append(findMovements(articles));
    return out;
}

QList<Discrepancy> DiscrepancyFinder::findMovements(const QList<Article>& articles)
{
    // A share price's move as one outlet tells it: the company, up or down by a percentage, and
    // whether it is the day's move or a gain since some earlier date.
    struct Movement
    {
        SentenceRef ref;
        int mention;
        QString company;
        bool cumulative;
        int direction; // +1 up, -1 down
        double value;
    };
    static const QRegularExpression market(QStringLiteral("\\b(shares?|stock|share price|stock price)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression up(
        QStringLiteral(
            "\\b(rose|rise|rises|rising|gained|gains?|gaining|jumped|jumps?|jumping|climbed|climbs?|"
            "climbing|surged|surges?|surging|soared|soars?|soaring|rallied|rall(y|ies)|up|higher)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression down(
        QStringLiteral(
            "\\b(fell|falls?|falling|slid|slides?|sliding|dropped|drops?|dropping|declined|declines?|"
            "declining|lost|loses?|losing|tumbled|tumbles?|tumbling|plunged|plunges?|plunging|sank|"
            "sinks?|sinking|down|lower)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sinceWhen(
        QStringLiteral("\\b(since|year-to-date|so far this year|this year|over the past|in the past)\\b"),
        QRegularExpression::CaseInsensitiveOption);

    QList<Movement> movements;
    for (int a = 0; a < articles.size(); ++a) {
        const Article& article = articles[a];
        for (int i = 0; i < article.mentions.size(); ++i) {
            const Mention& m = article.mentions[i];
            if (m.kind != MentionKind::Percent || m.sentence < 0 || !m.hasValue() || m.unit != u"%")
                continue;
            const Sentence& s = article.sentences[m.sentence];
            if (s.boilerplate)
                continue;
            const QStringView sentence = QStringView(article.text).sliced(s.start, s.end - s.start);
            const QStringView before = QStringView(article.text).sliced(s.start, m.start - s.start);
            if (!market.matchView(sentence).hasMatch())
                continue;
            // The verb nearest before the figure says which way it went.
            qsizetype upAt = -1, downAt = -1;
            for (auto it = up.globalMatchView(before); it.hasNext();)
                upAt = it.next().capturedStart();
            for (auto it = down.globalMatchView(before); it.hasNext();)
                downAt = it.next().capturedStart();
            if (upAt < 0 && downAt < 0)
                continue;
            // Whose shares: the organisation named in the sentence closest before the figure.
            QString company;
            for (const Mention& n : article.mentions) {
                if (n.sentence == m.sentence && n.kind == MentionKind::Organization && n.start < m.start)
                    company = article.text.sliced(n.start, n.length());
            }
            if (company.isEmpty())
                continue;
            const QStringView after = QStringView(article.text).sliced(m.end, s.end - m.end);
            const QStringView clause = before.sliced(std::max(upAt, downAt));
            const bool cumulative = sinceWhen.matchView(clause).hasMatch() ||
                                    sinceWhen.matchView(after.left(40)).hasMatch() ||
                                    clause.contains(u"gains to", Qt::CaseInsensitive);
            movements.append({{a, m.sentence}, i, company, cumulative, upAt > downAt ? 1 : -1, m.value});
        }
    }

    QList<Discrepancy> out;
    QSet<QString> reported;
    for (int i = 0; i < movements.size(); ++i) {
        for (int j = i + 1; j < movements.size(); ++j) {
            const Movement& x = movements[i];
            const Movement& y = movements[j];
            if (x.ref.article == y.ref.article || x.company != y.company || x.cumulative != y.cumulative)
                continue;
            const bool opposite = x.direction != y.direction;
            const double high = std::max(x.value, y.value), low = std::min(x.value, y.value);
            if (!opposite && high <= 1.25 * low)
                continue; // the same move, told with a little rounding
            const QString key = x.company + u'/' + QString::number(x.ref.article) + u'/' +
                                QString::number(y.ref.article) + (x.cumulative ? u"/c" : u"/d");
            if (reported.contains(key))
                continue;
            reported.insert(key);
            const Article& ax = articles[x.ref.article];
            const Article& ay = articles[y.ref.article];
            auto told = [](const Article& a, const Movement& mv) {
                const Mention& m = a.mentions[mv.mention];
                return (mv.direction > 0 ? QCoreApplication::translate("Discrepancy", "up %1")
                                         : QCoreApplication::translate("Discrepancy", "down %1"))
                    .arg(show(a, m));
            };
            Discrepancy d;
            d.kind = Discrepancy::Kind::Conflict;
            d.topic =
                x.cumulative
                    ? QCoreApplication::translate("Discrepancy", "%1 shares, gain since an earlier date")
                          .arg(x.company)
                    : QCoreApplication::translate("Discrepancy", "%1 shares, the day's move").arg(x.company);
            d.note = QCoreApplication::translate("Discrepancy", "%1 says %2, %3 says %4")
                         .arg(ax.sourceName(), told(ax, x), ay.sourceName(), told(ay, y));
            d.items = {{x.ref, x.mention}, {y.ref, y.mention}};
            out.append(d);
        }
    }
    return out;
}

} // namespace Crosscheck::Core
