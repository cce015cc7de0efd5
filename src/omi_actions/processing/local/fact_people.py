"""The user's people: named relatives and their contacts, kinship mentions ("my
nephew"), a partner, pets and family birthdays in a chat, children in a parent's talk."""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.text import Document

_RELATION = re.compile(
    r"\b(?i:my\s+(?P<rel>wife|husband|partner|sister|brother|son|daughter|mom|mum|dad|mother|"
    r"father|friend|best\s+friend|boss|manager|dog|cat|girlfriend|boyfriend|fianc[ée]e?|roommate|"
    r"neighbou?r|doctor|dentist|therapist|coach|teacher|grandma|grandpa|cousin|aunt|uncle|"
    r"niece|nephew|kid|baby|puppy|kitten))\s*,?\s+(?P<name>[A-Z][a-z]+)\b"
)


_RELATION_DESCRIBED = re.compile(
    r"\bmy\s+(?:[a-z]+\s+)?(?P<rel>mom|mum|mother|dad|father|wife|husband|partner|sister|brother|"
    r"son|daughter|grandma|grandpa|boss|manager)\s*,\s*(?P<desc>(?:a|an)\s+[^,.!?;]+)",
    re.IGNORECASE,
)


_TITLES = frozenset(("Dr", "Mr", "Mrs", "Ms", "Prof", "Miss"))


def _relations(text: str) -> list[str]:
    """ "My wife Priya and I ..." -> "User's wife is named Priya"."""
    facts = [
        f"User's {m.group('rel').lower()} is {m.group('desc').strip()}"
        for m in _RELATION_DESCRIBED.finditer(text)
    ]
    for match in _RELATION.finditer(text):
        name = match.group("name")
        if name.lower() in ("and", "is", "was", "just", "has", "had", "the", "who", "will"):
            continue
        if name in _TITLES and text[match.end() : match.end() + 1] == ".":
            continue  # "my therapist Dr. Lindqvist": a title, the name follows it
        contact = _RELATION_PHONE.match(text, match.end())
        if contact is not None:
            # "my sister Leila Haddad (206) 555-0119": a contact with a phone number.
            full = f"{name}{contact.group('surname') or ''}"
            rel = match.group("rel").lower()
            facts.append(f"User's {rel} is {full}, phone {contact.group('phone').strip()}")
            continue
        rel = match.group("rel").lower()
        if rel.startswith("fianc"):
            facts.append(f"User is engaged to {name}")  # "my fiancé Marco"
            continue
        facts.append(f"User's {rel} is named {name}")
    return facts


_RELATION_PHONE = re.compile(
    r"(?P<surname>\s[A-Z][a-z'-]+)?\s*[,:-]?\s*(?:phone\s*:?\s*|at\s+|tel\.?\s*)?"
    r"(?P<phone>\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})\b"
)


_KIN = (
    r"husband|wife|spouse|partner|girlfriend|boyfriend|fianc[ée]e?|son|daughter|kids?|children|"
    r"sons|daughters|twins|brother|sister|brothers|sisters|mom|mum|mother|dad|father|parents|"
    r"grandma|grandpa|grandmother|grandfather|grandparents|grandson|granddaughter|grandkids|"
    r"grandchildren|nephew|niece|cousin|aunt|uncle|stepson|stepdaughter|baby|dog|cat|puppy|kitten"
)
# "my nephew", "our two kids", "call your brother": the user has that relative.
_KIN_MENTION = re.compile(
    rf"\b(?P<who>my|our|your)\s+(?:(?:little|big|baby|older|younger|eldest|oldest|youngest|"
    rf"new|late|two|three|four|twin|amazing|lovely|wonderful|sweet|dear)\s+)*"
    rf"(?P<kin>{_KIN})\b(?!\s*(?:'s|’s)?\s*(?:name|named|called|(?-i:,?\s*[A-Z])))",
    re.IGNORECASE,
)
_KIN_CANON = {
    "mom": "mother", "mum": "mother", "dad": "father", "grandma": "grandmother",
    "grandpa": "grandfather", "kid": "child", "kids": "children", "fiance": "fiancé",
    "fiancee": "fiancée", "puppy": "dog", "kitten": "cat",
}  # fmt: skip
_PLURAL_KIN = frozenset(
    "kids children sons daughters twins brothers sisters parents grandparents grandkids "
    "grandchildren".split()
)
_MARRIED = frozenset({"husband", "wife", "spouse"})


def _kinship(text: str, second_person: bool) -> list[str]:
    """ "my husband surprised me" -> "User is married"; "with my nephew" -> "User has a nephew"."""
    facts: list[str] = []
    for match in _KIN_MENTION.finditer(text):
        who = match.group("who").lower()
        if (who == "your") != second_person:
            continue
        kin = match.group("kin").lower()
        kin = _KIN_CANON.get(kin, kin)
        if kin in _MARRIED:
            facts.append("User is married")
            continue
        if kin in ("mother", "father", "parents"):
            continue  # everybody has parents: nothing learned
        if kin in _PLURAL_KIN:
            facts.append(f"User has {kin}")
        else:
            article = "an" if kin[:1] in "aeiou" else "a"
            facts.append(f"User has {article} {kin}")
    return facts


# "after 6 months of training" -> "User trained for 6 months".
_EFFORT = re.compile(
    r"\bafter\s+(?P<span>(?:\d+|a\s+few|several|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve)\s+(?:days|weeks|months|years))\s+of\s+(?:hard\s+|daily\s+)?"
    r"(?P<what>training|practice|practicing|practising|studying|study|rehab|therapy|saving)\b",
    re.IGNORECASE,
)
_EFFORT_VERB = {
    "training": "trained", "practice": "practiced", "practicing": "practiced",
    "practising": "practised", "studying": "studied", "study": "studied",
    "rehab": "did rehab", "therapy": "did therapy", "saving": "saved",
}  # fmt: skip
# "Mom's birthday is the 14th" among family: a relative's birthday.
_KIN_BIRTHDAY = re.compile(
    r"\b(?:(?i:my|our)\s+)?(?P<kin>Mom|Mum|Dad|Grandma|Grandpa|(?i:mom|mum|dad|mother|father|"
    r"grandma|grandpa|wife|husband|son|daughter|sister|brother))(?:'s|’s)\s+birthday\s+is\s+"
    r"(?:on\s+)?(?P<when>(?=[^,.;!?]*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
    r"[^,.;!?]{3,30})"
)
# Romance between the user and the one other person in a chat.
_ROMANCE = re.compile(
    r"\b(?:anniversary|valentine'?s?|i\s+miss\s+you|babe|sweetheart|my\s+love|date\s+night)\b",
    re.IGNORECASE,
)
# "love you" said on its own is also said to friends and family: a partner only when
# the two also share a home ("our place", "our kitchen").
_LOVE_YOU = re.compile(r"(?:^|[.!?,]\s*)(?:I\s+)?love\s+(?:you|u|ya)\b", re.IGNORECASE)
_SHARED_HOME = re.compile(
    r"\bour\s+(?:place|apartment|flat|house|home|kitchen|bedroom|bed|car|dog|cat|kids?|lease|"
    r"rent|landlord)\b",
    re.IGNORECASE,
)
# A speaker label that names a role, not a person: "Roommate:", "Agent:".
_ROLE_LABELS = frozenset(
    """roommate flatmate housemate receptionist agent advisor adviser teacher coach doctor nurse
    therapist counsellor counselor physio landlord landlady customer caller host waiter server
    neighbor neighbour boss manager colleague friend speaker grandma grandpa operator clerk
    barista driver dispatcher mechanic plumber tutor instructor trainer""".split()
)
# "I talked to Mom": a sibling, who shares the user's parents, names them like this.
_SHARED_PARENT = re.compile(r"(?<!\bmy\s)(?<!\byour\s)(?<!\bher\s)(?<!\bhis\s)\b(?:Mom|Mum|Dad)\b")
# "call the vet about Biscuit's shots": a pet.
_PET = re.compile(
    r"\b(?:vet|veterinarian|groomer|kennel)\b[^.?!]{0,30}?\b(?P<name>[A-Z][a-z]+)(?:'s|’s)\s"
    r"|\b(?P<name2>[A-Z][a-z]+)(?:'s|’s)\s+(?:shots|vaccines|vaccinations|rabies|flea|worming|"
    r"grooming|kibble|leash|litter)\b"
)


def _mutual_love(document: Document) -> bool:
    """Both the user and the other speaker say "love you"."""
    said = {s.from_user for s in document.sentences if _LOVE_YOU.search(s.text)}
    return True in said and False in said


def _household(document: Document, reference: datetime) -> list[str]:
    """Inferences from a chat or transcript with the user: partner, pets, family birthdays."""
    facts: list[str] = []
    text = " ".join(s.text for s in document.sentences)
    for match in _EFFORT.finditer(
        " ".join(s.text for s in document.sentences if s.from_user is True)
    ):
        verb = _EFFORT_VERB[match.group("what").lower()]
        facts.append(f"User {verb} for {match.group('span')}")
    if document.kind not in ("chat", "transcript"):
        return facts
    others = [n for n in document.speakers if n.lower() not in ("me", "user")]
    if (
        len(others) == 1
        and re.fullmatch(r"[A-Z][a-z]+", others[0])
        and others[0].lower() not in _KIN_NAMES
        and others[0].lower() not in _ROLE_LABELS
        and any(s.from_user is True for s in document.sentences)
        and (
            _ROMANCE.search(text)
            or _mutual_love(document)
            or (
                any(_LOVE_YOU.search(s.text) for s in document.sentences)
                and _SHARED_HOME.search(text)
            )
        )
        and not _SHARED_PARENT.search(text)
    ):
        facts.append(f"User's partner is {others[0]}")
    for match in _PET.finditer(text):
        name = match.group("name") or match.group("name2")
        facts.append(f"User has a pet named {name}")
    for match in _KIN_BIRTHDAY.finditer(text):
        mentions = [m for m in find_dates(match.group("when"), reference) if m.has_day]
        if mentions:
            kin = _KIN_CANON.get(match.group("kin").lower(), match.group("kin").lower())
            day = f"{mentions[0].value:%B} {mentions[0].value.day}"
            facts.append(f"User's {kin}'s birthday is {day}")
    return facts


_KIN_NAMES = frozenset(
    "mom mum dad mother father sister brother sis bro grandma grandpa aunt uncle son daughter "
    "boss coach doctor teacher partner wife husband".split()
)


_PARENT_CONTEXT = re.compile(
    r"\b(?:school|teacher|parent-teacher|class(?:room)?|daycare|homework|kindergarten|"
    r"preschool|lunchbox|recital|pediatrician|report\s+card|field\s+trip|orientation|"
    r"tournament|practice)\b",
    re.IGNORECASE,
)
_CHILD_MENTION = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})(?:(?:'s|’s)\b|"
    r"\s+will\s+be\s+there\b|\s+(?:has|had)\s+(?:practice|school|class|a\s+game|homework)\b)"
)
_NOT_CHILD = frozenset(
    "Mom Mum Dad Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December Today Tomorrow Tonight "
    "Everyone Nobody Somebody Christmas Easter Labor Memorial Thanksgiving Mother Father "
    "Grandma Grandpa Coach Teacher Doctor That What It When Let Here There Where Who How He She "
    "Everybody Someone Anyone Today Nobody This One Two Three Four Five Six Seven Eight Nine Ten "
    "Eleven Twelve Noon Midnight".split()  # "Eight's no good": a time, not a child
)


def _children_in_conversation(document: Document) -> list[str]:
    """A parent talking about school or practice: "Leo will be there", "label Noah's stuff"."""
    text = " ".join(s.text for s in document.sentences)
    if not _PARENT_CONTEXT.search(text):
        return []
    speakers = {w.lower() for name in document.speakers for w in name.split()}
    names: list[str] = []
    for sentence in document.sentences:
        if sentence.from_user is not True:
            continue
        for match in _CHILD_MENTION.finditer(sentence.text):
            name = match.group("name")
            if name in _NOT_CHILD or name.lower() in speakers or name in names:
                continue
            if re.search(r"\b[A-Z][\w'’-]*\s+$", sentence.text[: match.start()]):
                continue  # part of a longer proper name: "Trader Joe's"
            names.append(name)
    if len(names) == 1:
        return [f"User has a child named {names[0]}"]
    if 1 < len(names) <= 3:
        return [f"User has children named {', '.join(names[:-1])} and {names[-1]}"]
    return []
