#include "acronyms.h"

#include "namecues.h"

#include <algorithm>

namespace Crosscheck::Core::Acronyms {

namespace {

// Letters and digits an acronym may hold, with the odd "&" or "-" ("AT&T", "EV-D68"): at least
// two capitals, so that it could pass for a name; no longer than a dozen characters.
bool acronymShaped(QStringView w)
{
    if (w.size() < 2 || w.size() > 12 || !w.front().isLetter())
        return false;
    int capitals = 0;
    for (const QChar c : w) {
        if (!c.isLetterOrNumber() && c != u'&' && c != u'-')
            return false;
        capitals += c.isUpper() ? 1 : 0;
    }
    return capitals >= 2;
}

struct Word
{
    qsizetype start, end;
};

// Words of @p text split at white space, hyphens and slashes ("methicillin-resistant").
QList<Word> wordsOf(QStringView text)
{
    QList<Word> out;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !text[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text[i].isSpace() && text[i] != u'-' && text[i] != u'/')
            ++i;
        if (i > start)
            out.append({start, i});
    }
    return out;
}

// The letters of @p acronym, lower case, in order ("AT&T" -> "att").
QString lettersOf(QStringView acronym)
{
    QString out;
    for (const QChar c : acronym) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

// How many letters of @p letters, ending at @p end, word @p w of @p text can stand for: its initial
// and, after it, further letters of its own in order ("Xbox" for "XB"). The fewest that work; 0
// when its initial is not the letter it would have to start with.
qsizetype consumed(QStringView text, Word w, const QString& letters, qsizetype end)
{
    const QChar initial = text[w.start].toLower();
    for (qsizetype from = end - 1; from >= 0; --from) {
        if (letters[from] != initial)
            continue;
        // letters[from + 1, end) must follow in the rest of the word, in order.
        qsizetype k = from + 1;
        for (qsizetype i = w.start + 1; i < w.end && k < end; ++i) {
            if (text[i].toLower() == letters[k])
                ++k;
        }
        if (k == end)
            return end - from;
        return 0; // more letters than the word holds: the letter before must come from another word
    }
    return 0;
}

// Whether every word of the long form is written in lower case but one opening its sentence, or
// its last word is ("Methicillin-resistant Staphylococcus aureus": no name ends in lower case).
bool lowerCase(QStringView longForm, bool opensSentence)
{
    const QList<Word> words = wordsOf(longForm);
    if (words.size() > 1) {
        const QStringView last = longForm.sliced(words.last().start, words.last().end - words.last().start);
        if (last.front().isLower() && !NameCues::isFunctionWord(last))
            return true;
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QChar first = longForm[words[i].start];
        if (first.isUpper() && !(i == 0 && opensSentence))
            return false;
    }
    return !words.isEmpty();
}

} // namespace

QStringView longFormOf(QStringView acronym, QStringView text)
{
    const QString letters = lettersOf(acronym);
    const QList<Word> words = wordsOf(text);
    if (letters.size() < 2 || words.isEmpty())
        return {};
    const qsizetype most = std::min(letters.size() + 5, letters.size() * 2);
    qsizetype left = letters.size();
    qsizetype w = words.size();
    // From the last word back: a content word stands for at least its initial; a function word
    // ("of", "and", "the") may stand for its initial ("DoD") or for nothing.
    while (left > 0 && w > 0 && words.size() - w < most) {
        --w;
        const QStringView word = text.sliced(words[w].start, words[w].end - words[w].start);
        const qsizetype n = consumed(text, words[w], letters, left);
        if (n == 0 && !NameCues::isFunctionWord(word))
            return {};
        left -= n;
    }
    if (left > 0)
        return {};
    return text.sliced(words[w].start, words.last().end - words[w].start);
}

QList<Definition> definitions(QStringView sentence)
{
    QList<Definition> out;
    // Where a long form before a bracket may start: after the last stop, comma or quote.
    auto isBreak = [](QChar c) {
        return c == u',' || c == u';' || c == u':' || c == u'.' || c == u'"' || c == u'\u201c' || c == u'\u201d' ||
               c == u'(' || c == u')';
    };
    // Where the sentence's first word starts (after opening quotes and spaces).
    qsizetype firstWord = 0;
    while (firstWord < sentence.size() && !sentence[firstWord].isLetterOrNumber())
        ++firstWord;
    qsizetype lastBreak = -1;
    for (qsizetype open = 0; open < sentence.size(); ++open) {
        if (sentence[open] != u'(') {
            if (isBreak(sentence[open]))
                lastBreak = open;
            continue;
        }
        qsizetype close = open + 1;
        while (close < sentence.size() && close - open <= 120 && sentence[close] != u')' && sentence[close] != u'(')
            ++close;
        const qsizetype before = lastBreak + 1;
        lastBreak = open;
        if (close >= sentence.size() || sentence[close] != u')')
            continue;
        const QStringView inside = sentence.sliced(open + 1, close - open - 1).trimmed();
        const QStringView ahead = sentence.sliced(before, open - before).trimmed();
        if (acronymShaped(inside)) {
            // "fetal alcohol syndrome (FAS)"
            const QStringView longForm = longFormOf(inside, ahead);
            if (!longForm.isEmpty()) {
                const bool opens = longForm.data() == sentence.data() + firstWord;
                out.append({inside.toString(), longForm.toString(), lowerCase(longForm, opens)});
            }
        } else if (inside.contains(u' ')) {
            // "MRSA (methicillin-resistant Staphylococcus aureus)": the whole bracket is the long form.
            qsizetype start = ahead.size();
            while (start > 0 && !ahead[start - 1].isSpace())
                --start;
            const QStringView acronym = ahead.sliced(start);
            if (acronymShaped(acronym)) {
                const QStringView longForm = longFormOf(acronym, inside);
                if (!longForm.isEmpty() && longForm.data() == inside.data())
                    out.append({acronym.toString(), longForm.toString(), lowerCase(longForm, false)});
            }
        }
    }
    return out;
}

} // namespace Crosscheck::Core::Acronyms
