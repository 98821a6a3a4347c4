#include "jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace Crosscheck::Core {

namespace {
constexpr qsizetype kChunk = 1 << 20;
} // namespace

JsonWriter::JsonWriter(QIODevice *device, bool compact)
    : m_device(device)
    , m_compact(compact)
{
    m_buffer.reserve(kChunk + 4096);
}

JsonWriter::~JsonWriter()
{
    flush();
}

bool JsonWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        m_ok = m_device->write(m_buffer) == m_buffer.size() && m_ok;
        m_buffer.clear();
    }
    return m_ok;
}

void JsonWriter::newline()
{
    if (m_compact || inLine())
        return;
    m_buffer += '\n';
    m_buffer.append(m_first.size() * 4, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_buffer += !m_compact && inLine() ? ", " : ",";
        m_first.last() = false;
        newline();
    }
    if (m_buffer.size() > kChunk)
        flush();
}

void JsonWriter::beginObject(Layout layout)
{
    beforeValue();
    m_buffer += '{';
    m_first.append(true);
    if (layout == Layout::Line && m_lineDepth == 0)
        m_lineDepth = m_first.size();
}

void JsonWriter::endObject()
{
    const bool lined = inLine();
    const bool empty = m_first.takeLast();
    if (m_first.size() < m_lineDepth)
        m_lineDepth = 0;
    if (!empty && !lined)
        newline();
    m_buffer += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_buffer += '[';
    m_first.append(true);
}

void JsonWriter::endArray()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    m_buffer += ']';
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    string(name);
    m_buffer += m_compact ? ":" : ": ";
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    string(text);
}

void JsonWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_buffer += "null";
    } else if (number == std::trunc(number) && std::abs(number) < 9007199254740992.0) {
        m_buffer += QByteArray::number(qint64(number));
    } else {
        m_buffer += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    }
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_buffer += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_buffer += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_buffer += "null";
}

void JsonWriter::string(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    m_buffer += '"';
    qsizetype plainFrom = 0;
    auto flushPlain = [&](qsizetype to) {
        if (to > plainFrom)
            m_buffer += text.sliced(plainFrom, to - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"': m_buffer += "\\\""; break;
        case u'\\': m_buffer += "\\\\"; break;
        case u'\n': m_buffer += "\\n"; break;
        case u'\r': m_buffer += "\\r"; break;
        case u'\t': m_buffer += "\\t"; break;
        case u'\b': m_buffer += "\\b"; break;
        case u'\f': m_buffer += "\\f"; break;
        default:
            m_buffer += "\\u00";
            m_buffer += hex[(c >> 4) & 0xf];
            m_buffer += hex[c & 0xf];
        }
    }
    flushPlain(text.size());
    m_buffer += '"';
}

} // namespace Crosscheck::Core
