#pragma once

#include <QString>
#include <QStringBuilder>
#include <QStringView>

namespace Crosscheck::Core {

/// A short text a mention carries (a unit, a qualifier, a normalised date, what a date is relative
/// to), held once for the whole program however many mentions carry it: a mention keeps a pointer
/// of 8 bytes where a QString takes 24, and a page dense with figures holds millions of mentions,
/// each with five such texts, nearly all empty or one of a few dozen. Texts are never freed; equal
/// texts are the same pointer, so comparing two terms compares pointers. Thread-safe.
class Term
{
public:
    Term() = default;
    Term(const QString& text) : m_text(intern(text)) {} // NOLINT: implicit, as a QString is
    Term& operator=(const QString& text)
    {
        m_text = intern(text);
        return *this;
    }

    const QString& str() const { return m_text ? *m_text : empty(); }
    operator const QString&() const { return str(); } // NOLINT: read as the QString it is
    bool isEmpty() const { return m_text == nullptr; }
    qsizetype size() const { return str().size(); }
    void clear() { m_text = nullptr; }

    friend bool operator==(const Term& a, const Term& b) { return a.m_text == b.m_text; }
    friend bool operator==(const Term& a, QStringView b) { return a.str() == b; }
    friend bool operator==(const Term& a, const QString& b) { return a.str() == b; }

private:
    static const QString *intern(const QString& text);
    static const QString& empty();
    const QString *m_text = nullptr; // null for the empty text
};

} // namespace Crosscheck::Core

// A term joins strings as the QString it is ("over" + ' ' + "5 km").
template<>
struct QConcatenable<Crosscheck::Core::Term> : private QAbstractConcatenable
{
    using type = Crosscheck::Core::Term;
    using ConvertTo = QString;
    enum { ExactSize = true };
    static qsizetype size(const type& t) { return t.size(); }
    static void appendTo(const type& t, QChar *&out) { QConcatenable<QString>::appendTo(t.str(), out); }
};
