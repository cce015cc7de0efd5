"""Details the user lists or states about themselves: clothing sizes, labelled
lists ("Goals: ..."), addresses, expiry dates and birthdays, named helpers, quit
habits and the start of a new job."""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.fact_clean import _iso_when

_SIZES = re.compile(
    r"\b(?P<item>shirt|shoes?|ring|dress|pants|jeans|jacket|hat|gloves?|bra|waist)\s*(?:size)?\s*"
    r"[:=]?\s*(?P<value>(?:US|EU|UK)\s*\d+(?:\.\d)?|\d+(?:\.\d)?|XXS|XS|S|M|L|XL|XXL)\b"
)


def _sizes(text: str) -> list[str]:
    if not re.search(r"\bsizes?\b", text, re.I):
        return []
    facts = []
    for match in _SIZES.finditer(text):
        item = (
            match.group("item").lower().rstrip("s")
            if match.group("item").lower() != "pants"
            else "pants"
        )
        facts.append(f"User's {item} size is {match.group('value')}")
    return facts


_LIST_LABEL = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:[\w', ]{0,25}\s)?(?P<label>goals?|favou?rites?|favou?rite\s+things|"
    r"likes|loves|hates?|dislikes|allergies|allergic\s+to)\s*:\s*(?P<items>[^.\n]+)",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*(?:;|,\s*(?:and\s+)?(?=[a-z])|\s+and\s+(?=finally\b|also\b))\s*")
_ADDRESS = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:my\s+|our\s+|the\s+)?(?P<thing>[A-Za-z][\w-]*(?:\s[\w-]+)?)\s+is\s+"
    r"(?:at|on)\s+(?P<address>\d+\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:,\s*[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)*)*(?:\s+\d{5})?)",
    re.IGNORECASE,
)


def _labelled_lists(text: str) -> list[str]:
    """ "Goals: read 30 books, run a half marathon" / "Hate: cilantro" -> one fact per item."""
    facts: list[str] = []
    for match in _LIST_LABEL.finditer(text):
        label = match.group("label").lower()
        items = match.group("items")
        if label.startswith("allerg") and "(" in items:
            # notes in parentheses: "cats (mild)" (see fact_rec_fields.allergy_facts)
            from omi_actions.processing.local.fact_rec_fields import allergy_facts

            facts.extend(allergy_facts(items))
            continue
        # A list separated by semicolons keeps its commas inside items ("black, no sugar").
        parts = items.split(";") if ";" in items else _LIST_SPLIT.split(items)
        for item in parts:
            item = re.sub(r"^(?:and\s+|finally\s+|also\s+)+", "", item.strip(" .!"))
            item = re.sub(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]+", "", item).strip()
            if len(item) < 3:
                continue
            if label.startswith("goal"):
                facts.append(f"User's goal is to {item}")
            elif label.startswith(("hate", "dislike")):
                facts.append(f"User dislikes {item}")
            elif label.startswith("allerg"):
                facts.append(f"User is allergic to {item}")
            else:
                facts.append(f"User likes {item}")
    return facts


def _addresses(text: str) -> list[str]:
    """ "Cabin is at 91 Pine Ridge Rd, Lake Tahoe" -> "User's cabin is at ..."."""
    facts = []
    for match in _ADDRESS.finditer(text):
        thing = match.group("thing").lower()
        if thing in ("it", "this", "that", "which", "party", "meeting", "dinner", "event"):
            continue
        facts.append(f"User's {thing} is at {match.group('address').rstrip('.')}")
    return facts


_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_EXPIRES = re.compile(
    r"\b(?:my|your)\s+(?P<doc>(?:[A-Z][a-z]+\s+){0,2}(?:passport|driver'?s?\s+licen[cs]e|"
    # a Visa card is a bank card, not a travel visa
    r"licen[cs]e|id\s+card|visa(?!\s+(?:debit|credit|card|signature|platinum))|green\s+card|"
    r"membership|insurance\s+card|warranty|lease|credit\s+card|contract|subscription|"
    r"(?:(?:home|car|auto|motor|pet|travel|life|health|renters?|contents|dental)\s+)?"
    r"insurance(?:\s+policy)?))\b[^.;!?]{0,60}?\b"
    r"(?P<verb>expires?|runs\s+out|ends|renews|will\s+(?:auto-?)?renew|auto-?renews)\s+(?:on\s+)?"
    r"(?P<when>[^.;!?]{4,40})",
    re.IGNORECASE,
)
_BIRTHDAY = re.compile(
    rf"\b(?:my|your)\s+birthday(?:\s+is|\s+on|,)?\s+(?:on\s+)?(?P<date>{_MONTHS}\s+\d{{1,2}})\b"
    rf"|\bI\s+was\s+born\s+on\s+(?P<born>{_MONTHS}\s+\d{{1,2}})\b",
    re.IGNORECASE,
)
_NAMED_HELPER = re.compile(
    r"\bwith\s+(?:a|an|my|our|the)\s+(?:new\s+)?(?P<role>tutor|coach|trainer|personal\s+trainer|"
    r"teacher|therapist|mentor|instructor|physio|physiotherapist|nanny|babysitter|accountant|"
    r"lawyer|realtor|dog\s+walker)\s+(?:named|called)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


# "my new home address is 88 Willow Ln, Apt 3, Portland, OR 97214"; "we've moved, new
# address is 8 Birch Close".
_NEW_ADDRESS = re.compile(
    r"(?:\bmy\s+(?:new\s+)?(?:home\s+)?address\s+is|\b(?:I|we)(?:'ve|’ve|\s+have)?\s+moved\b"
    r"(?![^.!?]{0,40}?\b(?:office|shop|store|clinic|practice|studio|salon|branch|business)\b)"
    r"[^.!?]{0,40}?\bnew\s+address\s+is)\s+(?:now\s+)?"
    r"(?P<addr>\d{1,5}[A-Za-z]?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:,\s*(?:(?:Apt|Unit|Suite|Flat)\.?\s+#?\w{1,5}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"(?:\s+\d{5})?|[A-Z]{2}\s+\d{5}))*)"
)


def _records_about_user(text: str, reference: datetime) -> list[str]:
    """Expiry dates, birthdays, named helpers and a new home address stated about the user."""
    facts: list[str] = []
    for match in _NEW_ADDRESS.finditer(text):
        facts.append(f"User lives at {match.group('addr').rstrip('.,')}")
        break
    for match in _EXPIRES.finditer(text):
        doc = re.sub(r"\s+", " ", match.group("doc").lower()).replace("driver's", "driver")
        doc = doc.replace("drivers ", "driver ")
        when = re.sub(r"^(?:your|my)\s+birthday,?\s*", "", match.group("when"), flags=re.I)
        iso = re.match(r"\d{4}-\d{2}-\d{2}\b", when.strip())
        day = iso.group(0) if iso else _iso_when(when, reference)
        if day is not None:
            verb = "renews" if "renew" in match.group("verb").lower() else "expires"
            facts.append(f"User's {doc} {verb} on {day}")
    for match in _BIRTHDAY.finditer(text):
        date = match.group("date") or match.group("born")
        facts.append(f"User's birthday is {date}")
    for match in _NAMED_HELPER.finditer(text):
        facts.append(f"User's {match.group('role').lower()} is {match.group('name')}")
    return facts


# "I used to smoke but quit five years ago" -> "User quit smoking five years ago".
_QUIT_HABIT = re.compile(
    r"\bI\s+used\s+to\s+(?P<verb>[a-z]+)(?P<obj>(?:\s+[a-z]+){0,2}?)\s*,?\s+but\s+"
    r"(?:I\s+)?(?P<stop>quit|stopped|gave\s+up)\b(?:\s+(?:it|that))?(?P<when>[^.;!?]*)",
    re.IGNORECASE,
)


def _gerund(verb: str) -> str:
    verb = verb.lower()
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb) and len(verb) <= 4:
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _quit_habits(text: str) -> list[str]:
    facts = []
    for match in _QUIT_HABIT.finditer(text):
        stop = re.sub(r"\s+", " ", match.group("stop").lower())
        when = match.group("when").rstrip(" ,")
        facts.append(f"User {stop} {_gerund(match.group('verb'))}{match.group('obj')}{when}")
    return facts


_NEW_JOB = re.compile(
    r"\b(?:I(?:'m|’m|\s+am)\s+joining|I(?:'ve|’ve)?\s+(?:joined|accepted\s+[^.!?]{0,60}?\s+at)|"
    r"I(?:'ll|’ll|\s+will)\s+be\s+joining|I\s+start\s+at|new\s+(?:job|role|position)\s+at)\s+"
    r"(?P<org>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})"
)
_START_WHEN = re.compile(
    r"\b(?:start(?:ing|s)?|first\s+day\s+(?:is|will\s+be))\s+(?:on\s+|in\s+)?(?P<when>(?:next\s+"
    r"(?:month|week|monday|tuesday|wednesday|thursday|friday)|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?|(?:in\s+)?[A-Z][a-z]+))",
    re.IGNORECASE,
)


def _job_start(own_text: str, reference: datetime) -> list[str]:
    """ "I'm joining Acme ... Starting March 3rd" -> "User starts at Acme on March 3, 2025"."""
    job = _NEW_JOB.search(own_text)
    if job is None:
        return []
    start = _START_WHEN.search(own_text)
    if start is None:
        return []
    mentions = [m for m in find_dates(start.group("when"), reference) if m.has_day]
    if not mentions:
        return []
    value = mentions[0].value
    if re.search(r"\d", start.group("when")):
        return [f"User starts at {job.group('org')} on {value:%B} {value.day}, {value.year}"]
    return [f"User starts at {job.group('org')} in {value:%B %Y}"]
