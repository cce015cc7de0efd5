"""The user's self-description: bios in fragments and job statements.

* Profile lines written in fragments, not sentences: "Nurse | mom of 2 | Austin, TX",
  "Dad. Runner. Tea snob.", "41, teacher, Leeds". Each fragment is read on its
  own by a small set of shapes (an age, a parent or pet owner, a place, an
  occupation, a hobbyist noun, "X lover", "not into: X"); fragments of any other
  shape are dropped, so an unusual line yields nothing rather than noise.
* Job statements split into one attribute each: "User started as a welder at
  Acme" -> "User works as a welder" and "User works at Acme".
* Clause trimming: comment clauses and moment adverbs that are not part of the
  attribute ("..., which explains X", "... and proud of it", "today").
"""

from __future__ import annotations

import re

_EMOJI = re.compile(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F\u200D]+")
_SEPARATOR = re.compile(
    r"\s*(?:[|•·✦★]|\s/\s|\s-\s|\s–\s|\s[\U0001F300-\U0001FAFF\u2600-\u27BF]+\uFE0F?\s+(?=[A-Z]))\s*"
)
_NUMBER_WORDS = {
    "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
}  # fmt: skip

# Occupations: a lexicon of common job nouns and a few agent suffixes.
_JOB_NOUNS = frozenset(
    """nurse engineer developer designer teacher architect lawyer attorney doctor physician
    surgeon dentist pharmacist accountant analyst consultant founder cofounder co-founder
    manager director researcher professor lecturer scientist writer author editor journalist
    photographer artist illustrator chef cook baker barista bartender electrician plumber
    carpenter mechanic paramedic firefighter officer pilot student programmer coder
    librarian therapist counselor counsellor psychologist psychiatrist veterinarian vet
    realtor entrepreneur freelancer marketer recruiter teacher tutor coach trainer midwife
    caregiver technician paralegal dietitian nutritionist economist statistician
    animator producer filmmaker musician composer singer dancer actor actress hairdresser
    stylist tailor farmer rancher welder machinist driver courier clerk cashier
    administrator assistant secretary receptionist strategist planner ceo cto cfo coo
    vp intern resident surveyor optometrist physiotherapist radiologist sonographer
    hygienist chemist biologist physicist mathematician historian linguist translator
    interpreter principal superintendent pastor priest rabbi imam minister""".split()
)
_JOB_SUFFIX = re.compile(r"(?:ologist|ician|grapher|ographer|iatrist|ist)$")
# Agent nouns for pastimes: "Runner", "Climber", "Bookworm".
_HOBBY_NOUNS = frozenset(
    """runner cyclist climber hiker swimmer gamer reader gardener knitter surfer skier
    snowboarder traveler traveller foodie bookworm yogi marathoner triathlete golfer
    birder birdwatcher skater sailor diver angler fisherman hunter camper backpacker
    crafter quilter potter woodworker tinkerer collector""".split()
)
_NOT_HOBBY = frozenset({"ist", "list", "twist", "wrist", "mist", "fist", "gist", "exist"})
_FAN_WORDS = r"snob|lover|addict|enthusiast|nerd|geek|fanatic|junkie|aficionado|fiend|devotee"
_FAN = re.compile(rf"^(?P<thing>[a-z][\w'-]*(?:\s[a-z][\w'-]*){{0,2}})\s+(?:{_FAN_WORDS})$", re.I)
_PARENT = re.compile(
    r"^(?:(?:proud|busy|working|single|tired|boy|girl|twin)\s+)?(?P<who>mom|mum|mama|mother|"
    r"dad|father|papa|parent)\s+(?:of|to)\s+(?P<n>\d|one|two|three|four|five|six|twins)"
    r"(?:\s+(?P<kids>kids|boys|girls|children|little\s+ones))?$",
    re.IGNORECASE,
)
_PET_PARENT = re.compile(
    r"^(?P<pet>dog|cat|pup|puppy|kitty|bunny|rabbit)\s+(?:mom|mum|dad|parent|mama|papa)"
    r"(?:\s+(?:to|of)\s+(?:a\s+|an\s+|two\s+|my\s+)?(?P<what>(?-i:[a-z][\w-]*(?:\s[a-z][\w-]*)?))"
    r"(?:\s+(?:named|called)\s+(?P<name>[A-Z][\w'-]+))?|\s+(?:to|of)\s+(?P<name2>[A-Z][\w'-]+))?$",
    re.IGNORECASE,
)
_SINGLE_KIN = {
    "mom": "User is a mother", "mum": "User is a mother", "mother": "User is a mother",
    "dad": "User is a father", "father": "User is a father", "wife": "User is married",
    "husband": "User is married", "grandma": "User is a grandmother",
    "grandpa": "User is a grandfather",
}  # fmt: skip
# A sentence end, but not after a title ("Dr. Ana Ruiz").
_SHORT_SENTENCE = re.compile(
    r"(?<=[.!])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bMrs\.)\s+"
)
_PLACE = re.compile(
    r"^(?:📍\s*|(?:(?P<from>from|originally\s+from)|based\s+in|living\s+in|lives\s+in)\s+)?"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*(?:[A-Z]{2}|[A-Z][a-z]+))$"
)
_PLACE_LEAD = re.compile(
    r"^(?:(?P<from>from|originally\s+from)|based\s+in|living\s+in|lives\s+in)\s+"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})$",
    re.IGNORECASE,
)
_DISLIKE = re.compile(
    r"^(?:not\s+into|not\s+a\s+fan\s+of|dislikes?|hates?|pet\s+peeves?|allergic\s+to)\s*:?\s+"
    r"(?P<what>.+)$",
    re.IGNORECASE,
)
_LIKE = re.compile(r"^(?:into|loves?|likes?)\s*:\s*(?P<what>.+)$", re.IGNORECASE)
_HALF = re.compile(r"^half[- ][A-Z][a-z]+(?:\s*(?:,|and|&|/)\s*half[- ][A-Z][a-z]+)+$", re.I)
_DIET = re.compile(
    r"^(?:vegan|vegetarian|pescatarian|plant-based|gluten-free|sober|keto)$", re.IGNORECASE
)
_ROLE_AT = re.compile(
    r"^(?P<role>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3})\s+(?:at|@)\s+(?P<org>[A-Z][\w&'.-]*"
    r"(?:\s[A-Z][\w&'.-]*){0,3})$"
)
_INTRO = re.compile(r"^(?:(?:hi|hey|hello)\W*\s*)?I(?:'m|’m|\s+am)\s+[A-Z][a-z]+\b\W*\s*")
_PERSON = re.compile(
    r"^(?:dog|cat|morning|night|people|beach|mountain|coffee|tea|book)\s+person$|^night\s+owl$|"
    r"^early\s+bird$|^(?:introvert|extrovert|ambivert)$",
    re.IGNORECASE,
)
_HABIT_FRAGMENT = re.compile(
    r"^(?P<adv>don'?t|do\s+not|never|rarely|seldom|always|usually|often|sometimes|occasionally)"
    r"\s+(?P<verb>smoke|drink|eat|drive|cook|run|swim|travel|read|play|dance|sing|bake|hike|"
    r"fly|vape|gamble|work\s+out)(?P<rest>(?:\s[a-z][\w-]*){0,3})$",
    re.IGNORECASE,
)
_HEIGHT = re.compile(r"^\d['’]\s?\d{1,2}(?:\"|”|'')?$")
_ROLE_IN = re.compile(
    r"^(?P<role>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3})\s+(?:in|based\s+in)\s+"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z]{2})?)$"
)
_VERBISH = re.compile(
    r"\b(?:is|are|am|was|were|be|have|has|had|do|does|did|will|can|i|my|we|you|the|this|that|"
    r"looking|want|need|just|today|tonight|tomorrow)\b",
    re.IGNORECASE,
)


def _article(noun_phrase: str) -> str:
    return "an" if noun_phrase[:1].lower() in "aeiou" else "a"


def _is_job(phrase: str) -> bool:
    last = phrase.lower().split()[-1].strip(".,")
    if last in _JOB_NOUNS:
        return True
    return bool(_JOB_SUFFIX.search(last)) and last not in _NOT_HOBBY and len(last) > 5


def _fragment_fact(fragment: str, first: bool) -> list[str]:
    """One bio fragment as facts, or nothing when it has no known shape."""
    frag = _EMOJI.sub("", fragment).strip(" .!,;:-–")
    frag = re.sub(r"\s+", " ", frag)
    frag = _INTRO.sub("", frag)
    frag = re.sub(r"\s*\([^)]*\)?$", "", frag)  # "(fluent)", "(mal falo!"
    frag = re.sub(r"\s+by\s+(?:day|night|trade|profession)$", "", frag, flags=re.I)
    frag = re.sub(r"^(?:currently|now|also|full-time|part-time)\s+", "", frag, flags=re.I)
    if not frag or len(frag.split()) > 7:
        return []
    if first and re.fullmatch(r"\d{2}", frag) and 13 <= int(frag) <= 99:
        return [f"User is {frag} years old"]
    parent = _PARENT.match(frag)
    if parent is not None:
        who = parent.group("who").lower()
        who = {"mum": "mother", "mama": "mother", "mom": "mother", "papa": "father"}.get(who, who)
        who = "father" if who == "dad" else who
        n = parent.group("n").lower()
        n = _NUMBER_WORDS.get(n, n)
        kids = (parent.group("kids") or "").lower()
        if not kids or n == "twins":
            return [f"User is a {who} of {n}"]
        kids = {"boys": "sons", "girls": "daughters"}.get(kids, "children")
        if n == "one":
            kids = {"children": "child", "sons": "son", "daughters": "daughter"}[kids]
        # "a mother of two sons" says both "is a mother of two" and "has two sons".
        return [f"User is a {who} of {n} {kids}"]
    pet = _PET_PARENT.match(frag)
    if pet is not None:
        what = (pet.group("what") or pet.group("pet")).lower()
        what = {"pup": "dog", "puppy": "dog", "kitty": "cat", "bunny": "rabbit"}.get(what, what)
        name = pet.group("name") or pet.group("name2")
        if name:
            return [f"User has {_article(what)} {what} named {name}"]
        return [f"User has {_article(what)} {what}"]
    single = _SINGLE_KIN.get(frag.lower())
    if single is not None:
        return [single]
    place = _PLACE.match(frag) or _PLACE_LEAD.match(frag)
    if place is not None:
        verb = "is from" if place.group("from") else "lives in"
        return [f"User {verb} {place.group('place')}"]
    dislike = _DISLIKE.match(frag)
    if dislike is not None:
        return [f"User dislikes {item}" for item in _items(dislike.group("what"))]
    like = _LIKE.match(frag)
    if like is not None:
        return [f"User likes {item}" for item in _items(like.group("what"))]
    if _HALF.match(frag):
        return [f"User is {frag}"]
    if _DIET.match(frag):
        return [f"User is {frag.lower()}"]
    fan = _FAN.match(frag)
    if fan is not None:
        return [f"User loves {fan.group('thing').lower()}"]
    height = _HEIGHT.match(frag)
    if height is not None:
        return [f"User is {height.group(0)} tall"]
    if _VERBISH.search(frag):
        return []
    person = _PERSON.match(frag)
    if person is not None:
        return [f"User is {_article(person.group(0))} {person.group(0).lower()}"]
    habit = _HABIT_FRAGMENT.match(frag)
    if habit is not None:
        return [_habit_fact(habit)]
    role_in = _ROLE_IN.match(frag)
    if role_in is not None and _is_job(role_in.group("role")):
        role = role_in.group("role")
        role = role if role.isupper() else role.lower()
        return [
            f"User works as {_article(role)} {role}",
            f"User lives in {role_in.group('place')}",
        ]
    role_at = _ROLE_AT.match(frag)
    if role_at is not None and _is_job(role_at.group("role")):
        role = role_at.group("role")
        role = role if role.isupper() else role.lower()
        return [
            f"User works as {_article(role)} {role}",
            f"User works at {role_at.group('org')}",
        ]
    words = frag.split()
    if len(words) <= 4 and all(re.fullmatch(r"[A-Za-z][\w'-]*", w) for w in words):
        phrase = frag if any(w.isupper() and len(w) > 1 for w in words) else frag.lower()
        if len(words) <= 3 and words[-1].lower() in _HOBBY_NOUNS:
            return [f"User is {_article(phrase)} {phrase}"]
        if _is_job(frag):
            return [f"User works as {_article(phrase)} {phrase}"]
    return []


def _habit_fact(match: re.Match[str]) -> str:
    adv = match.group("adv").lower()
    verb = match.group("verb").lower()
    rest = match.group("rest") or ""
    if adv.startswith(("don", "do ")):
        return f"User doesn't {verb}{rest}"
    third = "works out" if verb == "work out" else _third(verb)
    return f"User {adv} {third}{rest}"


def _third(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _items(text: str) -> list[str]:
    parts = re.split(r"\s*(?:,|;|\band\b|&)\s*", text)
    return [p.strip(" .") for p in parts if len(p.strip(" .")) >= 3][:5]


def _fragments(line: str) -> list[str] | None:
    """The fragments of a profile line, or None when the line reads as prose."""
    line = line.strip()
    if not line:
        return None
    if _SEPARATOR.search(line) and len(_SEPARATOR.split(line)) >= 2:
        pieces = [s for p in _SEPARATOR.split(line) for s in _SHORT_SENTENCE.split(p) if s.strip()]
    else:
        pieces = [p for p in _SHORT_SENTENCE.split(line) if p.strip()]
        if len(pieces) < 2:
            pieces = [line]
    out: list[str] = []
    for piece in pieces:
        commas = [c.strip() for c in piece.split(",") if c.strip()]
        if len(commas) >= 2 and all(len(c.split()) <= 3 for c in commas):
            # "32, architect, Leeds" (but "Austin, TX" stays whole)
            bare = _EMOJI.sub("", piece).strip(" .!")
            if _PLACE.match(bare) or _HALF.match(bare):
                out.append(piece)
                continue
            merged: list[str] = []
            for c in commas:
                if merged and re.fullmatch(r"[A-Z]{2}\.?", c):
                    merged[-1] = f"{merged[-1]}, {c}"  # "Leeds, UK"
                else:
                    merged.append(c)
            out.extend(merged)
        else:
            out.append(piece)
    short = [p for p in out if len(_EMOJI.sub("", p).split()) <= 4]
    if len(out) < 2 or len(short) * 2 < len(out):
        return None  # mostly sentences: not a profile line
    return out


# A labelled line naming someone else: CRM call notes, meeting notes, visit summaries.
_OTHER_PARTY = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:main\s+|primary\s+|key\s+)?(?:contacts?|attendees?|participants?|"
    r"present|with|client|customer|caller|prospect|lead|account|rep|representative|"
    r"stakeholders?|decision[\s-]maker|champion|interviewer|interviewee|candidate|"
    r"spoke\s+(?:to|with)|met\s+with|called|cc|to|from)\s*[:\-–]",
    re.IGNORECASE,
)


def bio_facts(text: str) -> list[str]:
    """Facts from profile lines written in fragments."""
    facts: list[str] = []
    for number, line in enumerate(text.split("\n")[:12]):
        if _OTHER_PARTY.match(line):
            continue  # "Contact: Dana Reyes, CFO": the other party of a call or meeting
        fragments = _fragments(line)
        if fragments is None:
            continue
        for index, fragment in enumerate(fragments):
            facts.extend(_fragment_fact(fragment, first=number == 0 and index == 0))
    return facts


# ------------------------------------------------------------------ jobs

_AS_AT = re.compile(
    r"^User (?P<verb>works|worked|started|starts|is working|has worked|joined|is starting)"
    r"(?P<mid>(?: (?!as\b)[\w'-]+){0,3}?) as (?P<role>(?:an?|the) [^,]+?)"
    r"(?: (?:at|for|with) (?P<org>[A-Z][\w&'’.-]*(?: (?:of )?[A-Z][\w&'’.-]*){0,4}))?"
    r"(?P<rest>,.*)?$"
)


# "User is a structural engineer at Kessler & Ward": the job and the employer.
_IS_AT = re.compile(
    r"^User is (?P<role>(?:an?|the) (?:[\w-]+ ){0,3}?(?P<noun>[\w-]+)) (?:at|with|for) "
    r"(?P<org>[A-Z][\w&'’.-]*(?: (?:&|of|and) [A-Z][\w&'’.-]*| [A-Z][\w&'’.-]*){0,4})(?P<rest>.*)$"
)


def split_role_at(fact: str) -> list[str]:
    """ "User is a structural engineer at Kessler & Ward" -> the job, and the employer."""
    is_at = _IS_AT.match(fact)
    if is_at is None or not _is_job(is_at.group("noun")) or is_at.group("noun") == "student":
        return [fact]
    rest = is_at.group("rest")
    return [f"User is {is_at.group('role')}", f"User works at {is_at.group('org')}{rest}"]


def split_job(fact: str) -> list[str]:
    """ "User started as a nurse at Mercy" -> "User works as a nurse", "User works at Mercy"."""
    match = _AS_AT.match(fact)
    if match is None:
        return [fact]
    verb = match.group("verb")
    if not match.group("org") and not match.group("mid").strip():
        return [fact]  # "User joined as a tester": nothing to split
    past = verb in ("worked", "has worked")
    head = "User worked" if past else "User works"
    mid = match.group("mid").strip()
    facts: list[str] = []
    if verb == "joined" and mid and mid[:1].isupper():
        facts.append(f"{head} at {mid}")
    elif mid and not mid[:1].isupper():
        facts.append(f"{head} {mid}")
    facts.append(f"{head} as {match.group('role')}")
    if match.group("org"):
        facts.append(f"{head} at {match.group('org')}")
    return facts


# ------------------------------------------------------------------ trimming

# A comment after the attribute: "..., which explains X", "... and proud of it",
# ", the view is unreal" (a new subject after a comma).
_COMMENT = re.compile(
    r",?\s+(?:which|who)\s+(?:explains|means|is\s+why|makes)\b.*$"
    r"|\s+and\s+(?:proud|happy|grateful|thankful|loving)\s+(?:of|about)?\s*it\b.*$"
    r"|,\s+(?:the|this|that|it|which)\s+(?:[\w'-]+\s+){0,3}(?:is|are|was|were)\s+"
    r"(?:so\s+|just\s+|really\s+|absolutely\s+)?(?:unreal|amazing|great|awesome|incredible|"
    r"beautiful|insane|wild|gorgeous|fantastic|the\s+best|lovely|perfect)\b.*$"
    r"|\s+so\s+(?=User\b).*$",
    re.IGNORECASE,
)
# Adverbs of the moment: not part of a lasting attribute.
_MOMENT = re.compile(
    r"\s+(?:in\s+the\s+meantime|for\s+now|right\s+now|at\s+the\s+moment|these\s+days|"
    r"this\s+morning|this\s+afternoon|this\s+evening|today|tonight|again|lately)\b(?=\s|$|,)",
    re.IGNORECASE,
)


def trim(fact: str) -> str:
    """Drop comment clauses and adverbs of the moment from a "User ..." fact."""
    trimmed = _COMMENT.sub("", fact)
    trimmed = _MOMENT.sub("", trimmed)
    trimmed = re.sub(r"^User is still\b", "User is", trimmed)
    if trimmed.startswith("User ") and len(trimmed.split()) >= 3:
        return trimmed
    return fact


__all__ = ["bio_facts", "split_job", "split_role_at", "trim"]


# ------------------------------------------------------------------ names

_SIGNED_NAME = re.compile(
    r"^(?:(?:Coach|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Mx\.?)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){0,2})(?:,\s*[A-Z][A-Za-z.]{1,6})?$"
)
_DASH_SIGNED = re.compile(r"[–—-]\s*(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*$")
_CLOSING = re.compile(
    r"^(?:thanks|thank\s+you|cheers|best|regards|sincerely|love|warmly|kind\s+regards|"
    r"best\s+regards|all\s+the\s+best|take\s+care)(?:\s+for\s+everything)?,?\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*$",
    re.IGNORECASE,
)
_CLOSING_LINE = re.compile(
    r"^(?:thanks|thank\s+you|cheers|best|regards|sincerely|love|warmly|kind\s+regards|"
    r"best\s+regards|warm\s+regards|all\s+the\s+best|take\s+care|yours(?:\s+truly)?)[,!.]?$",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset(
    "me team thanks regards best cheers sincerely love hi hello everyone all sent".split()
)


def signoff_name(sender: str | None, text: str) -> list[str]:
    """The name the user signs a mail they wrote with: "Thanks,\\nRenee" -> Renee."""
    candidates: list[str] = []
    if sender:
        candidates.append(sender.strip())
    lines = [
        line.strip()
        for line in text.split("\n")
        if line.strip() and not line.lstrip().startswith(">")
    ]
    for position, line in enumerate(lines[-4:], start=max(0, len(lines) - 4)):
        closing = _CLOSING.match(line)
        if closing is not None:
            candidates.append(closing.group("name"))
        elif _CLOSING_LINE.match(line) and position + 1 < len(lines):
            candidates.append(lines[position + 1])  # "Kind regards,\nLuca Bassi"
    if lines:
        dash = _DASH_SIGNED.search(lines[-1])
        if dash is not None and len(lines[-1].split()) <= 8:
            candidates.append(dash.group("name"))
    for candidate in candidates:
        match = _SIGNED_NAME.match(candidate)
        if match is None:
            continue
        name = match.group("name")
        if name.lower().split()[0] in _NOT_A_NAME:
            continue
        return [f"User's name is {name}"]
    return []


__all__ += ["signoff_name"]


# ------------------------------------------------------------------ filters

# States of the moment and plans: "User is away this weekend", "User is bringing X",
# "User's son might be late". Moving, relocating, starting and learning stay: they
# change lasting facts.
_MOMENTARY = re.compile(
    r"^User\s+(?:might|may|could|would|should|won't|is\s+gonna|is\s+about\s+to)\b"
    r"|^User\s+will\b(?!\s+be\s+(?:joining|working|starting|leading|based|reporting|moving|"
    r"relocating|studying|teaching))"
    r"|^User(?:'s|’s)(?:\s+[\w'’()-]+){1,3}?\s+(?:might|may|could|would|should)\b"
    r"|^User(?:'s|’s)(?:\s+[\w'’()-]+){1,3}?\s+will\s+(?:be\s+)?[a-z]+ing\b"
    r"|^User\s+is\s+(?:(?:still|now|just|currently|also)\s+)?(?:bringing|coming|heading|leaving|"
    r"visiting|meeting|picking|dropping|flying|driving|staying|getting(?!\s+married\b)|"
    r"running\s+late|"
    r"writing|calling|checking|trying|thinking|hoping|waiting|looking\s+forward|working\s+from\s+"
    r"home|running\s+(?:\d+\s*\w*\s+)?late|"
    r"home|off|out|away|busy|free|ooo|home|back|here|there|done|on\s+(?:my|"
    r"their|the)\s+way|sick|tired|exhausted|stressed|nervous|excited|sorry|glad|happy|fine|"
    r"good|okay|ok|ready|late|early)\b"
    r"|^User\s+(?:just\s+)?(?:landed|arrived)\b"
    r"|^User\s+is\s+(?:usually\s+|already\s+|probably\s+)?(?:asleep|awake)\s+by\s+then\b"
    r"|^User(?:'s|’s)\s+(?:best\s+|old\s+|close\s+)?(?:friend|mate|buddy|pal|colleague|coworker|"
    r"co-worker|roommate|flatmate|housemate|neighbou?r)\b(?!\s+is\s+named\b)"
    r"|^User\s+(?:\w+\s+and\s+)?(?:decided|told|asked|said|replied|texted|emailed|called|"
    r"attached|forwarded)\b"
    r"|^User\s+is\s+(?:so\s+|very\s+|really\s+)?(?:delighted|thrilled|pleased|proud|honou?red|"
    r"excited|happy|glad|sad|sorry)\s+to\b"
    r"|^User\s+is\s+(?:not\s+)?(?:allowed|supposed|meant|expected|required|told|asked)\s+to\b"
    r"|^User(?:'s|’s)\s+(?:[\w-]+\s+)?(?:legs?|arms?|feet|foot|back|head|brain|eyes?|knees?|"
    r"hands?|stomach|tummy|body|throat|neck|shoulders?|muscles|calves|thighs)\s+(?:is|are|was|"
    r"were|feels?|felt|hurts?|hurt|aches?|ached|decided|kills?|killing)\b"
    r"|^User\s+\w+(?:\s+\w+){0,4}\s+(?:of\s+)?(?:it|this|that|them)$"
    # A scene, not a trait: "keeps lying awake", "is just sitting here", "felt like themselves".
    r"|^User\s+(?:still\s+)?keeps\s+[a-z]+ing\b"
    r"|^User\s+is\s+(?:just\s+|still\s+)?(?:sitting(?!\s+on\s+(?:the|a)\s+(?:board|committee|council|panel|jury))|staring|lying|standing|crying|sweating|"
    r"wondering|losing\s+(?:their|my)\s+mind)\b"
    r"|^User\s+(?:\w+\s+){0,8}?(?:and\s+)?felt\s+(?:like|so|very|really|a\s+bit)\b",
    re.IGNORECASE,
)


def is_momentary(fact: str) -> bool:
    """A passing state, a plan or a report of speech: not a lasting fact."""
    return bool(_MOMENTARY.search(fact))


__all__ += ["is_momentary"]


def is_job(phrase: str) -> bool:
    """Whether a noun phrase names an occupation ("Senior Data Analyst", "ICU nurse")."""
    return _is_job(phrase)


__all__ += ["is_job"]


# "Hot take: pineapple on pizza is elite": an opinion that says what the user likes.
_HOT_TAKE = re.compile(
    r"\b(?:hot\s+take|unpopular\s+opinion|controversial\s+opinion|fight\s+me)\s*[:,-]\s*"
    r"(?P<what>[^.!?:]{3,50}?)\s+(?:is|are)\s+(?:simply\s+|honestly\s+|actually\s+)?"
    r"(?:elite|the\s+best|underrated|superior|amazing|great|perfect|delicious|goated|"
    r"peak|fire|s-tier)\b"
    r"|\b(?:hot\s+take|unpopular\s+opinion|controversial\s+opinion)\s*[:,-]\s*"
    r"(?P<thing>[\w'-]+(?:\s[\w'-]+)?)\s+belongs?\s+(?P<where>on|in)\s+(?P<place>[\w'-]+)",
    re.IGNORECASE,
)


def opinion_likes(text: str) -> list[str]:
    facts = []
    for match in _HOT_TAKE.finditer(text):
        if match.group("what"):
            facts.append(f"User likes {match.group('what').strip().lower()}")
        else:
            thing, place = match.group("thing").lower(), match.group("place").lower()
            facts.append(f"User likes {thing} {match.group('where').lower()} {place}")
    return facts


__all__ += ["opinion_likes"]
