#pragma once

#include <QStringList>

/// `crosscheck add FOLDER [URL…] [--feed URL]… [--timeout S] [--max-size MB]`: saves web pages
/// into the folder (docs/web.md). `--feed` subscribes the folder to a feed and saves its new items;
/// with no URL and no --feed, every feed the folder follows is checked. Addresses saved before are
/// not fetched again. Exit code 0 when everything was added (or was there), 1 when something could
/// not be, 2 a usage error.
int runAddCommand(const QStringList& arguments);
