#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Crosscheck::Core::Acronyms {

/// An acronym a text defines beside its long form: "fetal alcohol syndrome (FAS)",
/// "MRSA (methicillin-resistant Staphylococcus aureus)".
struct Definition
{
    QString acronym;
    QString longForm;
    /// The long form is written in lower case (a word opening its sentence aside): a term such as
    /// "central nervous system", not the name of an organisation such as "Federal Bureau of
    /// Investigation". An acronym of a term is nobody's name.
    bool term = false;
};

/// Every acronym @p sentence defines in brackets beside its long form, found as Schwartz and
/// Hearst (2003) proposed: the acronym's letters, read from its end, are found in order in the
/// words before the bracket (or in the bracket, for "MRSA (…)"), its first letter opening a word,
/// within min(letters + 5, 2 × letters) words. Linear in the sentence's length.
QList<Definition> definitions(QStringView sentence);

/// The long form of @p acronym within @p words (the text a definition may take it from), or an
/// empty view when the letters cannot be found in order as above.
QStringView longFormOf(QStringView acronym, QStringView words);

} // namespace Crosscheck::Core::Acronyms
