"""Plans named only by what people call them, at the head of a message.

Group chats and notes name a plan in a word or two and then its day and time:
"Raid moved to Sunday 20:00", "5-a-side Wednesday 19:00?", "Pub quiz Thursday 8pm".
The plan noun may be one no word list knows; what matters is the shape: a short
noun phrase opening the sentence, then (after "is", "moved to", "on"...) a day with
a clock time.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.dates import DateMention

# What may stand between the plan's name and its day: "is", "moved from saturday to".
_LINK = re.compile(
    r"(?P<moved>\s+(?:is\s+|has\s+been\s+|now\s+|got\s+)?(?:moved|pushed|changed|rescheduled)"
    r"(?:\s+(?:back|forward))?(?:\s+from)?(?:\s+to)?)?"
    r"(?:\s+(?:on|at|this|next))?\s*(?P<colon>:)?\s*$",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"^\W*(?:(?:the|our|my)\s+)?(?P<what>[A-Za-z0-9][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,2})$"
)
# Words that start a clause, not a plan's name ("I'm free Friday 6pm", "see you Sun 10am").
_NOT_A_NAME = frozenset(
    """i i'm im i'll ill i've i'd we we're we'll you you're you'll he she they it it's its
    that this these those there here what when where which who how why can could would
    should shall will won't can't are is was were do does did don't see call text ring
    email message ok okay yes yeah yep no nope sure hi hey hello and but so also maybe
    then just sorry thanks thank please or if because free busy back home leaving
    arriving done due deadline by before until till around about from to on at for in
    with let's lets how's what's when's tomorrow today tonight morning afternoon
    evening night every each any some all next this last lovely right great perfect cool
    awesome fine nice good brilliant outbound return inbound departs departure arrives
    arrival check-out checkout check-in ends closes opens starts starting get got""".split()
)


# A verb where the name should be: "Sara's doing QA", "Priya signed off".
_VERB_FORM = re.compile(
    r"['’]s$|^\w{3,}(?<!e)ed$|^(?:doing|going|coming|getting|having|making|taking|leaving|"
    r"arriving|working|looking|thinking|wondering|hoping)$"
)


def headline_plan(text: str, mentions: list[DateMention], speakers: list[str]) -> str | None:
    """The plan's name when the sentence opens with it and then gives a day and a time."""
    first = min(mentions, key=lambda m: m.start, default=None)
    if first is None or first.past:
        return None
    if not any(m.has_day and m.has_time and not m.past for m in mentions):
        return None
    head = re.sub(r"\s+", " ", text[: first.start])
    if len(head) > 80:
        return None  # a name of three words and "moved from ... to": never this long
    link = _LINK.search(head)
    if link is None:
        return None
    # Only the shapes of a plan announced or proposed: "Plant sale: Sat 9am", "Raid
    # moved to Sunday 20:00", "5-a-side Wednesday 19:00?".
    if not (link.group("moved") or link.group("colon") or text.rstrip().endswith("?")):
        return None
    name = _NAME.match(head[: link.start()])
    if name is None:
        return None
    what = name.group("what")
    words = what.lower().split()
    if any(w.strip("'’") in _NOT_A_NAME or _VERB_FORM.search(w) for w in words):
        return None  # "Lovely, Tuesday at 4:15", "Sara's doing QA Friday 3pm"
    if what in speakers or what.split()[0] in speakers:
        return None  # "Jamal Wednesday 7pm?": a person, not a plan
    if len(words) == 1 and what.istitle() and not re.search(r"[\d-]", what):
        if not link.group("moved") and not link.group("colon"):
            return None  # one capitalised word before a question may be whom it is for
    return what[:1].upper() + what[1:]
