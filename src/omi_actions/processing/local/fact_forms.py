"""Facts from forms the user filled in: "Label: answer" lines and Q/A questionnaires.

``fact_records.form_fields`` knows the labels of records written *to* the user
(job title, member id, allergies). This module reads the free answers of intake
and onboarding forms: "Age: 52", "Goal: lose 15 lb", "Injuries: left knee (2019)",
"Native language: Polish", "Activity: walk the dog daily", and Q/A pairs
("Q: What should we call you?" / "A: Bea") turned into such labels first.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.pronouns import to_third_person

# Several fields on one line: "Name: Daniel Reyes   DOB: 03/11/1979".
_INLINE_FIELD = re.compile(r"[ \t]{2,}(?=[A-Z][A-Za-z ./-]{1,25}:\s*\S)")
_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z .'/()-]{1,40}?)\s*:\s*(?P<value>\S[^\n]*?)\s*$")
_QUESTION = re.compile(r"^\s*Q\s*[:.)]\s*(?P<q>.+?)\s*$", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*A\s*[:.)]\s*(?P<a>.+?)\s*$", re.IGNORECASE)

# A question's topic -> the label its answer fills.
_QUESTION_LABELS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bcall\s+you\b|\byour\s+(?:preferred\s+)?name\b|\bnickname\b", re.I), "nickname"),
    (re.compile(r"\blanguages?\b", re.I), "languages"),
    (re.compile(r"\bgoals?\b|\bhope\s+to\s+achieve\b", re.I), "goals"),
    (re.compile(r"\bhow\s+old\b|\byour\s+age\b", re.I), "age"),
    (re.compile(r"\ballerg", re.I), "allergies"),
    (re.compile(r"\bhobbies\b|\bfree\s+time\b|\bfor\s+fun\b", re.I), "hobbies"),
    (re.compile(r"\bwhere\s+do\s+you\s+live\b|\bbased\b", re.I), "city"),
)

_NONE = re.compile(r"^(?:none|n/?a|no|nope|nothing|-+|not\s+applicable)\.?$", re.IGNORECASE)
# Base-form verbs that open a goal or an activity ("lose 15 lb", "walk the dog daily").
_BASE_VERBS = frozenset(
    """lose gain run walk swim read learn finish get build improve start stop quit play write save
    travel visit eat drink sleep cook bake hike climb ride bike cycle train practice practise
    speak study take make find buy pay reduce cut drop complete become keep spend meditate do go
    stay move try deadlift squat bench lift strengthen stretch compete qualify pass prepare
    return recover tone
    increase lower manage beat master launch open grow sing dance paint knit garden volunteer
    teach coach mentor""".split()
)
_SPORTS = frozenset(
    """golf tennis football soccer basketball volleyball hockey cricket baseball badminton squash
    pickleball rugby softball handball padel chess poker bridge""".split()
)
_SURGERY = re.compile(
    r"\b(?:surgery|reconstruction|replacement|repair|removal|transplant|fusion|\w+ectomy|"
    r"\w+plasty|\w+otomy|\w+oscopy)\b",
    re.IGNORECASE,
)


_INJURY = re.compile(
    r"\b(?:left|right|injur\w*|dislocat\w*|fractur\w*|sprain\w*|strain\w*|tear|torn|broken|"
    r"break|rupture\w*|whiplash|concussion|knee|ankle|shoulder|wrist|hip|back|neck|elbow)\b",
    re.IGNORECASE,
)


def _items(value: str) -> list[str]:
    """ "lose 10 kg, run a 10K by summer" -> two items; parentheses stay with their item."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in value:
        depth += char == "("
        depth -= char == ")"
        if char in ",;" and depth <= 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [p.strip(" .") for p in parts if len(p.strip(" .")) >= 2]


def _third(phrase: str) -> str:
    """ "walk my dog daily" -> "walks their dog daily"."""
    return to_third_person(f"I {phrase}")[len("User ") :]


def _starts_with_verb(item: str) -> bool:
    first = item.split()[0].lower() if item.split() else ""
    return first in _BASE_VERBS or first == "used"


def _goal(item: str) -> str:
    if _starts_with_verb(item):
        return f"User's goal is to {_pronouns(item[:1].lower() + item[1:])}"
    return f"User's goal is {_pronouns(item[:1].lower() + item[1:])}"


def _activity(item: str) -> str:
    bare = re.sub(r"\s*\([^)]*\)", "", item).strip()
    if not bare:
        return ""
    if _starts_with_verb(bare):
        return f"User {_third(bare)}"
    first = bare.split()[0].lower()
    if first in _SPORTS:
        return f"User plays {bare[:1].lower()}{bare[1:]}"
    return f"User enjoys {bare[:1].lower()}{bare[1:]}"


# A one-line profile: "Home city: Porto. Languages: PT, EN. Job: nurse." (or "|" / "·").
_PROFILE_FIELD = re.compile(r"(?:^|(?<=[.;|·•]))\s*(?=[A-Z][A-Za-z /'-]{1,24}:\s+\S)")


def _split_profile_line(line: str) -> str:
    """One field per line when a line holds three or more "Label: value" fields."""
    if line.count(":") < 3 or len(list(_PROFILE_FIELD.finditer(line))) < 3:
        return line
    parts = [p.strip(" .;|·•") for p in _PROFILE_FIELD.split(line)]
    return "\n".join(p for p in parts if p)


def split_inline(text: str) -> str:
    """The text with one field per line ("Name: Daniel Reyes   DOB: 03/11/1979" -> two
    lines) and every answered Q/A question appended as a "label: answer" line."""
    text = _INLINE_FIELD.sub("\n", text)
    text = "\n".join(_split_profile_line(line) for line in text.split("\n"))
    if not _QUESTION.search(text.split("\n", 1)[0]) and not re.search(r"\nQ\s*[:.)]", text):
        return text
    lines = text.split("\n")
    extra: list[str] = []
    for index, line in enumerate(lines):
        question = _QUESTION.match(line)
        if question is None:
            continue
        answer = next(
            (_ANSWER.match(nxt) for nxt in lines[index + 1 : index + 3] if nxt.strip()), None
        )
        if answer is None:
            continue
        for pattern, label in _QUESTION_LABELS:
            if pattern.search(question.group("q")):
                extra.append(f"{label}: {answer.group('a')}")
                break
    return "\n".join([*lines, *extra])


def _fields(text: str) -> list[tuple[str, str]]:
    """(label, value) of every "Label: value" line, and of every answered Q/A question."""
    fields: list[tuple[str, str]] = []
    for line in text.split("\n"):
        match = _LINE.match(line)
        if match is None or _ANSWER.match(line) or _QUESTION.match(line):
            continue
        label = re.sub(r"\s+", " ", match.group("label")).strip().lower()
        fields.append((label, match.group("value").strip().rstrip(".")))
    return fields


def form_facts(text: str) -> list[str]:
    """Facts from the free answers of a form the user filled in (``text`` as returned by
    ``split_inline``)."""
    if text.count(":") < 2:
        return []
    fields = _fields(text)
    if len(fields) < 2:
        return []  # one "Goal:" in prose is not a form
    facts: list[str] = []
    has_name = any(label in ("name", "full name", "your name") for label, _ in fields)
    card: tuple[str, str] | None = None  # (relation, first name) of a contact card
    for label, value in fields:
        if not value or len(value) > 100 or _NONE.match(value):
            continue
        person = _card_person(label, value)
        if person is not None:
            relation, name = person
            card = (relation, name.split()[0])
            if label not in ("emergency contact",):  # fact_records states that one
                facts.append(f"User's {relation} is {name}")
            phone = _PHONE.search(value.split(")", 1)[-1])
            if phone is not None and label != "emergency contact":
                facts.append(f"User's {relation} {card[1]}'s phone is {phone.group(0).strip()}")
            continue
        if card is not None and label in _CARD_PHONE_LABELS and _PHONE.fullmatch(value):
            facts.append(f"User's {card[0]} {card[1]}'s phone is {value}")
            continue
        if card is not None and label in ("birthday", "born", "date of birth", "dob"):
            facts.append(f"User's {card[0]} {card[1]}'s birthday is {value}")
            continue
        facts.extend(_field_facts(label, value, has_name))
    return [f for f in facts if f]


# A contact card's person: "Contact: Luis Ortega (brother)", "Secondary: Ana Ruiz (mother)".
_CARD_LABELS = frozenset(
    {
        "contact", "contact saved", "new contact", "emergency contact", "secondary",
        "secondary contact", "alternate contact", "next of kin", "ice", "emergency contact 2",
    }
)  # fmt: skip
_RELATIONS = (
    r"brother|sister|mother|mom|mum|father|dad|wife|husband|partner|spouse|son|daughter|aunt|"
    r"uncle|cousin|grandmother|grandma|grandfather|grandpa|niece|nephew|girlfriend|boyfriend|"
    r"fianc[eé]e?|roommate|flatmate|neighbou?r|best\s+friend|friend|step(?:mother|father|son|"
    r"daughter)|mother-in-law|father-in-law|sister-in-law|brother-in-law"
)
_CARD_PERSON = re.compile(
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})\s*\((?P<rel>{_RELATIONS})\)",
    re.IGNORECASE,
)
_CARD_PHONE_LABELS = frozenset({"mobile", "cell", "phone", "tel", "home", "work", "phone number"})
_PHONE = re.compile(r"\+?\(?\d[\d() .-]{6,}\d")


def card_person(text: str) -> tuple[str, str] | None:
    """The relative a contact card is about ("Contact: Luis Ortega (brother)"), if any."""
    for label, value in _fields(text):
        person = _card_person(label, value)
        if person is not None and label != "emergency contact":
            return person
    return None


def _card_person(label: str, value: str) -> tuple[str, str] | None:
    if label not in _CARD_LABELS:
        return None
    match = _CARD_PERSON.match(value)
    if match is None or not match.group("name")[:1].isupper():
        return None
    return match.group("rel").lower(), match.group("name")


def _field_facts(label: str, value: str, has_name: bool) -> list[str]:
    words = label.split()
    if label in ("age", "your age") and re.fullmatch(r"\d{1,3}", value) and 5 <= int(value) < 110:
        return [f"User is {value} years old"]
    if label == "height" and re.search(r"\d", value):
        return [f"User is {value} tall"]
    if label in ("nickname", "preferred name", "goes by", "call me"):
        if re.fullmatch(r"[A-Z][a-z]+", value):
            if label == "preferred name":
                return [f"User prefers to be called {value}"]
            return [f"User goes by {value}"]
        return []
    if label.endswith("profile") and not has_name:
        # "Slack profile: Nadia Farouk · Staff Data Scientist": the card's owner
        owner = re.match(r"([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})\s*(?:[·•|,]|$)", value)
        return [f"User's name is {owner.group(1)}"] if owner else []
    if label in ("technical", "technical skills", "tools", "tech stack", "programming languages"):
        return [f"User knows {item}" for item in _items(value)]
    drinks = re.fullmatch(
        r"(?P<n>\d+(?:\s*[-–]\s*\d+)?)\s+drinks?\s+(?:per|a)\s+(?P<p>week|day)", value
    )
    if label in ("alcohol", "alcohol use", "drinks") and drinks is not None:
        return [f"User drinks {drinks.group('n')} alcoholic drinks per {drinks.group('p')}"]
    has = re.fullmatch(r"(?:has|have|do you have)\s+(?P<what>an?\s+[\w' -]{3,30})\??", label)
    if has is not None and re.match(r"yes\b", value, re.I):
        return [f"User has {has.group('what')}"]
    if label in ("time zone", "timezone", "local time", "tz"):
        if re.fullmatch(r"[A-Z][\w/+:-]{1,30}(?: [A-Z][\w/+:-]*){0,3}", value):
            return [f"User's time zone is {value}"]
        return []
    if label in ("team", "squad") and re.fullmatch(r"[A-Z][\w&-]*(?: [\w&-]+){0,3}", value):
        team = re.sub(r"\s+team$", "", value, flags=re.I)
        return [f"User works on the {team} team"]
    wake = re.fullmatch(r"(?:usual\s+)?(?:wake-?\s?up|waking)(?:\s+time)?", label)
    if wake is not None and re.search(r"\d", value):
        usually = "usually " if "usual" in label else ""
        return [f"User {usually}wakes up at {value}"]
    if label in ("bedtime", "usual bedtime") and re.search(r"\d", value):
        return [f"User goes to bed at {value}"]
    if re.fullmatch(r"passport\s+(?:expires|expiry|expiration)(?:\s+date)?", label):
        return [f"User's passport expires {_expiry(value)}"]
    if label in ("frequent flyer", "frequent flier", "loyalty program", "airline loyalty"):
        if re.match(r"[A-Z]", value) and not re.search(r"\d{4,}", value):
            return [f"User is a {value} member"]
        return []
    if re.fullmatch(r"(?:favou?rite|preferred)\s+(?:cuisines?|foods?)", label):
        return [f"User likes {item} food" for item in _items(value)]
    no_alcohol = re.fullmatch(r"(?:no|none|never)(?:\s+alcohol)?", value, re.I)
    if label in ("drinks", "alcohol") and no_alcohol:
        return ["User doesn't drink alcohol"]
    if label in ("diagnosis", "diagnoses", "condition", "primary diagnosis"):
        return [f"User has {_lower(item)}" for item in _items(value)]
    if label in ("medication reminder", "prescription", "rx", "daily medication"):
        return [f"User takes {item}" for item in _items(value) if re.search(r"\d|daily", item)]
    if label in ("native language", "mother tongue", "first language"):
        return [f"User's native language is {item}" for item in _items(value)]
    if label in ("learning", "currently learning", "studying", "target language"):
        return [f"User is learning {item}" for item in _items(value)]
    city = re.fullmatch(r"[A-Z][\w'. -]{1,40}(?:, [A-Z][\w'. -]{1,30})?", value)
    if label in _CITY_LABELS and city:
        return [f"User lives in {value}"]
    if label in ("hometown", "born in", "birthplace", "place of birth", "originally from"):
        if re.fullmatch(r"[A-Z][\w'., -]{1,40}", value):
            verb = "was born in" if "born" in label or "birth" in label else "is from"
            return [f"User {verb} {value}"]
        return []
    if label in _DISLIKE_LABELS:
        return [f"User dislikes {_lower(item)}" for item in _items(value)]
    if label in _LIKE_LABELS:
        return [f"User likes {_lower(item)}" for item in _items(value)]
    if label in ("pronouns", "preferred pronouns"):
        return [f"User's pronouns are {value}"]
    if words[-1] in ("goal", "goals") and label not in ("daily goal", "weekly goal"):
        return [_goal(item) for item in _items(value)]
    if label in ("why", "reason", "motivation", "why are you learning"):
        if re.match(r"[a-z]+ing\b", value):
            return ["User is " + _pronouns(value)]
        return []
    if "injur" in label or "surger" in label:
        facts = []
        for item in _items(value):
            if _SURGERY.search(item):
                facts.append(f"User had {_pronouns(item)}")
            elif _INJURY.search(item) or "condition" not in label:
                facts.append(f"User injured their {_pronouns(item)}")
            else:
                facts.append(f"User has {_pronouns(item)}")
        return facts
    if label in ("conditions", "medical conditions", "health conditions", "diagnoses"):
        return [f"User has {item}" for item in _items(value)]
    if label in ("activity", "activities", "hobbies", "exercise", "sports", "interests"):
        return [_activity(item) for item in _items(value)]
    if label in ("experience", "background") and _starts_with_verb(value):
        return [f"User {_third(value)}"]
    preferred = re.fullmatch(
        r"(?:preferred|best)\s+(?P<what>[a-z]+)\s+time|best\s+time\s+to\s+"
        r"(?P<what2>[a-z]+)",
        label,
    )
    if preferred is not None:
        what = preferred.group("what") or preferred.group("what2")
        what = re.sub(r"ing$", "", what) if what.endswith("ing") and len(what) > 6 else what
        return [f"User prefers to {what} {_when(value)}"]
    if label in ("tobacco use", "tobacco", "smoking status"):
        if re.match(r"never\b", value, re.I):
            return ["User has never used tobacco"]
        if re.match(r"no\b|non", value, re.I):
            return ["User does not use tobacco"]
        return []
    if label in ("phone", "mobile", "cell", "phone number") and has_name:
        if re.fullmatch(r"[\d()+ .-]{7,}", value):
            return [f"User's phone number is {value}"]
        return []
    if label == "emergency contact":
        contact = re.match(r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)", value)
        if contact is not None and "(" not in value:  # "(wife)": fact_records says it
            phone = re.search(r"\+?\(?\d[\d()+ .-]{6,}", value)
            tail = f", {phone.group(0).strip()}" if phone else ""
            return [f"User's emergency contact is {contact.group('name')}{tail}"]
    return []


_CITY_LABELS = frozenset(
    {"city", "home city", "current city", "location", "based in", "lives in", "home base"}
)
_DISLIKE_LABELS = frozenset(
    {"hate", "hates", "dislike", "dislikes", "not into", "pet peeve", "pet peeves", "turn-offs"}
)
_LIKE_LABELS = frozenset({"likes", "loves", "love", "into", "favourite things", "favorite things"})


_MONTH_NAMES = {
    m[:3].lower(): m
    for m in (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    )
}  # fmt: skip


def _expiry(value: str) -> str:
    """ "Aug 2027" -> "in August 2027"; "2027-08-31" -> "on 2027-08-31"."""
    month = re.fullmatch(r"(?P<m>[A-Za-z]{3})[a-z]*\.?\s+(?P<y>\d{4})", value)
    if month is not None and month.group("m").lower() in _MONTH_NAMES:
        return f"in {_MONTH_NAMES[month.group('m').lower()]} {month.group('y')}"
    return f"on {value}"


def _lower(item: str) -> str:
    """ "Cilantro" -> "cilantro"; a proper name ("Radiohead", "NYC") keeps its capitals."""
    if re.fullmatch(r"[A-Z][a-z]+(?:\s+[a-z]+)*", item) and " " not in item.strip():
        return item
    return item[:1].lower() + item[1:] if re.match(r"[A-Z][a-z]+\s+[a-z]", item) else item


def _pronouns(phrase: str) -> str:
    return re.sub(r"\bmy\b", "their", re.sub(r"\bI\b", "they", phrase))


def _when(value: str) -> str:
    value = value[:1].lower() + value[1:]
    if re.match(r"(?:on|in|at|before|after|during|early|late)\b", value):
        return value
    if re.search(r"(?:day|days|weekends?|nights?|mornings?|evenings?|afternoons?)$", value):
        return f"on {value}" if re.search(r"day|weekend", value) else f"in the {value}"
    return value


__all__ = ["card_person", "form_facts", "split_inline"]
