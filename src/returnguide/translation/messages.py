"""Strings used by code rather than templates, marked with N_ so that extraction finds them."""


def N_(message: str) -> str:
    return message


SITE_NAME = N_("Hulp bij terugkeer")
SITE_DESCRIPTION = N_(
    "Welke hulp is er als u Nederland verlaat en teruggaat naar uw land? "
    "Hier leest u het, per land."
)
# The footer of every page links to the privacy section of the About page.
PRIVACY = N_("Privacy: deze site volgt u niet en bewaart niets over u")
# The page for an address that does not exist, once in every language.
NOT_FOUND = N_("Deze pagina bestaat niet.")
TO_HOME = N_("Naar de beginpagina")

# Every string above: a language's interface is translated when all of these are.
INTERFACE = (SITE_NAME, SITE_DESCRIPTION, PRIVACY, NOT_FOUND, TO_HOME)

# The feed of changes (feed.py): its title, and one entry title per kind of change.
# Translators: the title of the feed of changes; %(site)s is the site's name.
# Write the colon as your language does (French: "%(site)s : changements").
CHANGES = N_("%(site)s: wijzigingen")
# Translators: %(name)s is a country, a kind of support or an organisation
ADDED = N_("%(name)s: toegevoegd")
CHANGED = N_("%(name)s: gewijzigd")
REMOVED = N_("%(name)s: verwijderd")
# What an entry is about when the rules or a list of countries changed (many countries at once).
RULES_AND_LISTS = N_("Regels en landenlijsten")

# After a caveat (what changed since the source, or is unknown): whom the reader can ask;
# %(who)s is one or more organisations, joined as your language writes a list.
ASK = N_("Vraag het aan %(who)s.")
