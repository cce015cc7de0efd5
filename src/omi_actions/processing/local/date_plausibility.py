"""Context checks for date words that are also ordinary words or numbers.

"sat", "sun" and "wed" are verbs and nouns as often as days, a holiday name is not
always a date, and "3/14" or "1.2" may be a room, a ratio or a version number; the
words around the match decide.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.event_holidays import HOLIDAY_RE

# Words before "sat"/"sun"/"wed" that make them a day rather than a verb or a noun.
_SHORT_DAY_BEFORE = re.compile(
    r"(?:\b(?:on|by|until|till|til|this|next|see\s+(?:you|u|ya)|cya)|[-–/&])\s*$", re.IGNORECASE
)
_SHORT_DAY_LIST = re.compile(
    r"(?:\b(?:from|to|and|or|before|after|thru|through|every|each)|,)\s*$", re.IGNORECASE
)
_SHORT_DAY_SUBJECT = re.compile(
    r"\b(?:i|we|you|u|he|she|they|it|who|just|then|finally|had|have|has|was|were|been|newly|"
    r"the|a|in|of|under|into|out|sunny|hot|morning|evening|setting|rising)\s*$",
    re.IGNORECASE,
)
_HOLIDAY_BEFORE = re.compile(
    r"\b(?:on|by|until|till|before|this|next|over|for|at|after|around|since)\s+$", re.IGNORECASE
)
# "Room 3/14", "24/7", "1/2 cup", "9/10 stars": numbers with a slash that are not dates.
_NOT_A_SLASH_DATE_BEFORE = re.compile(
    r"(?:\b(?:room|rm|apt|apartment|unit|suite|flat|no|nr|number|page|p|pp|ch|chapter|section|"
    r"step|row|seat|gate|platform|grade|ratio|odds|bus|route|line|building|bldg|floor|lot)\.?|"
    r"\b(?:scored?|rated?|gave|give|gives)(?:\s+(?:it|this|that|them|him|her|us|me))?|#)\s*$",
    re.IGNORECASE,
)
_NOT_A_SLASH_DATE_AFTER = re.compile(
    r"^\s*(?:%|cups?\b|tsp\b|tbsp\b|teaspoons?\b|tablespoons?\b|inch|in\b|mile|lbs?\b|oz\b|"
    r"stars?\b|of\b|split\b|ratio\b|[a-z]?/)",
    re.IGNORECASE,
)


def _short_day_ok(word: str, before: str, after: str) -> bool:
    """ "on sat", "from Tue to Wed", "sat?" are days; "I sat.", "the sun" are not."""
    if _SHORT_DAY_BEFORE.search(before):
        return True
    if word == "sun":  # lower-case "sun" is the sun unless said right after "on"/"by"
        return False
    if _SHORT_DAY_SUBJECT.search(before):
        return False
    if _SHORT_DAY_LIST.search(before) and word[:1].isupper():
        return True
    return bool(re.match(r"\s*(?:[?!.,;:)]|$)", after)) and (
        word[:1].isupper() or word in ("sat", "wed")
    )


def _plausible(match: re.Match[str], day_text: str | None, clock_text: str | None) -> bool:
    """Context checks for day words that are also ordinary words or numbers."""
    if day_text is None:
        return True
    text = match.string
    start = match.start("day") if match.group("day") is not None else match.start("day2")
    word = day_text.strip().rstrip(".")
    before, after = text[:start], text[start + len(day_text) :]
    if word.lower() in ("sat", "sun", "wed") and clock_text is None and match.group("day"):
        trail = text[match.end("day") :]
        if re.match(r"\s+\d|\s+(?:morning|afternoon|evening|night)\b", trail, re.I):
            return True
        if re.match(r"\s+(?:at|@)\s*\d", trail) and not _SHORT_DAY_SUBJECT.search(before):
            return True  # "sat at 8 then?", not "I sat at 8 desks"
        if re.search(r"\b(?:by|on)\s$", before, re.I):
            return True
        return _short_day_ok(word if not word.isupper() else word.title(), before, after)
    if HOLIDAY_RE.fullmatch(word):
        return bool(_HOLIDAY_BEFORE.search(before)) or clock_text is not None
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.?(\d*)", word)
    if dotted is not None:
        if re.search(
            r"\b(?:version|ver|v|release|rev|chapter|section|step|no|nr)\.?\s*$", before, re.I
        ):
            return False
        return bool(dotted.group(3)) or len(dotted.group(1)) == 2 or len(dotted.group(2)) == 2
    if re.fullmatch(r"\d{1,2}/\d{1,2}", word):
        if word in ("24/7", "9/11") or _NOT_A_SLASH_DATE_BEFORE.search(before):
            return False
        return not _NOT_A_SLASH_DATE_AFTER.match(after)
    return True
