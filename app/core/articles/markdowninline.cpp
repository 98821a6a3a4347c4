#include "markdowninline.h"

#include <algorithm>
#include <utility>

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

// The first position at or after k that @p accepts, or the line's length. Each question is
// answered by scanning on from where the last one stopped, so a pass whose questions move left to
// right (as pass()'s do) reads the line once and keeps nothing per character; a table of every
// position's answer took 8 bytes a character, six times over, on a page of one long line. Any
// order of questions is still answered right.
template<typename Accepts>
class NextWhere
{
public:
    NextWhere(qsizetype n, Accepts accepts)
        : m_n(n)
        , m_accepts(std::move(accepts))
    {
    }
    qsizetype operator()(qsizetype k)
    {
        if (k < m_from || k > m_found) { // nothing known about k: scan from it
            m_from = m_found = k;
            while (m_found < m_n && !m_accepts(m_found))
                ++m_found;
        }
        return std::min(m_found, m_n);
    }

private:
    qsizetype m_n;
    Accepts m_accepts;
    qsizetype m_from = 0, m_found = -1; // no position in [m_from, m_found) is accepted
};

auto nextChar(const QString& s, QChar c)
{
    return NextWhere(s.size(), [&s, c](qsizetype k) { return s[k] == c; });
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
    auto nextBracket = nextChar(s, u']');
    auto nextClose = nextChar(s, close);
    const qsizetype n = s.size();
    return pass(s, [&](qsizetype i, qsizetype& from, qsizetype& to) -> qsizetype {
        const qsizetype bracket = image ? i + 1 : i;
        if ((image && s[i] != u'!') || at(s, bracket) != u'[')
            return i;
        const qsizetype j = nextBracket(bracket + 1);
        if (j >= n || (!image && j == bracket + 1) || at(s, j + 1) != open)
            return i;
        const qsizetype k = nextClose(std::min(n, j + 2));
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
        return NextWhere(n, [&s, n, c](qsizetype j) {
            return j > 0 && j + 1 < n && s[j] == c && s[j + 1] == c && !isSpace(s[j - 1]);
        });
    };
    auto stars = closerFor(u'*');
    auto underscores = closerFor(u'_');
    return pass(s, [&](qsizetype i, qsizetype& from, qsizetype& to) -> qsizetype {
        const QChar c = s[i];
        if ((c != u'*' && c != u'_') || at(s, i + 1) != c || i + 2 >= n || isSpace(s[i + 2]))
            return i;
        const qsizetype j = (c == u'*' ? stars(std::min(n, i + 3)) : underscores(std::min(n, i + 3)));
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
        return NextWhere(n, [&s, outside, c](qsizetype j) {
            return j > 0 && s[j] == c && !isSpace(s[j - 1]) && outside(j + 1);
        });
    };
    auto stars = closerFor(u'*');
    auto underscores = closerFor(u'_');
    return pass(s, [&](qsizetype i, qsizetype& from, qsizetype& to) -> qsizetype {
        const QChar c = s[i];
        if ((c != u'*' && c != u'_') || !outside(i - 1) || i + 1 >= n || isSpace(s[i + 1]))
            return i;
        const qsizetype j = (c == u'*' ? stars(std::min(n, i + 2)) : underscores(std::min(n, i + 2)));
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
    auto ticks = nextChar(s, u'`');
    const qsizetype n = s.size();
    return pass(s, [&](qsizetype i, qsizetype& from, qsizetype& to) -> qsizetype {
        if (s[i] != u'`')
            return i;
        const qsizetype j = ticks(i + 1);
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
    auto closes = nextChar(s, u'>');
    const qsizetype n = s.size();
    return pass(s, [&](qsizetype i, qsizetype& from, qsizetype& to) -> qsizetype {
        if (s[i] != u'<')
            return i;
        const qsizetype name = at(s, i + 1) == u'/' ? i + 2 : i + 1;
        if (!isLetter(at(s, name)))
            return i;
        const qsizetype k = closes(name + 1);
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
