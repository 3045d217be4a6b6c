"""Strings used by code rather than templates, marked with N_ so that extraction finds them."""


def N_(message: str) -> str:
    return message


SITE_NAME = N_("Hulp bij terugkeer")
SITE_DESCRIPTION = N_(
    "Welke hulp is er als u Nederland verlaat en teruggaat naar uw land? "
    "Hier leest u het, per land."
)
