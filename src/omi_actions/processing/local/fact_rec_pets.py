"""Pet profiles and insured pets in records: the pet, its species and breed, and its next
vaccination ("Pet profile: Mochi, 3-year-old Maine Coon")."""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when

_CATS = (
    r"Maine\s+Coon|Siamese|Persian|Ragdoll|Bengal|Sphynx|British\s+Shorthair|"
    r"Scottish\s+Fold|Abyssinian|Burmese|Russian\s+Blue|Norwegian\s+Forest"
)
_DOGS = (
    r"Labrador|Lab|Golden\s+Retriever|Retriever|Spaniel|Terrier|Poodle|Beagle|Husky|Collie|"
    r"Shepherd|Dachshund|Corgi|Bulldog|Pug|Boxer|Greyhound|Whippet|Schnauzer|Labradoodle|"
    r"Cockapoo|Chihuahua|Rottweiler|Doberman|Pointer|Vizsla|Shih\s+Tzu"
)
_SPECIES = (
    r"cat|dog|kitten|puppy|rabbit|bunny|guinea\s+pig|hamster|parrot|tortoise|ferret|horse|pony|"
    r"feline|canine|equine|lapine|avian"
)
# A vet record's species words: "Patient: Luna (feline, domestic shorthair)" is a cat.
_VET_SPECIES = {"feline": "cat", "canine": "dog", "equine": "horse", "lapine": "rabbit",
                "avian": "bird"}  # fmt: skip
# "Pet profile: Mochi, 3-year-old Maine Coon"
_PET_PROFILE = re.compile(
    r"\b(?i:pet(?:\s+profile)?|patient|insured\s+pet|pet\s+name)\s*:\s*(?P<name>[A-Z][a-z]+),\s*"
    r"(?:(?:a\s+)?(?P<age>\d{1,2})[- ](?:year|yr)s?[- ]old\s+)?"
    rf"(?P<breed>(?:[A-Z][\w-]*\s+){{0,2}}(?:[A-Z][\w-]*|{_SPECIES}))\b"
)
# "Insured pet: Pepper (cat, Maine Coon, 3 years)"
_PET_PAREN = re.compile(
    r"\b(?P<label>insured\s+pet|pet(?:\s+profile)?|patient)\s*:\s*(?P<name>[A-Z][a-z]+)\s*\("
    rf"(?P<species>{_SPECIES})\s*(?:,\s*(?P<breed>[A-Za-z][a-z-]*(?:\s+[A-Za-z][a-z-]*){{0,2}})"
    r"(?=\s*[,)]))?[^)]{0,80}\)",
    re.I,
)
_PET_DUE_FIELD = re.compile(
    r"\b(?:next\s+)?(?P<what>vaccinations?|vaccines?|booster|check-?up|dental|rabies\s+shot)"
    r"\s+(?:is\s+)?due\s*(?::|on|by)?\s*(?P<when>\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\s+\d{1,2}"
    r"(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})",
    re.I,
)

# "Vaccines given 3 October 2025: RCP booster, FeLV booster"
_PET_GIVEN = re.compile(
    r"\b(?:vaccines?|vaccinations?|boosters?|shots?)\s+(?:given|administered|received)\s*"
    r"(?:on\s+)?(?P<day>[^:\n|]{6,24}?)\s*:\s*(?P<what>[^\n|]{3,60})",
    re.I,
)


def is_pet_record(text: str) -> bool:
    """A vet's record of a named pet: its weight and results are the pet's, not the user's."""
    return bool(_PET_PAREN.search(text) or _PET_PROFILE.search(text))


def _species(breed: str) -> str:
    if re.search(rf"\b(?:{_CATS})\b", breed):
        return "cat"
    if re.search(rf"\b(?:{_DOGS})\b", breed):
        return "dog"
    return ""


def pets(text: str, reference: datetime) -> list[str]:
    """Pet profiles and insured pets: "User has a Maine Coon cat named Mochi"."""
    facts: list[str] = []
    named: list[tuple[str, str]] = []
    for match in _PET_PAREN.finditer(text):
        species = match.group("species").lower()
        species = _VET_SPECIES.get(species, species)
        breed = f"{match.group('breed')} " if match.group("breed") else ""
        if re.match(r"(?i)(?:spayed|neutered|intact|male|female|\d)", breed):
            breed = ""  # "(cat, spayed female)": the sex, not a breed
        facts.append(f"User has a {breed}{species} named {match.group('name')}")
        if "insured" in match.group("label").lower():
            facts.append(f"User has pet insurance for {match.group('name')}")
        named.append((species, match.group("name")))
    if not named:
        for match in _PET_PROFILE.finditer(text):
            breed = match.group("breed")
            species = _species(breed) or (breed.lower() if re.fullmatch(_SPECIES, breed) else "")
            if not species:
                continue
            shown = breed if breed.lower() != species else ""
            facts.append(f"User has a {shown} {species} named {match.group('name')}")
            named.append((species, match.group("name")))
    if len(named) == 1:
        due = _PET_DUE_FIELD.search(text)
        if due is not None:
            when = due.group("when")
            day = when if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when) else _iso_when(when, reference)
            what = due.group("what").lower()
            what = "vaccination" if what.startswith("vacc") else what
            species, name = named[0]
            if day:
                facts.append(f"User's {species} {name} is due for {what} on {day}")
        given = _PET_GIVEN.search(text)
        if given is not None:
            species, name = named[0]
            shots = given.group("what").strip(" .")
            said = given.group("day").strip()
            day = said if re.fullmatch(r"\d{4}-\d{2}-\d{2}", said) else _iso_when(said, reference)
            if day:
                facts.append(f"User's {species} {name} got {shots} on {day.split(' at ')[0]}")
    return [re.sub(r"\s+", " ", f) for f in facts]
