"""Where the user lives: asking locals for everyday services, naming their home's town.

"Anyone know a good plumber in Oakland?", "Anyone in Brighton recommend a climbing gym?":
people ask for a plumber, a vet or a dentist where they live; a hotel, a restaurant or a
tour guide is what a visitor asks for, so those are not read.

"our new place in Denver", "my first solo apartment in Pittsburgh": the user's home is
there (a holiday cottage or a rental they let out is not where they live).
"""

from __future__ import annotations

import re

_PLACE = r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}"
# Services a resident needs (not a visitor): home repairs, health, pets, children, the gym.
_SERVICE = (
    r"plumber|electrician|handyman|builder|roofer|locksmith|mechanic|garage|vet|veterinarian|"
    r"dentist|doctor|gp|pediatrician|paediatrician|physio|physiotherapist|therapist|"
    r"chiropractor|optician|dermatologist|babysitter|childminder|nanny|daycare|nursery|"
    r"dog\s+walker|groomer|cleaner|gardener|barber|hairdresser|gym|climbing\s+gym|"
    r"climbing\s+wall|running\s+club|choir|allotment|tailor|accountant|cobbler"
)
_ASK_LOCALS = re.compile(
    r"\b(?i:any(?:one|body)|does\s+anyone)\s+(?:(?i:know|have|recommend)\s+(?:of\s+)?)"
    rf"(?:(?i:a|an|any)\s+)?(?:(?i:good|decent|great|reliable|trustworthy|cheap|affordable)\s+)?"
    rf"(?i:{_SERVICE})s?\s+(?:in|near|around)\s+(?P<place>{_PLACE})\b"
    rf"|\b(?i:any(?:one|body))\s+(?:in|around)\s+(?P<place2>{_PLACE})\s+"
    rf"(?i:know|have|recommend|got)\s+(?:(?i:of\s+)?)(?:(?i:a|an|any)\s+)?"
    rf"(?:(?i:good|decent|great|reliable)\s+)?(?i:{_SERVICE})s?\b"
)


_HOME_IN = re.compile(
    r"\b(?i:my|our)\s+(?P<adj>(?:[\w-]+\s+){0,3}?)(?i:place|apartment|flat|house|home|condo|"
    rf"bungalow|townhouse|cottage|studio\s+apartment)\s+in\s+(?P<place>{_PLACE})\b"
)
_NOT_HOME = re.compile(
    r"\b(?:holiday|vacation|summer|beach|weekend|rental|airbnb|old|former|previous|parents|"
    r"childhood|dream)\b",
    re.IGNORECASE,
)


def local_home_facts(text: str) -> list[str]:
    """ "User lives in Oakland" from asking for a plumber in Oakland."""
    facts: list[str] = []
    for match in _HOME_IN.finditer(text):
        if not _NOT_HOME.search(match.group("adj")):
            facts.append(f"User lives in {match.group('place')}")
    for match in _ASK_LOCALS.finditer(text):
        place = match.group("place") or match.group("place2")
        facts.append(f"User lives in {place}")
    return list(dict.fromkeys(facts))
