#pragma once

#include "export/exporter.h"

#include <QObject>

class QWidget;

namespace Crosscheck::Core {
class ArticleListModel;
class FolderLoader;
struct FolderInsight;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class AnnotationController;
class MessageBar;

/// File › Export and File › Import: the folder's annotations out to the formats of
/// Core::Exporter, and back in from W3C Web Annotation JSON-LD. Failures go to the message bar.
class AnnotationTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationTransfer)

public:
    AnnotationTransfer(Core::FolderLoader *loader, Core::ArticleListModel *model,
                       AnnotationController *annotations, MessageBar *messages, QWidget *window);
    ~AnnotationTransfer() override;

    /// The comparison the exports describe (claims, disagreeing figures).
    void setInsight(const Core::FolderInsight& insight);

    /// What an export draws on: the folder's articles, comparison, annotations and tags.
    Core::ExportData exportData() const;
    /// Exports to @p path; a failure is shown in the message bar.
    bool exportTo(const QString& path, const Core::Exporter::Options& options);
    /// Exports Markdown split per article or per tag into @p directory; failures in the message bar.
    bool exportDocuments(const QString& directory, const Core::Exporter::Options& options);
    /// Adds the annotations of a JSON-LD file; how many were new, or -1 (shown in the message bar).
    int importFrom(const QString& path);

    /// Asks what to export and where (the export dialog, then a file or folder), then exports.
    void exportInteractively(const QString& currentArticle);
    /// Asks for a JSON-LD file and imports it.
    void importInteractively();

Q_SIGNALS:
    /// An export or import went through; @p summary says how much went where.
    void completed(const QString& summary);

private:
    QString folder() const;
    /// Where exports go by default: the folder that holds the articles folder.
    QString besideFolder() const;

    Core::FolderLoader *m_loader;
    Core::ArticleListModel *m_model;
    AnnotationController *m_annotations;
    MessageBar *m_messages;
    QWidget *m_window;
    Core::Alignment m_alignment;
    QList<Core::Discrepancy> m_discrepancies;
};

} // namespace Crosscheck::Ui
