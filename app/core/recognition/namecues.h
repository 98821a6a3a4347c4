#pragma once

#include <QStringView>

namespace Crosscheck::Core::NameCues {

/// Titles and roles that stand before a person's name ("CEO", "President", "Mr."), any case.
bool isPersonTitle(QStringView word);
/// Abbreviated honorifics ("Mr.", "Dr.", "Sen.") that are not part of the name they precede.
bool isHonorific(QStringView word);
/// Honorifics that stand only before a person's name ("Mr.", "Mrs.", "Sen.", "Sgt."): not "St.",
/// which also opens a place's ("St. Louis").
bool isPersonHonorific(QStringView word);
/// Last words that make a run of capitalised words an organisation ("Inc.", "Bank", "University").
bool isOrganizationSuffix(QStringView word);
/// Legal forms of a company ("Inc.", "Ltd.", "GmbH"): a capitalised run ending in one is a company.
bool isLegalForm(QStringView word);
/// Closed-class words (pronouns, determiners, prepositions, conjunctions, auxiliaries, "I'm"):
/// capitalised at the start of a sentence they are never a name.
bool isFunctionWord(QStringView word);
/// Words that capitalised are still not names of people, organisations or places: months,
/// weekdays, nationalities and other adjectives of place, and common abbreviations ("CEO", "AI").
bool isNeverName(QStringView word);
/// Head words of the name of a contest or an award ("Cup", "Awards", "Prize", "Olympics"): a name
/// right before one is part of that event's name ("Stanley Cup", "Academy Awards", "World Cup"),
/// not the person, organisation or place it is on its own.
bool isEventHead(QStringView word);
/// Last words of a sports club's name ("Leeds United", "Blackburn Rovers", "Glasgow Rangers").
bool isClubWord(QStringView word);
/// First words of a sports club's name before its city ("Inter Milan", "Real Madrid", "Bayern Munich").
bool isClubPrefix(QStringView word);
/// Last words of an institution's name the model was not given as organisation suffixes: services,
/// clinics, laboratories ("Fish and Wildlife Service", "Mayo Clinic", "Corps of Engineers"), and
/// the plural of a trade that ends a company's name ("Getty Images", "Paramount Pictures").
bool isInstitutionHead(QStringView word);
/// Last words of a building's or a site's name ("Betty Ford Center", "Field Museum", "Lick
/// Observatory"): the name of a place, as GUM and the newswire sets mark them.
bool isFacilityHead(QStringView word);

} // namespace Crosscheck::Core::NameCues
