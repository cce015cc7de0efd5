"""Replies the user owes: "let me know (by Wednesday / if that works)" becomes "reply
to Ola about the housewarming", the topic taken from the mail's subject or the plan the
speaker has just asked about; an unlabelled voicemail's caller is the one to reply to.
"""

from __future__ import annotations

import re

from omi_actions.processing.local import action_time, grammar
from omi_actions.processing.local.action_phrasing import _ANY_REFERENCE
from omi_actions.processing.local.text import Document, Sentence

_LET_KNOW = re.compile(r"\blet\s+(?:me|us)\s+know\b(?P<what>.*)", re.IGNORECASE)
ASKS_TO_LET_KNOW = re.compile(r"let\s+(?:me|us)\s+know\b", re.IGNORECASE)
# "Please let Rachel know by Wednesday if you're coming": the reply goes to Rachel.
_LET_NAME_KNOW = re.compile(r"\b(?i:let)\s+(?P<who>[A-Z][a-z]+)\s+(?i:know)\b(?P<what>.*)")
_EMOJI = re.compile(r"[\U0001F000-\U0001FFFF\u2600-\u27BF]+")
_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|tr)\s*:\s*)+", re.IGNORECASE)


# "Hi, it's Marta from Helix Talent": who left an unlabelled voicemail or message.
_CALLER = re.compile(
    r"^(?i:(?:hi|hey|hello|morning|afternoon)\b[\s,!.]*)?(?i:it'?s|it’s|it\s+is|this\s+is)\s+"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Nurse|Coach)\.?\s+)?[A-Z][a-z]+)\b(?!\s+(?:here\s+)?about\b)"
)


def _caller(document: Document) -> str | None:
    """The name a speakerless message opens with, if it introduces its sender."""
    if any(s.speaker for s in document.sentences):
        return None
    for sentence in document.sentences[:2]:
        match = _CALLER.match(sentence.text.strip())
        if match is not None:
            return match.group("name")
    return None


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


# What "let me know" leaves unsaid: "either way", "by Wednesday", "if you're coming".
_BARE_ANSWER = re.compile(
    r"^(?:[,.!:-]\s*)?(?:(?:either\s+way|asap|soon|please|thanks|pls|when\s+you\s+can|"
    r"(?:by|before|until)\s+\S+(?:\s+(?:morning|afternoon|evening|night|noon|at\s+the\s+latest))?|"
    r"(?:today|tomorrow|tonight)|(?:if|whether)\s+(?:or\s+not\s+)?(?:you(?:'re|’re|\s+are|'ll|’ll|"
    r"\s+will|\s+can|\s+could)?\s+)?(?:com(?:e|ing)|make\s+it|join(?:ing)?|attend(?:ing)?|"
    r"in|free|available|up\s+for\s+it|around|there)\b[^,.;]*|"
    r"if\s+(?:that|this|it)\s+(?:works|suits|is\s+(?:ok|okay|fine))(?:\s+for\s+you)?)[,.!]?\s*)*"
    r"(?:so\s+.*|and\s+(?:whether|if)\s+.*)?$",
    re.IGNORECASE,
)


_IMPERATIVE_LEAD = re.compile(
    r"(?:^|[,.;:!]\s*|\b(?:please|pls|plz|and|also|just|kindly|can\s+you|could\s+you|"
    r"would\s+you)\s+)$",
    re.IGNORECASE,
)


def defers(task: str) -> bool:
    """Whether a request's task is a "let me know" that ``let_know`` words better."""
    if ASKS_TO_LET_KNOW.match(task):
        return True
    named = _LET_NAME_KNOW.match(task)
    return named is not None and _bare(named.group("what"))


def _bare(what: str) -> bool:
    what = _EMOJI.sub("", grammar.trim_clause(what)).strip(" ?")
    return not what or _BARE_ANSWER.match(what) is not None


def let_know(text: str, sentence: Sentence, document: Document, speaker: str | None) -> str | None:
    """The task of a "let me know" in ``text``, if there is one."""
    named = _LET_NAME_KNOW.search(text)
    if (
        named is not None
        and _IMPERATIVE_LEAD.search(text[: named.start()])  # not "I'll let Denise know"
        and _bare(named.group("what"))
    ):
        # A named third person collects the answers: reply to them about the topic.
        what = _EMOJI.sub("", grammar.trim_clause(named.group("what"))).strip(" ?")
        topic = _reply_topic(what, sentence, document)
        about = f" about {topic}" if topic else ""
        return f"reply to {named.group('who')}{about}"
    let_know = _LET_KNOW.search(text)
    if let_know is None:
        return None
    what = _EMOJI.sub("", grammar.trim_clause(let_know.group("what"))).strip(" ?")
    topic = _reply_topic(what, sentence, document)
    if topic is not None and speaker:
        return f"reply to {_first_name(speaker)} about {topic}"
    caller = speaker or _caller(document)
    if caller and (not what or _BARE_ANSWER.match(what)):
        # No topic in the message itself: ``_add`` names the one event it is about.
        return f"reply to {_first_name(caller)}"
    who = caller or "them"
    return grammar.rewrite_request(f"let {who} know {what}".strip(), speaker)
