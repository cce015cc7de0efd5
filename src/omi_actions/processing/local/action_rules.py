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
from collections.abc import Sequence
from typing import Any

from omi_actions.processing.local import grammar

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


# Politeness, not a condition: "if you can, bring the report", "if you get a chance".
_SOFT_CONDITION = (
    r"(?:you\s+)?(?:can|could|possible|poss|you'?re\s+able|(?:you\s+)?get\s+a\s+(?:chance|minute|"
    r"sec(?:ond)?|moment)|you\s+have\s+(?:a|the)\s+(?:chance|minute|sec(?:ond)?|moment|time)|"
    r"(?:you\s+)?(?:don'?t|do\s+not)\s+mind|that'?s\s+(?:ok|okay|alright|all\s+right|fine)|"
    r"not\s+already|you\s+haven'?t\s+already|you\s+remember|so|at\s+all|anything|u\s+can|"
    r"(?:you(?:'re|’re|\s+are)\s+)?(?:still\s+)?(?:interested|keen|up\s+for\s+it)|"
    r"(?:you\s+)?(?:still\s+)?want\s+(?:it|them|one|to)|(?:you(?:'d|’d|\s+would)\s+)like|"
    r"(?:that|this|it|the\s+\w+|\w+day)\s+(?:still\s+)?works(?:\s+for\s+you)?)\b"
)
# Choosing to take up an offer: "If you'd like to renew, please sign the form" (left to the
# other rules, which know opt-in offers).
_OPT_IN = (
    r"you(?:'d|’d|\s+would)\s+(?:like|prefer|rather)|you\s+(?:still\s+)?(?:want|wish|plan|intend)|"
    r"you(?:'re|’re|\s+are)\s+(?:still\s+)?(?:interested|planning|hoping|keen)"
)
# "If you get swelling of the lips, stop it and call us": the whole sentence only applies
# if the condition comes true.
_LEADING_CONDITION = re.compile(
    r"^(?:(?:and|but|so|also|oh|okay|ok|now)[,]?\s+)*(?:if|unless|in\s+case|should\s+(?:you|it|"
    r"she|he|they|the\s+\w+)\b)\s+(?!"
    + _SOFT_CONDITION
    + r"\s*[,.]|"
    + _OPT_IN
    + r")[^,;]{3,90},\s*\S",
    re.IGNORECASE,
)
# "call us if it gets worse", "bring the log if you start one" (but "ask Ben if he still
# wants the couch", "check if the shop is open": an embedded question).
_TRAILING_CONDITION = re.compile(
    r"\s(?:if|unless)\s+(?!" + _SOFT_CONDITION + r"\s*(?:[,.!?]|$))\w", re.IGNORECASE
)
_QUESTION_VERBS = re.compile(
    r"^(?:ask|tell|let\s+\S+(?:\s+\S+)?\s+know|check|see|find\s+out|confirm|decide|figure\s+out|"
    r"text\s+\S+\s+to\s+ask|email\s+\S+\s+to\s+ask|verify|double-?check|make\s+sure|ensure|"
    r"look\s+into|work\s+out|clarify|query|enquire|inquire)\b",
    re.IGNORECASE,
)


_AVAILABLE = re.compile(
    r"\b(?:have|has|had|got|sent|send|find|found|received|get|gets|arrived?|came|bought)\s+"
    r"(?:\w+\s+)?(?:it|them|one|those|that)(?:\s+(?:yet|already|by\s+then|back|in\s+time))?$",
    re.IGNORECASE,
)


def is_conditional(clause: str, sentence: str) -> bool:
    """The request applies only if something happens ("call us if it gets worse")."""
    if _LEADING_CONDITION.search(sentence.strip()):
        return True
    # "Some get a cough; if that happens, ring us": the condition opens the clause's part
    # of the sentence (after a semicolon or a dash), not the sentence.
    head = clause.strip()[:30]
    position = sentence.find(head) if head else -1
    if position > 0:
        part = re.split(r";|\s[—–]\s", sentence[:position])[-1]
        if _LEADING_CONDITION.search(f"{part.strip()} {clause.strip()}".strip()):
            return True
    task = re.sub(r"[^\w)]+$", "", clause.strip())
    trailing = _TRAILING_CONDITION.search(task)
    if trailing is None or _AVAILABLE.search(task[trailing.start() :]):
        return False  # "bring the X-ray report if the hospital has sent it": when possible
    return not _QUESTION_VERBS.match(
        re.sub(r"^(?:please|pls|just|also|and|then)\s+", "", task, flags=re.IGNORECASE)
    )


# Ongoing advice and permissions, not one-off tasks: "keep water available", "keep doing
# the exercises", "try to cut down on salt", "let him climb on you".
_ONGOING = re.compile(
    r"^(?:please\s+|just\s+|and\s+|also\s+)*(?:"
    r"keep\s+(?:on\s+|up\s+)?(?:\w+ing\b|(?:it|that|them|this|the\s+\w+|\w+)\s+(?:available|going|"
    r"up|clean|dry|elevated|covered|handy|close|low|short|warm|cool|open|closed)\b)|"
    r"continue\s+(?:to\s+\w+|\w+ing)\b|"
    r"try\s+(?:to\s+)?(?:cut(?:ting)?\s+(?:down|back)|reduce|reducing|limit|limiting|"
    r"eat(?:ing)?\s+(?:more|less)|drink(?:ing)?\s+(?:more|less)|get(?:ting)?\s+more\s+sleep)\b|"
    r"cut\s+(?:down|back)\s+on\b|"
    r"let\s+(?:him|her|them|it)\s+(?!know\b|in\b|out\b|off\b|go\b)\w+|"
    r"stop\s+(?:when|if|once)\b)",
    re.IGNORECASE,
)


def is_ongoing_advice(task: str) -> bool:
    return bool(_ONGOING.match(task.strip()))


# A call to action of an advert: a discount, a code, points, a sponsor. "Unsubscribe"
# alone is not one: notification mails that hold real tasks carry it too.
_PROMO_CUE = re.compile(
    r"\b\d+\s*%\s*off\b|\bshop\s+now\b|\blimited\s+time\b|\b(?:promo|discount|coupon)\s+code\b|"
    r"\buse\s+(?:the\s+)?code\b|\bsponsor(?:ed)?\b|\bearn\s+(?:\w+\s+)?(?:points|rewards|cash\s*back)\b|"
    r"\brewards?\s+(?:program|programme|club|members?)\b|\bjoin\s+(?:for\s+)?free\b|"
    r"\b(?:spaces|seats|spots)\s+are\s+limited\b|\bwhile\s+(?:supplies|stocks?)\s+last\b|"
    r"\bflash\s+sale\b|\bper\s*cent\s+off\b|\bpercent\s+off\b",
    re.IGNORECASE,
)


def promo_sentences(sentences: Sequence[Any], dialogue: bool) -> set[int]:
    """Indices of sentences that belong to an advert. In a text without other speakers
    (a mail, an SMS blast) one advert cue makes the whole text an advert; in a
    conversation only the cue's sentence and the same speaker's sentences next to it
    (an ad read, a store announcement) are."""
    hits = [
        i
        for i, s in enumerate(sentences)
        if _PROMO_CUE.search(s.text) or _PROMO_CUE.search(s.speaker or "")
    ]
    if not hits:
        return set()
    if not dialogue:
        return set(range(len(sentences)))
    return {
        j
        for i in hits
        for j in range(i - 1, i + 2)
        if 0 <= j < len(sentences) and sentences[j].speaker == sentences[i].speaker
    }
