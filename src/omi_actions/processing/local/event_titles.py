"""Naming a plan: who it is with and where it happens.

An event's title is the activity ("Dinner", "Plumber visit") plus, when it
helps, a place ("at Luigi's") or a person ("with Dana"). People come from the
text ("with Dana", "Dr. Smith") or, for a handful of social plans, from the
other party of a chat; roles ("Agent", "Clerk"), organisations ("Acme Dental")
and speaker labels are not people.
"""

from __future__ import annotations

import re

# Words that make a "name" a role or an organisation rather than a person.
_NOT_PERSON_WORDS = frozenset(
    """agent clerk support team office desk reception receptionist bot system admin assistant
    service services customer helpdesk dispatcher operator landlord tenant partner host
    moderator unknown speaker caller notifications notification alerts noreply no-reply
    court courthouse county city district department dept bank credit union insurance mutual
    clinic hospital dental dentistry health medical pharmacy imaging labs lab center centre
    school elementary academy university college rail railway airlines airline airways
    travel tours hotel hotels inn resort inc llc ltd corp co company group fiber internet
    energy electric power water gas utilities utility realty properties property management
    apartments salon spa studio gym fitness club league foundation church council committee
    store shop market delivery logistics billing accounts payments security it hr payroll
    recruiting talent careers events tickets booking bookings reservations concierge front
    staff crew family everyone all mom dad""".split()
)
_NAME_TOKEN = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof)\.?|[A-Z][a-z'’-]+|[A-Z]\.")


def is_person_name(name: str | None) -> bool:
    """ "Dana", "Dr. Liang", "Maria Gomez" yes; "Agent", "Clerk, County Court", "Acme Dental" no."""
    if not name or "," in name or "@" in name:
        return False
    words = name.replace(".", ". ").split()
    if not 1 <= len(words) <= 3:
        return False
    for word in words:
        if not _NAME_TOKEN.fullmatch(word):
            return False
        if word.lower().strip(".") in _NOT_PERSON_WORDS:
            return False
    return True


# "at Luigi's", "at the Copper Kettle", "at Mount Si trailhead": a named place.
_AT_PLACE = re.compile(
    r"\b(?:at|@)\s+(?P<place>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|de|la|&))"
    r"{0,3})"
)
_PLACE_STOP = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Noon Midnight Me I You Home""".split()
)


def place_in(text: str) -> str | None:
    """The named place a plan happens at ("at Luigi's" -> "Luigi's")."""
    for match in _AT_PLACE.finditer(text):
        place = match.group("place").strip()
        words = re.sub(r"^the\s+", "", place).split()
        while words and (words[-1] in ("of", "de", "la", "&") or words[-1] in _PLACE_STOP):
            words.pop()
        if not words or words[0] in _PLACE_STOP:
            continue
        if re.fullmatch(r"\d.*", words[0]):
            continue
        return " ".join(words)
    return None


# "I booked Luigi's for 7", "reserved a table at Noma": a restaurant booking.
_BOOKED_VENUE = re.compile(
    r"\b(?:booked|reserved|got\s+(?:us\s+)?a\s+table\s+at|booked\s+(?:us\s+)?a\s+table\s+at)\s+"
    r"(?:(?:us\s+)?(?:a\s+table\s+)?at\s+)?(?P<place>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})"
)


def booked_venue(text: str) -> str | None:
    match = _BOOKED_VENUE.search(text)
    if match is None:
        return None
    place = match.group("place")
    if place.split()[0] in _PLACE_STOP:
        return None
    return place


def meal_for(hour: int) -> str:
    """The meal a table booked for ``hour`` o'clock is for."""
    if 6 <= hour < 11:
        return "Breakfast"
    if 11 <= hour < 15:
        return "Lunch"
    if hour >= 17:
        return "Dinner"
    return "Reservation"
