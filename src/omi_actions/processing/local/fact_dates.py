"""Dated facts, made self-contained: "on Friday at 7pm" becomes "on 2024-03-15 at 19:00".

A fact outlives the text it came from, so a relative day ("Friday", "tomorrow")
means nothing a week later. Facts about a single dated occasion (an
appointment, a booking, a flight, a start date) get the absolute date in the
form the OMI documentation uses ("User has a flight from JFK to Paris on
2024-05-15 at 21:30"). A date the text already spelled out absolutely is kept
beside the ISO form, in brackets, so the fact still reads as the user wrote it.

Recurring or yearly facts (birthdays, anniversaries, "every Tuesday"), ranges
and facts with several dates are left as they are.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.dates import DateMention, find_dates

# Facts about one dated occasion.
_OCCASION = re.compile(
    r"^User has (?:a|an)\b|^User(?:'s)? (?:\w+ )?(?:starts?|start date|first day|moves?|"
    r"is (?:starting|moving|flying|travell?ing|leaving|joining|registered|booked))\b|"
    r"\b(?:appointment|reservation|booking|booked|flight|check-?up|session|interview|"
    r"surgery|procedure|exam|consultation|visit|trip|hearing)\b",
    re.IGNORECASE,
)
# Facts that hold every year or every week, or since/until a date: not one occasion.
_NOT_ONE_OCCASION = re.compile(
    r"\b(?:birthday|anniversary|born|every|each|weekly|daily|monthly|annual(?:ly)?|"
    r"since|until|expires?|renews?|due|ends?|through|between|from \w+ to|except|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|mornings|afternoons|evenings|"
    r"nights)\b",
    re.IGNORECASE,
)
_ABSOLUTE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}",
    re.IGNORECASE,
)
_BARE_SHORT_DAY = re.compile(r"(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?")
_LEAD_IN = re.compile(r"\b(?:on|for|at)\s+(?:the\s+)?$", re.IGNORECASE)


def with_absolute_date(content: str, reference: datetime) -> str:
    """``content`` with its one date of a single occasion written as an ISO date."""
    if not _OCCASION.search(content) or _NOT_ONE_OCCASION.search(content):
        return content
    mentions = find_dates(content, reference)
    if len(mentions) != 1:
        return content
    mention = mentions[0]
    if not mention.has_day or mention.until is not None or _already_iso(mention):
        return content
    if _BARE_SHORT_DAY.fullmatch(mention.phrase.strip()):
        return content  # "on Mon" in a schedule is a weekday, not a date
    iso = _iso(mention)
    before = _LEAD_IN.sub("", content[: mention.start]).rstrip()
    after = content[mention.end :].lstrip()
    spelled = mention.phrase.strip()
    said = f" ({spelled})" if _ABSOLUTE.search(spelled) else ""
    rest = f" {after}" if after else ""
    return f"{before} on {iso}{said}{rest}".strip()


def _iso(mention: DateMention) -> str:
    day = f"{mention.value:%Y-%m-%d}"
    if mention.has_time and not mention.ambiguous:
        return f"{day} at {mention.value:%H:%M}"
    return day


def _already_iso(mention: DateMention) -> bool:
    return bool(
        re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:\s+at\s+\d{1,2}:\d{2})?", mention.phrase.strip())
    )
