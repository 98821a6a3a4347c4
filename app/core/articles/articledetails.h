#pragma once

#include "article.h"

#include <QDate>
#include <QString>

namespace Crosscheck::Core {

/// What the user corrected about an article the page did not say, or said wrongly: its outlet,
/// title and date of publication. Empty fields (an invalid date) leave the page's own. Kept in
/// the folder's store with the annotations, by relative path.
struct ArticleDetails
{
    QString outlet;
    QString title;
    QDate published;

    bool isEmpty() const { return outlet.isEmpty() && title.isEmpty() && !published.isValid(); }
    /// @p article with these details over what its page said.
    void applyTo(Article& article) const
    {
        if (!outlet.isEmpty())
            article.outlet = outlet;
        if (!title.isEmpty())
            article.title = title;
        if (published.isValid())
            article.published = published;
    }
    friend bool operator==(const ArticleDetails&, const ArticleDetails&) = default;
};

} // namespace Crosscheck::Core
