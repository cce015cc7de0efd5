"""Commitments: what the user says they will do ("I'll X", "I need to X",
"X I'll send tonight"), and casual promises accepting a request.
"""

from __future__ import annotations

import re

from omi_actions.processing.local import (
    action_rules,
    action_verbs,
    grammar,
)
from omi_actions.processing.local.action_context import _counterpart
from omi_actions.processing.local.action_phrasing import _ANY_REFERENCE, _LEADING_TIME
from omi_actions.processing.local.action_requests import _NOUN_SUBJECT
from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.text import Document, Sentence

_FRONTED = re.compile(
    r"^(?P<pro>those|that|this|it|these)\s+I(?:'ll|’ll| will)\s+(?P<verb>\w+)\b(?P<rest>.*)",
    re.IGNORECASE,
)
# "Rental figures I'll send tonight", "The forecast I'll put together this week": the
# object said first, the verb after it with nothing else for an object.
_FRONTED_NP = re.compile(
    r"^(?P<np>(?:(?:the|my|your|our|those|these|that|this)\s+)?[A-Za-z][\w'’-]+"
    r"(?:\s+[a-z][\w'’-]+){0,2})\s+I(?:'ll|’ll|\s+will)\s+"
    r"(?P<verb>[a-z]+(?:\s+(?:together|up|out|off|back|over|in|round|across))?)"
    r"(?P<rest>(?:\s+(?:to|for|by|on|at|in|tonight|today|tomorrow|this|next|later|first|asap|"
    r"before|after|when|once|over|back|up|off)\b.*)?[\s,.!]*(?:,.*)?)$"
)
# "I'll have it to you", "I'll have the slides over to Dana by Friday": a delivery.
_HAVE_TO = re.compile(
    r"^have\s+(?P<obj>it|them|that|those|(?:(?:the|my|our|a|an|some|your)\s+)?"
    r"(?!to\b)[\w'’-]+(?:\s+(?!to\b)[\w'’-]+){0,3}?)\s+(?:over\s+|back\s+)?to"
    r"(?=\s+(?:you|him|her|them|us)\b|\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_NOT_FRONTED = frozenset(
    """so then and but okay ok yes yeah sure fine maybe perhaps well anyway also tomorrow today
    tonight now first later actually right alright great cool thanks hopefully i think guess
    probably definitely otherwise if when once because though honestly""".split()
)
_DUE_THING = re.compile(
    r"^(?P<thing>(?:the\s+|my\s+|our\s+)?[a-z][\w -]{2,40}?)\s+(?:is|are)\s+due\s+"
    r"(?P<when>(?:on\s+|by\s+)?.+)$",
    re.IGNORECASE,
)
_MODAL = (
    r"(?:'ll|’ll| will| shall|'m going to| am going to|'m gonna| am gonna| need to| have to|"
    r" must| should| gotta| got to|'ve got to| have got to| plan to|'m planning to|"
    r" am planning to| promise to|'m supposed to| am supposed to| want to| wanna|"
    r" volunteered to| agreed to| offered to| promised to)"
)
_COMMITMENTS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\bI(?:\s+(?:still|really|also|just|definitely|actually|probably|then|now))?{_MODAL}"
        r"\s+(?P<task>.+)",
        r"\bwe(?:'ll| will| need to| have to| must| should| gotta|'re going to| are going to)"
        r"\s+(?P<task>.+)",
        r"^(?:(?:also|so|and|oh\s+and|plus|then|and\s+then|oh),?\s+)?"
        r"(?:need to|gotta|must|have to|got to|remember to|don'?t forget to|todo:?|to do:?)"
        r"\s+(?P<task>.+)",
        r"\bme\s+to\s+(?P<task>[a-z].+)",
        r"\b(?:suggested|recommended|advised|wants|wanted)\s+(?:that\s+)?I\s+(?:should\s+|to\s+)?"
        r"(?P<task>[a-z].+)",
        r"^(?:(?:ok|okay|sure|yes|yep|yeah|np|k|kk|no\s+problem)[,!.]?\s+)?will\s+"
        r"(?!do\b|be\b|see\b|try\b)(?P<task>[a-z].+)",
        r"(?:^(?:(?:ok|okay|sure|yes|yep|yeah)[,!.]?\s+)?|\b(?:but|and|so)\s+)I\s+can\s+"
        r"(?P<task>(?:" + "|".join(sorted(grammar.TASK_VERBS)) + r")\b(?!\s*,)(?!.*\bif\b).+)",
        r"\blet me\s+(?P<task>(?:check|send|look|find|ask|call|email|text|get back|confirm|"
        r"grab|book|pick|review|forward|share)\b.+)",
    )
)
# After "I'll", these verbs state a plan or a feeling, not a task.
_NOT_TASK_AFTER_I = re.compile(
    r"^(?:be\b|think|see\b|try\s+(?:it|that)|guess|bet|probably|never|always|miss|love|"
    r"let\s+you\s+know|keep\s+(?:you|that|it)|take\s+(?:it|that)\b|talk\s+to\s+you|see\s+you|"
    r"catch\s+you|get\s+going|head\s+out|go\s+now|sleep|eat|relax|pass|do\s+my\s+best|manage|"
    r"survive|live|die|need\b|want\b|like\b|say|tell\s+you|admit|agree|remember|stay|wait|"
    r"come\s+back|get\s+(?:there|home|back|ready))",
    re.IGNORECASE,
)


# "Sending you my share tonight", "ok, calling them tomorrow morning": a promise said as a
# bare progressive, dated so it is not a running commentary ("sending a pic lol").
_PROGRESSIVE = re.compile(
    r"^(?:(?:ok|okay|sure|yes|yep|yeah|will\s+do|no\s+worries|on\s+it)[,!.]*\s+)*"
    r"(?P<verb>sending|calling|booking|ordering|bringing|paying|transferring|emailing|texting|"
    r"buying|dropping|picking|grabbing|returning|submitting|posting|mailing|forwarding)"
    r"(?P<rest>\s+\S.*)$",
    re.IGNORECASE,
)
_SOON = re.compile(
    r"\b(?:tonight|tomorrow|today|later|this\s+(?:morning|afternoon|evening|weekend)|"
    r"first\s+thing|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|after\s+work|asap)\b",
    re.IGNORECASE,
)


# Bills to pay: "rent on the 1st" in a money note, "please pay online" in a billing mail.
_PAYABLE = re.compile(
    r"^(?:the\s+|my\s+)?(?P<x>(?:[a-z'’]+\s+){0,2}(?:rent|mortgage|tuition|taxes|tax\s+return|bill|"
    r"bills|invoice|premium|dues|fees?|deposit|installment|payment)|rent)\b",
    re.IGNORECASE,
)


def _commitment(
    clause: str, sentence: Sentence, document: Document, allow_imperative: bool
) -> str | None:
    text = clause.strip()
    if text.endswith("?") and not re.search(r"\bI(?:'ll| will)\b", text):
        return None
    if action_rules.is_wish(text):
        return None  # "maybe someday I should get a standing desk"
    fronted = _FRONTED.match(text)
    if fronted is not None:
        return f"{fronted.group('verb')} {fronted.group('pro')}{fronted.group('rest')}"
    fronted_np = _FRONTED_NP.match(text)
    if (
        fronted_np is not None
        and fronted_np.group("verb").split()[0] in grammar.TASK_VERBS
        and not {w.lower() for w in fronted_np.group("np").split()} & _NOT_FRONTED
        and not find_dates(fronted_np.group("np"), _ANY_REFERENCE)
    ):
        np = fronted_np.group("np")
        if np[1:2].islower():
            np = np[:1].lower() + np[1:]  # "The forecast" -> "the forecast"; "Sam" stays
            if np.split()[0] not in ("the", "my", "your", "our", "those", "these", "that", "this"):
                np = "the " + np
        task = f"{fronted_np.group('verb')} {np}{fronted_np.group('rest')}"
        return grammar.rewrite_commitment(grammar.trim_clause(task), None)
    for pattern in _COMMITMENTS:
        match = pattern.search(text)
        if match is None:
            continue
        task = grammar.strip_adverbs(match.group("task"))
        delivery = _HAVE_TO.match(task)
        if delivery is not None and (
            delivery.group("obj").lower() in ("it", "them", "that", "those")
            or _counterpart(document, sentence) is not None
        ):
            # "to you" among several speakers: who gets it is not known, and the ask
            # itself was taken up already.
            task = f"send {delivery.group('obj')} to{task[delivery.end() :]}"
        task = re.sub(r"^do\s+(dinner|lunch|breakfast)\b", r"make \1", task, flags=re.I)
        if _NOT_TASK_AFTER_I.match(task):
            return None
        task = grammar.trim_clause(task)
        return grammar.rewrite_commitment(task, _counterpart(document, sentence))
    progressive = _PROGRESSIVE.match(text) if sentence.from_user is True else None
    if progressive is not None and _SOON.search(progressive.group("rest")):
        # "sending you my share tonight": a promise with the subject left out.
        rest = progressive.group("rest")
        if _SOON.match(rest.strip()) or re.match(r"\s*(?:when|once|after|as\s+soon)\b", rest):
            rest = " it" + rest  # "transferring monday when payday hits": the thing asked for
        task = grammar.base_form(progressive.group("verb").lower()) + rest
        return grammar.rewrite_commitment(
            grammar.trim_clause(task), _counterpart(document, sentence)
        )
    if allow_imperative:
        due = _DUE_THING.match(grammar.strip_adverbs(text))
        if due is not None:
            # "Performance reviews are due end of next week" in the user's own notes.
            return f"complete {due.group('thing')} {due.group('when')}".strip()
        bare = re.sub(
            r"^(?:(?:ok(?:ay)?|so|um+|uh+|er+|right|alright)\W+)*"  # "okay so um, note to self"
            r"(?:todo|to-?do|(?:voice\s+)?(?:note|memo|reminder)\s+to\s+self|remind\s+me\s+to|"
            # "voting ends Friday, don't forget to go vote" in the user's own notes
            r"[^,;]{3,80}[,;]\s+(?:and\s+|so\s+)?(?:don'?t|do\s+not)\s+forget\s+to)"
            r"\s*[:,.-]?\s*",
            "",
            text,
            flags=re.I,
        )
        bare = re.sub(r"\s+re:\s+", " about ", bare, flags=re.IGNORECASE)  # "email X re: Y"
        label = re.match(r"^([\w' ]{1,25}):\s+(?=[a-z])", bare)
        if label is not None and label.group(1).split()[0].lower() not in grammar.TASK_VERBS:
            bare = bare[label.end() :]  # "Dentist first: book a ..."
        asked = re.match(r"^(?P<obj>[\w' ]{2,20})\?\s+(?P<verb>\w+)\b(?P<rest>.*)$", bare)
        if asked is not None and asked.group("verb").lower() in grammar.TASK_VERBS:
            bare = f"{asked.group('verb')} the {asked.group('obj')}{asked.group('rest')}"
        if re.match(r"^(?:maybe|perhaps|someday|possibly|ideally)\b", bare, re.IGNORECASE):
            return None  # "maybe try pottery": a wish, not a to-do
        bare = grammar.strip_adverbs(_LEADING_TIME.sub("", bare))
        if action_rules.is_conditional(bare, sentence.text) and not re.search(
            r",\s+and\s.*\bif\b|\bif\s+(?:you(?:'d|’d|\s+would)|you\s+(?:want|wish|plan))\b",
            bare,
            re.IGNORECASE,
        ):
            return None  # "give ibuprofen if the fever goes above 38.5": only if it happens
        first = bare.split(" ", 1)[0].lower().strip(",.!?:") if bare else ""
        payable = _PAYABLE.match(bare)
        if (
            payable is not None
            and (
                first not in grammar.TASK_VERBS
                or first in ("rent", "deposit")
                or _PAYABLE.match(bare.split(" ", 1)[-1]) is not None  # "water bill due ..."
            )
            and re.match(r"\s*(?:on|due|by|is|are|[,:-])", bare[payable.end() :])
            and find_dates(bare, _ANY_REFERENCE)
        ):
            return f"pay {bare}"  # "rent on the 1st" in a list of dated money chores
        if action_verbs.is_task_verb(first) and not _NOUN_SUBJECT.match(bare):
            other = _counterpart(document, sentence) if sentence.from_user is True else None
            return grammar.rewrite_commitment(bare, other)
    return None
