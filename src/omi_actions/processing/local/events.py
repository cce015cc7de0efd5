"""Calendar events: a plan (dinner, meeting, flight...) with a future date and time.

Plans are often pinned down over several turns ("game night saturday?" ...
"next one, the 21st, 7pm"), so events are built from *frames*: a sentence that
names a plan opens a frame with whatever day and time it states; the next few
sentences that only give a day or a time refine it; a reply that declines
("I can't") drops it. A frame becomes an event when it has a day and a clock
time (or is a multi-day plan such as a trip), the date is not in the past and
the plan is not told in the past tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.grammar import TASK_VERBS
from omi_actions.processing.local.text import Document, Sentence
from omi_actions.processing.schemas import Event

# Plan nouns -> title word.
_PLANS: dict[str, str] = {
    "appointment": "Appointment", "appt": "Appointment", "checkup": "Checkup",
    "check-up": "Checkup", "physical": "Physical", "cleaning": "Cleaning",
    "follow-up": "Follow-up", "interview": "Interview", "flight": "Flight", "dinner": "Dinner",
    "lunch": "Lunch", "breakfast": "Breakfast", "brunch": "Brunch", "coffee": "Coffee",
    "drinks": "Drinks", "meeting": "Meeting", "standup": "Standup", "stand-up": "Standup",
    "call": "Call", "zoom": "Call", "party": "Party", "birthday": "Birthday",
    "wedding": "Wedding", "concert": "Concert", "show": "Show", "movie": "Movie",
    "game": "Game", "match": "Match", "class": "Class", "lecture": "Lecture", "exam": "Exam",
    "quiz": "Quiz", "presentation": "Presentation", "demo": "Demo", "review": "Review",
    "conference": "Conference", "workshop": "Workshop", "webinar": "Webinar",
    "session": "Session", "practice": "Practice", "rehearsal": "Rehearsal",
    "recital": "Recital", "date": "Date", "trip": "Trip", "vacation": "Vacation",
    "hike": "Hike", "run": "Run", "workout": "Workout", "yoga": "Yoga", "haircut": "Haircut",
    "dentist": "Dentist appointment", "doctor": "Doctor appointment", "surgery": "Surgery",
    "therapy": "Therapy session", "vet": "Vet appointment", "reservation": "Reservation",
    "check-in": "Check-in", "playdate": "Playdate", "sync": "Sync",
    "1:1": "1:1", "one-on-one": "One-on-one", "kickoff": "Kickoff", "kick-off": "Kickoff",
    "ceremony": "Ceremony", "funeral": "Funeral", "graduation": "Graduation",
    "barbecue": "Barbecue", "bbq": "Barbecue", "picnic": "Picnic", "visit": "Visit",
    "tour": "Tour", "viewing": "Viewing", "open house": "Open house", "hangout": "Hangout",
    "get-together": "Get-together", "catch-up": "Catch-up", "festival": "Festival",
    "tournament": "Tournament", "massage": "Massage", "lesson": "Lesson",
    "training": "Training", "shift": "Shift", "service": "Service", "reunion": "Reunion",
    "celebration": "Celebration", "offsite": "Offsite", "off-site": "Offsite",
    "all-hands": "All-hands", "housewarming": "Housewarming", "shower": "Shower",
    "critique": "Critique", "orientation": "Orientation", "tutoring": "Tutoring session",
    "flu shot": "Flu shot", "vaccination": "Vaccination", "screening": "Screening",
    "basketball": "Basketball", "soccer": "Soccer", "tennis": "Tennis", "football": "Football",
    "volleyball": "Volleyball", "golf": "Golf", "game night": "Game night",
    "movie night": "Movie night", "date night": "Date night", "retreat": "Retreat",
    "hearing": "Hearing", "closing": "Closing", "inspection": "Inspection",
    "consultation": "Consultation", "office hours": "Office hours",
    "parent-teacher": "Parent-teacher conference", "meetup": "Meetup", "meet-up": "Meetup",
    "race": "Race", "marathon": "Marathon", "performance": "Performance", "play": "Play",
    "exhibition": "Exhibition", "gala": "Gala", "fundraiser": "Fundraiser",
    "landing": "Flight landing", "lands": "Flight landing", "pickup": "Pickup",
    "summit": "Summit", "expo": "Expo", "fair": "Fair", "married": "Wedding",
    "drop-off": "Drop-off", "appointments": "Appointment", "conferences": "Conference",
}  # fmt: skip
_MULTI_DAY = frozenset(
    {"Trip", "Vacation", "Conference", "Festival", "Retreat", "Wedding", "Summit", "Expo", "Fair"}
)
_EVENING = frozenset(
    {"Dinner", "Drinks", "Party", "Concert", "Show", "Movie", "Game night", "Movie night",
     "Date night", "Date", "Housewarming", "Gala", "Birthday", "Hangout"}
)  # fmt: skip
# Nouns that are not plans in these contexts ("on call", "conference room").
_NOT_PLAN_CONTEXT = re.compile(
    r"\b(?:on\s+call|conference\s+room|meeting\s+room|date\s*:|due\s+date|start\s+date|"
    r"field\s+trip\s+permission|review\s+(?:it|them|this|that|the)|call\s+(?:us|me|him|her|them|"
    r"this|the|back|mom|dad)|game\s+plan|shift\s+(?:key|focus)|show\s+(?:me|you|us|him|her|them)|"
    r"run\s+(?:them|it|this|that|out|late|into|past|by)|"
    r"physical\s+therapy|ready\s+for\s+pick\s*-?up|"
    r"(?:call|email|text|contact|ask|pay|phone)\s+(?:the\s+|my\s+|your\s+)?(?:vet|doctor|dentist)|play\s+(?:it|with)|visit\s+(?:our|the\s+website))",
    re.IGNORECASE,
)
_VISITOR = re.compile(
    r"\b(?P<who>plumber|electrician|technician|cleaner|cleaners|contractor|repairman|mechanic|"
    r"inspector|movers|handyman|exterminator|installer|nanny|babysitter|tutor)\s+"
    r"(?:is|are|will\s+be|'s)\s+(?:coming|stopping\s+by|arriving|here)\b",
    re.IGNORECASE,
)
_INVITED_TO = re.compile(
    r"\binvit(?:ed|es|ing|ation)\s+(?:you\s+)?to\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+|his\s+|her\s+)?"
    r"(?P<what>[\w'’ -]{3,40}?)(?=\s*(?:[.,!@:(]|\bon\b|\bat\b|$))",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"\b(?:see\s+you\s+(?:again|next|then|on|at|in)|same\s+time\s+next|next\s+(?:time|session)|"
    r"let'?s\s+(?:meet|check\s+in|catch\s+up|talk|do\s+it|reconvene)|"
    r"(?:can|could|shall\s+we|we\s+could|want\s+to|wanna|i'?ll)\s+meet(?:\s+up)?)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:went|had|was|were|did|met|saw|ate|came|got\s+back|finished|attended|enjoyed|"
    r"loved|visited|yesterday|last\s+(?:night|week|weekend|month|year|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|ago)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|going\s+to|gonna|let'?s|would\s+you|want\s+to|wanna|shall|can\s+we|"
    r"could\s+we|are\s+we|is\s+(?:on|at|scheduled)|scheduled|booked|confirmed|planned|"
    r"planning|upcoming|next|see\s+you|don'?t\s+forget|remember|reminder|is\s+set|starts?|"
    r"begins?|moved\s+to|has\s+moved|tomorrow|tonight)\b",
    re.IGNORECASE,
)
_CANCELLED = re.compile(
    r"\b(?:cancel(?:led|ed)|called\s+off|postponed\s+indefinitely)\b", re.IGNORECASE
)
_DECLINE = re.compile(
    r"\b(?:i\s+can'?t|i\s+cannot|can'?t\s+make\s+it|won'?t\s+make\s+it|not\s+going|"
    r"no\s+thanks|i'?ll\s+pass|i'?m\s+out|not\s+this\s+time|rain\s+check|i'?m\s+busy)\b",
    re.IGNORECASE,
)
_RESCHEDULE = re.compile(r"\b(?:mov\w+|reschedul\w+|push\w*|chang\w+|shift\w*)\b", re.IGNORECASE)
_DEADLINE_LEAD = re.compile(
    r"\b(?:by|before|until|till|due(?:\s+(?:on|by))?|no\s+later\s+than|deadline\s+is)\s*$",
    re.IGNORECASE,
)
_SAME_TIME = re.compile(r"\bsame\s+time\b", re.IGNORECASE)
_WITH = re.compile(
    r"\bwith\s+(?P<who>(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
_NAMES_NOT_PEOPLE = frozenset(
    """The My Your Our His Her Their A An This That Me Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December""".split()
)
_TO = re.compile(r"\b(?:to|in)\s+(?P<where>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")
_DOCTOR = re.compile(r"\b(?P<who>Dr\.?\s+[A-Z][\w'-]+)")
_MODIFIER_STOP = frozenset(
    """a an the my your our his her their this that next last first our new same quick
    for to at in on of and or with is are was be it its any some every each just forget
    don't dont remember reminder about""".split()
)
_DURATION = re.compile(
    r"\bfor\s+(?:about\s+|around\s+)?(?P<n>an?|one|two|three|half\s+an|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?)\b"
    r"|\b(?:from\s+)?(?P<a>\d{1,2}(?::\d{2})?)\s*(?P<ap>am|pm)?\s*(?:to|-|–|until|till)\s*"
    r"(?P<b>\d{1,2}(?::\d{2})?)\s*(?P<bp>am|pm)\b",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "half an": 0.5}
DEFAULT_DURATION = 30
# How many following sentences may refine an open frame.
_FRAME_WINDOW = 4


@dataclass
class _Frame:
    plan: str
    sentence: Sentence
    index: int
    day: date | None = None
    clock: time | None = None
    ambiguous: bool = False
    duration: int = DEFAULT_DURATION
    declined: bool = False
    past: bool = False
    subject: str | None = None


# One alternation of every plan noun, longest first, so a sentence is scanned once.
_PLAN_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted(_PLANS, key=lambda w: (-len(w), w)))
    + r")(?![\w-])"
)


def _plan_of(text: str) -> tuple[str, int, int] | None:
    """(title, start, end) of the plan noun in ``text``, preferring longer nouns."""
    lowered = text.lower()
    blocked: list[tuple[int, int]] | None = None
    best: tuple[str, int, int] | None = None
    for match in _PLAN_RE.finditer(lowered):
        start, end = match.span()
        if blocked is None:
            blocked = [m.span() for m in _NOT_PLAN_CONTEXT.finditer(lowered)]
        if any(a <= start < b for a, b in blocked):
            continue
        before = lowered[max(0, start - 12) : start]
        if re.search(r"\b(?:before|after)\s+(?:the\s+)?$", before):
            continue
        if best is None or (end - start) > (best[2] - best[1]):
            best = (_PLANS[match.group(0)], start, end)
    return best


def _modifiers(text: str, start: int) -> str:
    """Up to two words before the plan noun that qualify it ("team offsite")."""
    words = re.findall(r"[\w'’-]+", text[:start])[-2:]
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in _MODIFIER_STOP or word.lower() in TASK_VERBS or not word[:1].isalpha():
            break
        if re.fullmatch(
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?", word, re.I
        ):
            break
        kept.insert(0, word)
    return " ".join(kept)


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
        count = re.sub(r"\s+", " ", match.group("n").lower())
        amount = _WORD_NUMBERS.get(count) or float(count)
        unit = match.group("unit").lower()
        minutes = amount * 60 if unit.startswith("h") else amount
        return max(5, min(int(minutes), 24 * 60))
    ampm = match.group("bp") or match.group("ap")
    start = _clock_minutes(match.group("a"), match.group("ap") or ampm)
    end = _clock_minutes(match.group("b"), ampm)
    if end <= start:
        return DEFAULT_DURATION
    return max(5, min(end - start, 24 * 60))


def _person(sentence: Sentence, document: Document) -> str | None:
    who = _WITH.search(sentence.text) or _DOCTOR.search(sentence.text)
    if who is not None and who.group("who").split()[0] not in _NAMES_NOT_PEOPLE:
        return who.group("who")
    if sentence.from_user is False and sentence.speaker:
        return sentence.speaker
    if document.kind == "email" and document.sender:
        return document.sender
    others = document.others()
    if len(others) == 1 and document.kind in ("chat", "transcript"):
        return others[0]
    return None


def _title(frame: _Frame, document: Document) -> str:
    if frame.subject:
        return frame.subject
    text = frame.sentence.text
    plan = frame.plan
    if plan in ("Flight", "Trip", "Vacation"):
        where = _TO.search(text)
        if where is not None and where.group("where").split()[0] not in _NAMES_NOT_PEOPLE:
            return f"{plan} to {where.group('where')}"
    person = _person(frame.sentence, document)
    if person is None and re.search(
        r"appointment|checkup|check-up|cleaning|physical|follow-up", plan, re.I
    ):
        # A medical plan is with the doctor the text names, wherever it names them.
        doctor = _DOCTOR.search(document.body) or _DOCTOR.search(document.subject or "")
        person = re.sub(r"(?:'s|’s)$", "", doctor.group("who")) if doctor else None
    if person and person.lower() not in ("me", "user", "i"):
        return f"{plan} with {person}"
    return plan


def _usable(mention: DateMention, text: str) -> bool:
    """A mention that can be an event's start (not a deadline, not the past)."""
    if mention.past:
        return False
    return not _DEADLINE_LEAD.search(text[: mention.start])


def _apply(frame: _Frame, mentions: list[DateMention], text: str, reference: datetime) -> None:
    usable = [m for m in mentions if _usable(m, text)]
    if not usable:
        return
    if (
        frame.day is not None
        and frame.clock is not None
        and frame.sentence.text != text
        and not any(m.has_time or re.search(r"\d", m.phrase) for m in usable)
    ):
        return  # a complete plan is not moved by a later, vaguer day ("tomorrow")
    if _RESCHEDULE.search(text) and len(usable) >= 1:
        clocks = [m for m in usable if m.has_time]
        days = [m for m in usable if m.has_day]
        if days:
            frame.day = days[-1].value.date()
        if clocks:
            last = clocks[-1]
            frame.clock, frame.ambiguous = last.value.time(), last.ambiguous
        return
    # Explicit month-day beats a relative day said earlier ("in two weeks" ... "Nov 10").
    days = [m for m in usable if m.has_day]
    if days:
        explicit = [m for m in days if re.search(r"\d", m.phrase)]
        frame.day = (explicit or days)[0].value.date()
    clocks = [m for m in usable if m.has_time]
    if clocks:
        frame.clock, frame.ambiguous = clocks[0].value.time(), clocks[0].ambiguous
    elif _SAME_TIME.search(text):
        frame.clock = reference.astimezone(UTC).time().replace(second=0, microsecond=0)
    frame.duration = duration_of(text) if frame.duration == DEFAULT_DURATION else frame.duration


def _open_frame(sentence: Sentence, index: int, document: Document) -> _Frame | None:
    text = sentence.text
    if _CANCELLED.search(text):
        return None
    visitor = _VISITOR.search(text)
    if visitor is not None:
        return _Frame(f"{visitor.group('who').capitalize()} visit", sentence, index)
    invited = _INVITED_TO.search(text)
    if invited is not None:
        what = invited.group("what").strip()
        return _Frame(
            what[:1].upper() + what[1:], sentence, index, subject=what[:1].upper() + what[1:]
        )
    found = _plan_of(text)
    if found is not None:
        title, start, _ = found
        modifiers = _modifiers(text, start)
        plan = f"{modifiers} {title.lower()}".strip() if modifiers else title
        plan = plan[:1].upper() + plan[1:]
        return _Frame(plan, sentence, index)
    if _FOLLOW_UP.search(text):
        return _Frame(
            "Follow-up" if re.search(r"see\s+you", text, re.I) else "Meeting", sentence, index
        )
    return None


def _finish(frame: _Frame, document: Document, reference: datetime) -> Event | None:
    if frame.declined or frame.past or frame.day is None:
        return None
    if frame.clock is None:
        all_day = bool(re.search(r"\ball[- ]day\b", frame.sentence.text, re.I))
        if frame.plan.split()[-1].capitalize() not in _MULTI_DAY and not all_day:
            return None
        clock = time(0, 0)
    else:
        clock = frame.clock
        if (
            frame.ambiguous
            and clock.hour < 12
            and frame.plan.split()[-1].capitalize() in {p.split()[-1] for p in _EVENING}
        ):
            clock = clock.replace(hour=clock.hour + 12)
    start = datetime.combine(frame.day, clock).replace(tzinfo=UTC)
    if start < reference - timedelta(hours=1):
        return None
    return Event(
        title=_title(frame, document)[:120],
        description=frame.sentence.text.strip()[:500],
        start=start,
        duration_minutes=frame.duration,
    )


def extract_events(document: Document, reference: datetime) -> list[Event]:
    events: list[Event] = []
    frame: _Frame | None = None
    sentences = document.sentences

    def close() -> None:
        nonlocal frame
        if frame is not None:
            event = _finish(frame, document, reference)
            if event is not None and not any(
                e.start == event.start and e.title.lower() == event.title.lower() for e in events
            ):
                events.append(event)
        frame = None

    for index, sentence in enumerate(sentences):
        text = sentence.text
        mentions = find_dates(text, reference)
        opened = _open_frame(sentence, index, document)
        if (
            opened is not None
            and frame is not None
            and opened.plan in ("Follow-up", "Meeting")
            and _plan_of(text) is None
            and index - frame.index <= _FRAME_WINDOW
        ):
            opened = None  # "see you at the trailhead tomorrow" refines the open plan
        if opened is not None:
            close()
            frame = opened
            frame.past = bool(_PAST.search(text) and not _FUTURE.search(text))
            _apply(frame, mentions, text, reference)
            continue
        if frame is None:
            continue
        if index - frame.index > _FRAME_WINDOW:
            close()
            continue
        if (
            sentence.from_user is not False
            and _DECLINE.search(text)
            and sentence.turn != frame.sentence.turn
        ):
            frame.declined = True
            continue
        if mentions:
            _apply(frame, mentions, text, reference)
    close()
    return events
