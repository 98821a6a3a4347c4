#include "webfetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTimer>

namespace Crosscheck::Core {

namespace {
QString mimeOf(const QNetworkReply *reply)
{
    const QString header = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    return header.section(u';', 0, 0).trimmed().toLower();
}

bool isPageType(const QString& mime)
{
    return mime == u"text/html" || mime == u"application/xhtml+xml" || mime == u"application/pdf";
}

bool isFeedType(const QString& mime)
{
    return mime.endsWith(u"xml") || mime.startsWith(u"text/");
}

// A server that says nothing, or "octet-stream", gets a look at the first bytes.
QString sniff(const QByteArray& body)
{
    if (body.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    const QByteArray head = body.left(1024).trimmed().toLower();
    if (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed"))
        return QStringLiteral("application/xml");
    if (head.contains("<html") || head.startsWith("<!doctype html"))
        return QStringLiteral("text/html");
    return {};
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}
} // namespace

WebFetcher::WebFetcher(const FetchLimits& limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_network(new QNetworkAccessManager(this))
{
    // Only the page itself: no cookies kept between pages, no cache on disk.
    m_network->setAutoDeleteReplies(false);
}

WebFetcher::~WebFetcher()
{
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

QByteArray WebFetcher::userAgent()
{
    return "Crosscheck/" + QCoreApplication::applicationVersion().toLatin1() +
           " (desktop reader for comparing news coverage; fetches one page per request)";
}

QString WebFetcher::refusal(const QUrl& url)
{
    if (!url.isValid())
        return tr("it is not a web address");
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return tr("only http and https addresses can be fetched");
    if (url.host().isEmpty())
        return tr("the address names no host");
    return {};
}

void WebFetcher::fetch(const QUrl& url, FetchedPage::Kind kind)
{
    Transfer transfer;
    transfer.page.requested = url;
    transfer.page.final = url;
    transfer.page.kind = kind;
    if (const QString why = refusal(url); !why.isEmpty()) {
        transfer.page.error = why;
        // Reported from the event loop, as every other result is.
        QTimer::singleShot(0, this, [this, page = transfer.page] { Q_EMIT fetched(page); });
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", kind == FetchedPage::Kind::Feed
                                       ? "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8"
                                       : "text/html, application/xhtml+xml, application/pdf;q=0.9");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QNetworkReply *reply = m_network->get(request);
    m_replies.insert(reply, transfer);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        if (auto it = m_replies.find(reply); it != m_replies.end()) {
            it->timedOut = true;
            reply->abort();
        }
    });
    deadline->start(m_limits.timeoutMs);
}

void WebFetcher::cancel()
{
    const QList<QNetworkReply *> replies = m_replies.keys();
    for (QNetworkReply *reply : replies) {
        if (auto it = m_replies.find(reply); it != m_replies.end()) {
            it->cancelled = true;
            reply->abort();
        }
    }
}

void WebFetcher::stop(QNetworkReply *reply, const QString& why)
{
    if (auto it = m_replies.find(reply); it != m_replies.end() && it->refused.isEmpty()) {
        it->refused = why;
        reply->abort();
    }
}

void WebFetcher::onMetaData(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect on its way
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > m_limits.maxBytes) {
        stop(reply, tr("it is %1 MB, more than the limit of %2 MB").arg(megabytes(length), megabytes(m_limits.maxBytes)));
        return;
    }
    const auto it = m_replies.constFind(reply);
    const QString mime = mimeOf(reply);
    if (it == m_replies.cend() || mime.isEmpty() || mime == u"application/octet-stream" || status >= 400)
        return;
    const bool wanted = it->page.kind == FetchedPage::Kind::Feed ? isFeedType(mime) : isPageType(mime);
    if (!wanted)
        stop(reply, it->page.kind == FetchedPage::Kind::Feed ? tr("it is %1, not an RSS or Atom feed").arg(mime)
                                                             : tr("it is %1, not an HTML page or a PDF").arg(mime));
}

void WebFetcher::onReadyRead(QNetworkReply *reply)
{
    const auto it = m_replies.find(reply);
    if (it == m_replies.end() || !it->refused.isEmpty())
        return;
    it->page.body += reply->readAll();
    if (it->page.body.size() > m_limits.maxBytes)
        stop(reply, tr("it is larger than the limit of %1 MB").arg(megabytes(m_limits.maxBytes)));
}

QString WebFetcher::describe(QNetworkReply *reply, const Transfer& transfer) const
{
    if (!transfer.refused.isEmpty())
        return transfer.refused;
    if (transfer.cancelled)
        return tr("cancelled");
    if (transfer.timedOut)
        return tr("the server did not send the page within %n second(s)", nullptr, m_limits.timeoutMs / 1000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404)
        return tr("the page is not there (HTTP 404)");
    if (status == 410)
        return tr("the page has been removed (HTTP 410)");
    if (status >= 400)
        return tr("the server answered HTTP %1 %2")
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::HostNotFoundError:
        return tr("the host %1 was not found").arg(reply->url().host());
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1 refused the connection").arg(reply->url().host());
    case QNetworkReply::RemoteHostClosedError:
        if (reply->url().scheme() == u"https" && reply->sslConfiguration().sessionCipher().isNull())
            return tr("no secure connection could be made (TLS: %1)")
                .arg(tr("%1 closed the connection during the handshake").arg(reply->url().host()));
        return tr("%1 closed the connection before sending the page").arg(reply->url().host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("the server did not send the page within %n second(s)", nullptr, m_limits.timeoutMs / 1000);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("no secure connection could be made (TLS: %1)").arg(reply->errorString());
    case QNetworkReply::TooManyRedirectsError:
        return tr("it redirects more than %n time(s): a redirect loop?", nullptr, m_limits.maxRedirects);
    case QNetworkReply::InsecureRedirectError:
        return tr("it redirects from a secure (https) address to an insecure one");
    case QNetworkReply::ProtocolUnknownError:
        return tr("it redirects to an address that is not http or https");
    default:
        return reply->errorString();
    }
}

void WebFetcher::onFinished(QNetworkReply *reply)
{
    auto it = m_replies.find(reply);
    if (it == m_replies.end())
        return;
    Transfer transfer = *it;
    m_replies.erase(it);
    if (transfer.refused.isEmpty() && !transfer.cancelled && !transfer.timedOut)
        transfer.page.body += reply->readAll();
    FetchedPage page = transfer.page;
    page.final = reply->url();
    page.error = describe(reply, transfer);
    if (page.ok()) {
        QString mime = mimeOf(reply);
        if (mime.isEmpty() || mime == u"application/octet-stream")
            mime = sniff(page.body);
        const bool wanted = page.kind == FetchedPage::Kind::Feed ? isFeedType(mime) : isPageType(mime);
        if (page.body.size() > m_limits.maxBytes)
            page.error = tr("it is larger than the limit of %1 MB").arg(megabytes(m_limits.maxBytes));
        else if (!wanted)
            page.error = mime.isEmpty() ? tr("it is neither an HTML page nor a PDF")
                                        : tr("it is %1, not an HTML page or a PDF").arg(mime);
        page.contentType = mime == u"application/xhtml+xml" ? QStringLiteral("text/html") : mime;
    }
    if (!page.ok())
        page.body.clear();
    reply->deleteLater();
    Q_EMIT fetched(page);
}

} // namespace Crosscheck::Core
