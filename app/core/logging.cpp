#include "logging.h"

Q_LOGGING_CATEGORY(lcArticles, "crosscheck.core.articles")
Q_LOGGING_CATEGORY(lcHighlighting, "crosscheck.core.highlighting")
Q_LOGGING_CATEGORY(lcSettings, "crosscheck.core.settings")
