#pragma once

#include <Qt>

namespace Crosscheck::Core {

/// Item data roles of every model in the application, in one place so views and tests agree.
enum Role : int
{
    TitleRole = Qt::UserRole + 1, ///< QString: the article's headline
    FileNameRole,                 ///< QString: path relative to the opened folder
    FilePathRole,                 ///< QString: absolute path on disk
    TextRole,                     ///< QString: the article text as shown
    OutletRole,                   ///< QString: the publication, or empty
    SubtitleRole,                 ///< QString: "Outlet · file" as the article list shows it
    UuidRole,                     ///< QString: an annotation's uuid
    ArticlePathRole,              ///< QString: relative path of the article an annotation belongs to
    OrphanRole,                   ///< bool: the annotation could not be placed in the current text
    StoryLabelRole,               ///< QString: the label of the article's story, or empty
    StoryCoverageRole,            ///< QString: which outlets cover the article's story
    StoryHeaderRole,              ///< bool: the article opens a run of its story in the list
};

} // namespace Crosscheck::Core
