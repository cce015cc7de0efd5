"""The user's own first-person statements ("I'm allergic to penicillin", "Just
finished my first marathon!") rewritten as "User ...", or None when not a fact."""

from __future__ import annotations

import re

from omi_actions.processing.local import fact_statements
from omi_actions.processing.local.fact_clean import _FACT_END
from omi_actions.processing.local.pronouns import to_third_person

_PREAMBLE = re.compile(
    r"^(?:.*?\b(?:excited|happy|thrilled|proud|pleased|glad|delighted|honou?red)\s+to\s+"
    r"(?:announce|share|say|report|tell (?:you|everyone))\s+(?:that\s+)?|"
    r"(?:i\s+)?can'?t\s+believe\s+(?:that\s+)?(?:it'?s\s+been\s+[^,]*?\s+since\s+)?|"
    r"(?:just\s+)?(?:wanted\s+to\s+)?(?:say|share|mention)\s+(?:that\s+)?|"
    r"(?:fun\s+fact|note|update|psa|btw|fyi)\s*[:\-]\s*|"
    r"(?:i\s+)?(?:just\s+)?(?:learned|found\s+out|realized|discovered)\s+(?:today\s+)?that\s+|"
    r"(?:so\s+)?(?:yeah|well|ok|okay|honestly|actually|anyway),?\s+)",
    re.IGNORECASE,
)
# A first-person clause: where the user is the subject.
_FIRST_PERSON = re.compile(
    r"(?:^|(?<=[\s,;(]))(?:I(?:'m|’m|'ve|’ve|'d|’d)?|My|We(?:'re|’re|'ve|’ve)?)\b"
)
# Verbs (after "I") whose clause is about something other than a lasting fact.
_NOT_FACT_VERB = re.compile(
    r"^(?:think|thought|guess|hope|wish|wonder|feel|felt|mean|know|knew|bet|suppose|"
    r"believe|agree|see|saw|said|say|told|asked|want|wanted|need|needed|will|'ll|’ll|shall|"
    r"should|could|would|can'?t wait|'d|’d|might|may|am\s+(?:not|so|sure|afraid)|'m\s+(?:not|so|"
    r"sure|afraid|sorry|glad|happy|excited|tired|confused|ready|going\s+to|gonna|about\s+to)|"
    r"was\s+(?:just|wondering|thinking)|got\s+it|can'?t\s+(?:imagine|believe|decide|remember|"
    r"tell|stop\s+(?:thinking|laughing|smiling))|can’t\s+(?:imagine|believe)|don'?t|didn'?t|haven'?t|won'?t|'m\s+on\s+my\s+way|"
    r"'ll|have\s+to|had\s+to|gotta|love\s+(?:you|it|this|that)|miss|like\s+(?:it|this|that)|"
    rf"can\s+(?!(?:now\s+|finally\s+|also\s+)*(?:{fact_statements.ABILITY_VERBS})\b))\b",
    re.IGNORECASE,
)
# Subjectless starts in posts and notes: "Just finished my first marathon!".
_SUBJECTLESS = re.compile(
    r"^(?:(?:just|finally|officially|recently|also|then)\s+){0,2}(?P<verb>finished|completed|started|"
    r"bought|moved|joined|ran|won|graduated|adopted|got|booked|signed|quit|left|visited|"
    r"climbed|hiked|learned|learnt|passed|earned|launched|published|built|made|sold|"
    r"married|turned|celebrated|received|became|hit|reached|starting|training|switching|"
    r"learning|moving|working|living|planning|hosting|running|organi[sz]ing|teaching|coaching|"
    r"volunteering|performing|competing|attending|opening|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
# Past participles that describe a feeling, not something the user did.
_FEELINGS = frozenset(
    """excited tired bored pleased thrilled stressed blessed worried scared interested amazed
    surprised shocked confused annoyed obsessed exhausted stoked pumped relieved terrified
    gutted chuffed knackered devastated heartbroken overwhelmed delighted honoured honored
    humbled shattered frustrated disappointed embarrassed horrified petrified depressed
    stuffed wrecked drained""".split()
)
# Subjectless states in posts: "Vegan for 2 years now", "Officially a homeowner!".
_STATE = re.compile(
    r"^(?:officially\s+|now\s+|finally\s+)?(?P<state>(?:a|an)\s+(?!(?:year|month|week|day|"
    r"lot|bit|few|little|couple|while|decade)\b)[\w-]+(?:\s+[\w-]+)?|vegan|"
    r"vegetarian|sober|single|married|engaged|pregnant|retired|unemployed|gluten-free|"
    r"pescatarian|divorced|self-employed|allergic|(?:lactose|gluten)[- ]intolerant|celiac|coeliac)"
    r"\b(?P<rest>[^.!?]*)",
    re.IGNORECASE,
)


_OPINION_OF_OTHER = re.compile(
    r"^My\s+[\w ,]+?\b(?:thinks|says|said|told|wants|believes|feels|asked|suggested)\b",
    re.IGNORECASE,
)


# A short introductory phrase before "I": a preposition or time adverbial.
_INTRO_PHRASE = re.compile(
    r"(?:(?:big\s+)?news\s*[:!-]\s*)?(?:outside(?:\s+of)?|after|before|since|during|for|in|at|on|"
    r"as|from|over|these\s+days|nowadays|lately|recently|this\s+year|last\s+year|at\s+work|"
    r"at\s+home|on\s+weekends|in\s+my\s+free\s+time)\b[\w\s'’-]{0,40}?,?",
    re.IGNORECASE,
)


_GERUND_SUBJECT = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+(?:has|have|is|was|were|are)\s+(?:been|the|so|my|a|an|really)\b",
    re.IGNORECASE,
)
_PLAN_TIME = re.compile(
    r"\s+(?:(?:next|this)\s+(?:week(?:end)?|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:,?\s+[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?|"
    r"tomorrow|soon|later|next(?=\W*(?:#\w+\W*)*$))\b",
    re.IGNORECASE,
)
# After a subjectless verb: nothing, a possessive ("training's been rough") or only a
# date ("Starting March 3rd") says nothing lasting about the user.
_EMPTY_REST = re.compile(
    r"^(?:\s*[.!?]*\s*$|['’]s\b|\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"tomorrow|today|next\s+\w+)\W*$)",
    re.IGNORECASE,
)


# "We" states something about the user's household only with these verbs.
_WE_FACT = re.compile(
    r"^We(?:'re|’re|'ve|’ve|\s+are|\s+have)?\s+(?:just\s+|finally\s+|recently\s+|officially\s+|"
    r"now\s+|also\s+|still\s+)*(?:moved|moving|bought|buying|adopted|adopting|got\s+(?:married|"
    r"engaged|a\s+(?:dog|cat|puppy|kitten|house|flat))|live|lived|living|married|engaged|expecting|"
    r"welcomed|have\s+(?:a|an|two|three|\d)\s|been\s+(?:married|together)|rent|renting|own|"
    r"celebrated|closed\s+on|relocat\w*)\b"
)


def _first_person(sentence: str, subjectless: bool) -> str | None:
    """The user's own statement as "User ...", or None when it is not a fact."""
    text = _PREAMBLE.sub("", sentence.strip())
    subjectless_match = _SUBJECTLESS.match(text) if subjectless else None
    bare = re.sub(r"\s*#\w+|[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]+", "", text)
    if (
        subjectless_match is not None
        and subjectless_match.group("verb").lower() not in _FEELINGS
        and not _EMPTY_REST.match(bare[subjectless_match.end() :])
    ):
        verb = subjectless_match.group("verb").lower()
        lowered = text[:1].lower() + text[1:]
        if verb.endswith("ing") and _GERUND_SUBJECT.match(text[subjectless_match.end() :]):
            return None  # "Coaching them has been the best part": a gerund subject
        if verb.endswith("ing") and _PLAN_TIME.search(text):
            if verb in ("starting", "switching", "planning"):
                return None  # a plan ("Starting X next"), not a fact yet
            lowered = _PLAN_TIME.sub("", lowered)  # "Running the half next Sunday!"
        if verb.endswith("ing"):
            return "User is " + to_third_person(re.sub(r"^(?:just|finally|now)\s+", "", lowered))
        return "User " + to_third_person(re.sub(r"^(?:(?:also|then)\s+)+", "", lowered))
    state = _STATE.match(text) if subjectless else None
    if state is not None and not _FIRST_PERSON.search(text):
        rest = re.split(r"\s+and\s+(?:never|always)\b", state.group("rest"))[0]
        return f"User is {state.group('state').lower()}{rest}"
    if _OPINION_OF_OTHER.match(text):
        return None
    match = _FIRST_PERSON.search(text)
    if match is None:
        return None
    before = text[: match.start()].rstrip().lower()
    # "Some personal news 🥳 As of this week I'm ...": an emoji ends the sentence before.
    before = re.split(r"[\U0001F000-\U0001FFFF\u2600-\u27BF]", before)[-1].strip()
    if re.search(r"\b(?:when|whenever|once|until|till|if|unless)$", before) and not re.match(
        r"I(?:'d|’d|'ve|’ve)?\s+(?:was|were|had|got|\w+ed|grew|began|went|left|came|met|became|"
        r"been|first)\b",
        text[match.start() :],
    ):
        return None  # "... when I find the kettle": a condition, not a statement
    if before and _INTRO_PHRASE.fullmatch(before):
        before = ""  # "Outside work I restore bikes", "After 6 years at Acme, I'm joining ..."
    if before and not re.search(
        r"(?:^|[,;:.!?(—-]|\b(?:and|but|so|because|since|that|when|now|today|yesterday|"
        r"also|honestly|finally|well|yes|yeah|ok|okay|after|as|btw|oh|ah|um|uh|hey|lol|haha|plus|"
        r"fyi|ps))$",
        before,
    ):
        return None  # "the hardest thing I've ever done": a relative clause, not a statement
    clause = text[match.start() :]
    if clause.startswith("We") and not _WE_FACT.match(clause):
        return None  # "We almost died in month 9": a team's story, not the user's attribute
    clause = re.sub(
        r"^I(?:'m|’m|\s+am)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,\s*(?:\d{1,2}\s*,\s*)?(?=(?:a|an)\s)",
        "I'm ",
        clause,
    )
    if re.fullmatch(r"I(?:'m|’m|\s+am)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\W*", clause):
        return None  # "I'm Grace Mbeki.": the name (see _names)
    after = re.sub(r"^(?:I(?:'m|’m|'ve|’ve|'d|’d)?|We(?:'re|’re|'ve|’ve)?|My\s+\w+)\s*", "", clause)
    after = re.sub(r"^(?:really|just|also|still|finally|now|actually)\s+", "", after, flags=re.I)
    if clause.startswith(("I'm", "I’m")):
        after = "'m " + after
    if _NOT_FACT_VERB.match(after) or clause.rstrip().endswith("?"):
        return None
    end = _FACT_END.search(clause)
    if end is not None and end.start() > 8:
        clause = clause[: end.start()]  # "I work nights, so reach me ...": the first clause
    if re.search(r"\byou(?:rs?)?\b", clause, re.I):
        return None  # "I've sent it to your pharmacy": someone writing to the user
    if re.match(r"^I\s+(?:and|or)\b|^I(?:'d|’d|\s+would)\s+(?:like|love)\s+to\b", clause):
        return None  # "I'd like to request ...": a request, not a fact
    return to_third_person(clause)
