#include "logging.h"

Q_LOGGING_CATEGORY(lcArticles, "crosscheck.core.articles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHighlighting, "crosscheck.core.highlighting", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "crosscheck.core.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRecognition, "crosscheck.core.recognition", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "crosscheck.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTeam, "crosscheck.core.team", QtInfoMsg)
