#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Crosscheck::Core {
class AnnotationListModel;
}

namespace Crosscheck::Ui {

/// The folder's annotations: quote, article, tags and note, filtered by any text (a tag, an
/// article, words of a quote or note); activating one opens its article at the quote. Orphans
/// (quotes no longer found in their article) are listed in italics and can be re-attached.
class AnnotationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsPanel)

public:
    AnnotationsPanel(Core::AnnotationListModel *model, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void annotationActivated(const QString& articlePath, const QString& uuid);
    void reattachRequested(const QString& uuid);

private:
    QString selectedUuid() const;

    QLineEdit *m_filter;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_reattach;
};

} // namespace Crosscheck::Ui
