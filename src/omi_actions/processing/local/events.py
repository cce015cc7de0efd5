"""Calendar events: a plan (dinner, meeting, flight...) with a future date and time.

Plans are often pinned down over several turns ("game night saturday?" ...
"next one, the 21st, 7pm"), so events are built from *frames*: a sentence that
names a plan opens a frame with whatever day and time it states; the next few
sentences that only give a day or a time refine it; a reply that declines
("I can't") drops it. A frame becomes an event when it has a day and a clock
time (or is a multi-day plan such as a trip), the date is not in the past and
the plan is not told in the past tense.

This module runs the frames over the sentences; how a later sentence refines, moves
or offers slots for the open frame lives in ``event_refining``, how a frame is opened
in ``event_openers`` and the tidying of the finished list in ``event_tidy``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from omi_actions.processing.local.dates import DateMention
from omi_actions.processing.local.event_context import not_the_users
from omi_actions.processing.local.event_dates import (
    _VAGUE_DAY,
    _anchored,
    _apply,
    _find_dates,
    _usable,
)
from omi_actions.processing.local.event_declines import (
    _CANCELLED_SINCE,
    _COUNTER_OFFER,
    _DECLINE,
    _FUTURE,
    _NARRATED,
    _PAST,
    _TOPIC_SHIFT,
    _answers_other_question,
    _without_side_question,
    asked_if_done,
    handed_over,
    straight,
    wished_ahead,
    worded_gap,
)
from omi_actions.processing.local.event_finish import _finish
from omi_actions.processing.local.event_followup import (
    class_outing,
    followup_events,
    with_forwarded,
)
from omi_actions.processing.local.event_frame import _FRAME_WINDOW, _Frame
from omi_actions.processing.local.event_frame import DEFAULT_DURATION as DEFAULT_DURATION
from omi_actions.processing.local.event_frame import duration_of as duration_of
from omi_actions.processing.local.event_holidays import holiday_in
from omi_actions.processing.local.event_itinerary import itinerary_events
from omi_actions.processing.local.event_openers import _open_frame
from omi_actions.processing.local.event_plans import _plan_of
from omi_actions.processing.local.event_refining import (
    _MOVE_ASK,
    _another_slot,
    _made_next,
    _offer,
    _pick,
    _refines,
    _same_plan,
    _still_talked_about,
)
from omi_actions.processing.local.event_subject import subject_event
from omi_actions.processing.local.event_tidy import (
    _booked_route,
    _journey_checked_in,
    _without_repeats,
    already_past,
    demolition_titled,
    without_echoed_name,
)
from omi_actions.processing.local.event_times import _BARE_HOUR, _loose_clock
from omi_actions.processing.local.text import Document, Sentence
from omi_actions.processing.schemas import Event

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
        if (
            opened is not None
            and frame is not None
            and opened.plan == "Favour"
            and not mentions
            and not frame.past
            and index - frame.last <= 2
        ):
            # "the food drive after Sunday's service ... could you help sort donations?":
            # the help asked for is part of the plan just named.
            opened, refining = None, True
        # "Session with Dr. Lin today. ... Next session is August 12 at 4pm": the plan
        # named again with a day and time ahead is its next occurrence, not a refinement.
        next_occurrence = (
            opened is not None
            and frame is not None
            and frame.past
            and _same_plan(opened.plan, frame.plan)
            and _plan_of(text) is not None
            and not _PAST.search(text)
            and any(m.has_day and m.has_time and not m.past for m in mentions)
        )
        if next_occurrence:
            pass  # opened stays a frame of its own
        elif opened is not None and frame is not None and _refines(opened, frame, text, index):
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
                and worded_gap(sentences, frame.last, index) <= 2
            ):
                frame.declined = True  # "can't make it sat, it's my cousin's wedding"
            close()
            frame = opened
            frame.last = index
            # "Noah has his orthodontist Friday at nine, I'll take him": the plan is
            # someone else's, and so is the errand.
            frame.declined = handed_over(sentence.from_user, text)
            frame.past = bool(
                _PAST.search(_without_side_question(text))
                and not _FUTURE.search(straight(text))
                and not frame.future
                and not wished_ahead(straight(text))
            )
            if frame.past:
                spans = [(m.start, m.end) for m in mentions if m.past]
                frame.soft_past = asked_if_done(text) or all(
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
        if frame.declined and index - frame.last <= 2 and _COUNTER_OFFER.search(text):
            days = [m for m in mentions if m.has_day and not m.past and _usable(m, text)]
            if days and not _VAGUE_DAY.search(days[0].phrase):
                # "can't tomorrow, work thing." "how about friday?": moved, not refused.
                frame.declined = False
                frame.day, frame.last = days[0].value.date(), index
                if days[0].has_time:
                    frame.clock, frame.ambiguous = days[0].value.time(), days[0].ambiguous
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
        if handed_over(sentence.from_user, text) and worded_gap(sentences, frame.last, index) <= 2:
            frame.declined = True  # "who's picking Mum up Tuesday?" "I'll get her"
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
            and (frame.day is None or (frame.clock is None and not _PAST.search(text)))
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
    titled = subject_event(document, reference, events)
    if titled is not None:
        events.append(titled)  # "Re: Coffee this week?" ... "Thursday the 8th at 9:30?"
    events = [_journey_checked_in(e) for e in events]
    events = [_booked_route(e, document) for e in events]
    events = [
        without_echoed_name(demolition_titled(e)) for e in events if not already_past(e, reference)
    ]
    # An all-day event on the day of a timed one is the same plan said twice.
    timed = {e.start.date() for e in events if e.start.time() != time(0, 0)}
    events = [e for e in events if e.start.time() != time(0, 0) or e.start.date() not in timed]
    return _without_repeats(events)
