"""The object of a request stated as a notice rather than an order: forms to hand
in ("the permission slip is due Friday"), things ready to collect ("your
prescription will be ready"), bills to pay ("your water bill is due"), and the
rewriting of such a task from the user's point of view.
"""

from __future__ import annotations

import re

from omi_actions.processing.local import (
    grammar,
)
from omi_actions.processing.local.action_context import _Context

# "Your essay proposals are due on the 20th", "Signed permission slips and the $12 fee are
# due by Tuesday": what is handed in, paid or returned by then.
_IS_DUE = re.compile(
    r"^(?:[\w ,'’]{2,40}:\s+)?(?:(?:reminder|note|fyi)\s*[:,-]\s*)?(?:and\s+|also\s+)?"
    # "the school sent a note, Lily's permission slip is due Monday"
    r"(?:[^,:]{0,40}\b(?:note|said|says|wrote|mentioned|emailed|texted|heads[- ]up|btw|"
    r"by\s+the\s+way)\b[^,:]{0,20},\s+)?"
    r"(?P<thing>(?:(?:the|your|our|all|"
    r"any)\s+)?[\w$,.'’ -]{2,60}?)\s+(?:is|are)\s+(?:now\s+|still\s+)?due\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_SUBMITTED = re.compile(
    r"\b(?:papers?|essays?|assignments?|homework|problem\s+sets?|reports?|forms?|applications?|"
    r"proposals?|slips?|projects?|worksheets?|labs?|timesheets?|surveys?|questionnaires?|"
    r"registrations?|drafts?|abstracts?|theses|thesis|portfolios?|write-?ups?|entries|entry|"
    r"receipts?|documents?|paperwork|books?|fees?|payments?|bills?|tuition|dues|assessments?|"
    r"invoices?|deposits?|premiums?|trainings?|modules?|courses?)\b",
    re.IGNORECASE,
)
# "the security training is due Friday": work to finish, not a paper to hand in.
_COMPLETED = re.compile(r"\b(?:trainings?|modules?|courses?|surveys?|questionnaires?)\b", re.I)
# "your term paper (3,000 words) is due", "Your essay, 1,500 words on X, is due": asides.
_ASIDE = re.compile(
    r"\s*\([^()]{1,80}\)|,\s+(?:[^,]|(?<=\d),(?=\d)){3,80},(?=\s+(?:is|are)\s+due\b)"
)
_ASIDE_TOPIC = re.compile(
    r",\s+(?:[^,]|(?<=\d),(?=\d)){0,40}?\b(?:on|about)\s+(?P<topic>[^,()]{3,70}),"
    r"(?=\s+(?:is|are)\s+due\b)"
)
_PAID = re.compile(
    r"\b(?:fees?|payments?|bills?|tuition|dues|assessments?|invoices?|deposits?|premiums?|"
    r"balance)\b",
    re.IGNORECASE,
)
_RETURNED = re.compile(r"\b(?:books?|slips?|equipment|devices?|laptops?|keys?)\b", re.IGNORECASE)


def _handed_in(text: str) -> str | None:
    text = grammar.strip_adverbs(text.strip())
    match = _IS_DUE.match(_ASIDE.sub("", text))
    if match is None:
        return None
    thing = match.group("thing").strip()
    topic = _ASIDE_TOPIC.search(text)  # "Your essay, 1,500 words on free will, is due"
    if topic is not None and not re.search(r"\b(?:on|about)\b", thing, re.IGNORECASE):
        thing = f"{thing} on {topic.group('topic')}"
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
    if _COMPLETED.search(thing):
        verb = "complete"
    elif _RETURNED.search(thing):
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
