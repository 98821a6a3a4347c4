#pragma once

// Input shapes that are not prose as a reader writes it: a market table pasted as text, a results
// page saved without line breaks, a page nested a hundred thousand elements deep. Each shape is a
// short unit repeated to the size asked for; a folder of a shape holds the large file and a second
// article of the same shape, an eighth of its size, with other figures, so that the comparison has
// something to pair. Used by bench_series (time and memory per doubling) and by tst_shapes (work
// counted per doubling). Everything here is invented by this project.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

namespace BenchUtil {

struct Shape
{
    const char *name;
    const char *suffix; ///< the file's extension, which picks the reader
    const char *what;   ///< for the benchmark table
};

inline const QList<Shape>& shapes()
{
    static const QList<Shape> list = {
        {"long-sentence", "txt", "one sentence without a full stop"},
        {"one-line", "txt", "prose with figures and names, no line breaks"},
        {"percentages", "txt", "\"shares rose 5% \" repeated"},
        {"dense-figures", "txt", "\"$5 billion, 8% and 3:30 p.m. \" repeated"},
        {"bare-numbers", "txt", "\"5 billion 3 million 7 12 2025 \" repeated"},
        {"table", "txt", "a market table, a row per line"},
        {"dense-names", "txt", "a different person and place every few words"},
        {"tiny-sentences", "txt", "\"Yes. \" repeated"},
        {"nested-html", "html", "elements nested as deep as the file allows"},
        {"entity-html", "html", "character references, one paragraph"},
        {"markdown-runs", "md", "unclosed emphasis, code and links, one paragraph"},
    };
    return list;
}

/// The shape called @p name, or null.
inline const Shape *shapeNamed(const char *name)
{
    for (const Shape& shape : shapes()) {
        if (qstrcmp(shape.name, name) == 0)
            return &shape;
    }
    return nullptr;
}

/// About @p bytes of @p shape; @p variant changes the figures and names, not the shape.
inline QByteArray shapeText(const QByteArray& shape, qint64 bytes, int variant = 0)
{
    QByteArray out;
    out.reserve(bytes + 256);
    const QByteArray v = QByteArray::number(variant);
    // Whole units up to @p budget bytes (what closes the page is left room for).
    auto repeat = [&](const QByteArray& unit, qint64 budget = -1) {
        const qint64 limit = budget < 0 ? bytes : budget;
        while (out.size() + unit.size() <= limit)
            out += unit;
    };
    if (shape == "long-sentence") {
        repeat("the council said the plan would cost more than it had expected and ");
    } else if (shape == "one-line") {
        qint64 i = 0;
        while (out.size() < bytes) {
            out += "Northwind Holdings said on Tuesday that revenue rose " + QByteArray::number(5 + (i + variant) % 7) +
                   "% to $" + QByteArray::number(3 + i % 5) + ".2 billion in the third quarter. ";
            out += "Chief executive Maren Oduya told reporters in Lisbon at 3:30 p.m. that " +
                   QByteArray::number(1200 + variant) + " jobs would be added. ";
            ++i;
        }
    } else if (shape == "percentages") {
        repeat("shares rose " + QByteArray::number(5 + variant) + "% ");
    } else if (shape == "dense-figures") {
        repeat("$" + QByteArray::number(5 + variant) + " billion, 8% and 3:30 p.m. ");
    } else if (shape == "bare-numbers") {
        repeat("5 billion 3 million " + QByteArray::number(7 + variant) + " 12 2025 ");
    } else if (shape == "table") {
        qint64 i = 0;
        while (out.size() < bytes) {
            out += "ACME" + QByteArray::number(i % 997) + " Corp\t" + QByteArray::number(12 + variant) + ".5%\t$" +
                   QByteArray::number(100 + i % 89) + ".55\t+1.2\t3:30 p.m.\n";
            ++i;
        }
    } else if (shape == "dense-names") {
        static const char *const syllables[] = {"ka", "lo", "mir", "ven", "do", "sa", "tul", "re", "bi", "nor", "fe", "gan"};
        auto name = [](qint64 n) {
            QByteArray s;
            for (int k = 0; k < 3; ++k, n /= 12)
                s += syllables[n % 12];
            s[0] = char(s[0] - 'a' + 'A');
            return s;
        };
        qint64 i = variant;
        while (out.size() < bytes) {
            out += name(i) + " " + name(i * 7 + 3) + " met " + name(i * 13 + 5) + " " + name(i * 5 + 1) + " in " +
                   name(i * 11 + 2) + "ville and ";
            ++i;
        }
    } else if (shape == "tiny-sentences") {
        repeat(variant ? "No. " : "Yes. ");
    } else if (shape == "nested-html") {
        const qint64 depth = std::max<qint64>(1, (bytes - 64) / 22);
        out += "<html><body>";
        for (qint64 i = 0; i < depth; ++i)
            out += "<div><p>";
        out += "Revenue rose " + v + "% to $3.2 billion.";
        for (qint64 i = 0; i < depth; ++i)
            out += "</p></div>";
        out += "</body></html>";
    } else if (shape == "entity-html") {
        out += "<html><body><p>";
        const QByteArray close = "</p></body></html>";
        repeat("&amp;&#8212;&nbsp;&lt;&eacute;&#x20AC;" + v + " ", bytes - close.size());
        out += close;
    } else if (shape == "markdown-runs") {
        repeat("**[a `b _c " + v + "% ");
    }
    // A file of 20 MB is at the reader's limit, not a row over it.
    if (!shape.endsWith("html"))
        out.truncate(bytes);
    return out;
}

/// Writes a folder of @p shape: `a.SUFFIX` of about @p bytes and `b.SUFFIX` of an eighth of
/// that with other figures. Returns the bytes written, or -1.
inline qint64 writeShapeFolder(const QString& folder, const Shape& shape, qint64 bytes)
{
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        return -1;
    qint64 written = 0;
    for (const auto& [file, size, variant] : {std::tuple{"a.", bytes, 0}, std::tuple{"b.", bytes / 8, 1}}) {
        const QByteArray text = shapeText(shape.name, size, variant);
        QFile f(QDir(folder).filePath(QString::fromLatin1(file) + QString::fromLatin1(shape.suffix)));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            return -1;
        written += text.size();
    }
    return written;
}

} // namespace BenchUtil
