#include "exporter.h"

#include "exportsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace Crosscheck::Core {

using namespace Qt::StringLiterals;
using namespace ExportSupport;

std::optional<Exporter::Format> Exporter::formatFromName(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == u"md" || n == u"markdown")
        return Format::Markdown;
    if (n == u"html")
        return Format::Html;
    if (n == u"csv")
        return Format::Csv;
    if (n == u"jsonld" || n == u"json-ld" || n == u"w3c")
        return Format::JsonLd;
    if (n == u"qdpx" || n == u"refi-qda")
        return Format::Qdpx;
    if (n == u"qdc")
        return Format::Qdc;
    return std::nullopt;
}

QString Exporter::formatName(Format format)
{
    switch (format) {
    case Format::Markdown:
        return tr("Markdown");
    case Format::Html:
        return tr("HTML (one self-contained file)");
    case Format::Csv:
        return tr("CSV (one row per annotation)");
    case Format::JsonLd:
        return tr("W3C Web Annotation (JSON-LD)");
    case Format::Qdpx:
        return tr("REFI-QDA project (.qdpx)");
    case Format::Qdc:
        return tr("REFI-QDA codebook (.qdc)");
    }
    return {};
}

QString Exporter::suffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return u"md"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Csv:
        return u"csv"_s;
    case Format::JsonLd:
        return u"jsonld"_s;
    case Format::Qdpx:
        return u"qdpx"_s;
    case Format::Qdc:
        return u"qdc"_s;
    }
    return {};
}

QList<Annotation> Exporter::selected(const ExportData& data, const Options& options)
{
    QList<Annotation> out;
    for (const Annotation& a : data.annotations) {
        if (!options.articles.isEmpty() && !options.articles.contains(a.articlePath))
            continue;
        if (options.from.isValid() && a.created < options.from)
            continue;
        if (options.to.isValid() && a.created > options.to)
            continue;
        if (!options.tags.isEmpty()) {
            const bool tagged = std::any_of(a.tags.cbegin(), a.tags.cend(), [&options](const QString& t) {
                return std::any_of(options.tags.cbegin(), options.tags.cend(),
                                   [&t](const QString& f) { return underTag(t, f); });
            });
            if (!tagged)
                continue;
        }
        out.append(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const Annotation& x, const Annotation& y) {
        return x.articlePath != y.articlePath ? x.articlePath < y.articlePath : x.start < y.start;
    });
    return out;
}

QByteArray Exporter::exportData(const ExportData& data, const Options& options)
{
    switch (options.format) {
    case Format::Markdown:
        return markdown(data, options);
    case Format::Html:
        return html(data, options);
    case Format::Csv:
        return csv(data, options);
    case Format::JsonLd:
        return jsonLd(data, options);
    case Format::Qdpx:
        return qdpx(data, options);
    case Format::Qdc:
        return qdc(data, options);
    }
    return {};
}

bool Exporter::write(const ExportData& data, const Options& options, const QString& path, QString *error)
{
    Options placed = options;
    if (placed.linkBase.isEmpty())
        placed.linkBase = QFileInfo(path).absolutePath();
    const QByteArray bytes = exportData(data, placed);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QList<std::pair<QString, QByteArray>> Exporter::documents(const ExportData& data, const Options& options)
{
    QList<std::pair<QString, QByteArray>> out;
    const QString base = titleOf(data, options);
    auto safe = [](QString name) {
        static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
        name.replace(unsafe, u"-"_s);
        return name.isEmpty() ? u"notes"_s : name;
    };
    Options one = options;
    one.format = Format::Markdown;
    one.split = Split::None;
    if (options.split == Split::None) {
        out.append({safe(base) + u".md"_s, markdown(data, one)});
    } else if (options.split == Split::PerArticle) {
        QStringList paths;
        for (const Annotation& a : selected(data, options)) {
            if (!paths.contains(a.articlePath))
                paths.append(a.articlePath);
        }
        for (const QString& path : std::as_const(paths)) {
            Options only = one;
            only.articles = {path};
            only.title = base + u" — "_s + path;
            QString name = path;
            name.replace(u'/', u"--"_s);
            out.append({safe(QFileInfo(name).completeBaseName()) + u".md"_s, markdown(data, only)});
        }
    } else {
        QStringList tags;
        for (const Annotation& a : selected(data, options)) {
            for (const QString& t : a.tags) {
                if (!tags.contains(t))
                    tags.append(t);
            }
        }
        tags.sort();
        for (const QString& tag : std::as_const(tags)) {
            Options only = one;
            only.tags = {tag};
            only.title = base + u" — #"_s + tag;
            // Only annotations carrying exactly this tag or one under it, within the user's filter.
            ExportData subset = data;
            subset.annotations = selected(data, options);
            out.append({safe(QString(tag).replace(u'/', u"--"_s)) + u".md"_s, markdown(subset, only)});
        }
    }
    return out;
}

bool Exporter::writeDocuments(const ExportData& data, const Options& options, const QString& directory,
                              QString *error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    Options placed = options;
    if (placed.linkBase.isEmpty())
        placed.linkBase = QDir(directory).absolutePath();
    for (const auto& [name, bytes] : documents(data, placed)) {
        QSaveFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            if (error)
                *error =
                    tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(QDir(directory).filePath(name)), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace Crosscheck::Core
