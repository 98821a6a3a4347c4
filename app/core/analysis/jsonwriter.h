#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringView>

namespace Crosscheck::Core {

/// JSON written as it goes, in the order it is given, to a device in chunks: the analysis of a
/// 20 MB page is millions of values, which as a QJsonDocument would take several times the
/// memory and time of the text itself. Indented like QJsonDocument (four spaces) unless compact.
class JsonWriter
{
public:
    JsonWriter(QIODevice *device, bool compact);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void beginObject();
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

    QIODevice *m_device;
    bool m_compact;
    bool m_ok = true;
    bool m_afterKey = false;
    QList<bool> m_first; // per open container: nothing written in it yet
    QByteArray m_buffer;
};

} // namespace Crosscheck::Core
