"""Follow-up sessions booked at the end of a visit with a professional.

A therapist's "Same time in two weeks?" answered "Yes", or a front desk's "I have
Tuesday the 4th at 10:30, does that work?" answered "Perfect": the next session is
a plan, though no plan noun is said in the booking sentence itself. Only read when
one of the speakers is a professional (a doctor, a therapist, a physio ...), so
that friends agreeing on "same time next week" keep going through the usual reader.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.text import Document, Sentence
from omi_actions.processing.schemas import Event

_DOCTOR = re.compile(r"^(?:Dr\.?|Doctor)\s+[A-Z][\w'-]+$")
_ROLES: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (re.compile(r"therapist|counsell?or|psycholog|psychiatr", re.I), "Therapy session", 50),
    (re.compile(r"physio", re.I), "Physiotherapy session", 45),
    (re.compile(r"dentist|hygienist", re.I), "Dentist appointment", 30),
    (re.compile(r"\bvet\b|veterinar", re.I), "Vet appointment", 30),
    (re.compile(r"tutor", re.I), "Tutoring session", 60),
)
_WORD_WEEKS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "a": 1}
_SAME_TIME = re.compile(
    r"\bsame\s+time\s+(?:(?P<next>next\s+week)|in\s+(?P<n>one|two|three|four|six|a|[1-6])"
    r"\s+weeks?)\b",
    re.I,
)
_OFFER = re.compile(
    r"\b(?:I\s+(?:have|'ve\s+got|can\s+do)|we\s+(?:have|'ve\s+got|can\s+do)|how\s+about"
    r"|(?:does|would|will)\s+(?:that|this|it)\s+work|can\s+you\s+(?:do|make)"
    # "Come back next Friday so I can have a look, say 11:15?"
    r"|come\s+(?:back|in|and\s+see\s+(?:me|us))|say\s+\d)\b",
    re.I,
)
# "The 19th at 3:15?": a slot offered as a bare question.
_BARE_SLOT = re.compile(r"^\W*(?:the\s+|on\s+|maybe\s+|or\s+)?[\w:., ]{2,30}\?\s*$", re.I)
_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|sure|ok(?:ay)?|perfect|great|fine|sounds\s+good|that\s+works"
    r"|works\s+for\s+me|that'?s\s+(?:fine|perfect|great|good))\b"
    r"|\b(?:works|perfect|book\s+(?:it|me\s+in))\b"
    r"|\b(?:i'?ll|i\s+will)\s+take\s+(?:it|that(?:\s+one)?)\b|\b(?:is|are)\s+fine\b",
    re.I,
)
_NO = re.compile(r"\b(?:no|not|can't|cannot|won't|doesn't|don't|busy|away)\b", re.I)


def _professional(document: Document) -> tuple[str, int] | None:
    """The title and length of a session with the conversation's professional."""
    speakers = {s.speaker for s in document.sentences if s.speaker and s.from_user is False}
    for speaker in sorted(speakers):
        for pattern, title, minutes in _ROLES:
            if pattern.search(speaker):
                return title, minutes
    for speaker in sorted(speakers):
        if _DOCTOR.match(speaker):
            return f"Follow-up appointment with {speaker}", 30
    return None


def _agreed(sentences: list[Sentence], index: int) -> bool:
    """The user's next turn (within two sentences) accepts the offer."""
    for later in sentences[index + 1 : index + 3]:
        if later.from_user is False:
            continue
        if later.from_user is None:
            return False
        head = later.text.split(",")[0]
        return bool(_YES.search(later.text)) and not _NO.search(head)
    return False


# What the next visit is for, said by the professional earlier: "that molar needs a crown".
_TREATMENT = re.compile(
    r"\b(?:needs?|need\s+to\s+(?:have|get|do)|have\s+to\s+(?:have|do)|we'?ll\s+(?:do|fit|place))\s+"
    r"(?:a\s+|an\s+|the\s+|some\s+)?(?P<what>crown|filling|root\s+canal|extraction|implant|"
    r"deep\s+clean(?:ing)?|scale\s+and\s+polish|stitches\s+out|cast\s+off|x-?ray|scan|"
    r"blood\s+test|injection|booster|biopsy)\b",
    re.I,
)
_RECHECK = re.compile(r"\bcome\s+back\b[^.?!]*\b(?:look|check|see\s+how)\b", re.I)


def _named_by_treatment(title: str, said: list[Sentence]) -> str:
    """ "Crown appointment" when the professional said what the visit is for; "Vet
    recheck" when asked to come back for a look."""
    for sentence in reversed(said):
        if sentence.from_user is not False:
            continue
        treatment = _TREATMENT.search(sentence.text)
        if treatment is not None:
            what = re.sub(r"\s+", " ", treatment.group("what").lower())
            return f"{what[:1].upper()}{what[1:]} appointment"
        if _RECHECK.search(sentence.text) and title.endswith(" appointment"):
            return title.replace(" appointment", " recheck").replace("Follow-up recheck", "Recheck")
    return title


def followup_events(document: Document, reference: datetime) -> list[Event]:
    if document.kind != "transcript":
        return []
    found = _professional(document)
    if found is None:
        return []
    title, minutes = found
    sentences = document.sentences
    for index, sentence in enumerate(sentences):
        if sentence.from_user is not False:
            continue
        text = sentence.text
        start: datetime | None = None
        same = _SAME_TIME.search(text)
        if same is not None:
            raw = same.group("n")
            weeks = 1 if same.group("next") else int(_WORD_WEEKS.get(raw.lower(), 0) or raw)
            start = reference.replace(second=0, microsecond=0) + timedelta(weeks=weeks)
        elif _OFFER.search(text) or _BARE_SLOT.match(text):
            mentions = [m for m in find_dates(text, reference) if not m.past]
            slots = [m for m in mentions if m.has_day and m.has_time and m.value > reference]
            if len(slots) == 1:
                start = slots[0].value
            elif not slots:
                # "next Friday ... say 11:15": the day and the clock said apart.
                days = [m for m in mentions if m.has_day and not m.has_time]
                clocks = [m for m in mentions if m.has_time and not m.has_day]
                if len(days) == 1 and len(clocks) == 1:
                    moment = days[0].value.replace(
                        hour=clocks[0].value.hour, minute=clocks[0].value.minute
                    )
                    start = moment if moment > reference else None
        if start is not None and _agreed(sentences, index):
            title = _named_by_treatment(title, sentences[: index + 1])
            return [
                Event(title=title, description=text.strip()[:500], start=start,
                      duration_minutes=minutes)
            ]  # fmt: skip
    return []


def with_forwarded(document: Document) -> Document:
    """An e-mail forwarded to the user ("Can you take this one?", "this came for
    you"): the forwarded message's plans are the user's, read after the note."""
    if document.kind != "email" or not document.quotes or not document.quotes[0].forwarded:
        return document
    if document.user_sent or len(document.sentences) > 8:
        return document
    if not any(_HAND_OFF.search(s.text) for s in document.sentences):
        return document  # a notice that merely quotes an older message
    forwarded = [s for s in document.quoted if s.quote == 1]
    if not forwarded:
        return document
    return replace(document, sentences=[*document.sentences, *forwarded])


_HAND_OFF = re.compile(r"\byou(?:r|'ll|'d|'re)?\b|\bfyi\b|\bplease\b|\bpls\b|\bcan\s+u\b", re.I)
# "Grade 4 will visit the museum", "7th graders will tour the plant": an outing of
# a class, announced to its families, not the reader's own plan.
_CLASS_OUTING = re.compile(
    r"(?:^|[,;:]\s*)(?:all\s+|our\s+|the\s+)?"
    r"(?:grade\s+\d+|year\s+\d+|\d+(?:st|nd|rd|th)[- ]graders?"
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]graders|students|pupils"
    r"|(?:the\s+)?class(?:es)?)\b[^.!?]{0,30}?\s+will\s+"
    r"(?:visit|tour|travel|go|take\s+a\s+trip)\b",
    re.I,
)


def class_outing(description: str) -> bool:
    return bool(_CLASS_OUTING.search(description.strip()))
