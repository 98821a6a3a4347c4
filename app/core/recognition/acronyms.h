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
    /// The long form is written in lower case (a word opening its sentence aside) or ends in a
    /// lower-case word: a term such as "central nervous system" or "Methicillin-resistant
    /// Staphylococcus aureus", not the name of an organisation such as "Federal Bureau of
    /// Investigation". An acronym of a term is nobody's name.
    bool term = false;
};

/// Every acronym @p sentence defines in brackets beside its long form, found as Schwartz and
/// Hearst (2003) proposed, made stricter: read from the acronym's end, its letters are found in
/// order in the words before the bracket (or in the bracket, for "MRSA (…)"), not across a comma
/// or a stop, within min(letters + 5, 2 × letters) words, and every word of the long form but a
/// function word gives its initial ("Department of Defense" for "DoD"). Linear in the sentence's
/// length.
QList<Definition> definitions(QStringView sentence);

/// The long form of @p acronym at the end of @p words (the text a definition may take it from),
/// or an empty view when the letters cannot be found as above.
QStringView longFormOf(QStringView acronym, QStringView words);

} // namespace Crosscheck::Core::Acronyms
