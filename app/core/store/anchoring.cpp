#include "anchoring.h"

#include "articles/codepointmap.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace Crosscheck::Core {

namespace {

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] =
                std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[size_t(b.size())];
}

// Characters that agree going backwards from the end of both strings.
qsizetype commonTail(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

qsizetype commonHead(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

QList<qsizetype> occurrences(const QString& text, QStringView needle, qsizetype limit = 200)
{
    QList<qsizetype> out;
    if (needle.isEmpty())
        return out;
    for (qsizetype at = text.indexOf(needle); at >= 0 && out.size() < limit;
         at = text.indexOf(needle, at + 1))
        out.append(at);
    return out;
}

} // namespace

double Anchoring::similarity(QStringView a, QStringView b)
{
    const qsizetype longest = std::max(a.size(), b.size());
    if (longest == 0)
        return 1.0;
    return 1.0 - double(editDistance(a, b)) / double(longest);
}

void Anchoring::describe(Annotation& annotation, const QString& text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    annotation.exact = text.sliced(start, end - start);
    const qsizetype prefixStart = std::max<qsizetype>(0, start - kContext);
    annotation.prefix = text.sliced(prefixStart, start - prefixStart);
    annotation.suffix = text.sliced(end, std::min<qsizetype>(kContext, text.size() - end));
    const CodePointMap map(text);
    annotation.start = map.toCodePoints(start);
    annotation.end = map.toCodePoints(end);
}

std::optional<Anchoring::Placement> Anchoring::locate(const Annotation& a, const QString& text)
{
    if (a.exact.isEmpty())
        return std::nullopt;
    const qsizetype oldStart = CodePointMap(text).toUtf16(a.start);

    // 1. The quote is still where it was.
    if (oldStart + a.exact.size() <= text.size() &&
        QStringView(text).sliced(oldStart, a.exact.size()) == a.exact)
        return Placement{oldStart, oldStart + a.exact.size(), Method::Position, 1.0};

    // 2. The exact quote elsewhere: the occurrence whose context fits best, then the nearest.
    const QList<qsizetype> hits = occurrences(text, a.exact);
    if (!hits.isEmpty()) {
        qsizetype best = hits.first();
        double bestScore = -1;
        for (const qsizetype at : hits) {
            const QStringView before = QStringView(text).left(at);
            const QStringView after = QStringView(text).sliced(at + a.exact.size());
            const double context = double(commonTail(before, a.prefix) + commonHead(after, a.suffix)) /
                                   double(std::max<qsizetype>(1, a.prefix.size() + a.suffix.size()));
            const double nearness =
                1.0 - double(std::abs(at - oldStart)) / double(std::max<qsizetype>(1, text.size()));
            const double score = context * 0.8 + nearness * 0.2;
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        return Placement{best, best + a.exact.size(), Method::Quote, bestScore};
    }

    // 3. Fuzzy: the quote was edited. Find where its context (or its own ends) still stands and
    // score what lies between on quote, prefix, suffix and nearness.
    const qsizetype quoteLength = a.exact.size();
    const qsizetype slack = std::max<qsizetype>(20, quoteLength / 2);
    // Edit distance costs the product of the lengths, and up to a few hundred places are tried:
    // a long quote is compared by its first and last kEnds characters (where it is placed is
    // decided by its ends and context anyway). Found by fuzzing: a 4,000-character quote took
    // seconds.
    constexpr qsizetype kEnds = 160;
    const QStringView exact(a.exact);
    auto quoteSimilarity = [&](QStringView candidate) {
        if (quoteLength <= 2 * kEnds)
            return similarity(candidate, exact);
        return (similarity(candidate.left(kEnds), exact.left(kEnds)) +
                similarity(candidate.right(kEnds), exact.right(kEnds))) / 2;
    };
    QSet<qint64> tried;
    std::optional<Placement> best;
    auto consider = [&](qsizetype from, qsizetype to, double contextScore) {
        if (from < 0 || to > text.size() || to <= from)
            return;
        if (to - from > quoteLength + slack || to - from < quoteLength - slack)
            return;
        if (const qint64 key = (qint64(from) << 32) | qint64(to); !tried.contains(key))
            tried.insert(key);
        else
            return;
        const QStringView candidate = QStringView(text).sliced(from, to - from);
        const double quoteScore = quoteSimilarity(candidate);
        const double nearness =
            1.0 - double(std::abs(from - oldStart)) / double(std::max<qsizetype>(1, text.size()));
        // A candidate that starts and ends like the quote is the whole passage, not a piece of it.
        const qsizetype edge = std::min<qsizetype>(6, quoteLength);
        const double ends = (candidate.startsWith(QStringView(a.exact).left(edge)) ? 0.5 : 0.0) +
                            (candidate.endsWith(QStringView(a.exact).right(edge)) ? 0.5 : 0.0);
        const double score = quoteScore * 0.6 + contextScore * 0.15 + ends * 0.15 + nearness * 0.1;
        if (quoteScore >= 0.6 && (!best || score > best->score))
            best = Placement{from, to, Method::Fuzzy, score};
    };

    auto anchorsOf = [&](QStringView piece, bool isPrefix) {
        // The longest trailing (prefix) or leading (suffix) part of the context still in the text.
        for (qsizetype n = std::min<qsizetype>(piece.size(), kContext); n >= 8; n /= 2) {
            const QStringView part = isPrefix ? piece.right(n) : piece.left(n);
            const QList<qsizetype> found = occurrences(text, part, 20);
            if (!found.isEmpty()) {
                QList<qsizetype> ends;
                for (const qsizetype at : found)
                    ends.append(isPrefix ? at + n : at);
                return std::make_pair(ends, double(n) / kContext);
            }
        }
        return std::make_pair(QList<qsizetype>{}, 0.0);
    };
    const auto [prefixEnds, prefixScore] = anchorsOf(a.prefix, true);
    const auto [suffixStarts, suffixScore] = anchorsOf(a.suffix, false);
    for (const qsizetype from : prefixEnds) {
        for (const qsizetype to : suffixStarts)
            consider(from, to, (prefixScore + suffixScore) / 2);
        // Only the prefix survived: try lengths around the old one.
        for (qsizetype len = quoteLength - slack / 2; len <= quoteLength + slack / 2;
             len += std::max<qsizetype>(1, slack / 8))
            consider(from, from + len, prefixScore / 2);
    }
    for (const qsizetype to : suffixStarts) {
        for (qsizetype len = quoteLength - slack / 2; len <= quoteLength + slack / 2;
             len += std::max<qsizetype>(1, slack / 8))
            consider(to - len, to, suffixScore / 2);
    }
    // The context changed too: the quote's own first and last words may still stand.
    if (quoteLength >= 24) {
        const qsizetype edge = std::min<qsizetype>(12, quoteLength / 3);
        QList<qsizetype> heads = occurrences(text, QStringView(a.exact).left(edge), 20);
        const QList<qsizetype> tails = occurrences(text, QStringView(a.exact).right(edge), 20);
        heads.append(prefixEnds);
        for (const qsizetype from : heads) {
            for (const qsizetype tailAt : tails)
                consider(from, tailAt + edge, 0.0);
        }
    }
    return best;
}

} // namespace Crosscheck::Core
