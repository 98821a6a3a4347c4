#include "annotationlistmodel.h"

#include "roles.h"

#include <QColor>
#include <QFont>

namespace Crosscheck::Core {

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AnnotationListModel::setAnnotations(const QList<Annotation>& annotations)
{
    beginResetModel();
    m_annotations = annotations;
    endResetModel();
}

const Annotation *AnnotationListModel::annotationAt(int row) const
{
    return row >= 0 && row < m_annotations.size() ? &m_annotations[row] : nullptr;
}

int AnnotationListModel::rowOfUuid(const QString& uuid) const
{
    for (int i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations[i].uuid == uuid)
            return i;
    }
    return -1;
}

int AnnotationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation& a = m_annotations[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case QuoteColumn: {
            const QString quote = a.orphan ? tr("%1 (not found in the current text)").arg(a.exact) : a.exact;
            if (role == Qt::DisplayRole || (a.author.isEmpty() && !a.isPrivate))
                return quote;
            return QString(quote + u'\n' + (a.isPrivate ? tr("Private (only its author sees it)") : tr("By %1").arg(a.author)));
        }
        case ArticleColumn:
            return a.articlePath;
        case TagsColumn:
            return a.tags.join(QStringLiteral(", "));
        case NoteColumn:
            return role == Qt::DisplayRole ? QString(a.note).replace(u'\n', u' ') : a.note;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == QuoteColumn ? QVariant(QColor::fromString(a.color)) : QVariant();
    case Qt::FontRole:
        if (a.orphan && index.column() == QuoteColumn) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case UuidRole:
        return a.uuid;
    case ArticlePathRole:
        return a.articlePath;
    case OrphanRole:
        return a.orphan;
    default:
        return {};
    }
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Quote");
    case ArticleColumn:
        return tr("Article");
    case TagsColumn:
        return tr("Tags");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace Crosscheck::Core
