#include "articlereader.h"

#include "boilerplatedetector.h"
#include "logging.h"
#include "metadataextractor.h"
#include "sentencesegmenter.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

namespace Crosscheck::Core {

namespace {
SourceFormat formatOf(const QString& filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return SourceFormat::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return SourceFormat::Markdown;
    if (suffix == u"pdf")
        return SourceFormat::Pdf;
    return SourceFormat::PlainText;
}
} // namespace

QStringList ArticleReader::supportedNameFilters()
{
    return {QStringLiteral("*.txt"),  QStringLiteral("*.md"),  QStringLiteral("*.markdown"),
            QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.xhtml"),
            QStringLiteral("*.pdf")};
}

bool ArticleReader::isSupported(const QString& fileName)
{
    const QString lower = fileName.toLower();
    for (const QString& filter : supportedNameFilters()) {
        if (lower.endsWith(QStringView(filter).sliced(1)))
            return true;
    }
    return false;
}

void ArticleReader::prepare(Article& article, const PageConverter::Page *page)
{
    article.textSha256 = QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    article.boilerplate = BoilerplateDetector::detect(article.text);
    article.sentences = SentenceSegmenter::split(article.text);
    for (Sentence& sentence : article.sentences)
        sentence.boilerplate = article.isBoilerplate(sentence.start);
    MetadataExtractor::fill(article, page);
}

ArticleReader::Result ArticleReader::fromBytes(const QByteArray& bytes, const QString& filePath,
                                               const QString& relativePath)
{
    auto fail = [&](const QString& message) -> Result {
        qCDebug(lcArticles) << "cannot read" << filePath << message;
        return LoadError{filePath, relativePath, message};
    };

    Article article;
    article.filePath = filePath;
    article.relativePath = relativePath;
    article.format = formatOf(filePath);
    if (bytes.isEmpty())
        return fail(tr("the file is empty"));

    PageConverter::Page page;
    bool havePage = false;
    if (article.format == SourceFormat::Pdf || bytes.startsWith("%PDF-")) {
        article.format = SourceFormat::Pdf;
        QString error;
        const auto text = PageConverter::fromPdf(bytes, &error);
        if (!text)
            return fail(error);
        article.text = TextDecoder::normaliseLineEndings(*text);
        article.encoding = QStringLiteral("PDF");
    } else {
        const TextDecoder::Result decoded = TextDecoder::decode(bytes);
        if (decoded.binary)
            return fail(tr("it is not a text file (it contains binary data)"));
        article.encoding = TextDecoder::encodingName(decoded.encoding);
        switch (article.format) {
        case SourceFormat::Html:
            page = PageConverter::fromHtml(decoded.text);
            article.text = page.text;
            havePage = true;
            break;
        case SourceFormat::Markdown:
            article.text = PageConverter::fromMarkdown(decoded.text);
            break;
        case SourceFormat::PlainText:
        case SourceFormat::Pdf:
            article.text = decoded.text;
            break;
        }
    }
    if (article.text.trimmed().isEmpty())
        return fail(tr("it contains no text"));

    prepare(article, havePage ? &page : nullptr);
    return article;
}

ArticleReader::Result ArticleReader::read(const QString& filePath, const QString& relativePath,
                                          qint64 maxBytes)
{
    auto fail = [&](const QString& message) -> Result {
        qCDebug(lcArticles) << "cannot read" << filePath << message;
        return LoadError{filePath, relativePath, message};
    };
    try {
        const QFileInfo info(filePath);
        if (!info.exists())
            return fail(tr("the file no longer exists"));
        if (!info.isFile())
            return fail(tr("it is not a regular file"));
        if (info.size() > maxBytes) {
            // "19.07 MiB, larger than the limit of 19.07 MiB" says nothing: sizes that round alike are given in bytes.
            const QLocale locale;
            QString size = locale.formattedDataSize(info.size()), limit = locale.formattedDataSize(maxBytes);
            if (size == limit) {
                size = tr("%1 bytes").arg(locale.toString(info.size()));
                limit = tr("%1 bytes").arg(locale.toString(maxBytes));
            }
            return fail(tr("it is %1, larger than the limit of %2").arg(size, limit));
        }

        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("it cannot be opened: %1").arg(file.errorString()));
        const QByteArray bytes = file.read(maxBytes + 1);
        if (file.error() != QFileDevice::NoError)
            return fail(tr("reading failed: %1").arg(file.errorString()));
        if (bytes.size() > maxBytes)
            return fail(tr("it is larger than the limit of %1").arg(QLocale().formattedDataSize(maxBytes)));

        Result result = fromBytes(bytes, filePath, relativePath);
        if (auto *article = std::get_if<Article>(&result)) {
            article->fileSize = info.size();
            article->fileModified = info.lastModified(QTimeZone::UTC);
        }
        return result;
    } catch (const std::exception& e) {
        return fail(tr("reading failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace Crosscheck::Core
