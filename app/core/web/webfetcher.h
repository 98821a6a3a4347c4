#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Crosscheck::Core {

/// What one fetch may cost.
struct FetchLimits
{
    int maxRedirects = 5;
    int timeoutMs = 30000; ///< the whole transfer, redirects included
    qint64 maxBytes = 20 * 1024 * 1024;
};

/// One address fetched, or why it could not be.
struct FetchedPage
{
    enum class Kind { Page, Feed };

    QUrl requested;
    QUrl final;          ///< after redirects
    Kind kind = Kind::Page;
    QByteArray body;
    QString contentType; ///< "text/html", "application/pdf", or a feed's XML type
    QString error;       ///< in words, without the address; empty when fetched

    bool ok() const { return error.isEmpty(); }
    bool isPdf() const { return contentType == QLatin1String("application/pdf"); }
};

/// Fetches pages and feeds over http and https only, one request per address: redirects followed
/// up to a limit (never from https down to http), a deadline for the whole transfer, a size
/// limit, a user agent that names Crosscheck and its version. Nothing the page refers to (images,
/// scripts, styles) is fetched, and nothing in it is run. Errors are said in words.
class WebFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebFetcher)

public:
    explicit WebFetcher(const FetchLimits& limits = {}, QObject *parent = nullptr);
    ~WebFetcher() override;

    /// Starts fetching `url`; fetched() follows, once, whatever happens.
    void fetch(const QUrl& url, FetchedPage::Kind kind = FetchedPage::Kind::Page);
    /// Stops every transfer; each still reports fetched() with the error "cancelled".
    void cancel();
    int running() const { return int(m_replies.size()); }

    /// "Crosscheck/0.1.0 (+https://…)": what servers see.
    static QByteArray userAgent();
    /// Why `url` cannot be fetched (not http or https, no host), or empty when it can.
    static QString refusal(const QUrl& url);

Q_SIGNALS:
    void fetched(const Crosscheck::Core::FetchedPage& page);

private:
    struct Transfer
    {
        FetchedPage page;
        bool timedOut = false;
        bool cancelled = false;
        QString refused; ///< set when the transfer was stopped for a reason of ours
    };

    void onMetaData(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void stop(QNetworkReply *reply, const QString& why);
    QString describe(QNetworkReply *reply, const Transfer& transfer) const;

    FetchLimits m_limits;
    QNetworkAccessManager *m_network;
    QHash<QNetworkReply *, Transfer> m_replies;
};

} // namespace Crosscheck::Core
