"""Profile lines written in fragments: "Nurse | mom of 2 | Austin, TX", "Dad. Runner.".

Each fragment is read on its own by a small set of shapes (an age, a parent or pet
owner, a place, an occupation, a hobbyist noun, "X lover", "not into: X"); fragments
of any other shape are dropped, so an unusual line yields nothing rather than noise.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_own_profile import fragment_facts
from omi_actions.processing.local.fact_self_jobs import _is_job

_EMOJI = re.compile(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F\u200D]+")
_SEPARATOR = re.compile(
    r"\s*(?:[|•·✦★]|\s/\s|\s-\s|\s–\s|\s[\U0001F300-\U0001FAFF\u2600-\u27BF]+\uFE0F?\s+(?=[A-Z]))\s*"
)
_NUMBER_WORDS = {
    "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
}  # fmt: skip
# Agent nouns for pastimes: "Runner", "Climber", "Bookworm".
_HOBBY_NOUNS = frozenset(
    """runner cyclist climber hiker swimmer gamer reader gardener knitter surfer skier
    snowboarder traveler traveller foodie bookworm yogi marathoner triathlete golfer
    birder birdwatcher skater sailor diver angler fisherman hunter camper backpacker
    crafter quilter potter woodworker tinkerer collector""".split()
)
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
    r"^(?:not\s+into|not\s+a\s+fan\s+of|dislikes?|hates?|pet\s+peeves?)\s*:?\s+"
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


def _fragment_fact(fragment: str, first: bool) -> list[str]:
    """One bio fragment as facts, or nothing when it has no known shape."""
    frag = _EMOJI.sub("", fragment).strip(" .!,;:-–")
    frag = re.sub(r"\s+", " ", frag)
    frag = _INTRO.sub("", frag)
    shaped = fragment_facts(frag)  # before the parenthesis goes: "MBA, IIT (2016)"
    if shaped:
        return shaped
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
    role_in = _ROLE_IN.match(re.sub(r"\s+based\s+in\s+", " in ", frag))
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
        if fragment_facts(_EMOJI.sub("", piece).strip()):
            out.append(piece)  # "MSc, Delft University (2012)" is one item
        elif len(commas) >= 2 and all(len(c.split()) <= 3 for c in commas):
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
        line = _ABOUT_ME.sub("", line)
        fragments = _fragments(line)
        if fragments is None:
            # Prose lines still hold whole-sentence shorthand: "Previously 5 years at Acme."
            for piece in _SHORT_SENTENCE.split(line):
                piece = _EMOJI.sub("", piece).strip()
                if (pastimes := _PASTIMES.match(piece)) is not None:
                    facts.extend(_pastime_items(pastimes.group("items")))
                    continue
                shaped = fragment_facts(piece)
                if not shaped and "," in piece and not _VERBISH_START.match(piece):
                    shaped = _comma_parts(piece, first=False)  # "mild asthma, use a CPAP, ..."
                facts.extend(shaped)
            continue
        for index, fragment in enumerate(fragments):
            found = _fragment_fact(fragment, first=number == 0 and index == 0)
            if not found and "," in fragment:
                # "34, from Galway, living in Leeds since 2019": longer pieces in commas.
                after_name = index > 0 and bool(_NAME_ONLY.match(fragments[index - 1].strip()))
                found = _comma_parts(fragment, first=after_name or (number == 0 and index == 0))
            facts.extend(found)
    return facts + [f for f in bullet_facts(text) if f not in facts]


# "About me:", "things to remember about me for the new doctor:": a label, not a fragment.
_ABOUT_ME = re.compile(
    r"^\s*(?:[^:\n]{0,50}\babout\s+me\b[^:\n]{0,40}|about\s+myself|me\s+in\s+brief|bio)\s*:\s*",
    re.IGNORECASE,
)
# "Outside work: trail running and weekend treks", "Off the clock: cello, bouldering".
_PASTIMES = re.compile(
    r"^(?:outside\s+(?:of\s+)?work|off\s+the\s+clock|in\s+my\s+(?:spare|free)\s+time|"
    r"when\s+I['’]m\s+not\s+working|away\s+from\s+(?:work|the\s+desk)|hobbies|interests)"
    r"\s*:\s*(?P<items>.+?)[.!]?$",
    re.IGNORECASE,
)
# Self-mocking asides in a pastime list ("terrible puns") are not pastimes.
_ASIDE = re.compile(r"^(?:terrible|bad|awful|questionable|endless|too\s+much|way\s+too)\b", re.I)


def _pastime_items(items: str) -> list[str]:
    """The items of a pastime list: each a fragment fact, or something the user enjoys."""
    facts: list[str] = []
    for item in re.split(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?![^()]*\))", items)[:6]:
        item = re.sub(r"\s*\([^)]*\)", "", item).strip(" .!")
        if not item or _ASIDE.match(item):
            continue
        found = _fragment_fact(item, first=False)
        if found:
            facts.extend(found)
        elif len(item.split()) <= 7 and not _VERBISH.search(re.sub(r"(?i)\bthe\b", "", item)):
            facts.append(f"User enjoys {item}")
    return facts


# A sentence that starts as prose ("I think, honestly, ...") is not a comma list.
_VERBISH_START = re.compile(r"^(?:I|we|you|he|she|they|it|this|that|the|my|our)\b", re.I)
# A fragment that is only a full name: "Siobhán Keane." (an age may follow it).
_NAME_ONLY = re.compile(r"^[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_'’]+){1,2}\.?$")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")


def _comma_parts(fragment: str, first: bool) -> list[str]:
    """Facts from the comma parts of a fragment (commas inside brackets are kept)."""
    parts = re.split(r",\s*(?![^()]*\))", fragment)
    facts: list[str] = []
    for index, part in enumerate(parts):
        # Only the shapes that state their own subject: "Mum, we did it" names no mother.
        part = _EMOJI.sub("", part).strip(" .!;:")
        if first and index == 0 and re.fullmatch(r"\d{2}", part) and 13 <= int(part) <= 99:
            facts.append(f"User is {part} years old")
        elif rest := fragment_facts(", ".join(parts[index:]).strip(" .!;:")):
            facts.extend(rest)  # "fluent in English, Afrikaans and Zulu" runs to the end
            break
        elif shaped := fragment_facts(part):
            facts.extend(shaped)
        elif (place := _PLACE_LEAD.match(part)) is not None:
            verb = "is from" if place.group("from") else "lives in"
            facts.append(f"User {verb} {place.group('place')}")
    return facts


def bullet_facts(text: str) -> list[str]:
    """Shorthand list items of a note the user wrote: "- severe peanut allergy, ..."."""
    facts: list[str] = []
    for line in text.split("\n")[:40]:
        if not _BULLET.match(line):
            continue
        for part in re.split(r",\s*(?![^()]*\))", _BULLET.sub("", line)):
            facts.extend(fragment_facts(_EMOJI.sub("", part).strip()))
    return facts
