"""Opening a frame: the sentences that name a plan (a plan noun, a visitor, an
invitation, a trip, a plan said only with a verb).

This module decides which opener applies; the phrasings it reads live in
``event_open_cues``, the checks that keep a sentence from opening a frame in
``event_open_guards`` and travel plans in ``event_trip_frames``.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.event_confirmed import confirmed_plan
from omi_actions.processing.local.event_context import played_team, someone_elses
from omi_actions.processing.local.event_dates import _VAGUE_DAY
from omi_actions.processing.local.event_declines import _CANCELLED, _PAST, _plan_stands
from omi_actions.processing.local.event_favours import favour_plan
from omi_actions.processing.local.event_frame import _EPOCH, _Frame
from omi_actions.processing.local.event_headline import headline_plan
from omi_actions.processing.local.event_offers import (
    _MEET_WISH,
    _MINUTES_AWAY,
    _PROPOSED_TIME,
    _SLOT_OFFER,
    _earlier_plan,
)
from omi_actions.processing.local.event_open_cues import (
    _ENROLLED_IN,
    _FOLLOW_UP,
    _FOR_WHAT,
    _GOING_TO,
    _HOST_PLACE,
    _HOSTED,
    _INVITED_TO,
    _JOINT_PLANS,
    _NOT_PLACES,
    _PLAN_VERB,
    _PRONOUNS,
    _REMINDER_OF,
    _SCHEDULED_SUBJECT,
    _TAKING_PART,
    _TAKING_PART_PLANS,
    _UP_FOR_VENUE,
    _VISITOR,
    _VISITOR_QUALIFIER,
    _WE_VERB,
    sitter_evening,
    trade_visit,
)
from omi_actions.processing.local.event_open_cues import _ORDINAL_BIRTHDAY as _ORDINAL_BIRTHDAY
from omi_actions.processing.local.event_open_guards import (
    _AS_A_VERB,
    _ASKED_TO_COVER,
    _ATTENDING,
    _RECURRING,
    _THEY_AND_I,
    _VERB_OBJECT,
    _addressed_to_another,
    _first_of_series,
)
from omi_actions.processing.local.event_plans import (
    _MODIFIER_STOP,
    _TASK_ABOUT_PLAN,
    _VISITOR_NOUN,
    _modifiers,
    _plan_of,
)
from omi_actions.processing.local.event_rescue import (
    job_visit,
    numeric_age,
    visit_purpose,
)
from omi_actions.processing.local.event_times import _loose_clock
from omi_actions.processing.local.event_titles import booked_venue, meal_for
from omi_actions.processing.local.event_trip_frames import _AND_BACK, _TRAVEL_GO, _trip_frame
from omi_actions.processing.local.text import Document, Sentence

# "(party is Thursday)", "it's on the 17th": a day said of the plan itself.
_PLAN_IS = re.compile(
    r"\b(?P<subj>[\w-]+)(?:'s|’s|\s+is)\s+(?:on\s+)?(?:this\s+|next\s+)?$", re.IGNORECASE
)


def _open_frame(
    sentence: Sentence, index: int, document: Document, mentions: list[DateMention]
) -> _Frame | None:
    text = sentence.text
    if _CANCELLED.search(text):
        return None
    if _RECURRING.search(text) and not _first_of_series(text, mentions):
        return None
    visitor = _VISITOR.search(text)
    if visitor is not None:
        who = visitor.group("who").lower()
        qualifier = _VISITOR_QUALIFIER.search(text[: visitor.start()])
        if qualifier is not None:
            who = f"{qualifier.group('q').lower()} {who}"
        return _Frame(f"{who[:1].upper()}{who[1:]} visit", sentence, index, visitor=True)
    trade = trade_visit(sentence.speaker, sentence.from_user, text, document.roles)
    if trade is not None:
        return _Frame(f"{trade} visit", sentence, index, visitor=True)
    sitter = sitter_evening(sentence.speaker, sentence.from_user, text)
    if sitter is not None:
        return _Frame(sitter, sentence, index, visitor=True)
    invited = _INVITED_TO.search(text)
    if (
        invited is not None
        and sentence.from_user is False
        and _THEY_AND_I.search(text)
        and not re.search(r"\b(?:you|your|yours|us)\b", text, re.IGNORECASE)
    ):
        return None  # "Sis: Mark and I got invited to a dinner": their evening, not the user's
    if invited is not None:
        what = invited.group("what").strip()
        return _Frame(
            what[:1].upper() + what[1:], sentence, index, subject=what[:1].upper() + what[1:]
        )
    enrolled = _ENROLLED_IN.search(text)
    if enrolled is not None and (
        _first_of_series(text, mentions)
        or (
            not _RECURRING.search(text)
            and any(m.has_day and not m.past and not _VAGUE_DAY.search(m.phrase) for m in mentions)
        )
    ):
        # "You're enrolled in Intro to Pottery: six Wednesdays starting 8 April": the course.
        what = enrolled.group("what").strip()
        course = what if _plan_of(what) is not None else f"{what} class"
        frame = _Frame("Class", sentence, index, subject=course)
        return frame
    trip = _trip_frame(sentence, index, document, mentions)
    if trip is not None:
        return trip
    found = _plan_of(text)
    if (
        found is not None
        and _AS_A_VERB.search(text[: found[1]])
        and _VERB_OBJECT.match(text, found[2])
    ):
        found = None  # "I'll scan and send them Friday": a task, not a scan
    job = job_visit(text)
    if (
        job is not None
        and (found is None or found[1] < job[1])
        and any(
            m.has_day and not m.past and not _VAGUE_DAY.search(m.phrase) and m.start > job[1]
            for m in mentions
        )
    ):
        # "the new unit came in, so we can install it Thursday between 8 and 10": the
        # installation is the plan.
        return _Frame(job[0], sentence, index, visitor=True, future=True)
    if found is not None and not _plan_stands(text, found[1]):
        return None
    if (
        found is not None
        and found[0].split()[-1] == "Shift"
        and _ASKED_TO_COVER.search(text)
        and not any(s.from_user for s in document.sentences)
    ):
        return None  # "could you cover his Saturday shift?" left unanswered: not agreed
    if (
        found is not None
        and re.search(r"\byour\s+(?:[\w'’-]+\s+)?$", text[: found[1]], re.I)
        and _addressed_to_another(sentence, document)
    ):
        return None  # "Dad: Ben, did you renew your passport? Your trip's in six weeks."
    if found is not None and someone_elses(text, found[1], found[0], sentence.from_user):
        # "Ben: I'm out Monday, dentist", "he's at a wedding that Saturday"; a plan
        # announced before it stands: "raid moved to sunday 20:00, half the guild is
        # at a wedding sat".
        before = [m for m in mentions if m.end <= found[1]]
        headline = headline_plan(text[: found[1]], before, document.speakers)
        return _Frame(headline, sentence, index) if headline is not None else None
    part = _TAKING_PART.search(text) if found is None else None
    if part is not None and any(
        m.has_day and not m.past and not _VAGUE_DAY.search(m.phrase) for m in mentions
    ):
        head = _TAKING_PART_PLANS[re.sub(r"\s+", " ", part.group("verb").lower())]
        frame = _Frame(head, sentence, index, subject=f"{head} at {part.group('where')}")
        frame.plan = "Presentation" if head == "Talk" else head  # an all-day plan
        return frame
    travel = _TRAVEL_GO.search(text) if found is None else None
    own = sentence.from_user is True or (sentence.from_user is None and not sentence.speaker)
    if travel is not None and (own or travel.group(0)[:2].lower() == "we"):
        if any(
            m.has_day
            and not m.past
            and not _VAGUE_DAY.search(m.phrase)
            and m.start > travel.start()
            for m in mentions
        ):
            verb = (travel.group("verb") or travel.group("out")).lower()
            # "we fly out October 30th and back November 12th": the whole trip.
            flying = verb.startswith(("fl", "flies")) and not _AND_BACK.search(text)
            return _Frame("Flight" if flying else "Trip", sentence, index)
    if found is not None and found[0] == "Office hours" and not _ATTENDING.search(text):
        return None  # a lecturer's office hours are open to all, not the user's plan
    if found is None and any(m.has_day and m.has_time and not m.past for m in mentions):
        hosted = _HOSTED.search(text)
        if (
            hosted is not None
            and _HOST_PLACE.search(text)
            and not find_dates(hosted.group("what"), _EPOCH)
            and hosted.group("what").split()[0].lower() not in _MODIFIER_STOP | _PRONOUNS
        ):
            what = hosted.group("what")
            return _Frame(what[:1].upper() + what[1:], sentence, index)
    aged = _ORDINAL_BIRTHDAY.search(text) if found is None else None
    if aged is not None and not any(m.past for m in mentions):
        age = re.sub(r"(?i)^a\s+surprise", "Surprise", numeric_age(aged.group(0)))
        return _Frame("Birthday", sentence, index, subject=f"{age} birthday")
    if found is None and any(m.has_day and not m.past for m in mentions):
        team = played_team(text)
        if team is not None:
            return _Frame("Game", sentence, index, subject=f"Game vs. {team}")
    if found is None:
        up_for = _UP_FOR_VENUE.search(text)
        if up_for is not None:
            frame = _Frame("Dinner", sentence, index)
            frame.venue = up_for.group("what")
            return frame
        joint = _WE_VERB.search(text)
        if joint is not None and any(m.has_time and not m.past for m in mentions):
            return _Frame(_JOINT_PLANS[joint.group("verb").lower()], sentence, index)
    if found is not None:
        title, start, _ = found
        modifiers = _modifiers(text, start)
        plan = f"{modifiers} {title.lower()}".strip() if modifiers else title
        caller = _VISITOR_NOUN.search(text[:start]) if title == "Visit" else None
        if caller is not None and not modifiers:
            plan = f"{caller.group(0).lower()} visit"  # "an adjuster will visit on Monday"
        plan = plan[:1].upper() + plan[1:]
        dated_for = any(
            re.search(r"\bfor\s+(?:the\s+)?$", text[: m.start]) for m in mentions if m.has_day
        )
        greeting = re.search(r"\bhappy\s+$", text[:start], re.IGNORECASE) is not None
        dated_as = not greeting and any(
            (said := _PLAN_IS.search(text[start : m.start])) is not None
            and (said.group("subj").lower() == "it" or _plan_of(said.group("subj")) is not None)
            for m in mentions
            if m.has_day and m.start > start
        )  # "buy a card for Jen (party is Thursday)": the party's own day
        about = bool(
            (_TASK_ABOUT_PLAN.search(text[:start]) and not dated_for and not dated_as)
            or re.match(r"\W*(?:call|book|schedule|email|text)\b", text[found[2] :], re.I)
            or re.search(r"\b(?:due|deadline)\b", text, re.I)
        )
        return _Frame(plan, sentence, index, task_about_plan=about)
    favour = favour_plan(sentence, document, index, mentions)
    if favour is not None:
        # "any chance you could help me move on Saturday?" ... "I'll be there at 9".
        return _Frame("Favour", sentence, index, subject=favour, future=True)
    confirmed = confirmed_plan(sentence, document, index, mentions)
    if confirmed is not None:
        return _Frame(confirmed, sentence, index, future=True)  # "you're confirmed on the 09:15"
    slot = _SLOT_OFFER.search(text)
    if slot is not None and any(
        m.has_day and m.has_time and not m.past and not _MINUTES_AWAY.match(m.phrase)
        for m in mentions
    ):
        # "I can come Friday the 2nd at 8am", "we can see her today at 11:40": a time
        # offered for the plan talked about before.
        physical = bool(re.search(r"come|pop|be\s+(?:there|round|over)", slot.group(0), re.I))
        earlier = _earlier_plan(document, index, physical)
        purpose = visit_purpose(text[slot.end() :])
        if purpose is None:
            return _Frame(earlier, sentence, index)
        if earlier in ("Appointment", "Visit"):
            return _Frame(earlier, sentence, index, subject=purpose)
        return _Frame(earlier, sentence, index, subject=f"{earlier} to {purpose.lower()}")
    verb = _PLAN_VERB.search(text)
    if verb is not None and not _FOLLOW_UP.search(text):
        # Only a precise day and clock time makes a verb-only plan an event.
        timed = [m for m in mentions if m.has_time and not m.past]
        # "table's booked at Lucca for 8": a loose clock; the day may be said just before.
        loose = _loose_clock(text) if not timed and not any(m.past for m in mentions) else None
        if timed or (loose is not None and booked_venue(text) is not None):
            venue = booked_venue(text)
            if venue is not None:
                hour = timed[0].value.hour if timed else loose[0].hour if loose else 0
                ambiguous = timed[0].ambiguous if timed else True
                if ambiguous and hour < 12:
                    hour += 12 if hour < 11 else 0
                meal = meal_for(hour)
                return _Frame(meal, sentence, index, subject=f"{meal} at {venue}")
            going = _GOING_TO.search(text)
            where = going.group("where") if going else None
            if where and where.lower() not in _MODIFIER_STOP and where.lower() not in _NOT_PLACES:
                title = f"{where[:1].upper()}{where[1:]} visit"
                return _Frame(title, sentence, index)
            visitor_noun = _VISITOR_NOUN.search(text)
            if visitor_noun is not None:
                return _Frame(f"{visitor_noun.group(0).capitalize()} visit", sentence, index)
            named = _SCHEDULED_SUBJECT.search(text) or _REMINDER_OF.search(text)
            if named is not None and not find_dates(named.group("what"), _EPOCH):
                label = named.group("what").strip()
                return _Frame(label[:1].upper() + label[1:], sentence, index)
            what = _FOR_WHAT.search(text)
            if (
                what is not None
                and not find_dates(what.group("what"), _EPOCH)
                and what.group("what").split()[0].lower() not in _PRONOUNS
            ):
                label = what.group("what")
                return _Frame(label[:1].upper() + label[1:], sentence, index)
            return _Frame("Meetup", sentence, index)
        venue = booked_venue(text)
        if (
            venue is not None
            and loose is None
            and not any(m.past for m in mentions)
            and index + 1 < len(document.sentences)
            and any(
                m.has_day and m.has_time
                for m in find_dates(document.sentences[index + 1].text, _EPOCH)
            )
        ):
            # "I booked Osteria Rosa. Friday at eight.": the table's day and time follow.
            frame = _Frame("Reservation", sentence, index)
            frame.venue = venue
            return frame
    if (
        index > 0
        and _PROPOSED_TIME.search(text)
        and any(m.has_day and m.has_time and not m.past for m in mentions)
        and any(
            _MEET_WISH.search(before.text) and not _PAST.search(before.text)
            for before in document.sentences[max(0, index - 2) : index]
        )
    ):
        # "I'd like to meet in person. Would Thursday at 3:30 work?"
        return _Frame("Meeting", sentence, index)
    if _FOLLOW_UP.search(text):
        plan = "Follow-up" if re.search(r"see\s+you", text, re.I) else "Meeting"
        if re.search(r"\bcatch\s+up\b", text, re.I):
            plan = "Catch-up"
        return _Frame(plan, sentence, index)
    headline = headline_plan(text, mentions, document.speakers)
    if headline is not None:
        return _Frame(headline, sentence, index)  # "Raid moved to Sunday 20:00"
    return None
