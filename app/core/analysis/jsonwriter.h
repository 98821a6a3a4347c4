#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringView>

namespace Crosscheck::Core {

/// JSON written as it goes, in the order it is given, to a device in chunks: the analysis of a
/// 20 MB page is millions of values, which as a QJsonDocument would take several times the
/// memory and time of the text itself. Indented like QJsonDocument (four spaces) unless compact;
/// an object begun as a line (a mention, a sentence, a match) is written on one line, so that the
/// many small records of an analysis read one a line and do not take most of the file in spaces.
class JsonWriter
{
public:
    enum class Layout
    {
        Block, ///< members on lines of their own, indented
        Line,  ///< the whole object, and all it holds, on one line
    };
    JsonWriter(QIODevice *device, bool compact);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void beginObject(Layout layout = Layout::Block);
    void endObject();
    void beginArray();
    void endArray();
    /// The key of the next value in an object.
    void key(QStringView name);

    void value(QStringView text);
    void value(const QString& text) { value(QStringView(text)); }
    void value(const char *) = delete; // keys and values are QStrings, not bytes
    /// A number; NaN is written as null.
    void value(double number);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    /// A key and its value in an object.
    template<typename T>
    void field(QStringView name, const T& v)
    {
        key(name);
        value(v);
    }

    /// Writes what is buffered; false when the device refused some of it.
    bool flush();

private:
    void beforeValue();
    void newline();
    void string(QStringView text);
    bool inLine() const { return m_lineDepth > 0 && m_first.size() >= m_lineDepth; }

    QIODevice *m_device;
    bool m_compact;
    bool m_ok = true;
    bool m_afterKey = false;
    QList<bool> m_first; // per open container: nothing written in it yet
    qsizetype m_lineDepth = 0; // the depth of the outermost open line object, 0 when none is open
    QByteArray m_buffer;
};

} // namespace Crosscheck::Core
