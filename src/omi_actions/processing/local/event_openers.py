"""Opening a frame: the sentences that name a plan (a plan noun, a visitor, an
invitation, a trip, a plan said only with a verb)."""

from __future__ import annotations

import re

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.event_context import played_team, someone_elses
from omi_actions.processing.local.event_dates import _VAGUE_DAY
from omi_actions.processing.local.event_declines import _CANCELLED, _PAST, _plan_stands
from omi_actions.processing.local.event_frame import _EPOCH, _Frame
from omi_actions.processing.local.event_headline import headline_plan
from omi_actions.processing.local.event_naming import _NAMES_NOT_PEOPLE
from omi_actions.processing.local.event_offers import (
    _MEET_WISH,
    _MINUTES_AWAY,
    _PROPOSED_TIME,
    _SLOT_OFFER,
    _earlier_plan,
)
from omi_actions.processing.local.event_plans import (
    _MODIFIER_STOP,
    _MULTI_DAY,
    _TASK_ABOUT_PLAN,
    _VISITOR_NOUN,
    _modifiers,
    _plan_of,
)
from omi_actions.processing.local.event_rescue import (
    SPELLED_AGE,
    job_visit,
    numeric_age,
    visit_purpose,
)
from omi_actions.processing.local.event_times import _loose_clock
from omi_actions.processing.local.event_titles import booked_venue, meal_for
from omi_actions.processing.local.text import Document, Sentence

_VISITOR = re.compile(
    r"\b(?P<who>plumber|electrician|technician|cleaner|cleaners|contractor|repairman|mechanic|"
    r"inspector|movers|handyman|exterminator|installer|nanny|babysitter|tutor|engineer|surveyor|"
    r"architect|assessor|appraiser|courier|locksmith|painter|roofer|gardener|landscaper|fitter|"
    r"(?<=boiler\s)man|(?<=gas\s)man|(?<=cable\s)guy|(?<=repair\s)(?:man|guy)|(?<=alarm\s)(?:man|guy))(?:['’]s)?\s+"
    r"(?:(?:(?:is|are|will\s+be|'s)\s+)?(?:coming|stopping\s+by|arriving|here)|"
    r"(?:can|will|'ll|could|is\s+going\s+to)\s+(?:come|stop\s+by|be\s+here|swing\s+by))\b",
    re.IGNORECASE,
)
# "the structural engineer is coming on site": the trade keeps its qualifier.
_VISITOR_QUALIFIER = re.compile(
    r"\b(?P<q>structural|electrical|gas|building|home|pest|tree|pool|solar|hvac|boiler|repair|alarm|"
    r"furnace|roofing|cable|internet|window|carpet)\s+$",
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
# A dated plan said with a verb rather than a noun ("see you Friday at 6",
# "we're going to the zoo Saturday", "the walkthrough is scheduled for ...").
_PLAN_VERB = re.compile(
    r"\b(?:see\s+you|let'?s\s+(?:meet|go|get\s+together|hang\s+out|grab|do)|"
    r"(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:going|heading|driving|flying)\s+(?:to|out)|"
    r"(?:is|are)\s+scheduled|(?:starts?|begins?|kicks?\s+off)\s+at|"
    r"meet(?:ing)?\s+(?:up|you|at|there|for)|come\s+over|stop\s+by|swing\s+by|"
    r"pick\s+you\s+up|hang\s+out|get\s+together|catch\s+up|come\s+in|dial\s+in|"
    r"(?:booked|reserved)\s+(?:(?:us\s+)?(?:a\s+table\s+)?at\s+)?(?:a\s+table|[A-Z][\w'-]+)|(?:hosting|throwing)\s+(?:a|an|my|our)|"
    r"scheduled\s+(?:(?:a|an|the|your)\s+[\w-]+\s+)?(?:for|on|at)|(?:signed|signing)\s+up\s+for|registered\s+for|"
    r"reminder\s+(?:of|for|about)\s+your)\b",
    re.IGNORECASE,
)
# The user travelling somewhere on a day ("I fly to Lisbon on the 26th", "we fly out on
# October 11th", "I'm off to Portugal on the 26th", "driving down to my parents' tomorrow").
_TRAVEL_GO = re.compile(
    r"\b(?i:i|we)(?i:'m|’m|'re|’re|\s+am|\s+are|'ll|’ll|\s+will)?\s+(?:also\s+)?"
    r"(?P<verb>fly(?:ing)?|flies|travel(?:l?ing)?|driv(?:e|ing)|head(?:ing)?|off|leav(?:e|ing)|"
    r"set(?:ting)?\s+off)\s+(?:out\s+|off\s+|down\s+|up\s+|over\s+|back\s+|home\s+)?"
    r"(?:(?:to|for)\s+(?P<where>(?:my\s+|our\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|"
    r"(?:my|our)\s+(?:parents|mum|mom|dad|folks|family|grandparents|in-laws|sister|brother)['’]?s?)|"
    r"(?<=out)\s|(?<=off)\s+(?=on\b))|"
    r"\b(?i:i|we)(?i:'re|’re|\s+are|'ll|’ll|\s+will)?\s+(?P<out>fly(?:ing)?\s+out|"
    r"(?:off|away)\s+on\s+(?:holiday|vacation))\b",
)
# Taking part in something named ("I'll be speaking at PyCon on Nov 7", "we're playing
# at the Crown on Saturday"): the user's own dated plan without a plan noun.
_TAKING_PART = re.compile(
    r"\b(?i:i'?ll\s+be|i\s+will\s+be|i'?m|i\s+am|we'?re|we\s+are|we'?ll\s+be)\s+"
    r"(?P<verb>(?i:speaking|presenting|performing|playing|exhibiting|volunteering|competing|"
    r"running|teaching|giving\s+a\s+talk))\s+(?i:at|in)\s+(?:the\s+)?"
    r"(?P<where>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3})"
)
_TAKING_PART_PLANS = {
    "speaking": "Talk", "presenting": "Presentation", "performing": "Performance",
    "playing": "Gig", "exhibiting": "Exhibition", "volunteering": "Volunteering",
    "competing": "Competition", "running": "Race", "teaching": "Class",
    "giving a talk": "Talk",
}  # fmt: skip
_GOING_TO = re.compile(
    r"\b(?:going|heading|driving|flying)\s+to\s+(?:the\s+)?(?P<where>[A-Za-z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
# A habit, not one calendar event ("on Tuesday evenings", "every Monday").
_RECURRING = re.compile(
    r"\b(?:every|each)\s+(?:day|week|month|morning|evening|night|other|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:mornings|evenings|nights|afternoons)\b",
    re.IGNORECASE,
)
_FOR_WHAT = re.compile(
    r"\bfor\s+(?:the\s+|a\s+|an\s+|your\s+|my\s+|our\s+)?"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:on|at|this|next|tomorrow|today|tonight)\b"
)
_SCHEDULED_SUBJECT = re.compile(
    r"\b(?:the|our|my|your)\s+(?P<what>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
    r"(?:is|are)\s+(?:scheduled|set|booked|planned|reserved)\b"
)
_PRONOUNS = frozenset("you me us him her them it this that everyone".split())
_REMINDER_OF = re.compile(
    r"\breminder\s+(?:of|for|about)\s+your\s+(?P<what>[\w&' -]{2,40}?)"
    r"(?=\s+(?:with|on|at|tomorrow|today|tonight|this|next)\b)",
    re.IGNORECASE,
)
_NOT_PLACES = frozenset(
    """bed sleep work school it that this be see do get have make take go meet pick""".split()
)


_TRAVEL_WORDS = re.compile(
    r"\b(?:booked|flights?|flying|fly|hotel|airbnb|hostel|resort|cabin|trip|vacation|holiday|"
    r"getaway|itinerary|check-?in|road\s+trip|travel(?:l?ing)?|visiting|staying)\b",
    re.IGNORECASE,
)
_DESTINATION = re.compile(
    r"\b(?:trip|flights?|fly(?:ing)?|travel(?:l?ing)?|going|heading|vacation|holiday|"
    r"getaway|visit(?:ing)?)\s+(?:back\s+)?(?:to|in)\s+(?P<a>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
    r"|^(?P<b>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:is|are)\s+(?:booked|confirmed|on|happening)\b"
)
_DAY_RANGE = re.compile(
    r"\d(?:st|nd|rd|th)?\s*(?:[-–—]|to|until|through|thru)\s*(?:the\s+)?\d", re.IGNORECASE
)


def _is_range(mentions: list[DateMention], text: str) -> bool:
    days = [m for m in mentions if m.has_day and not m.has_time]
    if any(m.until is not None and m.until > m.value for m in days):
        return True  # "the 3rd to the 9th", "3rd–9th March": one mention with its last day
    if any(_DAY_RANGE.search(m.phrase) for m in days):
        return True
    if len(days) >= 2:
        between = text[days[0].end : days[1].start]
        return bool(re.fullmatch(r"\s*(?:-|–|—|to|until|through|thru|and)\s*", between, re.I))
    return False


def _destination(document: Document, index: int) -> str | None:
    for sentence in document.sentences[max(0, index - 2) : index + 3]:
        match = _DESTINATION.search(sentence.text)
        if match is not None:
            place = match.group("a") or match.group("b")
            if place.split()[0] not in _NAMES_NOT_PEOPLE:
                return place
    return None


def _trip_frame(
    sentence: Sentence, index: int, document: Document, mentions: list[DateMention]
) -> _Frame | None:
    """A span of days with travel words around it is a trip ("Aug 21-25, flights booked")."""
    if not _is_range(mentions, sentence.text):
        return None
    near = " ".join(s.text for s in document.sentences[max(0, index - 1) : index + 2])
    if not _TRAVEL_WORDS.search(near):
        return None
    where = _destination(document, index)
    found = _plan_of(sentence.text)
    plan = found[0] if found is not None and found[0].split()[-1] in _MULTI_DAY else "Trip"
    title = f"{plan} to {where}" if where else plan
    return _Frame(plan, sentence, index, subject=title)


# "Training is Tuesdays 6-7:30pm, starting on the 28th": a series whose first day is said.
_SERIES_START = re.compile(
    r"\b(?:starting|starts|start|beginning|begins|begin|kicks?\s+off|commencing|from)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _first_of_series(text: str, mentions: list[DateMention]) -> bool:
    return any(
        m.has_day
        and not m.past
        and not _VAGUE_DAY.search(m.phrase)
        and _SERIES_START.search(text[max(0, m.start - 20) : m.start])
        for m in mentions
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
        return None  # "Ben: I'm out Monday, dentist", "he's at a wedding that Saturday"
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
        about = bool(
            (_TASK_ABOUT_PLAN.search(text[:start]) and not dated_for)
            or re.match(r"\W*(?:call|book|schedule|email|text)\b", text[found[2] :], re.I)
            or re.search(r"\b(?:due|deadline)\b", text, re.I)
        )
        return _Frame(plan, sentence, index, task_about_plan=about)
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


# "You're enrolled in Intro to Pottery", "I've enrolled in Beginners Spanish": a course.
_ENROLLED_IN = re.compile(
    r"\benroll?ed\s+(?:you\s+)?in\s+(?:the\s+)?(?P<what>[A-Z][\w'’&+-]*"
    r"(?:\s+(?:[A-Z0-9][\w'’&+-]*|to|of|and|for|in|&)){0,5})"
)
# The return leg said with the outbound one: "... and back on the 12th", "returning Sunday".
_AND_BACK = re.compile(
    r"(?:\band|\bthen|,)(?:\s+(?:and|then))?\s+(?:fly(?:ing)?\s+|com(?:e|ing)\s+|get(?:ting)?\s+)?"
    r"back\s+(?:on\s+)?(?:the\s+)?"
    r"(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"(?:\band|\bthen|,)(?:\s+(?:and|then))?\s+return(?:ing)?\s+(?:on\s+)?(?:the\s+)?"
    r"(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
_VOCATIVE = re.compile(r"^\W*(?P<name>[A-Z][a-z]+),\s")


def _addressed_to_another(sentence: Sentence, document: Document) -> bool:
    """Whether the turn opens by naming another speaker of the conversation ("Ben, ...")."""
    first = next((s for s in document.sentences if s.turn == sentence.turn), sentence)
    called = _VOCATIVE.match(first.text)
    if called is None:
        return False
    name = called.group("name")
    return any(
        s.speaker and s.speaker.split()[0] == name and s.from_user is False
        for s in document.sentences
    )


# Asked to take someone's shift: "could you cover his shift", "can you take my shift".
_ASKED_TO_COVER = re.compile(
    r"\b(?:could|can|would|will)\s+(?:you|u)\s+(?:possibly\s+|please\s+)?"
    r"(?:cover|take|work|do|pick\s+up)\b|\bif\s+you\s+could\s+(?:cover|take|work)\b",
    re.IGNORECASE,
)
# Another speaker and a third person, without the user: "Mark and I got invited".
_THEY_AND_I = re.compile(
    r"\b(?:[A-Z][a-z]+|(?i:he|she|my\s+\w+))\s+and\s+I\s+(?:got|were|are|have\s+been|'ve\s+been)"
    r"\s+invited\b"
)
# A plan noun said as a verb: "I'll scan and send them", "we need to test it".
_AS_A_VERB = re.compile(
    r"\b(?:i'?ll|we'?ll|you'?ll|i\s+will|we\s+will|i\s+can|we\s+can|to|gonna|let'?s|"
    r"please)\s+$",
    re.IGNORECASE,
)
_VERB_OBJECT = re.compile(
    r"\s+(?:and|it|them|those|these|this|that|a|an|my|your|his|her|our|their|"
    r"everything|all|out|up|over|through)\b",
    re.IGNORECASE,
)
# "the asado is on Saturday at mine", "Knit night is at Helen's Thursday at 7": a
# gathering named by whatever the host calls it.
_HOSTED = re.compile(
    r"(?:^|\b(?:the|our|my)\s+)(?P<what>[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+"
    r"(?:is|will\s+be|'s)\s+(?:on|at|this|next|tomorrow|tonight)\b"
)
_HOST_PLACE = re.compile(
    r"\bat\s+(?:mine|ours|my\s+(?:place|house|flat)|our\s+(?:place|house|flat)|"
    r"[A-Z][\w-]+['’]s(?:\s+(?:place|house|flat))?)(?!\w)"
)
# "Nana's 80th!": a birthday named by the age.
_ORDINAL_BIRTHDAY = re.compile(
    r"\b[A-Z][\w-]+['’]s\s+\d{1,3}(?:st|nd|rd|th)\b(?=\s*(?:[!.?,🎉]|$))|"
    r"\b(?:[A-Za-z][\w-]+['’]s|(?i:my|our|his|her|their|a\s+surprise))\s+"
    rf"(?:(?:[1-9]\d)(?:st|nd|rd|th)|(?i:{SPELLED_AGE}))\b"
    r"(?=\s+(?:is|will\s+be|party|bash|celebration|dinner|on|at|this|next)\b)"
)


# Going to office hours oneself ("I'll stop by office hours Thursday").
_ATTENDING = re.compile(
    r"\b(?:i'?ll|i\s+will|i'?m\s+going|i\s+am\s+going|we'?ll|let'?s|see\s+you|"
    r"meet\s+(?:me|you)|come\s+(?:to|by)|stop\s+by|swing\s+by|going\s+to|head(?:ing)?\s+to)\b",
    re.IGNORECASE,
)


# "are you still up for the ramen place on Saturday?": a meal out named by its venue.
_UP_FOR_VENUE = re.compile(
    r"\b(?:up|down|in|on)\s+for\s+(?:the|that|this)\s+(?P<what>[a-z][\w'-]*\s+"
    r"(?:place|spot|restaurant|joint|bistro|diner|cafe|café|bar|pub|grill|trattoria))\b",
    re.IGNORECASE,
)
# "can we rehearse the pitch on Tuesday at 5pm?": a joint plan said with a verb.
_WE_VERB = re.compile(
    r"\b(?:can|could|shall|should|let'?s)\s+(?:we\s+)?(?P<verb>rehearse|practi[cs]e|study|"
    r"train|jam|run\s+through|go\s+over)\b",
    re.IGNORECASE,
)
_JOINT_PLANS = {
    "rehearse": "Rehearsal", "practice": "Practice", "practise": "Practice",
    "study": "Study session", "train": "Training", "jam": "Jam session",
    "run through": "Run-through", "go over": "Review",
}  # fmt: skip
