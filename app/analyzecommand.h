#pragma once

#include <QStringList>

/// `crosscheck analyze FOLDER [--output FILE]`: the folder's analysis as JSON, without a window.
/// Returns the process exit code: 0 done (unreadable files are listed in "errors"), 1 the folder
/// cannot be read, 2 a usage error.
int runAnalyzeCommand(const QStringList& arguments);
