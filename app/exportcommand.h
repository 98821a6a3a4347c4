#pragma once

#include <QStringList>

/// `crosscheck export FOLDER --format F [--output PATH] [--tag T]…`: the folder's annotations in
/// one of the export formats (docs/export.md), without a window. Exit code 0 done, 1 the folder or
/// the output cannot be used, 2 a usage error.
int runExportCommand(const QStringList& arguments);

/// `crosscheck import FOLDER FILE`: adds the annotations of a W3C Web Annotation JSON-LD file to
/// the folder's store (those already there, by id, are left alone).
int runImportCommand(const QStringList& arguments);
