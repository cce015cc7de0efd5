"""Action items: requests made to the user and commitments the user made.

Each clause is matched against a small grammar of request forms ("don't
forget to X", "can you X?", "please X", an imperative verb) when someone else
says it, and commitment forms ("I'll X", "I need to X") when the user says it.
The task phrase is then made self-contained: pronouns ("send them to legal")
are resolved to the last noun phrase said before, pronouns of address are
rewritten from the user's point of view, leading time phrases are dropped.
The due date comes from a date phrase in the clause ("by Friday"), from
"before then" (the last date said), or from the one upcoming event the task
prepares for ("bring Catan" -> game night).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time

from rapidfuzz import fuzz

from omi_actions.processing.local import (
    action_advice,
    action_echo,
    action_plans,
    action_quotes,
    action_refs,
    action_rules,
    action_sms,
    action_time,
    grammar,
)
from omi_actions.processing.local.dates import DateMention, combine, find_dates
from omi_actions.processing.local.text import Document, Sentence
from omi_actions.processing.schemas import ActionItem, Event

_REQUESTS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # Advice: "I'd suggest calling the bank", "I'd recommend that you update the app".
        r"\bI(?:'d|’d|\s+would)\s+(?:strongly\s+|also\s+|really\s+)?(?:suggest|recommend|advise)"
        r"\s+(?:that\s+)?(?:you\s+)?(?P<gerund>[a-z]+ing)\b(?P<task>.*)",
        r"\bI(?:'d|’d|\s+would)\s+(?:strongly\s+|also\s+|really\s+)?(?:suggest|recommend|advise)"
        r"\s+(?:that\s+)?you\s+(?:to\s+)?(?P<task>[a-z].+)",
        # Notifications: "@dana requested your review on pull request #12".
        r"\brequested\s+your\s+(?P<gerund>review)\s+(?:on|of|for)\s+(?P<task>.+)",
        r"\b(?:please\s+)?(?:don'?t|do not|dont|pls don'?t)\s+forget\s+(?:to\s+)?(?P<task>.+)",
        r"\b(?:please\s+)?remember\s+to\s+(?P<task>.+)",
        r"\b(?:please\s+)?make\s+sure\s+(?:to|you|that you)\s+(?P<task>.+)",
        r"\b(?:please\s+)?(?P<task>make\s+sure\s+(?:that\s+)?(?:someone|somebody|an\s+adult|"
        r"(?:the|your)\s+[\w -]{2,30}?\s+(?:is|are|gets?)\b).+)",
        r"\b(?:i|we|\w+)\s+(?:need|needs|want|wants|would like|'d like|d like|asked)\s+you\s+to\s+"
        r"(?P<task>.+)",
        r"\b(?:can|could|will|would)\s+you\s+(?:please\s+|pls\s+|kindly\s+|also\s+|maybe\s+)?"
        r"(?!like\b|want\b|believe\b|imagine\b|tell\s+me\s+about\b|be\b|see\b|hear\b)"
        r"(?P<task>[a-z].+)",
        r"\b(?:would|do)\s+you\s+mind\s+(?P<gerund>\w+ing)\b(?P<task>.*)",
        r"\byou\s+(?:need|have|must|should|gotta|got|ought|'d better|had better|better)"
        r"(?:\s+to)?\s+(?!be\b|have\s+been\b|until\b)(?P<task>[a-z].+)",
        r"^(?:reminder|remember|todo|to-?do|action(?: item)?)\s*[:\-]\s*(?P<task>.+)",
        r"(?:^|,\s*|\.\s*)(?:and\s+|also\s+|oh\s+and\s+|just\s+|so\s+)?(?:please|pls|plz|kindly)\s+"
        r"(?!do\s+not\b|don'?t\b)(?P<task>[a-z].+)",
        r"\btry\s+(?P<gerund>\w+ing)\b(?P<task>.*)",
    )
)
# Requests to a group ("could a parent bring orange slices?"): the user's once accepted.
_GROUP_REQUEST = re.compile(
    r"\b(?:could|can|would|will)\s+(?:a\s+parent|someone|somebody|anyone|anybody|one\s+of\s+you|"
    r"a\s+volunteer)\s+(?P<task>[a-z].+)",
    re.IGNORECASE,
)
_ACCEPT = re.compile(
    r"^(?:sure|ok|okay|yes|yep|yeah|will do|on it|got it|no problem|deal)?[,!. ]*"
    r"(?:i\s+can\s+do\s+(?:that|it)|i'?ll\s+do\s+(?:that|it)|i'?ll\s+(?:take|handle)\s+(?:that|it)|"
    r"will\s+do|on\s+it|i\s+got\s+(?:it|this)|count\s+me\s+in|i'?m\s+on\s+it)\b",
    re.IGNORECASE,
)
_READY = re.compile(
    r"\byour\s+(?:hold\s+(?:on|for)\s+)?(?P<x>[^!?]{2,80}?)\s+(?:is|are)\s+(?:now\s+)?"
    r"(?:ready|available)\s+(?:for\s+)?(?:pick\s*-?\s*up|collection|"
    r"to\s+(?:be\s+)?(?:picked\s+up|collect))",
    re.IGNORECASE,
)
# "Jess requested $24.50 from you", "Sam sent you a request for $12".
_MONEY_REQUEST = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:has\s+|just\s+)?(?:requested|"
    r"is\s+requesting|sent\s+you\s+a\s+(?:payment\s+|money\s+)?request\s+for)\s+"
    r"(?P<amount>[$€£]\s?\d[\d,.]*)",
)
_MEMO = re.compile(r"^[\"“'‘](?P<memo>[^\"”’]{2,40}?)\s*[^\w\s\"”’]*[\"”'’]$")
# "A signature is required on delivery": someone must be home to sign.
_SIGNATURE = re.compile(
    r"\b(?:an?\s+(?:adult\s+)?signature\s+(?:is|will\s+be)\s+required|"
    r"(?:someone|somebody|an\s+adult)\s+(?:must|needs\s+to|will\s+need\s+to|has\s+to)\s+be\s+"
    r"(?:home|present|available)\s+to\s+sign)\b",
    re.IGNORECASE,
)
_WE_NEED = re.compile(
    r"\b(?:we|i)\s+(?:still\s+)?(?:need|require)\s+(?P<x>(?:your|the)\s+.+?\s+by\s+.+)",
    re.IGNORECASE,
)
_INVITED_BY = re.compile(
    r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:has\s+)?invited\s+you\s+to\s+"
    r"(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?P<what>[\w'’ -]{3,40}?)(?=\s*[.,!@:(]|\s+on\b|$)"
)
_ANAPHORIC = re.compile(
    r"^(?:do|get|finish|handle|have|take\s+care\s+of)\s+(?:it|that|this|those|them)"
    r"(?:\s+(?:done|ready|sorted|finished))?\b(?P<rest>.*)$"
    r"|^do\s+(?:the\s+)?(?P<noun>[a-z]+?)s?\b(?P<rest2>.*)$",
    re.IGNORECASE,
)
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
_NOT_FRONTED = frozenset(
    """so then and but okay ok yes yeah sure fine maybe perhaps well anyway also tomorrow today
    tonight now first later actually right alright great cool thanks hopefully i think guess
    probably definitely otherwise if when once because though honestly""".split()
)
_OPT_IN_CONDITION = re.compile(
    r"\bif\s+(?:you\s+)?(?:need|want|wish|have\s+(?:any\s+)?questions|can'?t|cannot|are\s+unable|"
    r"would\s+like|prefer|have\s+(?:a|any)\s+(?:problem|issue|concern))",
    re.IGNORECASE,
)
_DUE_THING = re.compile(
    r"^(?P<thing>(?:the\s+|my\s+|our\s+)?[a-z][\w -]{2,40}?)\s+(?:is|are)\s+due\s+"
    r"(?P<when>(?:on\s+|by\s+)?.+)$",
    re.IGNORECASE,
)
_AVOID = re.compile(r"^(?:and\s+|also\s+)?no\s+(?P<gerund>\w+ing)\b(?P<rest>.*)", re.IGNORECASE)
_INVITATION = re.compile(
    r"\b(?:would|do|did)\s+you\s+(?:like|want|wanna)\s+to\s+(?P<act>.+)"
    r"|\b(?:would|are|r)\s+(?:you|u)\s+(?:be\s+)?(?:free|available|open|around|up|down|interested)"
    r"\s+(?:for\s+|to\s+|in\s+)?(?P<act2>.+)"
    r"|\b(?:want|wanna)\s+to\s+(?P<act3>.+)\?"
    r"|\b(?:how|what)\s+about\s+(?P<act4>.+)\?",
    re.IGNORECASE,
)
# "I'd move ten percent into bonds" / "If I were you, I'd call the bank": advice when the
# speaker is talking about the user's affairs ("your portfolio"), see ``_advising``.
_ADVICE = re.compile(
    r"\bI(?:'d|’d|\s+would)\s+(?:probably\s+|definitely\s+|also\s+|just\s+|really\s+)?"
    r"(?P<task>(?!bring\b|come\b|go\b|love\b|like\b|help\b|be\b|have\b|do\b)"
    r"(?:" + "|".join(sorted(grammar.TASK_VERBS)) + r")\b(?!\s+(?:you|it|that)\b).*)",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\byou(?:r|'re|’re|'ve|’ve)?\b", re.IGNORECASE)
_LET_KNOW = re.compile(r"\blet\s+(?:me|us)\s+know\b(?P<what>.*)", re.IGNORECASE)
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
# Casual promises that accept a request without naming a new task.
_FORMULA = re.compile(
    r"^(?:(?:yeah|yes|yep|sure|ok|okay|cool|fine|no\s+worries)[,!. ]+)*"
    r"(?:leave\s+it\s+(?:with|to)\s+me|consider\s+it\s+done|(?:i'?m|i\s+am)\s+on\s+it|on\s+it|"
    r"will\s+do|no\s+bother|go\s+on\s+then|(?:i'?ve|i\s+have)\s+got\s+(?:it|this|you)|"
    r"count\s+me\s+in|i'?ll\s+(?:sort|handle|deal\s+with)\s+(?:it|that|this))\s*[.!]*$",
    re.IGNORECASE,
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
_ELLIPSIS = re.compile(
    r"^(?:maybe|and|also|oh and|plus|oh,? and)?\s*(?P<np>(?:some|a|an|the|a few|a couple of)?\s*"
    r"[a-z][\w -]{1,40}?)\s+(?:too|as well|also)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_LIGHT_VERBS = re.compile(
    r"^(?:grab|have|get|go\s+(?:out\s+)?(?:for|to)|join\s+(?:me|us)\s+(?:for|at)|"
    r"come\s+(?:over\s+)?(?:for|to)|catch|do|meet\s+(?:up\s+)?for)\s+",
    re.IGNORECASE,
)
# Splits one sentence into clauses that can each hold a task.
_VERB_ALTERNATION = "|".join(sorted(grammar.TASK_VERBS))
_CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|\s[—–]\s|,\s*(?=(?:and\s+)?(?:i'?ll|i\s+will|i\s+need|i\s+have\s+to|i\s+still)\b)|"
    r",?\s+and\s+(?=(?:(?:the|your|my)\s+)?(?:[\w'’-]+\s+){1,4}(?:is|are)\s+due\b)|"
    rf",\s*so\s+(?=(?:{_VERB_ALTERNATION})\b)|"
    rf",?\s+and\s+(?=(?:{_VERB_ALTERNATION})\b(?!\s*(?:[.!?]|$))"
    r"(?!(?:\s+[\w'’-]+){0,3}?\s+(?:it|them)\b)"
    r"(?!\s+(?:for|of|from|with|and|or|is|are|was|were)\b))|"
    rf",\s*(?:and\s+)?then\s+(?=(?:{_VERB_ALTERNATION})\s+(?!to\b|it\b|up\s+to\b))|"
    rf",\s+(?=(?:{_VERB_ALTERNATION})\b(?!\s+(?:you|me)\b\s*$)))\s*",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(
    r"^(?:(?:for\s+)?(?:next\s+time|this\s+week(?:end)?|today|tonight|tomorrow|later|"
    r"this\s+(?:morning|afternoon|evening)|first|then|after\s+that|also|oh|ok|okay|so|and)"
    r"\s*[,:]?\s+)+",
    re.IGNORECASE,
)
_PRONOUN_OBJECT = re.compile(
    r"^(?P<verb>(?:[a-z]+\s+and\s+)?\w+(?:\s+(?:up|out|off|back|in|down|over|on))?)\s+"
    r"(?P<pro>it|them|those|that|"
    r"these|this|yours)\b",
    re.IGNORECASE,
)
_NOUN_PHRASE = re.compile(
    r"\b(?:the|your|my|our|his|her|their|this|that|these|those|a|an)\s+"
    r"(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]*[a-z][\w'’-]*)"
    r"(?=\s*(?:[.,;:!?]|$|\s+(?:is|are|was|were|has|have|had|looks|will|by|for|to|in|on|at|"
    r"with|from|before|after|due|and|ready|done|i|we)\b))",
    re.IGNORECASE,
)
_BARE_NOUN = re.compile(
    r"^(?P<np>[A-Z][a-z]+(?:\s+[a-z]+){0,2})\s+(?:(?:are|is)\s+(?:done|ready|finished)|"
    r"(?:renews|expires|ends|starts|closes|opens|is\s+due|are\s+due|needs|need)\b)"
)
# A noun phrase naming a person ("your wife Grace", "the kids"): never what "it" means.
_PERSON_NP = re.compile(
    r"\b(?:wife|husband|partner|son|daughter|kids?|children|child|twins|mum|mom|dad|mother|"
    r"father|brother|sister|parents?|grandma|grandpa|gran|baby|boyfriend|girlfriend|friend|"
    r"boss|manager|colleague|neighbou?r)s?\b(?:\s+[A-Z][a-z]+)?$",
    re.IGNORECASE,
)
_NP_STOP = frozenset(
    """time day week weekend month year way thing things lot bit one morning afternoon evening
    night moment problem rest end point idea sense reason 3rd 1st 2nd done ready finished relief
    good great fine ok okay news progress sure same forever already again anyway yet now today
    tonight tomorrow later soon too though either all much more here there instead back first
    last next other own best worst most least first-time""".split()
)
# A noun phrase does not contain a finite verb ("the wifi keeps dropping", "the doctor said").
_NP_VERB = frozenset(
    """said says told tells is are was were keeps kept has have had will would can could should
    did does do goes went came comes looks looked seems seemed wants wanted needs needed gets
    got makes made thinks thought want need like love know think hope""".split()
)
_PREP_VERBS = frozenset(
    {"bring", "prepare", "prep", "pack", "wear", "fast", "print", "reset", "practice", "read"}
)
_DUE_LEAD = re.compile(r"\b(?:for|from|about|regarding|re:?)\s+$", re.IGNORECASE)
# A period, not a day ("next week", "this month"); "in two weeks" is a day.
_VAGUE_PERIOD = re.compile(
    r"(?:(?:this|next|the|coming|the\s+coming)\s+)?(?:week|month|year|weekend)",
    re.IGNORECASE,
)
# What a day heading may hold besides the day: "Things to do today:", "Mon", "Tomorrow -".
_HEADING_FILLER = re.compile(
    r"[\s:;,.!/()\-–—*#]*(?:(?:things?|stuff|tasks?|to-?dos?|to\s+do|for|on|list|plan|errands|"
    r"chores|agenda|my|the|morning|afternoon|evening|\d+/\d+)[\s:;,.!/()\-–—*#]*)*",
    re.IGNORECASE,
)
_THEN = re.compile(r"\b(?:before|by|until)\s+then\b|\bnext\s+time\b", re.IGNORECASE)
_VOCATIVE = re.compile(
    r"^(?:(?:and|also|oh|ok|okay)\s*,?\s+)?(?P<name>[A-Z][a-z]+)\s*(?:,|\s[-—–]|:)\s+",
    re.IGNORECASE,
)
_ORG_INTRO = re.compile(
    r"\b(?i:this\s+is)\s+[A-Z][a-z]+\s+(?:from|at|with)\s+"
    r"(?P<org>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}(?:\s+(?:office|clinic|team|shop))?)"
)
_PARTICLES = frozenset({"up", "out", "off", "back", "in", "down", "over", "on", "by"})
_AFTER_PRONOUN = frozenset(
    """to at by on in for with before after tonight today tomorrow this next when if and or too
    again back up out over off please now first later asap soon""".split()
)
# "Ken: post the role" in someone's notes: a task assigned to Ken, not the user.
_LABEL_WORDS = frozenset(
    """me todo note notes homework task tasks reminder reminders action actions next goal goals
    plan plans errands chores priority urgent important also ps tonight today tomorrow weekend
    step then later first agenda followup follow-up""".split()
)
_HEADER_SPEAKERS = frozenset(
    {"invitation", "invite", "updated invitation", "organizer", "organiser", "calendar"}
)
_ASSIGNED = re.compile(r"^(?P<name>[A-Z][a-z]+)\s*:\s+\S")
# Meeting minutes: "AI: @me draft the guide by 10/24", "Action: Sam to update the changelog".
_MINUTES_ITEM = re.compile(
    r"^(?:AI|A\.I\.|action(?:\s+items?)?|actions|todo|to-?do|task|follow-?\s?up|next\s+steps?)"
    r"\s*[:\-–]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_OWNER = re.compile(
    r"^(?P<who>@?[A-Za-z][\w.'’-]*(?:\s*(?:\+|&|/|,|\band\b)\s*@?[A-Za-z][\w.'’-]*)*)"
    r"(?:(?P<sep>\s*[:\-–,]\s*|\s+(?:to|will|should|must|needs?\s+to)\s+)|\s+(?=[a-z]))"
    r"(?P<task>.+)$"
)
_ME_OWNER = re.compile(r"(?:^|[\s+&/,])@?(?:me|myself|i|user)\b", re.IGNORECASE)
_DUPLICATE_RATIO = 85.0
# Only to ask "does this phrase state a date at all?".
_ANY_REFERENCE = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass
class _Candidate:
    description: str
    due_at: datetime | None
    sentence: Sentence
    index: int
    verb: str
    kind: str
    core: str = ""  # the description before event context was appended, for dedup


def _verb_of(description: str) -> str:
    words = description.split()
    if len(words) >= 2 and words[1].lower() in _PARTICLES:
        return " ".join(words[:2])
    return words[0] if words else ""


def _name(sentence: Sentence, document: Document) -> str | None:
    if sentence.speaker and _GENERIC_SPEAKER.fullmatch(sentence.speaker):
        return None  # "Speaker 0" is no one's name
    if sentence.speaker and sentence.from_user is not True:
        return sentence.speaker
    if document.kind == "email" and document.sender:
        return document.sender
    return None


_GENERIC_SPEAKER = re.compile(
    r"(?i)speaker[\s_]*\d+|unknown(?:\s+speaker)?|agent|caller|clerk|front\s+desk|"
    r"receptionist|operator|staff|host|student|audience"
)
# Someone serving the user: a receptionist, a shop assistant, a clinician on the phone.
_SERVICE_TURN = re.compile(
    r"\b(?:this\s+is\s+\w+(?:\s+\w+)?\s+(?:from|at|with)\b|calling\s+(?:from|to\s+confirm)|"
    r"thanks?\s+(?:you\s+)?for\s+(?:calling|holding|coming\s+in)|welcome\s+(?:in|to|back)\b|"
    r"how\s+can\s+I\s+help|what\s+can\s+I\s+(?:do|get)\s+for\s+you|we\s+have\s+you\s+(?:on|at|for)|"
    r"can\s+I\s+start\s+you|your\s+(?:appointment|order|prescription|results|claim|account|"
    r"reservation|booking)\b)",
    re.IGNORECASE,
)


def _infer_user(document: Document) -> Document:
    """A transcript of two unnamed voices ("Speaker 0", "Speaker 1") where one of them
    serves the other (greets, introduces a business, asks how to help): the other voice
    is the user's."""
    if document.kind != "transcript" or any(s.from_user is True for s in document.sentences):
        return document
    voices = list(dict.fromkeys(s.speaker for s in document.sentences if s.speaker))
    if len(voices) != 2:
        return document
    serving = {
        s.speaker for s in document.sentences[:6] if s.speaker and _SERVICE_TURN.search(s.text)
    }
    if len(serving) != 1:
        return document
    return replace(
        document,
        sentences=[replace(s, from_user=s.speaker not in serving) for s in document.sentences],
    )


def _counterpart(document: Document, sentence: Sentence) -> str | None:
    others = document.others()
    if len(others) != 1:
        return None
    if _ROLE_SPEAKER.fullmatch(others[0]):
        return "the " + others[0].lower()  # "Electrician:" -> "text the electrician"
    return others[0]


# A speaker labelled by role, not by name.
_ROLE_SPEAKER = re.compile(
    r"(?i)(?:nurse|doctor|dentist|electrician|plumber|builder|landlord|landlady|pharmacist|vet|"
    r"mechanic|teacher|coach|manager|boss|accountant|lawyer|solicitor|physio|therapist|"
    r"technician|engineer|contractor|decorator|gardener|cleaner|tutor|trainer|estate\s+agent|"
    r"agent|receptionist|surgeon|midwife|optician|carer|nanny|childminder|driver)"
)


class _Context:
    """What earlier sentences said: noun phrases for pronouns, dates for "then"."""

    def __init__(self, document: Document, reference: datetime) -> None:
        self.document = document
        self.reference = reference
        self.mentions: list[list[DateMention]] = [
            find_dates(s.text, reference) for s in document.sentences
        ]
        # Sentences right after a short "Not you?" / "Questions?" of the same speaker.
        self.after_prompt: set[int] = {
            id(s)
            for p, s in zip(document.sentences, document.sentences[1:], strict=False)
            if p.speaker == s.speaker and _PROMPT_QUESTION.match(p.text)
        }
        org = _ORG_INTRO.search(" ".join(s.text for s in document.sentences[:3]))
        self.organisation = org.group("org").rstrip(".") if org else None
        self.section = self._sections()
        self._clocks: dict[object, set[datetime]] | None = None

    def _sections(self) -> list[DateMention | None]:
        """For each list item, the day its heading names ("Mon", "Things for today:")."""
        sections: list[DateMention | None] = []
        current: DateMention | None = None
        for sentence, mentions in zip(self.document.sentences, self.mentions, strict=True):
            if sentence.bullet:
                sections.append(current)
                continue
            sections.append(None)
            heading = sentence.text.strip().strip("#*_ ")
            if not (heading.endswith(":") or len(heading.split()) <= 4) or len(heading.split()) > 6:
                continue  # running text between lists keeps the heading
            current = None
            days = [m for m in mentions if m.has_day and not m.past]
            if len(days) != 1 or _VAGUE_PERIOD.fullmatch(days[0].phrase) or days[0].until:
                continue  # "Someday / no date", "This week:": no day for what follows
            rest = (heading[: days[0].start] + heading[days[0].end :]).lower()
            if not _HEADING_FILLER.fullmatch(rest):
                continue
            current = days[0]
        return sections

    def noun_phrase(self, index: int, sentence_text: str, before: int, pronoun: str) -> str | None:
        """The most recent fitting noun phrase before the pronoun.

        The same sentence first, then the speaker's own recent sentences, then
        anyone's; "them"/"those" prefer a plural noun, "it"/"that" a singular.
        """
        speaker = (
            self.document.sentences[index].speaker if index < len(self.document.sentences) else None
        )
        recent = list(reversed(self.document.sentences[max(0, index - 4) : index]))
        own = [s.text for s in recent if s.speaker == speaker]
        rest = [s.text for s in recent if s.speaker != speaker]
        plural = pronoun.lower() in ("them", "those", "these")
        fallback: str | None = None
        for text in [sentence_text[:before], *own, *rest]:
            for np in reversed(self._phrases(text)):
                if pronoun.lower() in ("it", "that", "this") and _PERSON_NP.search(np):
                    continue  # "read it": the will, not "your wife Grace"
                is_plural = np.split()[-1].lower().endswith("s")
                if plural == is_plural or pronoun.lower() == "yours":
                    return np
                fallback = fallback or np
        return fallback

    @staticmethod
    def _phrases(text: str) -> list[str]:
        candidates = [m.group("np") for m in _NOUN_PHRASE.finditer(text)]
        bare = _BARE_NOUN.match(text.strip())
        if bare:
            candidates.insert(0, bare.group("np").lower())
        phrases: list[str] = []
        for np in candidates:
            np = re.sub(r"\s+(?:back|up|out|over|in|off|down)$", "", np, flags=re.IGNORECASE)
            words = np.split()
            head = words[-1].lower()
            if head in _NP_STOP or head.isdigit() or len(np) < 3:
                continue
            if any(w.lower() in ("you", "it", "i", "me", "them", "we") for w in words):
                continue
            if any(w.lower() in _NP_VERB or w.lower() in _NP_STOP for w in words):
                continue
            if re.search(r"\d(?:st|nd|rd|th)\b", np):
                continue
            phrases.append(np if np.lower().startswith("the ") else "the " + np)
        return phrases

    def clock_on(self, day: datetime) -> datetime | None:
        """The one clock time the conversation gives for ``day``: "Saturday at 9", or
        "Monday" answered by "About 5pm?" in the next sentence or two."""
        if self._clocks is None:
            clocks: dict[object, set[datetime]] = {}
            for position, mentions in enumerate(self.mentions):
                for mention in mentions:
                    if mention.past or not mention.has_day or mention.until:
                        continue
                    if mention.has_time:
                        clocks.setdefault(mention.value.date(), set()).add(mention.value)
                        continue
                    if _VAGUE_PERIOD.fullmatch(mention.phrase):
                        continue
                    sentences = self.document.sentences
                    text = sentences[position].text
                    around = " ".join(
                        s.text for s in sentences[max(0, position - 2) : position + 3]
                    )
                    said = action_time.spoken_clock(text[mention.end :], around)
                    if said is not None and len(mentions) == 1:
                        value = datetime.combine(mention.value.date(), said, tzinfo=UTC)
                        clocks.setdefault(value.date(), set()).add(value)
                        continue
                    for offset, following in enumerate(
                        self.mentions[position + 1 : position + 3], start=position + 1
                    ):
                        if any(m.has_day for m in following):
                            break
                        times = [m for m in following if m.has_time and not m.past]
                        if times and times[0].ambiguous:
                            break  # "at 7:45": morning or evening is a guess
                        if times:
                            value = combine(mention, times[0])
                            clocks.setdefault(value.date(), set()).add(value)
                            break
                        said = action_time.spoken_clock(sentences[offset].text, around)
                        if said is not None:
                            value = datetime.combine(mention.value.date(), said, tzinfo=UTC)
                            clocks.setdefault(value.date(), set()).add(value)
                            break
            self._clocks = clocks
        found = self._clocks.get(day.date(), set())
        return next(iter(found)) if len(found) == 1 else None

    def last_day(self, index: int) -> DateMention | None:
        """The last future date (with a day) said up to sentence ``index``."""
        for mentions in reversed(self.mentions[max(0, index - 2) : index + 1]):
            usable = [m for m in mentions if not m.past and m.has_day]
            if usable:
                return usable[0]
        return None

    def last_date(self, index: int) -> DateMention | None:
        for mentions in reversed(self.mentions[: index + 1]):
            usable = [m for m in mentions if not m.past]
            if usable:
                return usable[-1]
        return None


def _clauses(text: str) -> list[tuple[str, str]]:
    """(clause, the separator before it): "" for the first, "," / "and" / ";" after."""
    parts: list[tuple[str, str]] = []
    position, joiner = 0, ""
    for match in _CLAUSE_SPLIT.finditer(text):
        if match.start() > position:
            parts.append((text[position : match.start()], joiner))
        separator = match.group(0).strip().lower()
        joiner = "and" if "and" in separator else separator[:1] or ","
        if joiner in ("—", "–", "s"):
            joiner = ","  # a dash or ", so" starts a new clause like a comma
        position = match.end()
    if position < len(text):
        parts.append((text[position:], joiner))
    return [(c, j) for c, j in parts if c.strip()] or [(text, "")]


def _resolve_pronoun(task: str, context: _Context, index: int, sentence: Sentence) -> str:
    match = _PRONOUN_OBJECT.match(task)
    if match is None:
        return task
    following = task[match.end() :].split()
    if (
        match.group("pro").lower() in ("this", "that", "these", "those")
        and following
        and following[0].lower().strip(",.!?") not in _AFTER_PRONOUN
    ):
        return task  # "call this number": a determiner, not a pronoun
    if (
        match.group("verb").lower() == "make"
        and match.group("pro").lower() == "it"
        and not [w for w in following if w.lower().strip(",.!?") not in _AFTER_PRONOUN]
    ):
        return ""  # "can you make it (on Friday)?": attending, said elsewhere
    position = sentence.text.lower().find(task.lower()[:20])
    said = [
        s.text
        for s in reversed(context.document.sentences[max(0, index - 4) : index])
        if s.speaker != sentence.speaker
    ]
    np = action_echo.echoed_object(match.group("verb"), match.group("pro"), said)
    if np is None:
        np = context.noun_phrase(index, sentence.text, max(0, position), match.group("pro"))
    if np is None:
        return task
    rest = task[match.end() :]
    particle = _LEFT_PARTICLE.match(rest)
    if particle is not None and " " not in match.group("verb").strip():
        # "pick them up by Saturday" -> "pick up the elbows by Saturday"
        return f"{match.group('verb')} {particle.group('p')} {np}{rest[particle.end() :]}"
    return f"{match.group('verb')} {np}{rest}"


_LEFT_PARTICLE = re.compile(r"^\s+(?P<p>up|out|off|back|down|over)\b(?=\s|$|[,.!?])", re.I)


# "him"/"her" as the object ("text him", "pick her up", "prep the slides for him"), not
# "her" as a possessive ("her car").
_PERSON_OBJECT = re.compile(
    r"\b(?P<pro>him|her)\b(?=\s*(?:$|[,.!?;]|(?:up|back|in|out|off|over|round|to|for|at|on|"
    r"about|with|tonight|today|tomorrow|later|first|now|this|next|when|after|before|once|"
    r"and|so|asap)\b))",
    re.IGNORECASE,
)
_NAME_TOKEN = re.compile(r"(?<![.!?]\s)(?<!^)(?<!\bthe\s)(?<!\bThe\s)\b[A-Z][a-z]{2,}\b")
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december mon tue tues wed thu thurs fri sat
    sun jan feb mar apr jun jul aug sep sept oct nov dec christmas easter okay yes yeah sure
    thanks please sorry great cool hey dear best regards cheers""".split()
)


_OTHER_SUBJECT = re.compile(
    r"^\s*(?:and\s+|then\s+|so\s+)?(?:we|they|he|she)(?:'ll|’ll|\s+will|'d|’d|\s+would|\s+can)\b",
    re.IGNORECASE,
)


def _resolve_person(task: str, context: _Context, index: int, sentence: Sentence) -> str:
    """ "I'll text him" after "tell Marcus": the one person named just before."""
    match = _PERSON_OBJECT.search(task)
    count = len(_PERSON_OBJECT.findall(task))
    if match is None:
        match = action_refs.PERSON_BEFORE_OBJECT.match(task)
        count = 1 if match is not None else 0
    if match is None or count != 1:
        return task
    if re.match(r"^(?:tell|ask|remind|let)\s+(?:him|her)\b\W*$", task, re.IGNORECASE):
        return task  # "I'll tell her": what about is not said
    sentences = context.document.sentences
    speakers = {w.lower() for n in context.document.speakers for w in n.split()}
    position = sentence.text.lower().find(task.lower()[:20])
    texts = [sentence.text[: max(0, position)]]
    texts += [s.text for s in reversed(sentences[max(0, index - 3) : index])]
    for text in texts:
        names = [
            m.group(0)
            for m in _NAME_TOKEN.finditer(text)
            if m.group(0).lower() not in _NOT_NAMES
            and m.group(0).lower() not in speakers
            and m.group(0).lower() not in grammar.TASK_VERBS
            and not find_dates(m.group(0), _ANY_REFERENCE)
        ]
        if len(set(names)) == 1:
            return f"{task[: match.start('pro')]}{names[0]}{task[match.end('pro') :]}"
        if names:
            return task  # two people named: which one is not clear
    return task


def _request(
    clause: str, sentence: Sentence, document: Document, context: _Context, imperative_ok: bool
) -> tuple[str, str] | None:
    """(task, kind) for a request addressed to the user, if the clause is one."""
    text = clause.strip()
    if action_rules.is_wish(text) or _LIST_LABEL.match(sentence.text):
        return None
    if id(sentence) in context.after_prompt:
        return None  # "Not you? Contact us within 48 hours."
    text = _MAKE_SURE_HOME.sub(r"\g<lead>be ", text)
    speaker = _name(sentence, document)
    code = action_rules.reply_code(text, _previous_text(sentence, document), speaker)
    if code is not None:
        return code, "reply"
    invitation = _INVITATION.search(text)
    if invitation is not None:
        act = next(g for g in invitation.groups() if g)
        act = _LIGHT_VERBS.sub("", grammar.trim_clause(act))
        act = re.sub(r"^(?:to\s+)", "", act)
        if act and len(act.split()) <= 12 and not re.match(r"(?:it|that|this|so)\b", act):
            who = f" to {speaker}" if speaker else ""
            topic = action_echo.reply_topic(grammar.rewrite_request(act, speaker))
            if topic:
                return f"Reply{who} about {topic}", "invitation"
    if action_rules.is_conditional(text, sentence.text) or action_rules.is_ongoing_advice(
        _LEADING_TIME.sub("", text)
    ):
        return None  # "if she stops eating, call us"; "keep water available"
    avoid = _AVOID.match(text)
    if avoid is not None:
        return f"avoid {avoid.group('gerund')}{avoid.group('rest')}", "request"
    handed_in = _handed_in(text)
    if handed_in is not None:
        return _rewrite(handed_in, speaker, context), "request"
    for pattern in _REQUESTS:
        match = pattern.search(text)
        if match is None:
            continue
        before = text[: match.start()]
        if (
            _OPT_IN_CONDITION.search(before)
            or action_rules.is_contingency(before)
            or re.search(r"\b(?:if|unless|when|whether)\s+$", before, re.IGNORECASE)
        ):
            return None  # "if you need to reschedule, call us": a condition, not a request
        if re.search(r"\b(?:to|in\s+order\s+to|so\s+as\s+to)\s+$", before, re.IGNORECASE):
            continue  # "To make sure your bill is accurate, please submit ...": a purpose
        task = match.group("task")
        gerund = match.groupdict().get("gerund")
        if gerund == "review":
            task = "review " + task
        elif gerund:
            task = grammar.base_form(gerund) + task
        return _rewrite(task, speaker, context), "request"
    advice = _ADVICE.search(text)
    if advice is not None and _advising(sentence, context):
        return _rewrite(advice.group("task"), speaker, context), "request"
    let_know = _LET_KNOW.search(text)
    if let_know is not None:
        what = grammar.trim_clause(let_know.group("what"))
        topic = _reply_topic(what, sentence, document)
        if topic is not None and speaker:
            return f"reply to {_first_name(speaker)} about {topic}", "let-know"
        who = speaker or "them"
        return grammar.rewrite_request(f"let {who} know {what}".strip(), speaker), "let-know"
    ready = _READY.search(text)
    if ready is not None:
        return _pick_up(ready, text, speaker, context), "ready"
    collect = _collectable(text, _previous_text(sentence, document))
    if collect is not None and sentence.from_user is False:
        return f"pick up the {collect}", "ready"
    money = _MONEY_REQUEST.match(text)
    if money is not None:
        following = _next_text(sentence, document)
        memo = _MEMO.match(following.strip()) if following else None
        what = f" for {memo.group('memo')}" if memo is not None else ""
        return f"pay {money.group('who')} {money.group('amount')}{what}", "request"
    if _SIGNATURE.search(text):
        sender = speaker or context.organisation
        named = f"{sender} " if sender else ""
        return f"be home to sign for the {named}delivery", "request"
    need = _WE_NEED.search(text)
    if need is not None:
        return _rewrite(f"send {need.group('x')}", speaker, context), "request"
    official = action_rules.official_request(grammar.strip_adverbs(text))
    if official is not None:
        return _rewrite(official, speaker, context), "request"
    if (
        not imperative_ok
        or _OPT_IN_CONDITION.search(sentence.text)
        or action_rules.is_contingency(sentence.text)
    ):
        return None
    bare = grammar.strip_adverbs(_LEADING_TIME.sub("", text))
    first = bare.split(" ", 1)[0].lower().strip(",.!?") if bare else ""
    if re.match(r"^let\s+(?:me|us)\s+(?!know\b)", bare, re.IGNORECASE):
        return None  # "Let me look": the speaker's own step
    if first in grammar.TASK_VERBS and not text.endswith("?") and not _NOUN_SUBJECT.match(bare):
        if action_rules.is_marketing(bare):
            return None  # "Upgrade to Premium from $9", "Read the full story on our site"
        return _rewrite(bare, speaker, context), "imperative"
    return None


# "Rent will be $1,840", "Order forms went home", "Book club is Thursday": a verb-like
# word that is the subject (or part of it) of a finite verb, not an imperative.
_NOUN_SUBJECT = re.compile(
    r"^[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:is|are|was|were|'s|has|had|will|would|can|could|should|"
    r"must|may|might|went|came|arrived|got|goes|seems|looks|needs|starts|ends|opens|closes|"
    r"runs|begins|went|look(?:ed)?\s+(?:great|good|fine))\b",
    re.IGNORECASE,
)


# "Agenda: priorities, staffing, open risks": a list of topics, not requests.
_LIST_LABEL = re.compile(
    r"^\s*(?:agenda|topics?|attendees|present|guests|where|location|ingredients|items|"
    r"highlights|release\s+notes|changes|included|amenities|features)\s*:",
    re.IGNORECASE,
)
# "make sure someone is home to let him in" -> "be home to let him in".
_MAKE_SURE_HOME = re.compile(
    r"(?P<lead>\b)make\s+sure\s+(?:that\s+)?(?:someone|somebody|an\s+adult)(?:'s|’s|\s+is)\s+"
    r"(?=(?:at\s+)?home\b)",
    re.IGNORECASE,
)
_PROMPT_QUESTION = re.compile(
    r"^(?:not\s+you|questions|any\s+questions|need\s+help|problems?|issues?|trouble|"
    r"wrong\s+\w+|not\s+interested|didn'?t\s+\w+\s+this)\s*\?\s*$",
    re.IGNORECASE,
)


# "Your essay proposals are due on the 20th", "Signed permission slips and the $12 fee are
# due by Tuesday": what is handed in, paid or returned by then.
_IS_DUE = re.compile(
    r"^(?:(?:reminder|note|fyi)\s*[:,-]\s*)?(?:and\s+|also\s+)?(?P<thing>(?:(?:the|your|our|all|"
    r"any)\s+)?[\w$,.'’ -]{2,60}?)\s+(?:is|are)\s+(?:now\s+|still\s+)?due\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_SUBMITTED = re.compile(
    r"\b(?:papers?|essays?|assignments?|homework|problem\s+sets?|reports?|forms?|applications?|"
    r"proposals?|slips?|projects?|worksheets?|labs?|timesheets?|surveys?|questionnaires?|"
    r"registrations?|drafts?|abstracts?|theses|thesis|portfolios?|write-?ups?|entries|entry|"
    r"receipts?|documents?|paperwork|books?|fees?|payments?|bills?|tuition|dues|assessments?|"
    r"invoices?|deposits?|premiums?)\b",
    re.IGNORECASE,
)
_PAID = re.compile(
    r"\b(?:fees?|payments?|bills?|tuition|dues|assessments?|invoices?|deposits?|premiums?|"
    r"balance)\b",
    re.IGNORECASE,
)
_RETURNED = re.compile(r"\b(?:books?|slips?|equipment|devices?|laptops?|keys?)\b", re.IGNORECASE)


def _handed_in(text: str) -> str | None:
    match = _IS_DUE.match(grammar.strip_adverbs(text.strip()))
    if match is None:
        return None
    thing = match.group("thing").strip()
    if re.fullmatch(
        r"(?:the\s+|your\s+)?(?:payment|balance|amount|fee|bill|payments|minimum\s+payment)",
        thing,
        re.IGNORECASE,
    ):
        return None  # "Payment is due on the 10th": what to pay was said before
    if not _SUBMITTED.search(thing) or re.search(
        r"\b(?:i|we|it|this|that|baby|he|she|they)\b", thing, re.IGNORECASE
    ):
        return None
    if _RETURNED.search(thing):
        verb = "return"
    elif _PAID.search(thing) and not re.search(r"\b(?:forms?|papers?|reports?)\b", thing, re.I):
        verb = "pay"
    else:
        verb = "submit"
    return f"{verb} {thing}{match.group('rest')}"


# "Your glasses will be ready on Thursday", "your prescription's being filled, it'll be
# ready this afternoon": something of the user's to collect (but "your table will be ready",
# "your results should be ready next week": nothing to pick up).
_COLLECTABLE = (
    r"(?:prescription|medication|medicine|meds|glasses|lenses|order|car|van|truck|bike|phone|laptop|"
    r"watch|suit|dress|dry\s+cleaning|alterations|keys|passport|photos|prints|parcel|package|"
    r"cake|repair)"
)
_WILL_BE_READY = re.compile(
    r"\byour\s+(?P<x>(?:\w+\s+)?" + _COLLECTABLE + r")(?:'s|’s)?\s+(?:\w+\s+){0,4}?"
    r"(?:(?:will|should|'ll|’ll)\s+be|is|are|(?<=[a-z])(?:'s|’s))\s+(?:now\s+|all\s+)?ready\b"
    r"(?!\s+to\b)",
    re.IGNORECASE,
)
_IT_READY = re.compile(
    r"\b(?:it|they)(?:'ll|’ll|\s+will|\s+should|'s|’s|'re|’re|\s+is|\s+are)\s+(?:be\s+)?"
    r"(?:now\s+|all\s+)?ready\b(?!\s+(?:to|for\s+you\s+to)\b)",
    re.IGNORECASE,
)
_YOUR_THING = re.compile(r"\byour\s+(?P<x>(?:\w+\s+)?" + _COLLECTABLE + r")\b", re.IGNORECASE)


def _collectable(text: str, previous: str) -> str | None:
    """The user's thing a shop or clinic says will be ready, if the text says so."""
    match = _WILL_BE_READY.search(text)
    if match is not None:
        return match.group("x").lower()
    ready = _IT_READY.search(text)
    if ready is None:
        return None
    thing = _YOUR_THING.search(text[: ready.start()]) or _YOUR_THING.search(previous)
    return thing.group("x").lower() if thing is not None else None


def _pick_up(ready: re.Match[str], text: str, speaker: str | None, context: _Context) -> str:
    """ "Your prescription is ready for pickup at 12 Oak Ave" -> "pick up the prescription
    from <the pharmacy that wrote>"."""
    thing = ready.group("x").strip()
    if not re.match(r"[\"“'‘A-Z0-9]", thing) and not re.match(r"(?i)the\b", thing):
        thing = "the " + thing
    org = context.organisation or speaker
    rest = text[ready.end() :].strip(" .!")
    if org:
        return f"pick up {thing} from {org}"
    return f"pick up {thing} {rest}".strip()


# What "let me know" leaves unsaid: "either way", "by Wednesday", "if you're coming".
_BARE_ANSWER = re.compile(
    r"^(?:[,.!:-]\s*)?(?:(?:either\s+way|asap|soon|please|thanks|pls|when\s+you\s+can|"
    r"(?:by|before|until)\s+\S+(?:\s+(?:morning|afternoon|evening|night|noon|at\s+the\s+latest))?|"
    r"(?:today|tomorrow|tonight)|(?:if|whether)\s+(?:or\s+not\s+)?(?:you(?:'re|’re|\s+are|'ll|’ll|"
    r"\s+will|\s+can|\s+could)?\s+)?(?:com(?:e|ing)|make\s+it|join(?:ing)?|attend(?:ing)?|"
    r"in|free|available|up\s+for\s+it|around|there)\b[^,.;]*)[,.!]?\s*)*"
    r"(?:so\s+.*|and\s+(?:whether|if)\s+.*)?$",
    re.IGNORECASE,
)
_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|tr)\s*:\s*)+", re.IGNORECASE)


def _first_name(speaker: str) -> str:
    """ "Gabriel Osei" -> "Gabriel"; "Ms. Ruiz", "Dr. Okafor" keep their title."""
    words = speaker.split()
    if len(words) >= 2 and not re.match(
        r"(?i)(?:mr|mrs|ms|miss|dr|prof|coach|aunt|uncle)\.?$", words[0]
    ):
        return words[0]
    return speaker


def _reply_topic(what: str, sentence: Sentence, document: Document) -> str | None:
    """The topic of a bare "let me know (either way / by Wednesday)": the mail's subject,
    or the question the speaker has just asked."""
    if what and not _BARE_ANSWER.match(what.strip()):
        return None
    if document.subject:
        topic = _SUBJECT_PREFIX.sub("", document.subject)
        topic = re.split(r"\s*(?:[?!+|]|\s[-—–]\s|[\U0001F000-\U0001FFFF\u2600-\u27BF])", topic)[0]
        topic = action_time.strip_time_phrases(topic.strip(" .:"), _ANY_REFERENCE).strip(" ,.:")
        if 1 <= len(topic.split()) <= 8:
            return topic[0].lower() + topic[1:] if not topic[:2].isupper() else topic
    index = next((i for i, s in enumerate(document.sentences) if s is sentence), -1)
    for previous in reversed(document.sentences[max(0, index - 2) : index]):
        if previous.speaker != sentence.speaker:
            break
        asked = _ASKED_PLAN.match(previous.text.strip())
        if asked is not None:
            verb = asked.group("verb").lower()
            return f"{grammar.gerund(verb)}{asked.group('rest')}".strip(" ?")
    return None


# "Could we move your lesson to Wed?" -> "moving your lesson to Wed".
_ASKED_PLAN = re.compile(
    r"^(?:hi|hey|hello)?[!,.]?\s*(?:so\s+)?(?:can|could|shall|should|would|may)\s+(?:we|I)\s+"
    r"(?P<verb>[a-z]+)(?P<rest>\s[^?]{3,80})\?$",
    re.IGNORECASE,
)


def _next_text(sentence: Sentence, document: Document) -> str:
    index = next((i for i, s in enumerate(document.sentences) if s is sentence), -1)
    if 0 <= index < len(document.sentences) - 1:
        following = document.sentences[index + 1]
        if following.speaker == sentence.speaker:
            return following.text
    return ""


def _previous_text(sentence: Sentence, document: Document) -> str:
    index = next((i for i, s in enumerate(document.sentences) if s is sentence), 0)
    return document.sentences[index - 1].text if index > 0 else ""


def _advising(sentence: Sentence, context: _Context) -> bool:
    """The speaker addresses the user about the user's affairs in this or the last turns."""
    if re.search(r"\bif\s+I\s+were\s+you\b", sentence.text, re.IGNORECASE):
        return True
    sentences = context.document.sentences
    index = next((i for i, s in enumerate(sentences) if s is sentence), -1)
    if index < 0:
        return False
    nearby = [s for s in sentences[max(0, index - 2) : index + 1] if s.speaker == sentence.speaker]
    return any(_SECOND_PERSON.search(s.text) for s in nearby)


# Bills to pay: "rent on the 1st" in a money note, "please pay online" in a billing mail.
_PAYABLE = re.compile(
    r"^(?:the\s+|my\s+)?(?P<x>(?:[a-z'’]+\s+){0,2}(?:rent|mortgage|tuition|taxes|tax\s+return|bill|"
    r"bills|invoice|premium|dues|fees?|deposit|installment|payment)|rent)\b",
    re.IGNORECASE,
)
_PAY_HOW = re.compile(
    r"^(?P<verb>pay|renew|register|re-?register|book)\s+(?:(?:it|this|that|now)\s+)?(?:online|now|"
    r"today|by\s+(?:card|phone|check|cheque|mail|post)|at|via|through|using|here|in\s+person)\b",
    re.IGNORECASE,
)
# What a notice asks to renew: "Your vehicle registration for plate X expires June 30".
_EXPIRING = re.compile(
    r"\byour\s+(?P<x>(?:[\w'’-]+\s+){0,3}?(?:registration|licen[cs]e|passport|permit|membership|"
    r"subscription|policy|insurance|coverage|card|lease|certificate|certification|visa|pass|"
    r"plan)(?:\s+(?:for|on|of)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)\s+(?:expires|will\s+expire|"
    r"is\s+(?:due\s+(?:for\s+renewal|to\s+expire)|expiring|set\s+to\s+expire|up\s+for\s+renewal)|"
    r"lapses|runs\s+out|ends)\b",
    re.IGNORECASE,
)
# "Q3 assessments ($275) are due by the 15th": the money asked for in the notice.
_PAYABLE_THING = re.compile(
    r"\b(?P<x>(?:[\w$'’-]+\s+){0,2}?(?:assessments?|dues|tuition|rent|premium|invoice|fees?|"
    r"installments?|balance|bill|charges?))\b(?:\s*\([^()]{1,20}\))?\s+(?:is|are)\s+(?:now\s+)?"
    r"(?:due|payable|owed)\b",
    re.IGNORECASE,
)
# "Biscuit is now due her annual booster", "your car is due for its MOT".
_DUE_FOR = re.compile(
    r"\b(?P<who>[A-Z][a-z]+|your\s+[a-z]+)\s+is\s+(?:now\s+|over)?due\s+(?:for\s+)?"
    r"(?:(?:her|his|its|their|a|an|the)\s+)(?P<x>[\w -]{3,40}?)\s*(?=[.,!;]|$)"
)
_UTILITY = re.compile(
    r"\b(?P<x>water|electric(?:ity)?|gas|power|energy|internet|broadband|phone|mobile|wireless|"
    r"cable|sewer|trash|waste|utility|utilities)\b",
    re.IGNORECASE,
)
_AMOUNT_DUE = re.compile(
    r"\b(?:amount|total|balance)\s+(?:due|owed|outstanding)\s*(?:is|of|:)?\s*(?P<amount>[$€£]\s?\d[\d,.]*\d)",
    re.IGNORECASE,
)
_PAY_TOO = re.compile(
    r"^(?P<verb>send|submit|bring|drop\s+off|hand\s+in|get)\s+"
    r"(?P<a>(?:the|your|my|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+and\s+(?:the\s+|your\s+)?"
    r"(?P<b>(?:(?:first|last|next)\s+\w+(?:'s|’s)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
    r"(?P<tail>\s+(?:by|on|before|tonight|tomorrow|today|at)\b.*)?$",
    re.IGNORECASE,
)
_MAKE_SURE_BOTH = re.compile(
    r"^(?:make\s+sure|ensure|check)\s+(?:that\s+)?(?P<a>.+?),?\s+and\s+that\s+(?P<b>.+)$",
    re.IGNORECASE,
)
_BILL_OF = re.compile(
    r"\b(?:your\s+)?(?P<what>[a-z]+)\s+(?:bill|statement|invoice)\b", re.IGNORECASE
)


def _rewrite(task: str, speaker: str | None, context: _Context) -> str:
    # "give us a call to book it" -> "call us to book it"; "drop me a line" -> "write to me".
    task = re.sub(
        r"^(?:give|make)\s+(us|me|them|him|her|[A-Z]\w+)\s+a\s+(?:call|ring|phone\s+call)\b",
        r"call \1",
        task,
        flags=re.IGNORECASE,
    )
    task = re.sub(
        r"^(?:shoot|send|drop)\s+(us|me|them|him|her)\s+(?:an?\s+)?(email|e-mail|text|message|line)\b",
        lambda m: f"{'text' if m.group(2) in ('text', 'message') else 'email'} {m.group(1)}",
        task,
        flags=re.IGNORECASE,
    )
    if context.organisation:
        task = re.sub(r"\bus\b", context.organisation, task)
    how = _PAY_HOW.match(task)
    if how is not None:
        # "Please pay online at x.com" -> "Pay the electricity bill".
        named = _notice_object(how.group("verb").lower(), speaker, context)
        if named is not None:
            return named
    return grammar.rewrite_request(task, speaker)


def _notice_object(verb: str, speaker: str | None, context: _Context) -> str | None:
    """What "pay online" / "renew online" in a notice is about, from the rest of it."""
    document = context.document
    texts = [document.body, document.subject or ""]
    if verb == "book":
        for text in texts:
            due = _DUE_FOR.search(text)
            if due is not None:
                who = due.group("who")
                owner = "the " + who.split()[-1] if who.lower().startswith("your") else who
                return f"book {owner}'s {due.group('x')}"
        return None
    if verb != "pay":
        for text in texts:
            expiring = _EXPIRING.search(text)
            if expiring is not None:
                return f"{verb} the {expiring.group('x')}"
        return None
    amount = _AMOUNT_DUE.search(document.body)
    of = f" of {amount.group('amount')}" if amount else ""
    for text in texts:
        thing = _PAYABLE_THING.search(text)
        if thing is not None and thing.group("x").lower().split()[0] not in ("the", "your", "this"):
            return f"pay the {thing.group('x')}{of}"
    for text in texts:
        bill = _BILL_OF.search(text)
        if bill is not None and bill.group("what").lower() not in _NOT_A_BILL:
            return f"pay the {bill.group('what').lower()} bill{of}"
    utility = _UTILITY.search(f"{speaker or ''} {document.sender or ''} {document.subject or ''}")
    if utility is not None:
        return f"pay the {utility.group('x').lower()} bill{of}"
    if of:
        return f"pay the bill{of}"
    return None


_NOT_A_BILL = frozenset({"your", "the", "this", "a", "my", "our", "new", "latest", "monthly"})


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
        task = re.sub(r"^have\s+(it|them|that|those)\s+to\b", r"send \1 to", task, flags=re.I)
        task = re.sub(r"^do\s+(dinner|lunch|breakfast)\b", r"make \1", task, flags=re.I)
        if _NOT_TASK_AFTER_I.match(task):
            return None
        task = grammar.trim_clause(task)
        return grammar.rewrite_commitment(task, _counterpart(document, sentence))
    if allow_imperative:
        due = _DUE_THING.match(grammar.strip_adverbs(text))
        if due is not None:
            # "Performance reviews are due end of next week" in the user's own notes.
            return f"complete {due.group('thing')} {due.group('when')}".strip()
        bare = re.sub(
            r"^(?:todo|to-?do|(?:voice\s+)?(?:note|memo|reminder)\s+to\s+self|remind\s+me\s+to)"
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
        if first in grammar.TASK_VERBS and not _NOUN_SUBJECT.match(bare):
            other = _counterpart(document, sentence) if sentence.from_user is True else None
            return grammar.rewrite_commitment(bare, other)
    return None


def _finish(task: str) -> str | None:
    task = _LEADING_TIME.sub("", task.strip())
    # "review sections 7 (indemnity) and 11": an aside, not the end of the task.
    task = re.sub(r"\s*\((?!\d)[^()]{1,40}\)", "", task)
    if _TIMETABLE.search(task):
        return None  # "Return Sun 07 Dec 17:12 Chur → Zürich": an itinerary line
    task = re.sub(
        r"^(call|text|phone|dial|ring)\s+(?:this|that|the|our|my)\s+number\s+(?=to\b)",
        r"\1 ",
        task,
        flags=re.IGNORECASE,
    )
    task = grammar.strip_adverbs(grammar.trim_clause(task))
    if re.match(r"^[A-Za-z]+\s*,", task):
        return None  # "send, sorry": the object was said before the verb
    task = re.sub(r"\s+", " ", task).strip(" ,.")
    # "ring Mum re: Sunday" -> "call Mum about Sunday".
    task = re.sub(
        r"^ring\s+(?=(?:up\s+|back\s+)?(?:[A-Z]|the\b|him\b|her\b|them\b))", "call ", task
    )
    task = re.sub(r"\s+re:\s+", " about ", task)
    task = re.sub(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]+", "", task).strip()
    if not grammar.is_plausible_task(task) or _DOCUMENT_TITLE.match(task):
        return None
    if _is_vague(task) or action_refs.only_getting_there(task):
        return None
    return grammar.capitalise(task)


# "Visit summary", "Call notes - Acme", "Test note, please ignore": a title, not a task.
_DOCUMENT_TITLE = re.compile(
    r"^(?:call|visit|test|trip|check-?in|work|study|practice|order|sales)\s+"
    r"(?:summary|summaries|notes?|recap|log|minutes|transcript|report|details)\b"
    r"(?:\s*$|\s*[-–—:|(,]|\s+(?:please|pls|plz)\s+ignore\b)|"
    r"\b(?:please|pls|plz)\s+ignore\b",
    re.IGNORECASE,
)
_TIMETABLE = re.compile(
    r"[→⇄⇒]|\s->\s|^\w+\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d", re.IGNORECASE
)
_DATE_WORDS = re.compile(
    r"\b(?:today|tonight|tomorrow|now|later|soon|first|then|this|next|week|weekend|morning|"
    r"afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|by|at|"
    r"within|days|weeks|hours|latest|asap|"
    r"in|before|after|the|a|an|it|that|done|ready|\d+(?::\d+)?(?:am|pm)?)\b",
    re.IGNORECASE,
)


def _is_vague(task: str) -> bool:
    """ "Look tonight", "Do it", "Get that done by Wednesday": no object left."""
    words = task.split()
    rest = _DATE_WORDS.sub("", " ".join(words[1:]))
    rest = re.sub(r"[^\w]+", " ", rest).strip()
    if words[0].lower() in ("rsvp", "vote", "reply", "respond", "fast"):
        return False
    if re.match(
        r"^(?:take|have)\s+a\s+(?:quick\s+)?look\b(?!\s+(?:at|over|through)\b)", task, re.I
    ):
        return True  # "take a look before then": what to look at is not said
    if rest.lower() in ("more", "less", "better", "harder", "again", "more often"):
        return True  # "read more": a resolution, not a task
    return not rest or rest.lower() in ("up", "out", "off", "back", "over", "down")


def _due(
    clause: str,
    task: str,
    sentence_index: int,
    context: _Context,
    events: list[Event],
    kind: str = "",
) -> datetime | None:
    due = _stated_due(clause, task, sentence_index, context, events, kind)
    if due is None:
        return None
    if events:
        due = action_time.at_event_time(due, events)
    if due.time() == time(0, 0):
        # "pick both up on Wednesday" ... "I'll come by Wednesday at about five".
        due = context.clock_on(due) or due
    if events:
        starts = {e.start for e in events}
        if due in starts:
            # "arrive fifteen minutes early" to the appointment.
            due = action_time.minutes_early(task, due) or due
    return due


def _stated_due(
    clause: str,
    task: str,
    sentence_index: int,
    context: _Context,
    events: list[Event],
    kind: str,
) -> datetime | None:
    mentions = [m for m in find_dates(clause, context.reference) if not m.past]
    mentions = [m for m in mentions if not _DUE_LEAD.search(clause[: m.start])]
    # "next week", "this month": a period, not a due date.
    mentions = [m for m in mentions if m.has_time or not _VAGUE_PERIOD.fullmatch(m.phrase)]
    # "the 1:30 debrief": a clock time naming a meeting, not the deadline.
    mentions = [
        m for m in mentions if m.has_day or not re.search(r"the\s+$", clause[: m.start], re.I)
    ]
    section = context.section[sentence_index]
    if mentions:
        inside = [m for m in mentions if m.phrase.lower() in task.lower()]
        chosen = (inside or mentions)[0]
        if section is not None:
            if not chosen.has_day:
                return combine(section, chosen)  # "Wed" / "- book club 19:00"
            if chosen.phrase.lower() == "today":
                return section.value  # "Tue" / "- expense report (deadline is today)"
        if not chosen.has_day and action_time.same_day(clause):
            # "by 8:30 AM that morning": the day said before.
            previous = context.last_day(sentence_index - 1) if sentence_index > 0 else None
            if previous is not None:
                return combine(previous, chosen)
        return chosen.value
    within = action_time.within_due(clause, context.reference)
    if within is not None:
        return within
    if kind == "ready":
        later = _deadline_after(sentence_index, context)
        if later is not None:
            return later
    if action_time.is_recurring(clause):
        return None  # "initial it each week": a habit
    sentence_text = context.document.sentences[sentence_index].text
    # A date said elsewhere in the same sentence ("Tomorrow, first thing: call the bank"),
    # unless it names what something is for ("groceries for Friday dinner").
    elsewhere = [
        m
        for m in context.mentions[sentence_index]
        if not m.past
        and m.has_day
        and not _VAGUE_PERIOD.fullmatch(m.phrase)
        and not _DUE_LEAD.search(sentence_text[: m.start])
    ]
    if len(elsewhere) == 1 and not _THEN.search(sentence_text):
        return elsewhere[0].value
    if section is not None:
        clock = [m for m in context.mentions[sentence_index] if m.has_time and not m.has_day]
        return combine(section, clock[0]) if clock else section.value
    if _THEN.search(sentence_text):
        if re.search(r"next\s+time", sentence_text, re.I) and len(events) == 1:
            return events[0].start
        previous = context.last_date(sentence_index - 1) if sentence_index > 0 else None
        if previous is not None:
            return previous.value
    verb = task.split(" ", 1)[0].lower()
    if _BEFORE_VISIT.search(clause):
        # "fill out the form before you come in": the visit last agreed on.
        occasion = _recent_occasion(sentence_index, context)
        if occasion is not None:
            return occasion
    if len(events) == 1 and (verb in _PREP_VERBS or re.search(r"\bbefore\b", task, re.I)):
        return events[0].start
    # A task that names a coming event ("bring the cable to the game night",
    # "present it at the review") is due when the event starts.
    named = _event_named_in(f"{clause} {sentence_text}", events)
    if named is not None and (verb in _PREP_VERBS or verb in _AT_EVENT_VERBS):
        return named.start
    if (
        len(events) == 1
        and verb in _AT_EVENT_VERBS
        and re.search(r"\b(?:there|then|at\s+the|to\s+the)\b", clause, re.I)
    ):
        return events[0].start
    if not events and verb in _PREP_VERBS:
        # "Monday at 9:30 with Dr. Patel ... bring his vaccination record": the occasion
        # said shortly before, even when it was not recognised as an event.
        occasion = _recent_occasion(sentence_index, context)
        if occasion is not None:
            return occasion
    # A deadline stated in the sentence before ("The deadline has moved to March 4").
    if sentence_index > 0 and re.search(
        r"\b(?:deadline|due)\b", context.document.sentences[sentence_index - 1].text, re.I
    ):
        stated = [m for m in context.mentions[sentence_index - 1] if not m.past]
        if stated:
            return stated[0].value
    return _said_just_before(sentence_index, context, kind)


_UNTIL = re.compile(r"\b(?:until|till|by|before|through|no\s+later\s+than)\s+(?:the\s+)?$", re.I)


def _deadline_after(sentence_index: int, context: _Context) -> datetime | None:
    """ "Your order is ready for pickup. It will be held until Sat 8/16.": the deadline
    said in the next sentences of the same message."""
    sentences = context.document.sentences
    current = sentences[sentence_index]
    for position in range(sentence_index + 1, min(len(sentences), sentence_index + 3)):
        if sentences[position].speaker != current.speaker:
            break
        text = sentences[position].text
        within = action_time.within_due(text, context.reference)
        if within is not None:
            return within
        for mention in context.mentions[position]:
            if not mention.past and mention.has_day and _UNTIL.search(text[: mention.start]):
                return mention.value
    return None


_BEFORE_VISIT = re.compile(
    r"\bbefore\s+(?:you\s+(?:come\s+in|arrive|get\s+here)|your\s+(?:visit|appointment|session|"
    r"scan|arrival|exam|procedure|class|lesson|shift|interview))\b",
    re.IGNORECASE,
)


def _recent_occasion(sentence_index: int, context: _Context) -> datetime | None:
    """The most recent future day said in the last few sentences, with its clock time if
    one follows in the next sentence ("next Saturday?" - "Yep, 9am")."""
    first = max(0, sentence_index - 6)
    for position in range(sentence_index - 1, first - 1, -1):
        dated = [
            m
            for m in context.mentions[position]
            if not m.past and m.has_day and not _VAGUE_PERIOD.fullmatch(m.phrase)
        ]
        if not dated:
            continue
        chosen = dated[-1]
        if not chosen.has_time and position + 1 < sentence_index:
            clocks = [m for m in context.mentions[position + 1] if m.has_time and not m.has_day]
            if clocks:
                return combine(chosen, clocks[0])
        return chosen.value
    return None


def _said_just_before(sentence_index: int, context: _Context, kind: str) -> datetime | None:
    """A request right after its speaker named one date: "The service is at 11pm on the
    24th. Could you read the second lesson?" is due then."""
    if kind not in ("request", "imperative") or sentence_index == 0:
        return None
    sentences = context.document.sentences
    current = sentences[sentence_index]
    previous = sentences[sentence_index - 1]
    if previous.speaker != current.speaker or previous.from_user is True:
        return None
    if context.mentions[sentence_index]:
        return None
    dated = [
        m
        for m in context.mentions[sentence_index - 1]
        if not m.past and m.has_day and not _VAGUE_PERIOD.fullmatch(m.phrase)
    ]
    if len({m.value.date() for m in dated}) != 1:
        return None
    # "the Christmas Eve service is at 11pm on the 24th": one day, said twice.
    return max(dated, key=lambda m: m.has_time).value


_AT_EVENT_VERBS = frozenset(
    """present demo show share bring wear pack read sing play lead host introduce pitch cover
    take drive pick""".split()
)
_EVENT_STOP = frozenset(
    """with at the a an to for of on in and meeting call visit appointment""".split()
)


def _event_named_in(text: str, events: list[Event]) -> Event | None:
    """The one coming event whose distinctive title words occur in ``text``."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]+", text)}
    named = [
        e
        for e in events
        if {w.lower() for w in re.findall(r"[A-Za-z][\w'-]+", e.title)} - _EVENT_STOP & words
    ]
    return named[0] if len(named) == 1 else None


_GENERIC_TITLE = re.compile(r"^(?:meeting|call|chat|catch-?up|plans?)\s+with\b", re.IGNORECASE)


def _with_event_context(description: str, events: list[Event]) -> str:
    """ "Bring Catan" -> "Bring Catan to Game night with Kai" when one event is coming."""
    verb = description.split(" ", 1)[0].lower()
    if len(events) != 1 or verb not in ("bring", "wear", "pack", "rsvp"):
        return description
    if re.search(r"\b(?:to|for)\s+(?:the\s+)?[A-Za-z]", description.split(" ", 2)[-1]):
        return description
    title = events[0].title
    if _GENERIC_TITLE.match(title):
        return description  # "Meeting with Priya": the occasion's own name is not known
    if not title[1:2].isupper():
        title = title[:1].lower() + title[1:]
    if verb == "rsvp":
        rest = description.split(" ", 1)[1] if " " in description else ""
        return f"RSVP to {title} {rest}".strip()
    return f"{description} to the {title}"


def _addressed_elsewhere(sentence: Sentence, document: Document) -> bool:
    """ "Jordan - can you chase legal?" said to someone else than the user."""
    if document.user_cc_only:
        return True
    vocative = _VOCATIVE.match(sentence.text)
    if vocative is None:
        return False
    name = vocative.group("name").capitalize()
    if name.lower() in grammar.TASK_VERBS or name.lower() in ("hi", "hey", "yes", "no", "sure"):
        return False
    others = {n.split()[0] for n in document.speakers if n.lower() != "me"}
    return name in others or (document.recipient is not None and name != document.recipient)


def extract_actions(
    document: Document, reference: datetime, events: list[Event] | None = None
) -> list[ActionItem]:
    events = events or []
    expanded = [action_sms.expand(s.text) for s in document.sentences]
    if any(e is not s.text for e, s in zip(expanded, document.sentences, strict=True)):
        document = replace(
            document,
            sentences=[
                s if e is s.text else replace(s, text=e)
                for e, s in zip(expanded, document.sentences, strict=True)
            ],
        )
    document = _infer_user(document)
    context = _Context(document, reference)
    candidates: list[_Candidate] = []
    invited = False
    pending_group: tuple[str, int] | None = None
    monologue = bool(document.sentences) and all(s.from_user is True for s in document.sentences)
    note_like = (
        document.kind == "note"
        or (monologue and document.kind in ("chat", "transcript"))
        or bool(re.search(r"\b(?:note to self|todo|to-do|reminder to self)\b", document.body, re.I))
    )
    dialogue = bool(document.others())
    # Minutes with an "Actions" section: the discussion above it holds no tasks of its own.
    actions_from = _actions_section(document)
    post = document.kind == "post"  # a post's imperatives ask its readers
    # A sermon, a podcast, a speech, a guided tour: exhortations to everyone listening.
    audience_from = (
        action_rules.audience_speakers(
            document.spec, [(s.speaker, s.text) for s in document.sentences[:40]]
        )
        if document.kind == "transcript"
        else set()
    )
    # Several speakers, even when none is known to be the user, make a conversation:
    # an ad read heard in it covers only the reader's own sentences.
    several = len({s.speaker for s in document.sentences if s.speaker}) > 1
    promo = action_rules.promo_sentences(document.sentences, dialogue or several)
    for index, sentence in enumerate(document.sentences):
        if sentence.done:
            continue  # "- [x] pay the water bill": ticked off already
        if index in promo and sentence.from_user is not True:
            continue  # "Join free and earn points", "use code X": an advert's call to action
        if (sentence.speaker or "").lower() in _HEADER_SPEAKERS:
            continue  # "Invitation: Budget sync" read as a speaker: a heading
        if sentence.from_user is not True:
            group = _GROUP_REQUEST.search(sentence.text)
            if group is not None:
                pending_group = (group.group("task"), index)
        elif (
            pending_group is not None
            and _ACCEPT.search(sentence.text)
            and index - pending_group[1] <= 2
        ):
            _add(
                candidates,
                pending_group[0],
                sentence.text,
                sentence,
                index,
                "accepted",
                context,
                events,
            )
            pending_group = None
            continue
        if sentence.from_user is True and candidates and _ACCEPT.search(sentence.text):
            _date_acceptance(candidates, sentence, index, context)
        if (
            sentence.from_user is True
            and candidates
            and candidates[-1].sentence.from_user is False
            and candidates[-1].kind != "offered"  # "should I bring anything?" - "a salad" - "done"
            and index - candidates[-1].index <= 2
            and action_rules.already_done(sentence.text)
        ):
            candidates.pop()  # "can you restart it?" - "already did": nothing left to do
            continue
        offered = (
            action_echo.offered_item(document.sentences[index - 1].text, sentence.text)
            if index > 0
            and sentence.from_user is not True
            and document.sentences[index - 1].from_user is True
            else None
        )
        if offered is not None:
            _add(candidates, offered, sentence.text, sentence, index, "offered", context, events)
            continue
        invitation = _INVITED_BY.search(sentence.text)
        if invitation is not None and sentence.from_user is not True:
            task = (
                f"respond to {invitation.group('who')}'s invitation to {invitation.group('what')}"
            )
            _add(candidates, task, sentence.text, sentence, index, "invitation", context, events)
        previous_found = True
        previous_clause = ""
        owned = _owned_item(sentence.text)
        if owned is not None:
            if owned:
                _add(candidates, owned, owned, sentence, index, "commitment", context, events)
            continue
        if index < actions_from and not _OWN_LINE.search(sentence.text):
            continue
        assigned = _ASSIGNED.match(sentence.text)
        if (
            assigned is not None
            and assigned.group("name").lower() not in _LABEL_WORDS
            and sentence.text[assigned.end() - 1 :].split(" ", 1)[0].lower() in grammar.TASK_VERBS
        ):
            continue
        for position, (clause, joiner) in enumerate(_clauses(sentence.text)):
            found: str | None = None
            if sentence.from_user is not False and _FORMULA.match(clause.strip()):
                previous_found = False
                continue  # "leave it with me", "consider it done": an acceptance
            kind = "commitment"
            # A verb after "and" shares the subject of the clause before ("We can drop
            # X and go with Y"): it is an imperative only if that clause was one too.
            imperative_ok = (
                position == 0
                or previous_found
                or joiner in (",", ";")
                or len(previous_clause.split()) <= 2
            )
            previous_clause = clause
            # A message of unknown origin with no speakers ("other_text") is read like a
            # letter to the user: its requests are the user's tasks.
            letter = document.kind == "text" and sentence.speaker is None
            if (sentence.from_user is not True or letter) and not _addressed_elsewhere(
                sentence, document
            ):
                request = _request(clause, sentence, document, context, imperative_ok)
                if request is not None:
                    found, kind = request
                    if kind == "let-know" and invited:
                        continue
                    if kind in ("request", "imperative") and (
                        action_rules.in_the_moment(clause)
                        or (
                            sentence.speaker in audience_from
                            and not action_rules.is_assignment(clause)
                        )
                    ):
                        previous_found = False
                        continue  # "Pass the salt"; a preacher's "bring it to God in prayer"
            if found is None and sentence.from_user is not False:
                found = _commitment(
                    clause,
                    sentence,
                    document,
                    allow_imperative=(
                        note_like
                        or sentence.bullet
                        # "Sure, send me the deck" to someone else is their task; "I'll
                        # call the bank, then pay the bill" continues the user's own.
                        or (position > 0 and (previous_found or not (dialogue or post)))
                    )
                    and imperative_ok,
                )
            if found is None and letter:
                found = action_plans.summary_step(clause)  # "Next steps: you will ..."
            if found is None and (sentence.from_user is True or note_like):
                found = action_plans.dated_plan(clause)  # "Tomorrow I'm calling her"
            # "... and we'll adjust it": someone else's step, not a continued task.
            other_subject = _OTHER_SUBJECT.match(clause) is not None
            if (
                found is None
                and sentence.from_user is not True
                and candidates
                and not other_subject
            ):
                found = _continuation(clause, sentence, candidates[-1], index)
            if found is None and candidates and not other_subject:
                found = _elided_verb(clause, sentence, candidates[-1], index)
            previous_found = found is not None
            if found is None:
                continue
            if _anaphoric(found, clause, candidates, index, context):
                continue
            found = _resolve_pronoun(found, context, index, sentence)
            found = _resolve_person(found, context, index, sentence)
            found = action_refs.partitive(
                found, [s.text for s in reversed(document.sentences[max(0, index - 2) : index])]
            )
            if _add(candidates, found, clause, sentence, index, kind, context, events):
                invited = invited or kind == "invitation"
    labelled = next(
        (
            s.text
            for s in document.sentences
            if (s.speaker or "").lower() in ("invitation", "invite", "updated invitation")
        ),
        None,
    )
    rsvp = action_rules.rsvp_task(
        "\n".join(s.text for s in document.sentences), document.subject, labelled
    )
    if rsvp is not None and not any(c.kind == "invitation" for c in candidates):
        candidates.append(_Candidate(rsvp, None, document.sentences[0], 0, "RSVP", "rsvp", rsvp))
    last_user = max(
        (i for i, s in enumerate(document.sentences) if s.from_user is True), default=-1
    )
    # "Reply C to confirm" once the user has replied is done.
    # "Reply C to confirm" once the user has replied is done; so is a question the user
    # answered later ("Are you free Monday?" - "Yes, that works").
    candidates = [
        c
        for c in candidates
        if c.kind not in ("reply", "invitation")
        or c.index > last_user
        or (c.kind == "invitation" and c.description.lower().startswith("respond to"))
    ]
    items = _dedupe([c for c in candidates if not _handed_off(c, document)])
    if document.quotes:
        items = action_quotes.add_quoted(document, reference, events, items, extract_actions)
    return items


_MINUTES = re.compile(
    r"^(?:meeting\s+)?minutes\b|[–-]\s*minutes\b|\bminutes\s*[–:(-]|"
    r"^\s*(?:attendees|present|participants)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_ACTIONS_HEADER = re.compile(
    r"^(?:action\s+items?|actions|next\s+steps|follow-?\s?ups?|to-?dos?|tasks)\s*:?$", re.IGNORECASE
)


_OWN_LINE = re.compile(r"\bme\s+to\b|@me\b|\bI(?:'ll|’ll|\s+will)\b", re.IGNORECASE)


def _actions_section(document: Document) -> int:
    """The index of the "Actions" heading in meeting minutes (0 when there is none)."""
    heads = [s.text for s in document.sentences[:3]]
    if not ("minutes" in document.spec or any(_MINUTES.search(t) for t in heads)):
        return 0
    return next(
        (i for i, s in enumerate(document.sentences) if _ACTIONS_HEADER.match(s.text.strip())), 0
    )


def _owned_item(text: str) -> str | None:
    """A minutes line with an owner: the task when the owner is the user, "" when it is
    someone else's, None when the line is not one."""
    item = _MINUTES_ITEM.match(text.strip())
    rest = item.group("rest").strip() if item is not None else text.strip()
    if item is None and not rest.lower().startswith("@me"):
        return None
    owner = _OWNER.match(rest)
    if owner is None:
        return None
    who = owner.group("who")
    if not who.startswith("@") and (
        who.lower() in grammar.TASK_VERBS
        or (owner.group("sep") is None and not _ME_OWNER.match(who))
    ):
        return None  # "Action: send the deck", "Todo: dentist appointment": no owner named
    if _ME_OWNER.search(who):
        task = owner.group("task")
        if item is None and task.split(" ", 1)[0].lower() not in grammar.TASK_VERBS:
            return None  # "@me can you review ...": an ordinary request
        return task
    return ""


def _add(
    candidates: list[_Candidate],
    found: str,
    clause: str,
    sentence: Sentence,
    index: int,
    kind: str,
    context: _Context,
    events: list[Event],
) -> bool:
    split = _PAY_TOO.match(found.strip())
    if split is not None and _PAYABLE.match(split.group("b")):
        # "send the application and first month's deposit by Wednesday": two tasks.
        tail = split.group("tail") or ""
        first = f"{split.group('verb')} {split.group('a')}{tail}"
        added = _add(candidates, first, clause, sentence, index, kind, context, events)
        second = f"pay {split.group('b')}{tail}"
        return _add(candidates, second, clause, sentence, index, kind, context, events) or added
    both = _MAKE_SURE_BOTH.match(found.strip())
    if both is not None:
        # "make sure the router is accessible and that someone is home": two checks.
        added = False
        for part in (both.group("a"), both.group("b")):
            task = f"make sure {part}"
            added = _add(candidates, task, clause, sentence, index, kind, context, events) or added
        return added
    description = _finish(action_advice.drop_consequence(found))
    spoken = context.document.kind == "transcript" and sentence.from_user is not True
    if description is None or action_advice.not_a_task(description, kind, spoken):
        return False
    due = _due(clause, found, index, context, events, kind)
    if kind != "invitation":  # "Reply to Alex about lunch on Friday": the event's date
        description = action_time.strip_time_phrases(description, context.reference)
        if _is_vague(description):
            return False  # "Please pick up by Mar 6": nothing left but the verb
    core = description
    description = _with_event_context(description, events)
    candidates.append(
        _Candidate(description, due, sentence, index, _verb_of(description), kind, core)
    )
    return True


def _anaphoric(
    found: str, clause: str, candidates: list[_Candidate], index: int, context: _Context
) -> bool:
    """ "I'll do it Monday" / "get that done by Wednesday" / "do labels tonight" date the
    task said just before instead of making a new one."""
    match = _ANAPHORIC.match(grammar.strip_adverbs(found.strip()))
    if match is None:
        return _redates(found, clause, candidates, index, context)
    noun = match.group("noun")
    if noun is not None:
        target = next(
            (
                c
                for c in reversed(candidates)
                if c.verb.lower().startswith(noun.lower()[:4]) and index - c.index <= 4
            ),
            None,
        )
        if target is None:
            return False
    elif not candidates or index - candidates[-1].index > 4:
        return True  # "do it" with nothing to refer to is not a task either
    else:
        target = candidates[-1]
    mentions = [m for m in find_dates(clause, context.reference) if not m.past]
    if mentions:
        target.due_at = mentions[0].value
    return True


_SAME_TASK_AGAIN = re.compile(
    r"^(?P<verb>\w+)(?:\s+(?P<pro>it|that|this|them|those))?\b(?P<rest>.*)$", re.IGNORECASE
)


def _redates(
    found: str, clause: str, candidates: list[_Candidate], index: int, context: _Context
) -> bool:
    """ "will merge tomorrow morning" / "I'll change it this week" in reply to a request
    just made: the user's own date for that task, not a new one."""
    match = _SAME_TASK_AGAIN.match(grammar.strip_adverbs(found.strip()))
    if match is None or not candidates:
        return False
    rest = re.sub(r"[^\w]+", " ", _DATE_WORDS.sub("", match.group("rest"))).strip()
    if rest:
        return False
    target = candidates[-1]
    sentence = context.document.sentences[index]
    replier_is_user = sentence.from_user is True or (
        sentence.from_user is None
        and sentence.speaker is not None
        and target.sentence.speaker not in (None, sentence.speaker)
    )
    if (
        target.sentence.from_user is True
        or not replier_is_user
        or index - target.index > 3
        or (match.group("pro") is None and match.group("verb").lower() != target.verb.lower())
    ):
        return False
    mentions = [m for m in find_dates(clause, context.reference) if not m.past]
    if mentions and not _VAGUE_PERIOD.fullmatch(mentions[0].phrase):
        target.due_at = mentions[0].value
    return True


def _date_acceptance(
    candidates: list[_Candidate], sentence: Sentence, index: int, context: _Context
) -> None:
    """ "sure, I'll do it this afternoon" dates the request just made."""
    last = candidates[-1]
    if index - last.index > 2 or last.sentence.from_user is True:
        return
    mentions = [m for m in context.mentions[index] if not m.past]
    if mentions:
        last.due_at = mentions[0].value


def _continuation(clause: str, sentence: Sentence, previous: _Candidate, index: int) -> str | None:
    """ "Maybe some bread too" right after "pick up milk" -> "pick up some bread"."""
    if previous.sentence.speaker != sentence.speaker or sentence.from_user is True:
        return None
    if index - previous.index > 3:
        return None
    match = _ELLIPSIS.match(clause.strip())
    if match is None:
        return None
    noun = match.group("np").strip()
    if not noun or any(w.lower() in grammar.TASK_VERBS for w in noun.split()[:1]):
        return None
    rest = match.group("rest").strip(" ,.!?")
    return f"{previous.verb.lower()} {noun} {rest}".strip()


# "Book a cleaning. Then the eye exam." : the next object of the same verb.
_NEXT_OBJECT = re.compile(
    r"^(?:then|and\s+then|next|after\s+that|also|plus|and)\s*,?\s+"
    r"(?P<np>(?:the|a|an|my|some)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*(?:[,.;!]|$)",
    re.IGNORECASE,
)


def _elided_verb(clause: str, sentence: Sentence, previous: _Candidate, index: int) -> str | None:
    if previous.sentence.speaker != sentence.speaker or index - previous.index > 2:
        return None
    match = _NEXT_OBJECT.match(clause.strip())
    if match is None:
        return None
    np = match.group("np")
    if any(
        w.lower() in grammar.TASK_VERBS or w.lower() in grammar.NON_VERB_START
        for w in np.split()[1:]
    ):
        return None
    return f"{previous.verb.lower()} {np}"


_CONTENT_STOP = frozenset(
    """the a an to for of on in at by with and or my your their his her our it this that these
    those before after tomorrow today tonight morning afternoon evening monday tuesday wednesday
    thursday friday saturday sunday next week""".split()
)


def _content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9'-]+", text.lower())[1:]  # without the verb
    return {w for w in words if w not in _CONTENT_STOP}


def _same_task(a: _Candidate, b: _Candidate) -> bool:
    if fuzz.token_set_ratio(a.core.lower(), b.core.lower()) >= _DUPLICATE_RATIO:
        return True
    # Same verb and object ("Call the vet about X" / "Call the vet tomorrow").
    wa, wb = a.core.lower().split(), b.core.lower().split()
    # "drop off the parcel" / "drop the parcel at the locker": the particle aside.
    wa = wa[:1] + [w for w in wa[1:2] if w not in _PARTICLES] + wa[2:]
    wb = wb[:1] + [w for w in wb[1:2] if w not in _PARTICLES] + wb[2:]
    span = 4 if wa[:2] == ["make", "sure"] else 3
    if len(wa) >= span and len(wb) >= span and wa[:span] == wb[:span]:
        return True
    # The same object and destination said twice by one speaker, close together
    # ("run the mockups past legal" ... "send the mockups to legal on Tuesday").
    ca, cb = _content_words(a.core), _content_words(b.core)
    shared = ca & cb
    if _takes_up(a, b) or _takes_up(b, a):
        return True
    return (
        a.sentence.speaker == b.sentence.speaker
        and abs(a.index - b.index) <= 4
        and len(shared) >= 2
        and len(shared) >= 0.6 * min(len(ca), len(cb))
    )


_OTHER_TAKES = re.compile(
    r"\bI(?:'ll|’ll|\s+will|\s+can|\s+could)\s+(?:just\s+|also\s+)?(?:\w+\s+)?"
    r"(?:get|grab|buy|pick\s+up|do|take|handle|bring|make|book|call|order|send)\b(?P<rest>.*)",
    re.IGNORECASE,
)


_DELEGATE = re.compile(
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|also\s+)?(?P<rest>[a-z].+)", re.IGNORECASE
)


def _delegated(candidate: _Candidate, document: Document) -> bool:
    """ "the form is due Friday" / "Me: can you do the daycare form?": asked of someone else."""
    if candidate.sentence.from_user is not False:
        return False
    own = _content_words(candidate.core)
    following = document.sentences[candidate.index + 1 : candidate.index + 3]
    for position, sentence in enumerate(following, start=candidate.index + 1):
        if sentence.from_user is not True:
            continue
        asked = _DELEGATE.search(sentence.text)
        if asked is None or not own & _content_words("x " + asked.group("rest")):
            continue
        replies = document.sentences[position + 1 : position + 3]
        return any(r.from_user is False and _ACCEPT_OTHER.search(r.text) for r in replies)
    return False


_ACCEPT_OTHER = re.compile(
    r"^(?:(?:fine|sure|ok|okay|yes|yeah|yep|of\s+course|no\s+problem)[,!. ]*)*"
    r"(?:i'?ll|i\s+will|i\s+can|will\s+do|on\s+it|got\s+it|sure|ok|okay|yes|yep|no\s+problem)\b",
    re.IGNORECASE,
)


def _handed_off(candidate: _Candidate, document: Document) -> bool:
    """ "Me: I have to buy a lunchbox" / "Partner: I'll get the lunchbox": not the user's."""
    if _delegated(candidate, document):
        return True
    if candidate.sentence.from_user is not True or candidate.kind != "commitment":
        return False
    own = _content_words(candidate.core)
    for sentence in document.sentences[candidate.index + 1 : candidate.index + 4]:
        if sentence.from_user is not False:
            continue
        match = _OTHER_TAKES.search(sentence.text)
        if match is not None and own & _content_words("x " + match.group("rest")):
            return True
    return False


def _takes_up(request: _Candidate, reply: _Candidate) -> bool:
    """ "I'd ask your teachers" ... "Me: I'll ask Ms. Greene on Monday": one task."""
    return (
        request.sentence.from_user is not True
        and request.kind == "request"
        and reply.sentence.from_user is True
        and reply.kind == "commitment"
        and 0 < reply.index - request.index <= 4
        and 0 < reply.sentence.turn - request.sentence.turn <= 2
        and (request.verb.lower() == reply.verb.lower() or _books_up(request, reply))
    )


_GET_DONE = frozenset({"get", "have", "do", "go", "see"})
_BOOK = frozenset({"book", "schedule", "arrange", "set"})


def _books_up(request: _Candidate, reply: _Candidate) -> bool:
    """ "You should get a follow-up scan" ... "Me: I'll book that": booking it is the task."""
    return (
        request.verb.lower() in _GET_DONE
        and reply.verb.lower() in _BOOK
        and bool(_content_words(request.core) & _content_words(reply.core))
    )


def _dedupe(candidates: list[_Candidate]) -> list[ActionItem]:
    kept: list[_Candidate] = []
    for candidate in candidates:
        duplicate = next((k for k in kept if _same_task(candidate, k)), None)
        if duplicate is not None and _takes_up(duplicate, candidate):
            # Keep the more specific wording; the user's own words date the task.
            if _books_up(duplicate, candidate) or len(_content_words(candidate.core)) > len(
                _content_words(duplicate.core)
            ):
                duplicate.description, duplicate.core = candidate.description, candidate.core
            if candidate.due_at is not None:
                duplicate.due_at = candidate.due_at
            continue
        if duplicate is not None:
            if candidate.due_at is not None and (
                duplicate.due_at is None or candidate.index > duplicate.index
            ):
                duplicate.due_at = candidate.due_at  # the later, more precise date
            continue
        kept.append(candidate)
    return [ActionItem(description=c.description, due_at=c.due_at) for c in kept]
