"""Calendar events: a plan (dinner, meeting, flight...) with a future date.

A sentence yields an event when it has a resolvable, not-past date phrase and
names a kind of plan, and is not told in the past tense ("we had dinner on
Friday"). The title is the plan's kind plus who it is with or where it goes
("Dinner with Alex", "Appointment with Dr. Smith", "Flight to Paris").
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.text import Document, Sentence
from omi_actions.processing.schemas import Event

# Plan nouns -> title word. Order matters: the first found in a sentence wins.
_PLANS: dict[str, str] = {
    "appointment": "Appointment", "appt": "Appointment", "checkup": "Checkup",
    "check-up": "Checkup", "interview": "Interview", "flight": "Flight", "dinner": "Dinner",
    "lunch": "Lunch", "breakfast": "Breakfast", "brunch": "Brunch", "coffee": "Coffee",
    "drinks": "Drinks", "meeting": "Meeting", "standup": "Standup", "stand-up": "Standup",
    "call": "Call", "zoom": "Call", "party": "Party", "birthday": "Birthday", "wedding": "Wedding",
    "concert": "Concert", "show": "Show", "movie": "Movie", "movies": "Movie", "game": "Game",
    "match": "Match", "class": "Class", "lecture": "Lecture", "exam": "Exam", "test": "Test",
    "quiz": "Quiz", "presentation": "Presentation", "demo": "Demo", "review": "Review",
    "conference": "Conference", "workshop": "Workshop", "webinar": "Webinar",
    "session": "Session", "practice": "Practice", "rehearsal": "Rehearsal", "recital": "Recital",
    "date": "Date", "trip": "Trip", "hike": "Hike", "run": "Run", "workout": "Workout",
    "gym": "Gym session", "yoga": "Yoga", "haircut": "Haircut", "dentist": "Dentist appointment",
    "doctor": "Doctor appointment", "surgery": "Surgery", "therapy": "Therapy session",
    "vet": "Vet appointment", "reservation": "Reservation", "check-in": "Check-in",
    "playdate": "Playdate", "sync": "Sync", "1:1": "1:1", "one-on-one": "One-on-one",
    "kickoff": "Kickoff", "deadline": "Deadline", "ceremony": "Ceremony",
    "funeral": "Funeral", "graduation": "Graduation", "barbecue": "Barbecue", "bbq": "Barbecue",
    "picnic": "Picnic", "visit": "Visit", "tour": "Tour", "viewing": "Viewing",
    "open house": "Open house", "hangout": "Hangout", "get-together": "Get-together",
    "catch-up": "Catch-up", "festival": "Festival", "tournament": "Tournament",
    "massage": "Massage", "lesson": "Lesson", "training": "Training", "shift": "Shift",
    "service": "Service", "reunion": "Reunion", "celebration": "Celebration",
}  # fmt: skip
# Verbs that make a dated sentence a plan even without a plan noun.
_PLAN_VERBS = re.compile(
    r"\b(?:meet(?:ing)?\s+(?:up|you|with|at)?|see\s+you|come\s+over|pick\s+(?:you|me)\s+up|"
    r"fly(?:ing)?\s+(?:to|out)|leav(?:e|ing)\s+for|head(?:ing)?\s+to|visit(?:ing)?|"
    r"hang(?:ing)?\s+out|get\s+together|catch\s+up|grab)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:went|had|was|were|did|met|saw|ate|came|got back|finished|attended|enjoyed|"
    r"loved|visited|yesterday|last\s+(?:night|week|weekend|month|year|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|ago)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|going to|gonna|let'?s|would you|want to|wanna|shall|can we|could we|"
    r"are we|is (?:on|at|scheduled)|scheduled|booked|confirmed|planned|planning|upcoming|"
    r"next|see you|don'?t forget|remember|reminder|is set|starts?|begins?)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:cancel(?:led|ed)?|called off|not going|can'?t make|won'?t make)\b", re.I)
_WITH = re.compile(
    r"\bwith\s+(?P<who>(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
_TO = re.compile(r"\b(?:to|in|at)\s+(?P<where>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")
_DOCTOR = re.compile(r"\b(?P<who>Dr\.?\s+[A-Z][\w'-]+)")
_DURATION = re.compile(
    r"\bfor\s+(?:about\s+|around\s+)?(?P<n>an?|one|two|three|half an|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?)\b"
    r"|\bfrom\s+(?P<a>\d{1,2}(?::\d{2})?)\s*(?P<ap>am|pm)?\s*(?:to|-|–|until|till)\s*"
    r"(?P<b>\d{1,2}(?::\d{2})?)\s*(?P<bp>am|pm)?",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "half an": 0.5}
DEFAULT_DURATION = 30


def _plan_of(text: str) -> str | None:
    lowered = text.lower()
    best: tuple[int, str] | None = None
    for word, title in _PLANS.items():
        match = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lowered)
        if match is not None and (best is None or match.start() < best[0]):
            best = (match.start(), title)
    return best[1] if best else None


def _clock_minutes(raw: str, ampm: str | None) -> int:
    hour, _, minute = raw.partition(":")
    h = int(hour) % 24
    if ampm and ampm.lower() == "pm" and h < 12:
        h += 12
    return h * 60 + int(minute or 0)


def duration_of(text: str) -> int:
    match = _DURATION.search(text)
    if match is None:
        return DEFAULT_DURATION
    if match.group("n"):
        count = match.group("n").lower()
        amount = _WORD_NUMBERS.get(count) or float(count)
        unit = match.group("unit").lower()
        minutes = amount * 60 if unit.startswith("h") else amount
        return max(5, min(int(minutes), 24 * 60))
    ampm = match.group("bp") or match.group("ap")
    start = _clock_minutes(match.group("a"), match.group("ap") or ampm)
    end = _clock_minutes(match.group("b"), ampm)
    if end <= start:
        end += 12 * 60 if end + 12 * 60 > start else 24 * 60
    return max(5, min(end - start, 24 * 60))


def _title(plan: str, sentence: Sentence, document: Document) -> str:
    text = sentence.text
    who = _WITH.search(text) or _DOCTOR.search(text)
    if who is not None and who.group("who").split()[0] not in ("The", "My", "Your", "Our"):
        return f"{plan} with {who.group('who')}"
    if plan == "Flight" or plan == "Trip":
        where = _TO.search(text)
        if where is not None:
            return f"{plan} to {where.group('where')}"
    speaker = sentence.speaker if sentence.from_user is False else None
    other = speaker or (document.sender if document.kind == "email" else None)
    if other and other.lower() not in ("me", "user"):
        return f"{plan} with {other}"
    return plan


def _is_plan(sentence: Sentence, mention: DateMention) -> str | None:
    text = sentence.text
    if mention.past or _NEGATED.search(text):
        return None
    if _PAST.search(text) and not _FUTURE.search(text):
        return None
    plan = _plan_of(text)
    if plan is None and _PLAN_VERBS.search(text) and mention.has_time:
        plan = "Meeting" if re.search(r"\bmeet", text, re.I) else "Plan"
    return plan


def extract_events(document: Document, reference: datetime) -> list[Event]:
    events: list[Event] = []
    seen: set[tuple[str, datetime]] = set()
    for sentence in document.sentences:
        mentions = find_dates(sentence.text, reference)
        if not mentions:
            continue
        # The most precise mention of the sentence: one with a time, else the first.
        mention = next((m for m in mentions if m.has_time and m.has_day), mentions[0])
        if not mention.has_day and not re.search(r"\b(?:tonight|today)\b", sentence.text, re.I):
            continue  # a bare "at 6pm" is rarely a calendar event by itself
        plan = _is_plan(sentence, mention)
        if plan is None:
            continue
        if mention.value < reference.replace(hour=0, minute=0, second=0, microsecond=0):
            continue
        title = _title(plan, sentence, document)
        key = (title.lower(), mention.value)
        if key in seen:
            continue
        seen.add(key)
        events.append(
            Event(
                title=title,
                description=sentence.text.strip()[:500],
                start=mention.value,
                duration_minutes=duration_of(sentence.text),
            )
        )
    return events
