#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Crosscheck::Core {

/// Turns saved pages (HTML, Markdown, PDF) into the readable text an article shows, plus the
/// metadata the page itself declares. Nothing is ever fetched: links, images and styles are text.
class PageConverter
{
    Q_DECLARE_TR_FUNCTIONS(PageConverter)

public:
    /// The version of the Poppler library that reads PDFs.
    static QString popplerVersion();

    struct Page
    {
        QString text;
        QString title;    ///< <title>, without a site-name suffix
        QString siteName; ///< og:site_name, application-name, or the <title> suffix
        QDate published;  ///< article:published_time, date meta or <time datetime>
        QString byline;   ///< author meta
        QString url;      ///< og:url, the canonical link, or the address Crosscheck saved it from
    };

    /// Readable text of an HTML page: scripts, styles, navigation, asides and footers dropped,
    /// block elements as lines, entities decoded.
    static Page fromHtml(const QString& html);

    /// Markdown as readable text: headings and list items stay on their own lines, emphasis and
    /// link syntax go, link and image texts stay.
    static QString fromMarkdown(const QString& markdown);

    /// Text of a PDF, page after page; std::nullopt and @p error when it cannot be read.
    static std::optional<QString> fromPdf(const QByteArray& bytes, QString *error);

    /// Parses the common ways news pages write a date: 2025-02-24, 24 February 2025,
    /// February 24, 2025, Feb. 24, 2025, Friday, July 21, 2017.
    static QDate parseDate(QStringView text);
};

} // namespace Crosscheck::Core
