"""Requests: what someone else asks the user to do ("can you X?", "please X",
"don't forget to X", an imperative), including replies to questions,
invitations, advice, money requests and sentences addressed to someone else
than the user.
"""

from __future__ import annotations

import re

from omi_actions.processing.local import (
    action_echo,
    action_github,
    action_needs,
    action_replies,
    action_rules,
    action_verbs,
    grammar,
)
from omi_actions.processing.local.action_address import _addressed_elsewhere
from omi_actions.processing.local.action_context import _Context, _name
from omi_actions.processing.local.action_objects import _collectable, _handed_in, _pick_up, _rewrite
from omi_actions.processing.local.action_phrasing import _LEADING_TIME
from omi_actions.processing.local.text import Document, Sentence

__all__ = ["_addressed_elsewhere", "_request"]

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
        r"\b(?:can|could|will|would)\s+you\s+(?:all\s+|guys\s+|both\s+)?"
        r"(?:please\s+|pls\s+|kindly\s+|also\s+|maybe\s+)?"
        r"(?!like\b|want\b|believe\b|imagine\b|tell\s+me\s+about\b|be\b|see\b|hear\b)"
        r"(?P<task>[a-z].+)",
        r"\b(?:would|do)\s+you\s+mind\s+(?P<gerund>\w+ing)\b(?P<task>.*)",
        # "Could everyone send me their slides?": the whole list, the user too.
        r"\b(?:can|could|would|will)\s+(?:everyone|everybody|all\s+of\s+you|each\s+of\s+you)\s+"
        r"(?:please\s+)?(?P<task>[a-z].+)",
        # "have"/"got" oblige only with "to": "any questions you have about it" owns.
        r"\byou\s+(?:(?:have|got|ought)\s+to|(?:need|must|should|gotta|'d better|had better|"
        r"better)(?:\s+to)?)\s+(?!be\b|have\s+been\b|until\b)(?P<task>[a-z].+)",
        # An agent's "You'll need to re-check your bag at the counter".
        r"\byou(?:'ll|’ll|\s+will)\s+(?:also\s+|still\s+)?need\s+to\s+(?!be\b)(?P<task>[a-z].+)",
        r"^(?:reminder|remember|todo|to-?do|action(?: item)?)\s*[:\-]\s*(?P<task>.+)",
        # "Only thing I need from you: please send ...": after a colon or dash too.
        r"(?:^|[,:;]\s*|\.\s*|\s-\s+)(?:(?:everyone|everybody|all|guys|folks|in\s+the\s+meantime|meanwhile|"
        r"for\s+now|after\s+that|before\s+then|until\s+then)\s*,?\s+)?"
        r"(?:and\s+|also\s+|oh\s+and\s+|just\s+|so\s+|but\s+)?(?:please|pls|plz|kindly)\s+"
        r"(?!do\s+not\b|don'?t\b)(?P<task>[a-z].+)",
        r"\btry\s+(?P<gerund>\w+ing)\b(?P<task>.*)",
    )
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
_OPT_IN_CONDITION = re.compile(
    r"\bif\s+(?:you\s+)?(?:need|want|wish|have\s+(?:any\s+)?questions|can'?t|cannot|are\s+unable|"
    r"would\s+like|prefer|have\s+(?:a|any)\s+(?:problem|issue|concern))",
    re.IGNORECASE,
)
# "No training Tuesday", "no swimming this week": a session called off, not advice.
_CANCELLED_ON = re.compile(
    r"^\s*(?:on\s+)?(?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"^\s*(?:today|tomorrow|tonight|(?:this|next)\s+(?:week|weekend|month))\b",
    re.IGNORECASE,
)
_AVOID = re.compile(r"^(?:and\s+|also\s+)?no\s+(?P<gerund>\w+ing)\b(?P<rest>.*)", re.IGNORECASE)
_NOT_NEEDED = re.compile(
    r"^\s*(?:is\s+|are\s+)?(?:(?:really|strictly)\s+)?(?:needed|required|necessary|"
    r"involved)\b",
    re.IGNORECASE,
)
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
_LIGHT_VERBS = re.compile(
    r"^(?:grab|have|get|go\s+(?:out\s+)?(?:for|to)|join\s+(?:me|us)\s+(?:for|at)|"
    r"come\s+(?:over\s+)?(?:for|to)|catch|do|meet\s+(?:up\s+)?for)\s+",
    re.IGNORECASE,
)


def _request(
    clause: str, sentence: Sentence, document: Document, context: _Context, imperative_ok: bool
) -> tuple[str, str] | None:
    """(task, kind) for a request addressed to the user, if the clause is one."""
    text = clause.strip()
    if action_rules.is_wish(text) or _LIST_LABEL.match(sentence.text):
        return None
    if id(sentence) in context.after_prompt:
        return None  # "Not you? Contact us within 48 hours."
    if _TO_SELF.match(text):
        return None  # "note to self buy a card": the user's own reminder, not a request
    if _HEDGED_AVOID.match(text):
        return None  # "Avoid unnecessary travel": a public alert's advice to everyone
    if _BRING_YOURSELF.search(text):
        return None  # "just bring yourself (and anyone you like)": a host's welcome
    text = _MAKE_SURE_HOME.sub(r"\g<lead>be ", text)
    text = _POLITE_IF.sub("could you ", text)  # "it'd be great if you could X": a request
    on_duty = _ON_DUTY.match(text)
    if on_duty is not None:
        return f"buy {on_duty.group('x').lower()}", "request"  # "and you're on snacks"
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
    if (
        avoid is not None
        and not _CANCELLED_ON.match(avoid.group("rest"))
        and not _NOT_NEEDED.match(avoid.group("rest"))  # "No fasting needed": a relief
        and not text.endswith("?")  # "No running at all?": someone wondering, not advice
    ):
        return f"avoid {avoid.group('gerund')}{avoid.group('rest')}", "request"
    handed_in = _handed_in(text)
    if handed_in is not None:
        return _rewrite(handed_in, speaker, context), "request"
    for pattern in _REQUESTS:
        match = pattern.search(text)
        if match is None:
            continue
        if action_replies.defers(match.group("task")):
            break  # "could you let me know by Wednesday?": a reply, topic found below
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
        thing = _FORGOTTEN_THING.match(task) if "forget" in pattern.pattern else None
        if thing is not None and not _OCCASION.search(thing.group(0)):
            # "don't forget your keycard (, the code changed)": have it with you.
            task = "bring " + re.split(r"\s*[,;.!]", task[: thing.end()] + task[thing.end() :])[0]
        gerund = match.groupdict().get("gerund")
        if gerund == "review":
            task = "review " + task
            named = action_github.pr_review(task, document.subject, document.body)
            if named is not None:
                return named, "request"
        elif gerund:
            task = grammar.base_form(gerund) + task
        return _rewrite(task, speaker, context), "request"
    advice = _ADVICE.search(text)
    if advice is not None and _advising(sentence, context):
        return _rewrite(advice.group("task"), speaker, context), "request"
    replied = action_replies.let_know(text, sentence, document, speaker)
    if replied is not None:
        return replied, "let-know"
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
    errand = (
        action_needs.parent_need(text, f"{_turn_before(sentence, document)} {sentence.text}")
        if sentence.from_user is not True and action_needs.says_need(text)
        else None  # the turn is looked up only for an "I need": no scan per clause
    )
    if errand is not None:
        return _rewrite(errand, speaker, context), "request"
    needed = action_needs.needed_from_user(text, speaker)
    if needed is not None:
        return _rewrite(needed, speaker, context), "request"
    official = action_rules.official_request(grammar.strip_adverbs(text))
    if official is not None:
        return _rewrite(official, speaker, context), "request"
    if (
        not imperative_ok
        or _OPT_IN_CONDITION.search(sentence.text)
        or action_rules.is_contingency(sentence.text)
    ):
        return None
    bare = grammar.strip_adverbs(_LEADING_TIME.sub("", _INTERJECTION.sub("", text)))
    first = bare.split(" ", 1)[0].lower().strip(",.!?") if bare else ""
    if re.match(r"^let\s+(?:me|us)\s+(?!know\b)", bare, re.IGNORECASE):
        return None  # "Let me look": the speaker's own step
    if (
        action_verbs.is_task_verb(first)
        and (not text.endswith("?") or _FOR_ME.match(bare) is not None)
        and not _NOUN_SUBJECT.match(bare)
    ):
        if action_rules.is_marketing(bare):
            return None  # "Upgrade to Premium from $9", "Read the full story on our site"
        return _rewrite(bare, speaker, context), "imperative"
    return None


# "Don't forget your keycard / the sunscreen": a thing, not a verb, after "forget".
_FORGOTTEN_THING = re.compile(
    r"^(?:your|the|a|an|some)\s+(?:(?![\w'’-]*ed\b)[\w'’-]+\s+){0,2}?(?![\w'’-]*ed\b)[\w'’-]+"
    r"(?=\s*(?:[,.!;]|$|\s+(?:tomorrow|tonight|today|on|for|at|this|next|when|if)\b))",
    re.IGNORECASE,
)
# "Don't forget your dentist appointment": a plan to keep, not a thing to bring.
_OCCASION = re.compile(
    r"\b(?:appointment|meeting|class|lesson|session|shift|party|game|practice|call|interview|"
    r"visit|birthday|anniversary|deadline|concert|recital|assembly|performance|ceremony|match|"
    r"tournament|fair|fundraiser|reunion|wedding|service|evening|exam|quiz|test)\s*$",
    re.IGNORECASE,
)
# "No problem, just bring the card": a reply opening the request, not part of it.
_INTERJECTION = re.compile(
    r"^(?:(?:no\s+(?:problem|worries|bother)|not\s+a\s+problem|of\s+course|thanks|thank\s+you|"
    r"got\s+it|sounds\s+good|lovely|brilliant|excellent|wonderful|awesome|good|right\s+then|"
    r"absolutely|certainly|noted)\s*[,!.]+\s+)+(?=[a-z])",
    re.IGNORECASE,
)
# "Rent will be $1,840", "Order forms went home", "Book club is Thursday": a verb-like
# word that is the subject (or part of it) of a finite verb, not an imperative.
_NOUN_SUBJECT = re.compile(
    r"^[\w'’-]+(?:\s+(?:this|next|last|on)\s+[\w'’-]+|\s+[\w'’-]+)?\s+(?:is|are|was|were|'s|has|"
    r"had|will|would|can|could|should|must|may|might|went|came|arrived|got|goes|seems|looks|"
    r"needs|starts|ends|opens|closes|runs|begins|went|look(?:ed)?\s+(?:great|good|fine))\b"
    # "Budget approved for Q4", "Rent autopay hits Friday": a news line, not an order.
    r"|^(?!(?:get|have|keep|leave|make)\b)[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:approved|lifted|"
    r"postponed|delayed|cancell?ed|hits)\b"
    # "Back on the 16th", "back bedroom": "back" orders nothing without "up".
    r"|^back\s+(?!up\b|(?:it|them|everything|(?:the|your|my)\s+[\w'’-]+)\s+up\b)"
    r"|^update\s+(?:on|from|re)\b",
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


# "order me a flat white?", "grab us some ice?": a favour asked in a question's tune.
_FOR_ME = re.compile(
    r"^(?:order|get|grab|buy|bring|pick\s+up|send|save|book|fetch|reserve)\s+(?:me|us)\s+"
    r"(?:a|an|some|the|two|three|four)\s+\w",
    re.IGNORECASE,
)
_TO_SELF = re.compile(
    r"^(?:(?:ok|okay|so|right)\W+)?(?:voice\s+)?(?:note|memo|reminder)\s+to\s+self\b", re.I
)
_HEDGED_AVOID = re.compile(
    r"^(?:please\s+)?(?:avoid|no|limit|stay\s+off)\b.*\b(?:unnecessary|non-?essential|"
    r"if\s+(?:at\s+all\s+)?possible|where\s+possible)\b",
    re.IGNORECASE,
)
_BRING_YOURSELF = re.compile(
    r"^(?:\W*(?:and|so|just|please)\s+)*(?:just\s+)?bring\s+(?:just\s+)?yoursel(?:f|ves)\b",
    re.IGNORECASE,
)


def _turn_before(sentence: Sentence, document: Document) -> str:
    """The same speaker's sentence just before this one, if the turn goes on."""
    index = next((i for i, s in enumerate(document.sentences) if s is sentence), 0)
    if index > 0 and document.sentences[index - 1].speaker == sentence.speaker:
        return document.sentences[index - 1].text
    return ""


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


# "And you, you're on drinks": what the user is to get for a shared meal or party.
_ON_DUTY = re.compile(
    r"^\W*(?:(?:and|also|oh|ok|okay|so|then)\W+)*(?:you\s*,\s*)?(?:you(?:'re|’re|\s+are)|ur)\s+"
    r"on\s+(?P<x>snacks|drinks|food|desserts?|ice|cake|wine|beer|pizza|groceries|breakfast|"
    r"salad|sides|chips|crisps|bread|coffee|fruit|cups|plates|napkins|soda|juice)\b",
    re.IGNORECASE,
)
_POLITE_IF = re.compile(
    r"\bit(?:'d|’d|\s+would)\s+be\s+(?:really\s+|so\s+)?(?:great|good|nice|helpful|amazing|"
    r"ideal|lovely|awesome)\s+if\s+you\s+could\s+",
    re.IGNORECASE,
)
