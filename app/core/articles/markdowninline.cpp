#include "markdowninline.h"

#include <vector>

namespace Crosscheck::Core::MarkdownInline {

namespace {

// ASCII classes, as Markdown defines them.
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isWord(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

bool isLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// next[k]: the first position at or after k that @p accepts, or the line's length.
template<typename Accepts>
std::vector<qsizetype> nextWhere(const QString& s, Accepts accepts)
{
    const qsizetype n = s.size();
    std::vector<qsizetype> next(size_t(n) + 1, n);
    for (qsizetype k = n - 1; k >= 0; --k)
        next[size_t(k)] = accepts(k) ? k : next[size_t(k) + 1];
    return next;
}

std::vector<qsizetype> nextChar(const QString& s, QChar c)
{
    return nextWhere(s, [&](qsizetype k) { return s[k] == c; });
}

QChar at(const QString& s, qsizetype k)
{
    return k >= 0 && k < s.size() ? s[k] : QChar();
}

// One left-to-right pass: where @p match finds a mark at i it returns the end of the mark and
// sets the kept text; elsewhere the character stays.
template<typename Match>
QString pass(const QString& s, Match match)
{
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        qsizetype keepFrom = 0, keepTo = 0;
        const qsizetype end = match(i, keepFrom, keepTo);
        if (end > i) {
            out += QStringView(s).sliced(keepFrom, keepTo - keepFrom);
            i = end;
        } else {
            out += s[i++];
        }
    }
    return out;
}

// "[text](url)" and "![alt](url)": the text. "[text][ref]": the text. An image may have no alt.
QString brackets(const QString& s, bool image, QChar open, QChar close)
{
    const auto nextBracket = nextChar(s, u']');
    const auto nextClose = nextChar(s, close);
    const qsizetype n = s.size();
    return pass(s, [&](qsizetype i, qsizetype& from, qsizetype& to) -> qsizetype {
        const qsizetype bracket = image ? i + 1 : i;
        if ((image && s[i] != u'!') || at(s, bracket) != u'[')
            return i;
        const qsizetype j = nextBracket[size_t(bracket) + 1];
        if (j >= n || (!image && j == bracket + 1) || at(s, j + 1) != open)
            return i;
        const qsizetype k = nextClose[size_t(std::min(n, j + 2))];
        if (k >= n)
            return i;
        from = bracket + 1;
        to = j;
        return k + 1;
    });
}

// "**strong**" and "__strong__": the first closing pair after at least one character, neither
// mark against a space on its inner side.
QString strong(const QString& s)
{
    const qsizetype n = s.size();
    auto closerFor = [&](QChar c) {
        return nextWhere(s, [&](qsizetype j) {
            return j > 0 && j + 1 < n && s[j] == c && s[j + 1] == c && !isSpace(s[j - 1]);
        });
    };
    const auto stars = closerFor(u'*'), underscores = closerFor(u'_');
    return pass(s, [&](qsizetype i, qsizetype& from, qsizetype& to) -> qsizetype {
        const QChar c = s[i];
        if ((c != u'*' && c != u'_') || at(s, i + 1) != c || i + 2 >= n || isSpace(s[i + 2]))
            return i;
        const qsizetype j = (c == u'*' ? stars : underscores)[size_t(std::min(n, i + 3))];
        if (j >= n)
            return i;
        from = i + 2;
        to = j;
        return j + 2;
    });
}

// "*emphasis*" and "_emphasis_", not inside a word or a run of stars.
QString emphasis(const QString& s)
{
    const qsizetype n = s.size();
    auto outside = [&](qsizetype k) { return k < 0 || k >= n || !(isWord(s[k]) || s[k] == u'*'); };
    auto closerFor = [&](QChar c) {
        return nextWhere(s, [&](qsizetype j) { return j > 0 && s[j] == c && !isSpace(s[j - 1]) && outside(j + 1); });
    };
    const auto stars = closerFor(u'*'), underscores = closerFor(u'_');
    return pass(s, [&](qsizetype i, qsizetype& from, qsizetype& to) -> qsizetype {
        const QChar c = s[i];
        if ((c != u'*' && c != u'_') || !outside(i - 1) || i + 1 >= n || isSpace(s[i + 1]))
            return i;
        const qsizetype j = (c == u'*' ? stars : underscores)[size_t(std::min(n, i + 2))];
        if (j >= n)
            return i;
        from = i + 1;
        to = j;
        return j + 1;
    });
}

// "`code`": the code.
QString code(const QString& s)
{
    const auto ticks = nextChar(s, u'`');
    const qsizetype n = s.size();
    return pass(s, [&](qsizetype i, qsizetype& from, qsizetype& to) -> qsizetype {
        if (s[i] != u'`')
            return i;
        const qsizetype j = ticks[size_t(i) + 1];
        if (j >= n || j == i + 1)
            return i;
        from = i + 1;
        to = j;
        return j + 1;
    });
}

// "<span class=…>" and "</span>": gone.
QString tags(const QString& s)
{
    const auto closes = nextChar(s, u'>');
    const qsizetype n = s.size();
    return pass(s, [&](qsizetype i, qsizetype& from, qsizetype& to) -> qsizetype {
        if (s[i] != u'<')
            return i;
        const qsizetype name = at(s, i + 1) == u'/' ? i + 2 : i + 1;
        if (!isLetter(at(s, name)))
            return i;
        const qsizetype k = closes[size_t(name) + 1];
        if (k >= n)
            return i;
        from = to = i;
        return k + 1;
    });
}

} // namespace

QString toText(const QString& line)
{
    QString s = brackets(line, true, u'(', u')');
    s = brackets(s, false, u'(', u')');
    s = brackets(s, false, u'[', u']');
    return tags(code(emphasis(strong(s))));
}

} // namespace Crosscheck::Core::MarkdownInline
