#pragma once

#include <QByteArray>
#include <QString>

namespace Crosscheck::Core {

/// Turns the bytes of a saved article into text, guessing the encoding the way a browser would
/// for a local file: byte order marks first, then strict UTF-8, then Windows-1252.
class TextDecoder
{
public:
    enum class Encoding
    {
        Utf8,
        Utf8WithBom,
        Utf16LE,
        Utf16BE,
        Windows1252
    };

    struct Result
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        bool binary = false; ///< the bytes are not text (NUL bytes or many control characters)
    };

    /// Decodes @p bytes; line endings come out as '\n'.
    static Result decode(const QByteArray& bytes);

    /// CR LF and lone CR become LF.
    static QString normaliseLineEndings(QString text);

    /// Decodes bytes as Windows-1252 (Latin-1 with the 0x80–0x9F block of typographic signs).
    static QString fromWindows1252(QByteArrayView bytes);

    static QString encodingName(Encoding encoding);

    /// Repairs text that was UTF-8 once but got read as Windows-1252 on its way here
    /// ("Alibabaâ€™s" becomes "Alibaba’s"). Text that does not decode cleanly is left alone.
    static QString repairMojibake(const QString& text);
};

} // namespace Crosscheck::Core
