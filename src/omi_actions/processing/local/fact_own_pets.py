"""A named pet with its breed, from the user's own words or a vet talking to the user.

Pets are named in passing ("Meet Pepper, our border collie", the vet's "Ziggy's
ears look better"); kept apart because breed and species vocabularies are long.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_own_context import (
    COMMON,
    NAME_SPLIT,
    VET,
    WS,
    article,
    name_group,
)
from omi_actions.processing.local.fact_people import _NOT_CHILD
from omi_actions.processing.local.text import Document

_TITLE_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms)\.?\s*$")

_DOG_BREEDS = (
    r"labrador(?:\s+retriever)?|golden\s+retriever|retriever|labradoodle|goldendoodle|"
    r"cockapoo|cavapoo|cavachon|poodle|beagle|greyhound|whippet|lurcher|border\s+collie|collie|"
    r"cocker\s+spaniel|springer\s+spaniel|spaniel|jack\s+russell(?:\s+terrier)?|"
    r"yorkshire\s+terrier|staffordshire\s+terrier|terrier|staffie|french\s+bulldog|frenchie|"
    r"bulldog|pug|husky|dachshund|corgi|chihuahua|shih\s+tzu|schnauzer|rottweiler|doberman|"
    r"great\s+dane|german\s+shepherd|vizsla|weimaraner|dalmatian|samoyed|akita|shiba\s+inu|"
    r"maltese|pomeranian|yorkie|bichon(?:\s+frise)?|sheepdog|mastiff|pit\s*bull|"
    r"basset\s+hound|bloodhound|boston\s+terrier|bernese(?:\s+mountain\s+dog)?|sheltie|"
    r"newfoundland\s+dog|malamute"
)
_CAT_BREEDS = (
    r"ragdoll|siamese|maine\s+coon|sphynx|british\s+shorthair|tabby|burmese|birman|"
    r"norwegian\s+forest\s+cat"
)
_BREED = re.compile(
    rf"\b(?P<breed>(?:{_DOG_BREEDS}|{_CAT_BREEDS}))(?P<mix>\s+(?:mix|cross))?\b", re.IGNORECASE
)
# The animal a post about a named pet shows: "Meet Biscuit 🐶".
_SPECIES = re.compile(r"\b(?:dog|puppy|pup|cat|kitten|rabbit|bunny|hamster|parrot)\b|🐶|🐕|🐱|🐈")
_SPECIES_CANON = {
    "puppy": "dog", "pup": "dog", "kitten": "cat", "bunny": "rabbit",
    "🐶": "dog", "🐕": "dog", "🐱": "cat", "🐈": "cat",
}  # fmt: skip
_CAT_BREED = re.compile(rf"^(?:{_CAT_BREEDS})$", re.IGNORECASE)


# How a post or a user's line names the animal it is about.
_PET_NAMING = re.compile(
    rf"\b(?:[Mm]eet|(?i:called|named|name\s+is|name's|name’s))\s+{name_group('n1')}\b"
    rf"|(?:^|[.!?]\s+|,\s+)(?:this\s+is\s+)?{name_group('n2')},\s+(?:who\s+is\s+|who's\s+|our\s+|my\s+|a\s+|an\s+)"
    rf"|\b(?i:greyhound|dog|puppy|pup|cat|kitten|rescue|mix|retriever|collie|spaniel|terrier|"
    rf"beagle|husky|labrador|poodle|ragdoll|tabby),\s+{name_group('n3')}\b(?!\s+[A-Z])"
    rf"|\b{name_group('n4')}(?:'s|’s)\s+owner\b"
)
_VET_SPEAKER = re.compile(r"^(?:vet|vet\s+nurse|vet\s+tech|veterinarian|dr\.?\s)", re.IGNORECASE)
# The patient of a vet visit: "Biscuit's ear infection", "Biscuit is due his boosters".
_PATIENT = re.compile(
    rf"\b{name_group('n5')}(?:(?:'s|’s)\s+(?!been\b|got\b|going\b|doing\b|due\b|a\b|the\b)"
    rf"|\s+(?:is|was)\s+(?:due|doing|looking)\b|\s+looks\s+(?:healthy|good|great|well)\b"
    rf"|(?:'s|’s)\s+(?:been|due|doing)\b"
    # "Miso has a mild ear infection": the animal the vet is treating.
    rf"|\s+has\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}(?:infection|rash|allergy|cough|limp|lump|wound|"
    rf"fever|murmur|mites|fleas|worms)\b)"
)


# The pet's age said right after it is introduced: "He's 4, scared of stairs", "3 years old,
# terrified of stairs" (a months-old puppy is left out: "He's 4 months").
_AGE_AFTER = re.compile(
    r"(?:^|[.!?,]\s+|[^\w\s,;:'’()-]\s+)(?:(?:he|she)(?:'s|’s|\s+is)\s+(?P<a>\d{1,2})"
    r"(?!\s*(?:months?|weeks?|days?|mo|kg|lbs?|%|\.\d))(?:\s+years?\s+old)?\b"
    r"|(?P<b>\d{1,2})\s+years?\s+old\b)",
    re.IGNORECASE,
)


def _pet_age(own: list[str], name: str, kind: str) -> list[str]:
    """ "User's greyhound Biscuit is 4 years old" from the words after "Meet Biscuit"."""
    text = " ".join(own)
    at = text.find(name)
    if at < 0:
        return []
    age = _AGE_AFTER.search(text, at, at + len(name) + 120)
    if age is None:
        return []
    return [f"User's {kind} {name} is {age.group('a') or age.group('b')} years old"]


def _pet_kind(breed: str, mix: str | None) -> str:
    breed = WS.sub(" ", breed.lower())
    if mix:
        breed += " " + mix.strip().lower()
    if _CAT_BREED.match(breed) and "cat" not in breed:
        breed += " cat"
    return breed


def pet_facts(document: Document) -> list[str]:
    """A named pet with its breed, from the user's own words or a vet visit."""
    own = [s.text for s in document.sentences if s.from_user is True]
    vet_visit = document.kind in ("transcript", "chat", "email", "voicemail") and bool(
        VET.search(document.body) or any(_VET_SPEAKER.match(n) for n in document.speakers)
    )
    texts = own + (
        [s.text for s in document.sentences if s.from_user is False] if vet_visit else []
    )
    breeds = [m for t in texts for m in _BREED.finditer(t)]
    if not breeds and not vet_visit and not _SPECIES.search(" ".join(own)):
        return []
    speakers = {w.lower() for n in document.speakers for w in NAME_SPLIT.split(n) if w}
    names: list[str] = []
    for text in own:
        for match in _PET_NAMING.finditer(text):
            name = next(g for g in match.groups() if g)
            if name not in _NOT_CHILD and name not in COMMON and name.lower() not in speakers:
                names.append(name)
    if vet_visit and not names:
        for text in texts:
            for match in _PATIENT.finditer(text):
                name = match.group("n5")
                if name in _NOT_CHILD or name in COMMON or name.lower() in speakers:
                    continue
                if name in names:
                    continue
                if _TITLE_BEFORE.search(text[: match.start()]):
                    continue
                names.append(name)
    names = list(dict.fromkeys(names))
    if len(names) != 1:
        return []
    if not breeds:
        species = _SPECIES.search(" ".join(own))
        if species is not None and not vet_visit:
            kind = _SPECIES_CANON.get(species.group(0).lower(), species.group(0).lower())
            return [f"User has a {kind} named {names[0]}", *_pet_age(own, names[0], kind)]
        return [f"User has a pet named {names[0]}"] if vet_visit else []
    breed = breeds[0]
    kind = _pet_kind(breed.group("breed"), breed.group("mix"))
    return [f"User has {article(kind)} {kind} named {names[0]}", *_pet_age(own, names[0], kind)]
