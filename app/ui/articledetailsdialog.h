#pragma once

#include "articles/articledetails.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace Crosscheck::Ui {

/// Edits what a reader knows about an article and its page did not say: outlet, title, date of
/// publication. A field left empty (or the date unticked) shows the page's own again.
class ArticleDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDetailsDialog)

public:
    ArticleDetailsDialog(const Core::Article& article, QWidget *parent = nullptr);

    Core::ArticleDetails details() const;
    QLineEdit *outletEdit() const { return m_outlet; }
    QLineEdit *titleEdit() const { return m_title; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *dateKnown() const { return m_dateKnown; }

private:
    QLineEdit *m_outlet;
    QLineEdit *m_title;
    QCheckBox *m_dateKnown;
    QDateEdit *m_date;
};

} // namespace Crosscheck::Ui
