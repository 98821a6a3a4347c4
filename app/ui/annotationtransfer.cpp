#include "annotationtransfer.h"

#include "annotationcontroller.h"
#include "articles/articlelistmodel.h"
#include "articles/folderloader.h"
#include "exportdialog.h"
#include "messagebar.h"
#include "analysis/folderrecognizer.h"
#include "store/annotationstore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace Crosscheck::Ui {

using namespace Qt::StringLiterals;

AnnotationTransfer::AnnotationTransfer(Core::FolderLoader *loader, Core::ArticleListModel *model,
                                       AnnotationController *annotations, MessageBar *messages,
                                       QWidget *window)
    : QObject(window)
    , m_loader(loader)
    , m_model(model)
    , m_annotations(annotations)
    , m_messages(messages)
    , m_window(window)
{}

AnnotationTransfer::~AnnotationTransfer() = default;

void AnnotationTransfer::setInsight(const Core::FolderInsight& insight)
{
    m_alignment = insight.alignment;
    m_discrepancies = insight.discrepancies;
}

QString AnnotationTransfer::folder() const
{
    return m_loader->folder();
}

Core::ExportData AnnotationTransfer::exportData() const
{
    Core::ExportData out;
    out.folder = folder();
    out.articles = m_model->articles();
    out.alignment = m_alignment;
    out.discrepancies = m_discrepancies;
    if (m_annotations->store()->isOpen()) {
        out.annotations = m_annotations->store()->annotations();
        out.tags = m_annotations->store()->tags();
    }
    return out;
}

bool AnnotationTransfer::exportTo(const QString& path, const Core::Exporter::Options& options)
{
    QString error;
    const Core::ExportData snapshot = exportData();
    if (!Core::Exporter::write(snapshot, options, path, &error)) {
        m_messages->showError(error);
        return false;
    }
    Q_EMIT completed(tr("%Ln annotation(s) exported to %1", nullptr,
                        int(Core::Exporter::selected(snapshot, options).size()))
                         .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool AnnotationTransfer::exportDocuments(const QString& directory, const Core::Exporter::Options& options)
{
    QString error;
    const Core::ExportData snapshot = exportData();
    if (!Core::Exporter::writeDocuments(snapshot, options, directory, &error)) {
        m_messages->showError(error);
        return false;
    }
    Q_EMIT completed(tr("%1 documents exported to %2")
                         .arg(Core::Exporter::documents(snapshot, options).size())
                         .arg(QDir::toNativeSeparators(directory)));
    return true;
}

int AnnotationTransfer::importFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messages->showError(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return -1;
    }
    QString error;
    const auto annotations = Core::Exporter::importJsonLd(file.readAll(), &error);
    if (!annotations) {
        m_messages->showError(
            tr("%1 holds no annotations to import: %2").arg(QDir::toNativeSeparators(path), error));
        return -1;
    }
    const int added = m_annotations->store()->addNew(*annotations);
    if (added < 0) {
        m_messages->showError(m_annotations->store()->lastError());
        return -1;
    }
    m_annotations->syncArticles(m_model->articles());
    Q_EMIT completed(
        tr("%Ln annotation(s) imported, %1 already present", nullptr, int(added)).arg(annotations->size() - added));
    return added;
}

QString AnnotationTransfer::besideFolder() const
{
    return folder().isEmpty() ? QDir::homePath() : QFileInfo(QDir(folder()).absolutePath()).absolutePath();
}

void AnnotationTransfer::exportInteractively(const QString& currentArticle)
{
    QStringList tags;
    if (m_annotations->store()->isOpen()) {
        for (const Core::Tag& t : m_annotations->store()->tags())
            tags.append(t.path);
    }
    ExportDialog dialog(tags, currentArticle, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::Exporter::Options options = dialog.options();
    if (options.split != Core::Exporter::Split::None) {
        const QString directory =
            QFileDialog::getExistingDirectory(m_window, tr("Folder for the Exported Documents"), besideFolder());
        if (!directory.isEmpty())
            exportDocuments(directory, options);
        return;
    }
    const QString suffix = Core::Exporter::suffix(options.format);
    // Beside the articles folder, not in it: the folder holds the articles being compared.
    const QString start =
        QDir(besideFolder()).filePath(QDir(folder()).dirName() + u"-notes."_s + suffix);
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export Annotations"), start,
                                     Core::Exporter::formatName(options.format) + u" (*."_s + suffix + u')');
    if (!path.isEmpty())
        exportTo(path, options);
}

void AnnotationTransfer::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Annotations"), folder(),
                                                      tr("W3C Web Annotations (*.jsonld *.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

} // namespace Crosscheck::Ui
