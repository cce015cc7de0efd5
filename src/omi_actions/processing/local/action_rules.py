"""Request forms of official and automated messages, and what is *not* a task.

Schools, landlords, clinics, insurers and banks rarely write "can you ...".
They address a group the user belongs to ("Parents should sign ..."), use the
passive ("Forms must be returned by Friday"), state that money is due ("Your
tuition balance is due on the 29th"), or offer reply codes ("Reply C to
confirm"). Marketing, wishes and contingencies ("To reschedule, call ...")
look like imperatives but ask nothing of the user.
"""

from __future__ import annotations

import re

from omi_actions.processing.local import grammar

# Conditions, ongoing advice and adverts live in their own module; callers use them from here.
from omi_actions.processing.local.action_conditions import (
    is_conditional as is_conditional,
)
from omi_actions.processing.local.action_conditions import (
    is_ongoing_advice as is_ongoing_advice,
)
from omi_actions.processing.local.action_conditions import (
    promo_sentences as promo_sentences,
)

_GROUP = (
    r"(?:students?|parents?|guardians?|families|residents?|tenants?|guests?|attendees?|"
    r"participants?|passengers?|travell?ers?|members?|patients?|players?|volunteers?|"
    r"everyone|everybody|all\s+of\s+you|each\s+(?:family|student|child|player|guest))"
)
# "Students should bring a packed lunch", "Residents must move their cars".
_GROUP_OBLIGATION = re.compile(
    rf"^(?:(?:also|and|please\s+note)[,:]?\s+)?(?:all\s+)?{_GROUP}\s+(?:should|must|will\s+need\s+to|"
    r"need\s+to|needs\s+to|have\s+to|has\s+to|are\s+(?:required|asked|expected|reminded)\s+to|"
    r"is\s+(?:required|asked|expected)\s+to)\s+(?P<task>[a-z].+)$",
    re.IGNORECASE,
)
# "Projects must be dropped off in Room 12", "Vehicles must be moved off snow routes".
_PASSIVE_OBLIGATION = re.compile(
    r"^(?:(?:also|and|please\s+note)[,:]?\s+)?(?P<np>(?:the\s+|your\s+|all\s+|any\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|"
    r"is\s+to|are\s+to)\s+be\s+(?P<part>[a-z]+)(?P<particle>\s+(?:off|in|up|out|back|down|over))?"
    r"\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_IRREGULAR = {
    "paid": "pay",
    "sent": "send",
    "brought": "bring",
    "taken": "take",
    "done": "do",
    "written": "write",
    "given": "give",
    "left": "leave",
    "made": "make",
    "kept": "keep",
    "worn": "wear",
    "read": "read",
    "put": "put",
    "set": "set",
    "shown": "show",
    "chosen": "choose",
    "bought": "buy",
    "found": "find",
    "cut": "cut",
}
_PAYABLE_DUE = re.compile(
    r"^(?:(?:also|and|reminder|just\s+a\s+reminder|(?:this|that)\s+is\s+(?:just\s+)?a\s+"
    r"(?:friendly\s+|quick\s+|final\s+)?reminder)[,:]?\s+)?(?:that\s+)?"
    r"(?P<thing>(?:the\s+|your\s+|a\s+|an\s+)?(?:[\w$.,'’/-]+\s+){0,5}?"
    r"(?:fee|fees|tuition|balance|bill|rent|invoice|payment|premium|dues|deposit|fine|"
    r"installment|co-?pay|assessments?)(?:\s+of\s+\$?[\d,.]+|\s*\([$€£]?[\d,.]+\))?)\s+"
    r"(?:is|are)\s+(?:now\s+|still\s+)?"
    r"(?:due|owed|payable)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Reply C to confirm", "Reply YES or NO", but not "Reply STOP to opt out".
_REPLY_CODE = re.compile(
    r"(?<!not\s)(?<!n't\s)\breply\s+(?:with\s+)?[\"'“]?(?P<code>(?-i:[A-Z0-9]{1,5})|yes|no)\b"
    r"[\"'”]?(?:\s*(?:or|/)\s*[\"'“]?(?:(?-i:[A-Z0-9]{1,5})|yes|no)\b[\"'”]?)?"
    r"(?:\s+to\s+(?P<purpose>[a-z]+(?:\s+(?!or\b|and\b)[a-z]+){0,2}))?",
    re.IGNORECASE,
)
_NO_ACTION_CODES = frozenset({"stop", "help", "end", "quit", "unsubscribe", "cancel", "info"})
_QUESTION_OBJECT = re.compile(
    r"\b(?:did|have|were)\s+you\s+(?:\w+\s+)?(?:make|attempt|authori[sz]e|approve|request|"
    r"place|initiate|send|try)\w*\s+(?P<np>.+?)\s*\?",
    re.IGNORECASE,
)
_MARKETING = re.compile(
    r"\b(?:our|the)\s+(?:website|site|blog|online\s+store|store|shop|app\s+store)\b|"
    r"\bfrom\s+(?:just\s+|only\s+)?\$\d|\b\d+\s*%\s*off\b|\bupgrade\s+to\b|\bpremium\b|"
    r"\bunsubscribe\b|\bmanage\s+(?:your\s+)?preferences\b|\bto\s+a\s+friend\b|\bnewsletter\b|"
    r"\bfree\s+trial\b|\bexclusive\b|\blimited\s+time\b|"
    r"\b(?:our|my)\s+(?:experts?|team|free|latest|new|\d{4}|webinar|podcast|channel|catalog(?:ue)?|"
    r"checklist|guide|e-?book|deals?|offers?|sale)\b|\buse\s+(?:code|promo|coupon)\b|"
    r"^read\s+on\b|\b(?:register|sign\s+up|book|order|buy|shop)\s+(?:now|today)\s*[!-]|"
    r"\bseats\s+are\s+limited\b|\bwhile\s+(?:supplies|stocks?)\s+last\b",
    re.IGNORECASE,
)
_NOT_MARKETING_VERBS = frozenset(
    {"pay", "submit", "sign", "upload", "complete", "renew", "confirm", "verify", "return"}
)
_WISH = re.compile(
    r"\b(?:someday|some\s+day|one\s+day|at\s+some\s+point|eventually|one\s+of\s+these\s+days|"
    r"in\s+the\s+future|sometime\s+(?:soon|this\s+year|in\s+the\s+future))\b",
    re.IGNORECASE,
)
_CONTINGENCY = re.compile(
    r"\bif\s+(?:\w+\s+){1,2}?(?:doesn'?t|does\s+not|don'?t|do\s+not|won'?t)\s+(?:work|suit|fit)\b"
    r"|\bif\s+(?:you\s+)?(?:must|have\s+to|decide|choose|plan\s+to|still\s+need)\b"
    r"|^(?:not\s+you|questions|need\s+help|problems?|issues?|trouble|wrong\s+\w+)\s*\?"
    r"|\bif\s+(?:\w+\s+){1,2}?(?:can'?t|cannot|is\s+unable|are\s+unable|won'?t\s+be\s+able|"
    r"needs?\s+to\s+(?:reschedule|cancel)|(?:has|have)\s+(?:any\s+)?questions)"
    r"|(?:^|[.,;]\s*)to\s+(?:reschedule|cancel|postpone|opt\s+out|unsubscribe|change\s+your|"
    r"manage|update\s+your\s+preferences)\b[^,]*,",
    re.IGNORECASE,
)
# "Going? Yes · No · Maybe" under a calendar invitation.
_INVITE_PROMPT = re.compile(
    r"\b(?:going|attending|will\s+you\s+attend|rsvp)\s*(?:\([^()\n]{1,60}\)\s*)?\??\s*[:\-]?\s*"
    r"(?:yes|accept)\b|\bplease\s+(?:accept\s+or\s+decline|rsvp)\b",
    re.IGNORECASE,
)
_INVITE_TITLE = re.compile(
    r"^\s*(?:updated\s+)?(?:invitation|invite|event\s+invitation)\s*:\s*(?P<title>.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# "I already did", "just sent it", "done!": the request before is done.
_ALREADY_DONE = re.compile(
    r"^(?:(?:oh|ah|yep|yes|yeah|haha|lol)[,!. ]+)?(?:i\s+)?(?:already|just)\s+"
    r"(?:did|done|sent|paid|booked|fixed|handled|restarted|submitted|signed|ordered|took\s+care)\b"
    r"|^(?:already\s+)?(?:done|all\s+done|did\s+it|taken\s+care\s+of)\b",
    re.IGNORECASE,
)


def participle_base(word: str) -> str | None:
    """ "dropped" -> "drop", "returned" -> "return", "paid" -> "pay" (task verbs only)."""
    lowered = word.lower()
    if lowered in _IRREGULAR:
        return _IRREGULAR[lowered]
    if not lowered.endswith("ed"):
        return None
    stem = lowered[:-2]
    for candidate in (stem, lowered[:-1], stem[:-1], stem[:-1] + "y" if stem.endswith("i") else ""):
        if candidate and candidate in grammar.TASK_VERBS:
            return candidate
    return None


def official_request(text: str) -> str | None:
    """The user's task in a group notice, a passive obligation or a payment due."""
    text = text.strip()
    group = _GROUP_OBLIGATION.match(text)
    if group is not None:
        return group.group("task")
    passive = _PASSIVE_OBLIGATION.match(text)
    if passive is not None:
        np = passive.group("np")
        base = participle_base(passive.group("part"))
        words = np.lower().split()
        if (
            base is not None
            and len(words) <= 5
            and not any(
                w in ("that", "which", "who", "it", "this", "i", "we", "you") for w in words
            )
            and words[0] not in grammar.NON_VERB_START - {"the", "your", "a", "an"}
        ):
            np = np[:1].lower() + np[1:]
            return f"{base} {np}{passive.group('particle') or ''}{passive.group('rest')}"
    payable = _PAYABLE_DUE.match(text)
    if payable is not None:
        thing = re.sub(r"^(?:the|your|a|an)\s+", "", payable.group("thing").lower())
        if thing in ("payment", "balance", "amount", "fee", "bill", "payments"):
            return None  # "Payment is due on the 10th": what to pay was said before
        return f"pay {payable.group('thing')}{payable.group('rest')}"
    return None


def reply_code(text: str, previous: str, who: str | None) -> str | None:
    """ "Reply C to confirm" -> "Reply to <sender> to confirm"."""
    match = _REPLY_CODE.search(text)
    if match is None or match.group("code").lower() in _NO_ACTION_CODES:
        return None
    purpose = (match.group("purpose") or "").lower()
    if re.match(r"(?:opt|unsubscribe|stop|receive|get\s+(?:more|help))", purpose):
        return None
    target = f"Reply to {who}" if who else "Reply"
    if purpose:
        return f"{target} to {purpose}"
    question = _QUESTION_OBJECT.search(previous) or _QUESTION_OBJECT.search(text)
    if question is not None:
        return f"{target} about {question.group('np')}"
    return target


# "Reply in Figma", "View it on GitHub", "Pay or decline in the app": a button's caption.
_APP_PROMPT = re.compile(
    r"^(?i:reply|respond|view|open|see|comment|pay\s+or\s+decline|accept\s+or\s+decline|"
    r"approve\s+or\s+decline|manage)\s+(?i:it\s+|this\s+)?(?i:in|on|via)\s+(?i:the\s+)?"
    r"(?:(?i:app)|[A-Z][\w.]*)\s*[.!]?$",
)
# "Go Westside!", "Let's go team": a cheer.
_CHEER = re.compile(r"^(?i:go)\s+(?:[A-Z]\w*|(?i:team|us))\s*!*$")


def is_marketing(task: str) -> bool:
    first = task.split(" ", 1)[0].lower()
    if _APP_PROMPT.match(task.strip()) or _CHEER.match(task.strip(" .")):
        return True
    return first not in _NOT_MARKETING_VERBS and _MARKETING.search(task) is not None


# "We should do a road trip this summer", "we should get dinner again soon": a shared wish
# with no day to it (a plan with a day, "we should book the table for Friday", stays).
_WE_SHOULD = re.compile(
    r"\bwe\s+(?:should|could|ought\s+to|gotta|have\s+to|need\s+to)\s+(?:really\s+|totally\s+|"
    r"definitely\s+)?(?:do|get|have|grab|go|catch\s+up|hang\s+out|meet\s+up|plan|take)\b[^.?!]*"
    r"\b(?:soon|again|sometime|this\s+(?:summer|winter|spring|autumn|fall|year)|"
    r"like\s+old\s+times|more\s+often)\b",
    re.IGNORECASE,
)


def is_wish(text: str) -> bool:
    """ "maybe someday I should get a standing desk": a vague wish, not a task."""
    return _WISH.search(text) is not None or _WE_SHOULD.search(text) is not None


def is_contingency(text: str) -> bool:
    """ "If Jordan can't make it, call me" / "To reschedule, call ...": only if needed."""
    return _CONTINGENCY.search(text) is not None


def rsvp_task(body: str, subject: str | None, labelled: str | None = None) -> str | None:
    """A calendar invitation that asks "Going? Yes / No" -> "RSVP to <title>".

    ``labelled`` is the text of an "Invitation: <title>" line when the parser read
    the label as a speaker."""
    if _INVITE_PROMPT.search(body) is None:
        return None
    title = _INVITE_TITLE.search(body)
    name = title.group("title") if title is not None else labelled
    if name is None and subject:
        name = re.sub(r"^(?:updated\s+)?invitation\s*:\s*", "", subject, flags=re.IGNORECASE)
    if not name:
        return None
    name = re.split(r"\s+@\s+|\s+\(", name)[0].strip(" .")
    return f"RSVP to the {name} invitation"


def already_done(text: str) -> bool:
    return _ALREADY_DONE.search(text.strip()) is not None


# Said for the moment, not a task that outlives it: "pass the salt", "ask me again",
# "watch your step", "drive safe", "look at this", "sit down", "try some".
_IN_THE_MOMENT = re.compile(
    r"^(?:(?:oh|hey|here|now|ok|okay|just|and|so)[,!]?\s+)*(?:"
    r"(?:pass|hand)\s+(?:me\s+|us\s+)?(?:the|that|this|those|these|some|your|over)\b"
    r"(?!.*\b(?:along|on\s+to|message|word|exam|test)\b)"
    r"|(?:ask|tell)\s+me\s+(?:again|later|another\s+time)\b"
    r"|watch\s+(?:your\s+|the\s+|ur\s+)?(?:step|head|mouth|language)\b"
    r"|drive\s+(?:safe|safely|carefully)\b"
    r"|(?:look|check)\s+at\s+(?:this|that|him|her|them|these|those)\s*[.!?]*$"
    r"|(?:come|get)\s+(?:over\s+)?here\b"
    r"|sit\s+(?:down|tight|still)\b"
    r"|(?:try|taste)\s+(?:this|that|some|a\s+bite|one)\s*[.!?]*$"
    r"|(?:have\s+fun|take\s+care|be\s+careful|stay\s+safe|enjoy\s+(?:it|yourself|the\s+\w+))\b)",
    re.IGNORECASE,
)
# Someone addressing an audience (a sermon, a podcast, a speech, a guided tour): their
# imperatives are exhortations to everyone, not tasks of the user.
_AUDIENCE_SPEC = re.compile(
    r"sermon|homily|podcast|speech|commencement|keynote|\btour\b|tour_guide|guided_tour|radio|"
    r"broadcast|audiobook|livestream|episode|webinar",
    re.IGNORECASE,
)
_AUDIENCE_CUE = re.compile(
    r"\b(?:let\s+us\s+pray|some\s+of\s+you|class\s+of\s+(?:19|20)\d\d|ladies\s+and\s+gentlemen|"
    r"welcome\s+(?:back\s+)?to\s+(?:the\s+)?(?:show|podcast|episode|tour|program|broadcast)|"
    r"(?:this|today's|today’s|last)\s+episode|our\s+sponsor|(?:like\s+and\s+)?subscribe\b|"
    r"our\s+next\s+stop|brothers\s+and\s+sisters|dear\s+listeners|all\s+of\s+you\s+here)",
    re.IGNORECASE,
)
# What a teacher assigns is a task even in a talk to a class.
_ASSIGNMENT = re.compile(
    r"\b(?:homework|assignment|problem\s+set|chapter|essay|quiz|exam|due|submit|hand\s+in|"
    r"reading|worksheet|portal|deadline)\b",
    re.IGNORECASE,
)


def in_the_moment(text: str) -> bool:
    return bool(_IN_THE_MOMENT.match(text.strip()))


def addresses_audience(spec: str, text: str) -> bool:
    """The text is someone speaking to a crowd or listeners, not to the user alone."""
    return bool(_AUDIENCE_SPEC.search(spec or "")) or bool(_AUDIENCE_CUE.search(text))


def audience_speakers(spec: str, speakers_texts: list[tuple[str | None, str]]) -> set[str | None]:
    """Who addresses an audience: everyone when the source is a talk or a show, else only
    the speakers who use an audience cue themselves ("this episode is brought to you by
    our sponsor" heard in the background does not make a friend's request a broadcast)."""
    if _AUDIENCE_SPEC.search(spec or ""):
        return {speaker for speaker, _ in speakers_texts} | {None}
    return {speaker for speaker, text in speakers_texts if _AUDIENCE_CUE.search(text)}


def is_assignment(text: str) -> bool:
    return bool(_ASSIGNMENT.search(text))
