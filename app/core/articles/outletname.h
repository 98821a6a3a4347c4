#pragma once

#include <QString>

namespace Crosscheck::Core {

/// The name a web host gives its outlet, lower case: "news.bbc.co.uk" → "bbc",
/// "uk.reuters.com" → "reuters", "edition.cnn.com" → "cnn"; empty for an address by number.
QString outletOfHost(const QString& host);

/// True when @p outlet is written as a web host ("reuters.com"), not as a name ("Reuters").
bool isHostName(const QString& outlet);

/// The keys by which an article's outlet may be named in text, lower case: a host gives its
/// outlet's name ("reuters.com" → "reuters"), a name itself with and without a leading "the".
QStringList outletKeys(const QString& outlet);

} // namespace Crosscheck::Core
