#pragma once

#include "article.h"
#include "pageconverter.h"

namespace Crosscheck::Core {

/// Finds an article's headline, outlet, publication date and byline in what the page declares
/// (HTML metadata) and in what the text itself states (a source URL on the first line,
/// "Source: …", "Site icon …", a masthead line beside the headline, "By …").
class MetadataExtractor
{
public:
    /// Fills title, outlet, published and byline of @p article from its text and boilerplate
    /// flags; @p page carries what an HTML page declared, if the article was one.
    static void fill(Article& article, const PageConverter::Page *page = nullptr);

    static QString titleFromText(const QString& text, const QList<TextRange>& boilerplate);
    /// "https://www.cbsnews.com/…" gives "cbsnews.com".
    static QString outletFromUrl(QStringView url);
};

} // namespace Crosscheck::Core
