#pragma once

// A small HTTP/1.1 server on the loopback interface for the web tests: fixed answers per path,
// every request path recorded. Test code only.

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cctype>

class LocalHttpServer : public QTcpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "text/html; charset=utf-8";
        QByteArray body;
        QByteArray location;      ///< for redirects
        int delayMs = 0;          ///< before the answer starts
        bool sendLength = true;   ///< false: the body ends when the connection closes
    };

    LocalHttpServer() { listen(QHostAddress::LocalHost); }

    static Answer page(const QByteArray& type, const QByteArray& body, int status = 200)
    {
        Answer a;
        a.status = status;
        a.contentType = type;
        a.body = body;
        return a;
    }
    static Answer redirect(const QByteArray& location)
    {
        Answer a = page("text/html", {}, 302);
        a.location = location;
        return a;
    }

    void answer(const QByteArray& path, const Answer& a) { m_answers.insert(path, a); }
    QString url(const QByteArray& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(QString::fromLatin1(path));
    }
    QByteArrayList requests() const { return m_requests; }
    QByteArrayList userAgents() const { return m_userAgents; }
    void clearRequests() { m_requests.clear(); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (!buffer->isEmpty() && !std::isupper(static_cast<unsigned char>(buffer->front()))) {
                // Not HTTP (a TLS hello, say): answer as a plain HTTP server does, then hang up.
                socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            if (!buffer->contains("\r\n\r\n"))
                return;
            const QByteArray path = buffer->split(' ').value(1);
            for (const QByteArray& line : buffer->split('\n')) {
                if (line.toLower().startsWith("user-agent:"))
                    m_userAgents.append(line.mid(11).trimmed());
            }
            buffer->clear();
            m_requests.append(path);
            const Answer a = m_answers.value(path, page("text/plain", "not here", 404));
            QTimer::singleShot(a.delayMs, socket, [socket, a] { reply(socket, a); });
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    static void reply(QTcpSocket *socket, const Answer& a)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + (a.status < 300 ? " OK" : a.status < 400 ? " Found" : " Not Found") + "\r\n";
        head += "Content-Type: " + a.contentType + "\r\nConnection: close\r\n";
        if (!a.location.isEmpty())
            head += "Location: " + a.location + "\r\n";
        if (a.sendLength)
            head += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
        socket->write(head + "\r\n" + a.body);
        socket->flush();
        socket->disconnectFromHost();
    }

    QHash<QByteArray, Answer> m_answers;
    QByteArrayList m_requests;
    QByteArrayList m_userAgents;
};
