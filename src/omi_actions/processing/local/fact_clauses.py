"""Clause-level clean-up of "User ..." facts, and facts stated by the other speakers
of a conversation.

* ``trim_tail``: a fact keeps its main clause; a subordinate tail ("..., where my
  father fished", "... to be closer to my mother", "..., all of whom ...") is dropped.
* ``is_fragment``: a fact that is not a statement (two finite verbs glued together,
  a dangling function word, a bare noun phrase, a list heading) is dropped.
* ``is_anecdote``: a one-off past event told as a story ("User walked the dog in the
  evening", "User started reading X for the third time") is not a lasting attribute.
* ``others_facts``: in a conversation, what the other speakers say about the user:
  "your daughter Ava" -> "User has a daughter named Ava"; a speaker who calls the user
  "Dad" is the user's child; a bare answer to "how many cats?" ("Two. X and Y.").
"""

from __future__ import annotations

import re

from .text import Document

# A subordinate tail after the main clause: a relative "where/when" after a comma,
# a purpose clause, a quantifier relative ("all of whom"), a comparison aside.
_TAIL = re.compile(
    r",\s+(?:where|when|whereas|while|all\s+of\s+(?:whom|which)|most\s+of\s+(?:whom|which)|"
    r"none\s+of\s+(?:whom|which)|both\s+of\s+(?:whom|which)|even\s+when|even\s+if)\b.*$"
    r"|\s+(?:in\s+order\s+)?to\s+be\s+(?:closer|nearer)\s+to\b.*$"
    r"|\s+(?:so|since|because|as)\s+(?=(?:I|we|they|it|my|our|their|he|she)\b).*$"
    # "a vegan chef so happy to help": a second clause without its subject.
    r"|,?\s+so\s+(?=(?:happy|glad|keen|excited|eager|ready|free)\s+to\b|no\s).*$"
    r"|,?\s+so\s+(?=(?:(?:the|this|that)\s+)?\w+\s+(?:is|are|was|were|gets|got)\b).*$"
    # "in case anything happens", "and wanted to check whether ...": an aside, a request.
    r"|,\s+(?:just\s+)?in\s+case\b.*$|\s+just\s+in\s+case\b.*$"
    r"|\s+and\s+(?:wanted|was\s+wondering|would\s+like|need(?:ed)?)\s+to\b.*$"
    # a sentence split left one word of the next sentence: "at Corvin Labs. Will".
    r"|(?<=[a-z]{3})(?<!Prof)(?<!Capt)(?<!Sgt)(?<!Gen)(?<!Rev)\.\s+[A-Z][a-z]*$"
    r"|,\s+(?=(?:where|when)$)\w+$"
    # a comma splice: ", their shift starts at five" is a second statement.
    r"|,\s+(?:their|his|her|our|my)\s+[a-z]+\s+(?:is|are|was|were|starts|ends|runs|[a-z]+s)\b.*$",
    re.IGNORECASE,
)
# "moving back to Leeds in January": the move, without its date.
_MOVE_WHEN = re.compile(
    r"^(?P<move>User (?:is|will be) (?:moving|relocating)) (?:back |home )?to "
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\b.*$"
)

_FINITE = r"(?:is|are|was|were|have|has|had|do|does|did|will|can|would|should)"
# "User is a lot of people have asked why", "User is a petition is not needed":
# the subject of a second clause glued to "User is".
_GLUED = re.compile(
    rf"^User (?:is|was|has) (?!(?:been|being|had|got)\b)(?:(?!who\b|that\b|which\b|and\b|or\b|"
    rf"but\b|when\b|where\b|if\b|because\b|so\b|than\b|as\b|to\b)[\w'’-]+ ){{1,4}}{_FINITE}\b",
    re.IGNORECASE,
)
# A fact that stops on a word that needs a continuation.
_DANGLING = re.compile(
    r"\b(?:the|a|an|their|of|to|for|with|at|in|on|from|by|than|following|saying|about|into)$"
)
# A conjunction or relative word left at the end: the clause it opened was cut.
_OPEN_END = re.compile(
    r",?\s+(?:and|or|but|that|which|who|whom|where|when|why|how|as)$"
    r"|,\s+(?:if|unless|though|although|because|since|so|mostly|mainly|partly)$"
)
_NUMBER_ONLY = re.compile(
    r"^User (?:has|had|owns|got) (?:\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|a\s+list|a\s+step|some|many|lots|a\s+few|already)$",
    re.IGNORECASE,
)
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|named|called)\b|"
    r"\b\w+(?:ed|es)\b|\b\w+s\s+(?:on|at|in|from|to|every|each|until|by)\b",
    re.IGNORECASE,
)
# A colon inside a fact: a heading run into its item ("User speed bumps: the city ...").
_HEADING = re.compile(r"^User(?:'s|’s)?(?:\s+[\w'’-]+){1,3}:\s+(?!\d)")

# Past-tense verbs that tell a scene rather than an attribute.
_SCENE_VERB = re.compile(
    r"^User (?:just |also |then |once |still )?(?:walked|watched|cried|cramped|stayed|updated|"
    r"lost|kept|gained|managed\s+to|made\s+it|wandered|laughed|yelled|screamed|"
    r"signed\s+(?!up\b)|learned\s+to\s+say|spent\s+(?!(?:\w+\s+){0,2}(?:years?|months?|"
    r"decades?|summers?|seasons?)\b))",
    re.IGNORECASE,
)
# Markers of a one-off moment.
_MOMENT = re.compile(
    r"\b(?:yesterday|last\s+night|this\s+morning|this\s+afternoon|in\s+the\s+evening|"
    r"on\s+the\s+(?:train|bus|plane|way)|for\s+the\s+(?:second|third|fourth|fifth|\w+th)\s+time)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"^User (?:just |also )?(?:\w+ed|read|ran|went|saw|did|made|began|started)\b")


def trim_tail(fact: str) -> str:
    """The main clause of a fact: "User is moving back to Leeds in January to be closer
    to their mother" -> "User is moving to Leeds"."""
    if not fact.startswith("User"):
        return fact
    move = _MOVE_WHEN.match(fact)
    if move is not None:
        return f"{move.group('move')} to {move.group('place')}"
    trimmed = _OPEN_END.sub("", _TAIL.sub("", fact)).rstrip(" ,;:")
    return trimmed if len(trimmed.split()) >= 3 else fact


# "User's husband Jordan is going to be thrilled": news about a named relative.
_NAMED_NEWS = re.compile(
    r"^User's (?P<rel>wife|husband|partner|fianc[ée]e?|girlfriend|boyfriend|son|daughter|"
    r"brother|sister|mother|father|dog|cat|puppy|kitten|baby)\s+(?P<name>[A-Z][a-z]+)\s+"
    r"(?P<rest>(?!is\s+(?:a|an|named)\b|works\b|lives\b|teaches\b|studies\b|has\s+(?:a|an)\b)"
    r"[a-z'’].*)$"
)


def named_relative(fact: str) -> str | None:
    """ "User's daughter Lily nags them about it" -> "User's daughter is named Lily"; None
    when the fact says something lasting about the relative (or is no such fact)."""
    match = _NAMED_NEWS.match(fact)
    if match is None:
        return None
    return _named(match.group("rel"), match.group("name"))


# An object only the reader of the original can see: "this little guy", "these ones".
_DEICTIC = re.compile(
    r"\b(?:this|these|those)\s+(?:(?:little|cute|tiny|new|lovely)\s+)?"
    r"(?:guy|girl|boy|fella|one(?!\s+[a-z])|ones|thing|things|stuff|beauty|baby)\b",
    re.IGNORECASE,
)


def is_fragment(fact: str) -> bool:
    """A "User ..." string that is no single statement."""
    if _GLUED.match(fact) or _NUMBER_ONLY.match(fact) or _HEADING.match(fact):
        return True
    if _DANGLING.search(fact):
        return True
    if _DEICTIC.search(fact):
        return True  # "User adopted this little guy": points at a photo, says nothing alone
    if re.match(r"^User (?:has|had) been [a-z]+ing$|^User \w+ already$", fact):
        return True  # "User has been saying"
    short = len(fact.split()) <= 4
    if short and fact.startswith(("User's", "User’s")) and not _VERBISH.search(fact[6:]):
        return True  # "User's contact lens solution": a noun phrase, no statement
    return False


def is_anecdote(fact: str) -> bool:
    """A one-off past event ("User walked the dog in the evening")."""
    if _SCENE_VERB.match(fact):
        return True
    return bool(_PAST.match(fact) and _MOMENT.search(fact))


# ----------------------------------------------------------- the other speakers

_FAMILY = (
    r"wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|son|daughter|kid|child|baby|"
    r"brother|sister|mom|mum|mother|dad|father|grandson|granddaughter|dog|cat|puppy|kitten"
)
_YOUR_KIN = re.compile(
    rf"\byour\s+(?:little\s+|big\s+|older\s+|younger\s+|baby\s+)?(?P<rel>{_FAMILY})"
    rf"\s*,?\s+(?P<name>[A-Z][a-z]+)\b(?!\s*[A-Z])"
)
_NOT_NAME = frozenset(
    "and is was just has had the who will says said called can could i i'm".split()
)
_PARENT_CALL = re.compile(r"^(?:(?:Dad|Daddy|Mom|Mommy|Mum|Mummy)\b[,!]|.*,\s*(?:Dad|Mom|Mum)\W*$)")
_PLAIN_NAME = re.compile(r"^[A-Z][a-z]+$")
# Speaker labels that are roles, not names: their "Dad," is not the user's child talking.
_ROLES = frozenset(
    """receptionist agent advisor adviser teacher coach doctor nurse therapist counsellor
    counselor physio landlord landlady customer caller host waiter waitress server neighbor
    neighbour boss manager colleague friend speaker operator clerk barista driver dispatcher
    mechanic plumber electrician tutor instructor trainer vet pharmacist cashier officer guard
    assistant student child kid baby son daughter voice narrator interviewer unknown
    grandma grandpa granny grandad mum mom dad""".split()
)
_PET_QUESTION = re.compile(
    r"\b(?:how\s+many|get(?:ting)?|have|adopt(?:ed)?|got)\b[^?]{0,30}?\b(?P<pet>cats?|dogs?|"
    r"kittens?|pupp(?:y|ies))\b[^?]*\?",
    re.IGNORECASE,
)
_COUNT = re.compile(r"^(?P<n>one|two|three|four|five|\d)\b", re.IGNORECASE)
_NAME_PAIR = re.compile(r"\b(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\b")
_NUMBER_WORD = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five"}
_CANON = {"mom": "mother", "mum": "mother", "dad": "father", "kid": "child", "puppy": "dog",
          "kitten": "cat", "fiance": "fiancé", "fiancee": "fiancée"}  # fmt: skip


def _named(rel: str, name: str) -> str:
    rel = _CANON.get(rel.lower(), rel.lower())
    return f"User's {rel} is named {name}"  # the form of the user's own "my wife Priya"


def others_facts(document: Document) -> list[str]:
    """Facts about the user stated or implied by the other speakers of a conversation."""
    if document.kind not in ("transcript", "chat"):
        return []
    facts: list[str] = []
    sentences = document.sentences
    for index, sentence in enumerate(sentences):
        if sentence.from_user is False:
            for match in _YOUR_KIN.finditer(sentence.text):
                if match.group("name").lower() not in _NOT_NAME:
                    facts.append(_named(match.group("rel"), match.group("name")))
            speaker = sentence.speaker or ""
            if (
                _PLAIN_NAME.match(speaker)
                and speaker.lower() not in _ROLES
                and _PARENT_CALL.match(sentence.text.strip())
            ):
                facts.append(f"User has a child named {speaker}")
            continue
        if sentence.from_user is not True or index == 0:
            continue
        previous = sentences[index - 1]
        if previous.from_user is not False or previous.turn == sentence.turn:
            continue
        question = _PET_QUESTION.search(previous.text)
        count = _COUNT.match(sentence.text.strip())
        if question is None or count is None:
            continue
        n = _NUMBER_WORD.get(count.group("n"), count.group("n").lower())
        pet = question.group("pet").lower()
        pet = "dog" if pet.startswith("pupp") else "cat" if pet.startswith("kitten") else pet
        pet = pet.rstrip("s") + ("" if n == "one" else "s")
        reply = " ".join(s.text for s in sentences[index:] if s.turn == sentence.turn)
        pair = _NAME_PAIR.search(reply)
        named = f" named {pair.group('a')} and {pair.group('b')}" if pair and n == "two" else ""
        facts.append(f"User has {'a' if n == 'one' else n} {pet}{named}")
    return facts


# "grandma of 5", "proud grandpa to three": the number of grandchildren.
_PARENT_OF = re.compile(
    r"\b(?P<role>grand(?:ma|mother|pa|father|parent)|granny|nana)\s+(?:of|to)\s+(?P<n>[2-9]|two|three|four|five|six|seven|eight|nine)\b"
    r"(?!\s*(?:-|\s)\s*(?:year|month|week|day|hour|minute|mile|km|kids?\s+who))",
    re.IGNORECASE,
)
_DIGIT_WORD = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
               "8": "eight", "9": "nine"}  # fmt: skip


def family_counts(text: str) -> list[str]:
    """ "retired teacher, grandma of 5" -> "User has five grandchildren"."""
    facts: list[str] = []
    for match in _PARENT_OF.finditer(text):
        n = _DIGIT_WORD.get(match.group("n"), match.group("n").lower())
        facts.append(f"User has {n} grandchildren")
    return facts


__all__ = [
    "family_counts",
    "is_anecdote",
    "is_fragment",
    "named_relative",
    "others_facts",
    "trim_tail",
]
