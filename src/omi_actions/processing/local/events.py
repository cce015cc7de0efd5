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
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.event_context import not_the_users
from omi_actions.processing.local.event_dates import (
    _MONTH_WORD,
    _VAGUE_DAY,
    _anchored,
    _apply,
    _find_dates,
    _usable,
)
from omi_actions.processing.local.event_declines import (
    _CANCELLED_SINCE,
    _DECLINE,
    _FUTURE,
    _NARRATED,
    _PAST,
    _TOPIC_SHIFT,
    _answers_other_question,
    _without_side_question,
    straight,
    wished_ahead,
)
from omi_actions.processing.local.event_finish import _finish
from omi_actions.processing.local.event_followup import (
    class_outing,
    followup_events,
    with_forwarded,
)
from omi_actions.processing.local.event_frame import _EPOCH, _FRAME_WINDOW, _Frame
from omi_actions.processing.local.event_frame import DEFAULT_DURATION as DEFAULT_DURATION
from omi_actions.processing.local.event_frame import duration_of as duration_of
from omi_actions.processing.local.event_holidays import holiday_in
from omi_actions.processing.local.event_itinerary import itinerary_events
from omi_actions.processing.local.event_openers import _open_frame
from omi_actions.processing.local.event_options import Slot, choose, joined_by_or, offered
from omi_actions.processing.local.event_plans import _MULTI_DAY, _PLAN_PARTS, _plan_of
from omi_actions.processing.local.event_times import _BARE_HOUR, _loose_clock
from omi_actions.processing.local.text import Document, Sentence
from omi_actions.processing.schemas import Event


def _same_plan(a: str, b: str) -> bool:
    last = a.split()[-1].lower()
    if last == "day":  # "photo day", "sports day": the head noun says little
        return a.lower().endswith(b.lower()) or b.lower().endswith(a.lower())
    return last == b.split()[-1].lower()


def _refines(opened: _Frame, frame: _Frame, text: str, index: int) -> bool:
    """Whether a sentence that names a plan only adds to the open one."""
    gap = index - frame.index
    if opened.plan in ("Follow-up", "Meeting", "Meetup", "Catch-up") and _plan_of(text) is None:
        return gap <= _FRAME_WINDOW
    if gap > _FRAME_WINDOW + 2:
        return False
    if _same_plan(opened.plan, frame.plan) and gap <= _FRAME_WINDOW:
        return True  # the hike, then "see you at the trailhead": one hike
    if opened.plan in _PLAN_PARTS and frame.day is not None and frame.clock is None:
        return True  # "bake sale next Thursday" ... "drop-off 8:15": the sale's time
    if (
        frame.plan.split()[-1].capitalize() in _MULTI_DAY
        and frame.explicit_day
        and frame.clock is None
        and gap <= _FRAME_WINDOW
        and not any(
            m.has_time or re.search(rf"\d|{_MONTH_WORD}", m.phrase, re.I)
            for m in find_dates(text, _EPOCH)
        )
    ):
        return True  # "cabin booked for Oct 10" ... "groceries for Friday dinner": the trip
    # "the load test is Sunday 19:30 ... can you be on the bridge call?": an undated
    # plan in the same turn as a complete one is part of it.
    return (
        frame.day is not None
        and frame.clock is not None
        and opened.sentence.turn == frame.sentence.turn
        and opened.sentence.speaker == frame.sentence.speaker
        and not find_dates(text, _EPOCH)
        and gap <= 2
    )


# "Friday 7:30 dinner party" in a note, read as the speaker "Friday 7" saying "30 dinner".
_CLOCK_AS_SPEAKER = re.compile(r"(?:^|\s)\d{1,2}$")
# "Speaker 0: 11 at Maple?": a diarised speaker label, not a clock cut at its colon.
_SPEAKER_LABEL = re.compile(r"(?i)^(?:speaker|spk|person|participant|voice|guest)[\s_-]*\d+$")


def _unsplit_clock(sentence: Sentence, document: Document) -> Sentence:
    speaker = sentence.speaker
    if (
        speaker
        and _CLOCK_AS_SPEAKER.search(speaker)
        and not _SPEAKER_LABEL.match(speaker)
        and re.match(r"\d\d\b", sentence.text)
    ):
        from_user = True if document.kind in ("note", "text", "post") else None
        return replace(
            sentence, text=f"{speaker}:{sentence.text}", speaker=None, from_user=from_user
        )
    return sentence


_MOVE_ASK = re.compile(
    r"\b(?:can|could|would|shall)\s+(?:we|i|you)\s+(?:move|reschedule|change|push)\s+"
    r"(?:it|that|this|the\s+\w+)\b|\bneed\s+to\s+(?:move|reschedule)\b",
    re.IGNORECASE,
)


def _still_talked_about(frame: _Frame, index: int, text: str) -> bool:
    """A plan being moved is still the topic past the usual window: "can we move it?"
    ... "I have Wednesday the 30th at 4pm" ... "you're all set for the 30th at 4"."""
    if _MADE_IT.search(text) and index - frame.last <= 3 and not _plan_of(text):
        # "Hang on, they said mornings are bad. Let's make it Wednesday at 2."
        return bool(find_dates(text, _EPOCH))
    return frame.moving and index - frame.last <= 2 and bool(find_dates(text, _EPOCH))


def _made_next(frame: _Frame, index: int, sentences: list[Sentence]) -> bool:
    """The next sentence settles the plan anew ("Hang on. Let's make it Wednesday at 2")."""
    if index + 1 >= len(sentences):
        return False
    ahead = sentences[index + 1].text
    return bool(_MADE_IT.search(ahead)) and _still_talked_about(frame, index + 1, ahead)


# A new slot for the plan being settled: "let's make it 2", "make it Wednesday instead".
_MADE_IT = re.compile(r"\b(?:let'?s\s+make\s+it|make\s+it|let'?s\s+say)\b", re.IGNORECASE)


def _offer(frame: _Frame, mentions: list[DateMention], text: str, turn: int) -> None:
    """Keep the slots of "Wednesday at 7:30am, or Friday at 1pm" for the reply to pick."""
    if joined_by_or(mentions, text):
        frame.options = offered([m for m in mentions if _usable(m, text)])
        frame.options_turn = turn


_OR_LEAD = re.compile(r"^\W*(?:or|alternatively)\b", re.IGNORECASE)


def _another_slot(frame: _Frame, mentions: list[DateMention], sentence: Sentence) -> bool:
    """A sentence that opens with "Or" and offers another day and time for a timed plan
    adds a slot to choose from, rather than moving the plan."""
    text, turn = sentence.text, sentence.turn
    if frame.clock is None or not _OR_LEAD.match(text):
        return False
    if sentence.speaker != frame.sentence.speaker and turn != frame.options_turn:
        return False  # "Or the 10th?" from the other side is an answer, not a slot
    slots = offered([m for m in mentions if _usable(m, text)] * 2)[:1]
    if not slots or slots[0].day is None:
        return False
    current = Slot(frame.day, frame.clock, frame.ambiguous)
    frame.options = [*(frame.options or [current]), slots[0]]
    frame.options_turn = turn
    return True


def _pick(frame: _Frame, text: str, turn: int, index: int) -> bool:
    """Whether a reply picked or ruled out an offered slot ("4:15 works", "7:30 is
    too early"): the frame then holds the chosen slot."""
    if not frame.options or turn == frame.options_turn or index - frame.last > 3:
        return False
    chosen = choose(frame.options, text)
    if chosen is None:
        return False
    slot, frame.options = chosen
    if slot is not None:
        frame.day = slot.day or frame.day
        frame.clock, frame.ambiguous = slot.clock, slot.ambiguous
    frame.last = index
    return True


def extract_events(document: Document, reference: datetime) -> list[Event]:
    if not_the_users(document):
        return []  # a declined invitation, a promotion, a broadcast to its listeners
    document = with_forwarded(document)
    events: list[Event] = []
    frame: _Frame | None = None
    sentences = [_unsplit_clock(s, document) for s in document.sentences]

    def close() -> None:
        nonlocal frame
        if frame is not None:
            event = _finish(frame, document, reference)
            if event is not None and not any(
                e.start == event.start and e.title.lower() == event.title.lower() for e in events
            ):
                events.append(event)
        frame = None

    last_day: tuple[int, date] | None = None

    def _note_day(index: int, mentions: list[DateMention], text: str) -> None:
        nonlocal last_day
        days = [m for m in mentions if m.has_day and _usable(m, text)]
        if days and not _VAGUE_DAY.search(days[0].phrase):
            last_day = (index, days[0].value.date())

    for index, sentence in enumerate(sentences):
        text = sentence.text
        mentions = _find_dates(text, reference)
        if frame is not None and _pick(frame, text, sentence.turn, index):
            _note_day(index, mentions, text)
            continue
        opened = _open_frame(sentence, index, document, mentions)
        refining = False
        if (
            opened is not None
            and frame is not None
            and opened.visitor
            and frame.day is None
            and not frame.past
            and index - frame.last <= 2
        ):
            # "The annual gas safety check is due. The engineer can come on the 4th":
            # the visit is the plan just named.
            opened, refining = None, True
        if opened is not None and frame is not None and _refines(opened, frame, text, index):
            opened, refining = None, True  # "see you at the trailhead" refines the open plan
        elif (
            opened is not None
            and frame is not None
            and opened.plan == "Trip"
            and frame.day is None
            and not frame.past
            and index - frame.index <= 2
        ):
            # "FAMILY REUNION IS HAPPENING!! July 17-19 at the lake": the reunion's days.
            opened, refining = None, True
        if opened is not None:
            if (
                frame is not None
                and sentence.from_user is not False
                and sentence.turn != frame.sentence.turn
                and _DECLINE.search(straight(text))
                and index - frame.last <= 2
            ):
                frame.declined = True  # "can't make it sat, it's my cousin's wedding"
            close()
            frame = opened
            frame.last = index
            frame.past = bool(
                _PAST.search(_without_side_question(text))
                and not _FUTURE.search(straight(text))
                and not frame.future
                and not wished_ahead(straight(text))
            )
            if frame.past:
                spans = [(m.start, m.end) for m in mentions if m.past]
                frame.soft_past = all(
                    any(a <= p.start() < b for a, b in spans) for p in _PAST.finditer(text)
                )
            _apply(frame, mentions, text, reference)
            _offer(frame, mentions, text, sentence.turn)
            if frame.clock is None and not any(m.has_time for m in mentions):
                loose = _loose_clock(text)
                if loose is not None:
                    frame.clock, frame.ambiguous = loose
            holiday = holiday_in(text, reference.date())
            if holiday is not None and (frame.day is None or not frame.specific_day):
                # "Christmas Eve dinner at 6pm", "hosting Thanksgiving this year".
                frame.day, frame.specific_day = holiday[1], True
                frame.day_in_plan_sentence = frame.explicit_day = True
            if frame.day is None and frame.clock is not None and last_day is not None:
                # "Bake sale is next Thursday! ... Drop-off 8:15-8:45": the day said just before.
                if index - last_day[0] <= 2:
                    frame.day = last_day[1]
                    frame.specific_day = True
            _note_day(index, mentions, text)
            continue
        _note_day(index, mentions, text)
        if frame is None:
            continue
        if (
            not refining
            and sentence.bullet
            and frame.sentence.bullet
            and not any(m.start <= 2 for m in mentions)
            and _loose_clock(text[:12]) is None
        ):
            close()  # "- buy a card (party is Thursday)" / "- call the bank Monday": two items
            continue
        if _TOPIC_SHIFT.match(text) and sentence.turn != frame.sentence.turn:
            close()  # "Lastly, your promotion went through from July 1st": another topic
            continue
        if (
            index - frame.index > _FRAME_WINDOW
            and not refining
            and not _still_talked_about(frame, index, text)
            and not _made_next(frame, index, sentences)
        ):
            close()
            continue
        if _MOVE_ASK.search(text) and index - frame.last <= 2:
            frame.moving, frame.last = True, index  # "Actually, can we move it?"
        if (
            sentence.from_user is not False
            and _DECLINE.search(straight(text))
            and sentence.turn != frame.sentence.turn
            and not _answers_other_question(sentences, index, frame)
        ):
            frame.declined = True
            continue
        if index - frame.last <= 2 and _CANCELLED_SINCE.search(straight(text)):
            frame.declined = True  # "your work party's on Thursday?" "No, that got cancelled."
            continue
        if (
            index == frame.index + 1
            and sentence.speaker == frame.sentence.speaker
            and frame.day == reference.date()
            and _NARRATED.search(text)
            and not _FUTURE.search(straight(text))
        ):
            frame.past = True  # "great date tonight. We talked for hours": already over
        if frame.day is not None and frame.clock is None and not any(m.has_time for m in mentions):
            loose = _loose_clock(text)
            if loose is not None and (not mentions or any(m.has_day for m in mentions)):
                if mentions:
                    _apply(frame, mentions, text, reference)
                frame.clock, frame.ambiguous = loose
                frame.last = index
                continue
        if (
            not mentions
            and frame.day is not None
            and (frame.clock is None or (frame.soft_clock and index - frame.last <= 2))
        ):
            bare = _BARE_HOUR.match(text)
            if bare is not None and 1 <= int(bare.group(1)) <= 12:
                hour = int(bare.group(1))
                if frame.clock is not None and frame.clock.hour >= 12 and hour < 12:
                    # "tomorrow evening" ... "7 at the library?": 19:00.
                    frame.clock, frame.ambiguous = time(hour + 12, 0), False
                else:
                    frame.clock, frame.ambiguous = time(hour, 0), True
                frame.soft_clock = False
                frame.last = index
                continue
        if (
            frame.past
            and frame.soft_past
            and frame.day is None
            and any(m.has_day and m.has_time and not m.past for m in mentions)
        ):
            frame.past = False
        if mentions and _another_slot(frame, mentions, sentence):
            frame.last = index  # "I can do the 8th at 21:05. Or the 9th at 10:15."
            continue
        if mentions:
            anchored = _anchored(mentions, frame)
            explicit = frame.explicit_day and anchored != mentions
            had_day = frame.day is not None
            _apply(frame, anchored, text, reference)
            named = _plan_of(text)
            if (
                not had_day
                and frame.day is not None
                and (
                    (
                        index - frame.index <= 2
                        and sentence.turn == frame.sentence.turn
                        and named is None
                    )
                    # "Tickets for the show ..." ... "The show's June 27th": named again.
                    or (refining and named is not None and _same_plan(named[0], frame.plan))
                )
            ):
                # "Okay, the offsite. Let's lock it: Thursday the 24th, all day": the
                # same speaker dates the plan just named.
                frame.day_in_plan_sentence = True
            if (
                frame.clock is None
                and not any(m.has_time for m in mentions)
                and _plan_of(text) is None
            ):
                loose = _loose_clock(text)  # "pushing it to the 14th, around five"
                if loose is not None:
                    frame.clock, frame.ambiguous = loose
            if sentence.turn != frame.options_turn:
                frame.options = []  # the reply settled the day itself ("the 8th, please")
            _offer(frame, anchored, text, sentence.turn)
            frame.explicit_day = frame.explicit_day or explicit
            frame.last = index
    close()
    legs = itinerary_events(document, reference)
    if legs:
        # A listed leg is the journey; a plan read from the same line repeats it.
        said = {e.description for e in legs}
        events = legs + [e for e in events if e.description not in said]
    events = [e for e in events if not class_outing(e.description)]
    for extra in followup_events(document, reference):
        # A session booked at the end of a visit, unless read already.
        if not any(abs(e.start - extra.start) <= timedelta(hours=1) for e in events):
            events.append(extra)
    events = [_journey_checked_in(e) for e in events]
    events = [_booked_route(e, document) for e in events]
    # An all-day event on the day of a timed one is the same plan said twice.
    timed = {e.start.date() for e in events if e.start.time() != time(0, 0)}
    events = [e for e in events if e.start.time() != time(0, 0) or e.start.date() not in timed]
    return _without_repeats(events)


def _words(title: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", title.lower())) - {"the", "a", "an", "with", "at"}


def _without_repeats(events: list[Event]) -> list[Event]:
    """A plan read twice at the same start ("Flight", "Flight from Lisbon to Berlin"):
    the fuller title stays."""
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: -len(e.title)):
        words = _words(event.title)
        if not any(k.start == event.start and words <= _words(k.title) for k in kept):
            kept.append(event)
    return [e for e in events if any(e is k for k in kept)]


# "Check-in is now open for your flight BA 283 from ...": the flight is the plan.
_CHECK_IN_FOR = re.compile(
    r"(?i:\bcheck-?in\b[^.!?]*?\b(?:for|on)\s+your\s+(?P<mode>flight|train|ferry|sailing))"
    r"(?P<no>\s+[A-Z]{1,3}\s?\d{2,4}\b)?"
)


def _journey_checked_in(event: Event) -> Event:
    if not re.match(r"(?i)(?:online\s+)?check-?in\b", event.title):
        return event
    found = _CHECK_IN_FOR.search(event.description or "")
    if found is None:
        return event
    mode = found.group("mode").capitalize()
    mode = "Ferry" if mode == "Sailing" else mode
    return event.model_copy(update={"title": f"{mode}{found.group('no') or ''}"})


# "moved your reservation to the 07:42 service ... the service from Leeds to York": a
# booking of a journey whose route the text names.
_ROUTE = re.compile(
    r"\b(?P<mode>service|train|coach|bus|ferry)\s+from\s+"
    r"(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+to\s+"
    r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def _booked_route(event: Event, document: Document) -> Event:
    if event.title not in ("Reservation", "Booking"):
        return event
    found = _ROUTE.search(document.body[:5000])
    if found is None:
        return event
    mode = found.group("mode").capitalize()
    mode = "Train" if mode == "Service" else mode
    title = f"{mode} from {found.group('a')} to {found.group('b')}"
    return event.model_copy(update={"title": title[:120]})
