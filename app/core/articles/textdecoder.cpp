#include "textdecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <array>
#include <optional>

namespace Crosscheck::Core {

namespace {

// Code points of Windows-1252 bytes 0x80–0x9F; 0 where the byte is undefined (kept as C1 control).
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool looksBinary(QByteArrayView bytes)
{
    // Inspect the start of the file only: a text file with a stray control byte later is still text.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++controls;
    }
    return n > 0 && controls * 100 > n * 5;
}

// UTF-16 without a byte order mark, as some Windows tools write it: text in the Latin, Greek
// or Cyrillic scripts has a zero byte in every other place, and only there. Returns whether it is
// little-endian, or nothing when the bytes do not look like UTF-16.
std::optional<bool> bomlessUtf16(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024) & ~qsizetype(1);
    if (n < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0 ? 1 : 0;
        oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    const qsizetype units = n / 2;
    if (evenZeros == 0 && oddZeros * 5 >= units * 2)
        return true; // "T\0e\0"
    if (oddZeros == 0 && evenZeros * 5 >= units * 2)
        return false; // "\0T\0e"
    return std::nullopt;
}

// The byte Windows-1252 encodes @p c as, or -1.
int windows1252Byte(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
        return u;
    if (u >= 0x80 && u <= 0x9F)
        return u; // undefined in Windows-1252; decoders pass them through as C1 controls
    for (int i = 0; i < 32; ++i) {
        if (kCp1252High[i] == u)
            return 0x80 + i;
    }
    return -1;
}

} // namespace

QString TextDecoder::repairMojibake(const QString& text)
{
    // A UTF-8 lead byte (Â..ï as Windows-1252) followed by continuation bytes (0x80..0xBF as Windows-1252).
    static const QRegularExpression suspect(QStringLiteral(
        "[\\x{00C2}-\\x{00EF}][\\x{0080}-\\x{00BF}\\x{20AC}\\x{201A}\\x{0192}\\x{201E}\\x{2026}\\x{2020}\\x{"
        "2021}"
        "\\x{02C6}\\x{2030}\\x{0160}\\x{2039}\\x{0152}\\x{017D}\\x{2018}\\x{2019}\\x{201C}\\x{201D}\\x{2022}"
        "\\x{2013}\\x{2014}\\x{02DC}\\x{2122}\\x{0161}\\x{203A}\\x{0153}\\x{017E}\\x{0178}]{1,2}"));
    if (!text.contains(u'\u00C2') && !text.contains(u'\u00C3') && !text.contains(u'\u00E2'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = suspect.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QByteArray bytes;
        bool representable = true;
        for (const QChar c : m.capturedView()) {
            const int b = windows1252Byte(c);
            representable = representable && b >= 0;
            bytes.append(char(b));
        }
        if (!representable)
            continue;
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString fixed = utf8(bytes);
        if (utf8.hasError() || fixed.size() != 1)
            continue;
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += fixed;
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out;
}

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 && c <= 0x9F && kCp1252High[c - 0x80] != 0)
            *d++ = QChar(kCp1252High[c - 0x80]);
        else
            *d++ = QLatin1Char(char(c));
    }
    return out;
}

QString TextDecoder::normaliseLineEndings(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

namespace {
// UTF-16 in the given byte order, with line endings normalised; @p valid says whether the bytes
// were UTF-16 throughout (the text has U+FFFD where they were not).
QString fromUtf16(QByteArrayView bytes, bool littleEndian, bool *valid)
{
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    *valid = !decoder.hasError();
    return TextDecoder::normaliseLineEndings(std::move(text));
}
} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray& bytes)
{
    Result result;
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        result.encoding = Encoding::Utf8WithBom;
        view = view.sliced(3);
    } else if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const bool le = view.startsWith("\xFF\xFE");
        result.encoding = le ? Encoding::Utf16LE : Encoding::Utf16BE;
        bool valid = false;
        result.text = fromUtf16(view.sliced(2), le, &valid);
        // A UTF-16 file full of U+0000 is binary data that happens to start with FF FE.
        result.binary = result.text.contains(QChar(0));
        return result;
    }

    if (const auto le = bomlessUtf16(view)) {
        bool valid = false;
        QString text = fromUtf16(view, *le, &valid);
        if (valid && !text.contains(QChar(0))) {
            result.encoding = *le ? Encoding::Utf16LE : Encoding::Utf16BE;
            result.text = std::move(text);
            return result;
        }
    }

    if (looksBinary(view)) {
        result.binary = true;
        return result;
    }

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(view);
    if (utf8.hasError()) {
        result.encoding = Encoding::Windows1252;
        text = fromWindows1252(view);
    }
    result.text = repairMojibake(normaliseLineEndings(std::move(text)));
    return result;
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace Crosscheck::Core
