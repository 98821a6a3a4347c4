#pragma once

#include "annotation.h"

#include <QAbstractTableModel>

namespace Crosscheck::Core {

/// The folder's annotations as a table: quote, article, tags, note.
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Column
    {
        QuoteColumn,
        ArticleColumn,
        TagsColumn,
        NoteColumn,
        ColumnCount
    };

    explicit AnnotationListModel(QObject *parent = nullptr);

    void setAnnotations(const QList<Annotation>& annotations);
    const QList<Annotation>& annotations() const { return m_annotations; }
    const Annotation *annotationAt(int row) const;
    int rowOfUuid(const QString& uuid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Annotation> m_annotations;
};

} // namespace Crosscheck::Core
