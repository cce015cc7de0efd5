"""Round 11 (B): more facts the user states in passing in their own words.

* a named role in apposition: "my grief counsellor, Anne, said ...", "Jim (sponsor)";
* a child's age: "skateboarding with my 14yo" -> "User has a 14-year-old child";
* what a clinician says about the user: "dentist says I grind my teeth";
* things given up: "I've cut out caffeine", "I've stopped drinking";
* a job given as a reason: "I'm presenting since I'm CEO";
* parenthood in a bio: "Dad of three" -> "User has three children";
* a diet or state with its duration: "6 months plant-based" -> "User has been plant-based
  for 6 months";
* the household's children, baby and dogs: "the kids are obsessed", "take the dogs", and
  as the one other speaker mentions them ("how's the baby?");
* bio sentences in fragments: "Nurse in Leeds by way of Accra.", "Two cats, Fig and Olive.",
  "Climbing since 2020.", "Left-handed.";
* lasting aims: "I'd love to learn Welsh" -> "User wants to learn Welsh".
"""

from __future__ import annotations

import re

from omi_actions.processing.local import fact_self
from omi_actions.processing.local.fact_first_person import _first_person
from omi_actions.processing.local.text import Document

_ROLE = (
    r"(?:grief\s+|family\s+|marriage\s+|couples\s+)?(?:counsell?or|counselor)|therapist|sponsor|"
    r"mentor|personal\s+trainer|trainer|tutor|physio(?:therapist)?|landlord|landlady|accountant|"
    r"solicitor|lawyer|GP|dentist|doctor|psychiatrist|psychologist|osteopath|chiropractor|"
    r"boss|line\s+manager|bookkeeper|cleaner|nanny|childminder|babysitter|hairdresser|barber|"
    r"(?:piano|guitar|violin|singing|voice|driving|swim(?:ming)?|yoga)\s+(?:teacher|instructor|coach)"
)
_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
# "my grief counsellor, Anne," / "my sponsor (Jim)"; "Jim (sponsor)".
_MY_ROLE_NAMED = re.compile(
    rf"\bmy\s+(?:new\s+|old\s+)?(?P<role>{_ROLE})\s*(?:,\s*|\(\s*)(?P<name>{_NAME})\s*[,)]"
)
_NAME_ROLE = re.compile(
    rf"\b(?P<name>[A-Z][a-z]+)(?:\s+\(\s*(?:my\s+)?(?P<role>{_ROLE})\s*\)|,\s+my\s+"
    rf"(?P<role2>{_ROLE})\s*[,.;])"
)
# "physio Greta wants to see me": a role before the name, in the user's own notes.
_ROLE_NAME = re.compile(
    r"(?:^|(?<=[.!?,;]\s)|(?<=\n))\s*(?P<role>(?i:physio|therapist|counsell?or|sponsor|trainer|"
    r"PT|tutor|coach))\s+(?P<name>[A-Z][a-z]+)\b(?!\s+[A-Z])"
)
_NOT_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Today Tomorrow Tonight".split()
)
_ROLE_WORD = {"physio": "physiotherapist", "pt": "personal trainer"}
# "my wife's expecting in June", "my partner is pregnant".
_EXPECTING = re.compile(
    r"\bmy\s+(?P<who>wife|partner|girlfriend)(?:'s|’s|\s+is)\s+(?:expecting|pregnant)"
    r"(?:\s+(?:in|this|next)\s+(?P<when>[A-Z][a-z]+|spring|summer|autumn|fall|winter))?"
)

_NUMBER = (
    r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen"
)
# "my 14yo", "my 6-year-old", "our 3 year old daughter".
_CHILD_AGE = re.compile(
    rf"\b(?:my|our)\s+(?P<age>{_NUMBER})\s*(?:yo\b|y/o\b|-?\s*year\s*-?\s*old)"
    r"(?:\s+(?P<kin>son|daughter|boy|girl|kid|child))?(?!\s+(?:dog|cat|car|laptop|house|"
    r"puppy|kitten|horse|bike|phone))",
    re.IGNORECASE,
)

_CLINICIAN = (
    r"doctor|dr\.?\s+[A-Z][a-z]+|dentist|gp|physio|physiotherapist|therapist|optician|"
    r"optometrist|nurse|consultant|dermatologist|allergist|cardiologist|specialist|"
    r"surgeon|hygienist|audiologist|neurologist|rheumatologist"
)
# "dentist says I grind my teeth at night", "my GP told me I have high cholesterol".
_CLINICIAN_SAYS = re.compile(
    rf"\b(?:my\s+|the\s+)?(?:{_CLINICIAN})\s+(?:says|said|thinks|told\s+me|confirmed)\s+"
    r"(?:that\s+)?(?P<clause>I\s+[^.;!?\n(]+?)(?=\s*(?:[.;!?\n(]|->|—|\s-\s|,\s*(?:so|but)\b|$))",
    re.IGNORECASE,
)

_GIVEN_UP = re.compile(
    r"\bI(?:'ve|’ve|\s+have)?\s+(?:already\s+|completely\s+|totally\s+|finally\s+|also\s+)?"
    r"(?P<verb>cut\s+out|stopped|quit|given\s+up|gave\s+up|cut\s+back\s+on)\s+"
    r"(?P<what>caffeine|coffee|alcohol|drinking|booze|sugar|smoking|vaping|meat|dairy|gluten|"
    r"carbs|red\s+meat|social\s+media|energy\s+drinks|fizzy\s+drinks|soda)\b",
    re.IGNORECASE,
)

# "I'm presenting since I'm CEO": a job given as the reason.
_AS_JOB = re.compile(
    r"\b(?:since|because|as|now\s+that)\s+I(?:'m|’m|\s+am)\s+(?:now\s+)?(?P<art>the\s+|a\s+|an\s+)?"
    r"(?P<role>[A-Za-z-]+(?:\s+[A-Za-z-]+)?)(?=\s*(?:[,.;!?]|$|\s+(?:and|but|so|here|now)\b))",
)

# Offices in a club, board or company that is_job does not list.
_OFFICE = re.compile(
    r"treasurer|secretary|chair(?:person|woman|man)?|captain|(?:vice\s+)?president|"
    r"(?:co-?)?founder|CEO|CTO|CFO|COO|owner",
    re.IGNORECASE,
)

_PARENT_OF = re.compile(
    rf"(?:^|[|•·,;\n]\s*|\.\s+)(?:proud\s+)?(?:dad|mom|mum|father|mother|mama|papa)\s+of\s+"
    rf"(?P<n>{_NUMBER})\b(?!\s*(?:dogs?|cats?|pets?|fur|plants?))"
    r"(?:\s+(?P<kin>boys|girls|kids|children|sons|daughters)\b)?(?P<named>\s*[,:(]\s*[A-Z])?",
    re.IGNORECASE,
)

# "Five years vegan today", "Officially one year sober", "🥗 Third year fully plant-based": a
# span and a state at the start of a sentence or after an emoji (an opening adverb allowed).
_DURATION_STATE = re.compile(
    r"(?:^|[.!?]\s+|[^\w\s,;:'’()-]\s+)(?:(?:also|and|plus)\s+)?(?:(?:officially|finally|now|just|already|almost|nearly|over)\s+)?"
    rf"(?:(?P<n>{_NUMBER}|a|an)|(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth))\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:(?:fully|completely|totally)\s+)?"
    r"(?P<state>vegan|vegetarian|plant-based|sober|alcohol-free|smoke-free|gluten-free|"
    r"dairy-free|sugar-free|pescatarian)\b",
    re.IGNORECASE,
)
_ORDINAL_COUNT = dict(
    zip(
        "second third fourth fifth sixth seventh eighth ninth tenth".split(),
        "two three four five six seven eight nine ten".split(),
        strict=True,
    )
)

# The household in the user's own words: "the kids are obsessed", "the baby's still little".
_THE_KIDS = re.compile(
    r"\bthe\s+(?P<who>kids|baby)(?:\s+(?:are|is|were|was|love|loves|have|has|would|will)\b|['’]s\s)"
    r"|\b(?:with|got|have|take|taking|bring|bringing|pick\s+up|drop\s+off|collect)\s+the\s+"
    r"(?P<who2>kids|baby)\b",
    re.IGNORECASE,
)
# Where "the kids" are pupils, campers or a team, not the user's children.
_KIDS_AT_WORK = re.compile(
    r"\b(?:teach\w*|class(?:es|room)?|students?|pupils?|lessons?|camp|coach\w*|practice|"
    r"school\s+trip|nanny|babysit\w*|tutor\w*)\b",
    re.IGNORECASE,
)
_THE_DOGS = re.compile(
    r"\b(?:walk|walking|walked|feed|feeding|take|taking|bring|bringing|took|brought|mind|minding|"
    r"watch|watching|board|boarding|for)\s+the\s+(?P<pet>dogs?|cats?)\b(?!\s+(?:next\s+door|of\b))",
    re.IGNORECASE,
)


_NUMBER_WORDS = dict(
    zip(
        "1 2 3 4 5 6 7 8 9".split(),
        "one two three four five six seven eight nine".split(),
        strict=True,
    )
)


_PLACE = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# A bio sentence in fragments: "Software engineer in Denver by way of Lagos."
_JOB_IN = re.compile(
    rf"(?:^|(?<=[.!?|\n])\s*)(?P<role>[A-Z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}?)\s+(?:in|based\s+in)\s+"
    rf"(?P<place>{_PLACE})(?:,?\s+(?:by\s+way\s+of|originally\s+from|via)\s+(?P<origin>{_PLACE}))?"
    r"(?=\s*(?:[.!|\n]|$))"
)
# "Two cats, Pepper and Salt." / "2 dogs (Rex & Mo)".
_PETS_NAMED = re.compile(
    r"(?:^|(?<=[.!?|\n])\s*|\bmy\s+)(?P<n>two|three|2|3)\s+(?P<pet>cats|dogs|rabbits|kittens|"
    r"puppies)\s*[,:(]\s*(?P<a>[A-Z][a-z]+)\s+(?:and|&)\s+(?P<b>[A-Z][a-z]+)\b",
    re.IGNORECASE,
)
# "Climbing since 2020" at the start of a note line or a post sentence.
_GERUND_SINCE = re.compile(
    r"(?:^|(?<=[.!?|\n])\s*)(?P<ger>[A-Z][a-z]{2,}ing)\s+since\s+(?P<when>(?:19|20)\d\d|"
    r"(?:I\s+was\s+)?\d{1,2}|childhood|university|uni|college|school)\b"
)
_STATE_LINE = re.compile(
    r"(?:^|(?<=[.!?|\n])\s*)(?P<state>left-handed|right-handed|ambidextrous|colou?r-?blind|"
    r"(?:[A-Za-z-]+\s+)?certified(?:\s+in\s+(?:19|20)\d\d)?)\s*(?=[.!|\n]|$)",
    re.IGNORECASE,
)


def _role(word: str) -> str:
    return re.sub(r"\s+", " ", word.strip())


def own_passing_facts(text: str) -> list[str]:
    """Facts said in passing in the user's own ``text`` (see the module docstring)."""
    facts: list[str] = []
    for match in _MY_ROLE_NAMED.finditer(text):
        facts.append(f"User's {_role(match.group('role'))} is {match.group('name')}")
    for match in _NAME_ROLE.finditer(text):
        role = _role(match.group("role") or match.group("role2"))
        facts.append(f"User's {role} is {match.group('name')}")
    for match in _ROLE_NAME.finditer(text):
        role = match.group("role").lower()
        if match.group("name") in _NOT_NAMES:
            continue
        facts.append(f"User's {_ROLE_WORD.get(role, role)} is {match.group('name')}")
    for match in _EXPECTING.finditer(text):
        when = f" in {match.group('when')}" if match.group("when") else ""
        facts.append(f"User's {match.group('who')} is expecting a baby{when}")
    for match in _CHILD_AGE.finditer(text):
        kin = (match.group("kin") or "child").lower()
        kin = {"boy": "son", "girl": "daughter", "kid": "child"}.get(kin, kin)
        facts.append(f"User has a {match.group('age').lower()}-year-old {kin}")
    for match in _CLINICIAN_SAYS.finditer(text):
        fact = _first_person(match.group("clause"), subjectless=False)
        if fact is not None and fact.startswith("User ") and len(fact.split()) <= 12:
            facts.append(fact)
    for match in _GIVEN_UP.finditer(text):
        verb = match.group("verb").lower()
        verb = {"gave up": "given up"}.get(verb, verb)
        verb = re.sub(r"\s+", " ", verb)
        what = re.sub(r"\s+", " ", match.group("what").lower())
        if what == "drinking":
            what = "drinking alcohol"
        facts.append(f"User has {verb} {what}")
    for match in _AS_JOB.finditer(text):
        role = match.group("role")
        if fact_self.is_job(role) or _OFFICE.fullmatch(role):
            article = (match.group("art") or "the ").strip()
            facts.append(f"User is {article} {role}")
    return facts


def bio_facts(text: str) -> list[str]:
    """Parenthood and durations of a diet in a post, bio or note."""
    facts: list[str] = []
    for match in _PARENT_OF.finditer(text):
        if match.group("named"):
            continue  # "Mom of two boys, Leo (6) and Mateo (3)": the children are named
        n = match.group("n").lower()
        n = _NUMBER_WORDS.get(n, n)
        kin = (match.group("kin") or "children").lower()
        kin = {"boys": "sons", "girls": "daughters", "kids": "children"}.get(kin, kin)
        facts.append(f"User has {n} {kin}")
    for match in _JOB_IN.finditer(text):
        role = match.group("role")
        if not fact_self.is_job(role):
            continue
        role = role[:1].lower() + role[1:] if not role.isupper() else role
        facts.append(f"User is {'an' if role[:1] in 'aeiou' else 'a'} {role}")
        facts.append(f"User lives in {match.group('place')}")
        if match.group("origin"):
            facts.append(f"User is originally from {match.group('origin')}")
    for match in _PETS_NAMED.finditer(text):
        n = _NUMBER_WORDS.get(match.group("n"), match.group("n").lower())
        pets = match.group("pet").lower()
        facts.append(f"User has {n} {pets} named {match.group('a')} and {match.group('b')}")
    for match in _GERUND_SINCE.finditer(text):
        when = re.sub(r"^I\s+was\s+", "age ", match.group("when"))
        when = f"age {when}" if when.isdigit() and len(when) <= 2 else when
        facts.append(f"User has been {match.group('ger').lower()} since {when}")
    for match in _STATE_LINE.finditer(text):
        state = match.group("state")
        facts.append(f"User is {state[:1].lower() + state[1:]}")
    for match in _DURATION_STATE.finditer(text):
        state = match.group("state").lower()
        if match.group("nth"):
            n, unit = _ORDINAL_COUNT[match.group("nth").lower()], "years"
        else:
            n, unit = match.group("n").lower(), match.group("unit").lower()
        if n in ("a", "an", "one", "1"):
            n, unit = n if n != "one" else "a", unit.rstrip("s")
        elif not unit.endswith("s"):
            unit += "s"
        facts.append(f"User has been {state} for {n} {unit}")
    return facts


# What the other side asks or says about the user's household: "how's the baby?",
# "keep your dog out of the kitchen".
_ASKED_ABOUT = re.compile(
    r"\bhow(?:'s|’s|\s+is|\s+are)\s+(?:the|your)\s+(?P<who>baby|kids|little\s+one|dog|pup|puppy)\b"
    r"|\byour\s+(?:(?:little|new)\s+)?(?P<who2>kids|baby|dog|dogs|cat|cats)\b"
    r"(?!\s*(?:'s|’s)?\s+(?:food|bed|toys?|insurance|sitter|walker)\b)",
    re.IGNORECASE,
)
_ASKED_FACT = {
    "baby": "User has a baby",
    "little one": "User has a young child",
    "kids": "User has kids",
    "dog": "User has a dog",
    "pup": "User has a dog",
    "puppy": "User has a dog",
    "dogs": "User has dogs",
    "cat": "User has a cat",
    "cats": "User has cats",
}


def addressed_household(document: Document) -> list[str]:
    """The user's baby, children or pets as the one other speaker mentions them."""
    others = {s.speaker for s in document.sentences if s.from_user is False and s.speaker}
    if document.kind not in ("transcript", "chat") or len(others) != 1:
        return []
    if not any(s.from_user is True for s in document.sentences):
        return []
    facts: list[str] = []
    for sentence in document.sentences:
        if sentence.from_user is not False:
            continue
        for match in _ASKED_ABOUT.finditer(sentence.text):
            who = re.sub(r"\s+", " ", (match.group("who") or match.group("who2")).lower())
            facts.append(_ASKED_FACT[who])
    return list(dict.fromkeys(facts))


# A clinician's intake question and the user's answer: "Any allergies?" - "Penicillin."
_ALLERGY_QUESTION = re.compile(
    r"\b(?:any|have\s+you\s+got\s+any|do\s+you\s+have\s+any)\s+(?:known\s+|drug\s+)?"
    r"allerg(?:ies|y)\b[^?]*\?",
    re.IGNORECASE,
)
_ALLERGY_ANSWER = re.compile(
    r"^(?:yes,?\s+|yeah,?\s+|just\s+|only\s+)?(?P<what>[A-Za-z][a-z-]+(?:\s+[a-z-]+)?"
    r"(?:(?:,\s*|\s+and\s+)[a-z-]+(?:\s+[a-z-]+)?)?)\s*[.!]?$",
)
_NO_ANSWER = re.compile(
    r"^(?:no|none|nope|nothing|not|nah|i|i'm|i’m|um|uh|yes|yeah|ok|okay|well|sorry|sure)\b",
    re.IGNORECASE,
)


def allergy_answers(document: Document) -> list[str]:
    """ "Any allergies?" answered by the user with a substance: "User is allergic to X"."""
    facts: list[str] = []
    sentences = document.sentences
    for index, sentence in enumerate(sentences[:-1]):
        if sentence.from_user is not False or not _ALLERGY_QUESTION.search(sentence.text):
            continue
        answer = sentences[index + 1]
        if answer.from_user is not True:
            continue
        match = _ALLERGY_ANSWER.match(answer.text.strip())
        if match is None or _NO_ANSWER.match(match.group("what")):
            continue
        for item in re.split(r",\s*|\s+and\s+", match.group("what")):
            facts.append(f"User is allergic to {item.strip().lower()}")
    return facts


def household_facts(text: str) -> list[str]:
    """Children, a baby and pets the user mentions as "the kids", "the baby", "the dogs"."""
    facts: list[str] = []
    for match in _THE_KIDS.finditer(text):
        who = (match.group("who") or match.group("who2")).lower()
        if who == "kids" and _KIDS_AT_WORK.search(text):
            continue
        facts.append("User has kids" if who == "kids" else "User has a baby")
    for match in _THE_DOGS.finditer(text):
        pet = match.group("pet").lower()
        facts.append(f"User has {pet}" if pet.endswith("s") else f"User has a {pet}")
    return list(dict.fromkeys(facts))


# Lasting aims in the user's words: "I want to learn Italian", "I'd love to run a marathon".
ASPIRATION_VERB = (
    r"learn|lose|read|become|buy\s+(?:a|an|our|my)\s+(?:house|home|flat|apartment|place)|"
    r"move\s+(?:to|back\s+to|abroad)|travel|visit|improve|save\s+(?:up\s+)?(?:for|\d|£|\$|€)|"
    r"get\s+(?:fluent|better\s+at|certified|my\s+(?:degree|license|licence|pilot))|"
    r"run\s+(?:a|an|the|my\s+first)\s+(?:[\w-]+\s+){0,2}(?:marathon|half|10k|5k|ultra|race)|"
    r"open\s+(?:a|my\s+own)|write\s+(?:a|my)\s+(?:book|novel|cookbook|memoir)|climb|hike|"
    r"take\s+up|retire|go\s+back\s+to\s+(?:school|university|uni|college)|switch\s+careers"
)
_ASPIRATION = re.compile(
    r"\b(?:I(?:\s+really|\s+still|\s+also|\s+eventually)?\s+(?P<want>want|hope|plan|intend|aim)"
    r"\s+to|I(?:'d|’d|\s+would)\s+(?:really\s+)?(?P<love>love|like)\s+to|"
    r"my\s+(?P<goal>goal|dream|plan)\s+(?:for\s+[\w\s]{2,20}?\s+)?is\s+to)\s+"
    rf"(?P<what>(?:{ASPIRATION_VERB})\b[^.,;!?]{{0,60}})",
    re.IGNORECASE,
)


def aspiration_facts(text: str) -> list[str]:
    """Lasting aims the user states: "User wants to learn Italian"."""
    facts: list[str] = []
    for match in _ASPIRATION.finditer(text):
        what = re.sub(r"\s+(?:one\s+day|someday|some\s+day|eventually)$", "", match.group("what"))
        what = re.sub(r"\s+(?:but|and\s+then|because|so)\b.*$", "", what).strip()
        if re.search(r"\byour?\b", what, re.IGNORECASE):
            continue  # "I want to become part of your team": written to someone, a pitch
        verb = "plans" if (match.group("want") or "").lower() in ("plan", "intend") else "wants"
        facts.append(f"User {verb} to {what}")
    return facts
