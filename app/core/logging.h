#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcArticles)
Q_DECLARE_LOGGING_CATEGORY(lcHighlighting)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
