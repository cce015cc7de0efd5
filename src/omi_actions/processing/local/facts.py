"""Facts about the user: short third-person statements, never invented.

Three sources, in order of reliability:

* records in the text: a person's contact details (phone numbers via the
  ``phonenumbers`` matcher, e-mail addresses) and confirmations addressed to
  the user ("Your flight to Paris has been confirmed for May 15th");
* second-person statements in mail written to the user ("Your employee ID is
  G-20931", "You have been admitted to ...");
* the user's own first-person statements ("I'm allergic to penicillin",
  "Just finished my first marathon!"), rewritten to "User ...".

Only clauses whose verb states something lasting about the user (identity,
work, home, relations, preferences, habits, skills, achievements) are kept;
feelings, opinions and plans are not facts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

import phonenumbers
from rapidfuzz import fuzz

from omi_actions.processing.local import (
    fact_bio,
    fact_casual,
    fact_clauses,
    fact_forms,
    fact_intro,
    fact_lasting,
    fact_passing,
    fact_prefs,
    fact_qa,
    fact_records,
    fact_self,
    fact_statements,
    grammar,
)
from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.pronouns import third_person_verb, to_third_person
from omi_actions.processing.local.text import Document, Sentence
from omi_actions.processing.schemas import Event, ExtractedFact, FactCategory

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_CONTACT_NAME = re.compile(
    r"(?P<name>(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|"
    r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)(?:'s|’s)\s+(?:contact|phone|number|cell|mobile|email)"
)
_DOCTOR = re.compile(r"\b(?P<name>Dr\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
# A medical practice's name: "Bright Smile Dental", "Lakeside Pediatrics".
_PRACTICE = re.compile(
    r"\b(?:[A-Z][\w'&-]+\s+){1,3}(?:Dental|Dentistry|Pediatrics|Clinic|Hospital|Medical"
    r"(?:\s+Center)?|Health|Orthodontics|Dermatology|Cardiology|Family\s+Medicine)\b"
)
_BOOKING = re.compile(
    r"\byour\s+(?P<thing>(?:[\w-]+\s+){0,3}?(?:flight|reservation|booking|appointment|table|"
    r"order|ticket|tickets|stay|room|rental|subscription|membership|delivery|trip|tour|"
    r"class|session|consultation))(?P<details>(?:\s+(?!has\b|is\b|was\b|have\b)[^\s.]+){0,6}?)"
    r"\s+(?:has\s+been|have\s+been|is|was|are)\s+(?:now\s+)?(?:confirmed|booked|scheduled|"
    r"reserved|set|all set)\b(?:\s+(?:for|on)\s+(?P<when>[^.;]+))?",
    re.IGNORECASE,
)
_DEPARTURE = re.compile(
    r"\b[Dd]epart(?:ure|ing|s)?\s*:?\s*(?:from\s+)?(?P<code>[A-Z]{3})\b(?:\s+at\s+(?P<time>[^.,;]+))?"
)
_FROM_TO = re.compile(
    r"\bfrom\s+(?P<src>[A-Z][\w .'-]*?(?:\s*\([A-Z]{3}\))?)\s+to\s+"
    r"(?P<dst>[A-Z][\w .'-]*?(?:\s*\([A-Z]{3}\))?)(?=\s+on\b|\s+at\b|[,.;]|$)"
)
_CODE = re.compile(
    r"\b(?P<label>confirmation(?:\s+code|\s+number)?|booking\s+(?:reference|code|number)|"
    r"account\s+number|employee\s+id|member(?:ship)?\s+(?:id|number)|"
    r"policy\s+number|license\s+plate|reference(?:\s+number)?|ticket\s+number|"
    r"reservation(?:\s+(?:number|code))?|passport\s+number|"
    r"(?:driver'?s?\s+)?licen[cs]e(?:\s+number)?)"
    r"\s*(?:is|:|#|\()?\s*(?P<value>[A-Z0-9][A-Z0-9-]{2,})\b",
    re.IGNORECASE,
)
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
    r"was\s+(?:just|wondering|thinking)|got\s+it|don'?t|didn'?t|haven'?t|won'?t|'m\s+on\s+my\s+way|"
    r"'ll|have\s+to|had\s+to|gotta|love\s+(?:you|it|this|that)|miss|like\s+(?:it|this|that)|"
    rf"can\s+(?!(?:now\s+|finally\s+|also\s+)*(?:{fact_statements.ABILITY_VERBS})\b))\b",
    re.IGNORECASE,
)
# Subjectless starts in posts and notes: "Just finished my first marathon!".
_SUBJECTLESS = re.compile(
    r"^(?:just\s+|finally\s+|officially\s+|recently\s+)?(?P<verb>finished|completed|started|"
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
    r"^(?:officially\s+|now\s+|finally\s+)?(?P<state>(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?|vegan|"
    r"vegetarian|sober|single|married|engaged|pregnant|retired|unemployed|gluten-free|"
    r"pescatarian|divorced|self-employed|allergic|(?:lactose|gluten)[- ]intolerant|celiac|coeliac)"
    r"\b(?P<rest>[^.!?]*)",
    re.IGNORECASE,
)
_SELF_NAME = re.compile(
    r"\bI(?:'m|’m| am)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?=\s*[.!]))?)\s*"
    r"(?:,\s*(?P<age>\d{1,2})\s*(?:,|\.|$)|,|\.|!|$|[\U0001F000-\U0001FFFF\u2600-\u27BF·|])"
)
_LABEL_NAME = re.compile(
    r"^\s*(?:passenger|guest|name|member|patient|customer|traveller|traveler)\s*:\s*"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_TRANSPORT = re.compile(
    r"\b(?P<mode>flight|train|bus|ferry|coach)\b[^.]*?\bfrom\s+(?P<src>[A-Z][\w .'-]*?)"
    r"(?:\s*\([A-Z]{3}\))?\s+to\s+(?P<dst>[A-Z][\w .'-]*?)(?:\s*\([A-Z]{3}\))?"
    r"(?=\s+on\b|\s+at\b|,|\.|$)"
    r"|\b(?P<mode2>flight|train|bus|ferry)\b[^.]*?,\s*(?P<src2>[A-Z][\w .'-]*?)\s+to\s+"
    r"(?P<dst2>[A-Z][\w .'-]*?)(?=,|\.|$)",
    re.IGNORECASE,
)
_SIZES = re.compile(
    r"\b(?P<item>shirt|shoes?|ring|dress|pants|jeans|jacket|hat|gloves?|bra|waist)\s*(?:size)?\s*"
    r"[:=]?\s*(?P<value>(?:US|EU|UK)\s*\d+(?:\.\d)?|\d+(?:\.\d)?|XXS|XS|S|M|L|XL|XXL)\b"
)
_AND_VERB = re.compile(
    r"\s+and\s+(?=(?:still\s+|also\s+|now\s+)?(?:play|wear|work|live|take|run|do|have|love|"
    r"like|speak|use|volunteer|coach|teach|drive|own|go|read|write|cook|train|practice|sing|"
    r"study|ride|walk|swim|bake|paint|collect|grow|keep)\b|can'?t\b|cannot\b)",
    re.IGNORECASE,
)
# "I volunteered to contact the city": a task (action item), not a fact.
_COMMITMENT_FACT = re.compile(
    r"^User\s+(?:\w+\s+)?(?:volunteered|agreed|promised|offered|needs?|has|have|plans?|"
    r"is\s+going|will|would|should|must|wants?)\s+to\b",
    re.IGNORECASE,
)
_OPINION_OF_OTHER = re.compile(
    r"^My\s+[\w ,]+?\b(?:thinks|says|said|told|wants|believes|feels|asked|suggested)\b",
    re.IGNORECASE,
)
_YOU = re.compile(
    r"\b(?P<subj>you(?:'ve|’ve|'ll|’ll|'re|’re)?|your\s+(?P<noun>[\w-]+(?:\s+[\w-]+){0,3}?))\s+"
    r"(?P<verb>is|are|was|were|has|have|had|been|be|will|'ll|’ll|can|do|did|[a-z]+ed)\b",
    re.IGNORECASE,
)

_CATEGORY_WORDS: tuple[tuple[FactCategory, re.Pattern[str]], ...] = (
    (
        "work",
        re.compile(
            r"\b(?:job|position|role|work(?:s|ed|ing)?|engineer|manager|employer|company|"
            r"career|office|promot\w*|salary|hired|colleague|boss|team|client|startup|"
            r"freelance|consult\w*|employee|reports to|joined|quit)\b",
            re.I,
        ),
    ),
    (
        "skills",
        re.compile(r"\b(?:speaks?|fluent\w*|certified|can (?:code|play|cook)|skill\w*)\b", re.I),
    ),
    (
        "learnings",
        re.compile(
            r"\b(?:learn\w*|stud(?:y|ies|ying)|course|class|degree|program|admitted)\b", re.I
        ),
    ),
    (
        "habits",
        re.compile(
            r"\b(?:every|usually|always|often|daily|routine|each (?:day|morning|week))\b", re.I
        ),
    ),
    (
        "hobbies",
        re.compile(
            r"\b(?:marathon|run(?:s|ning)?|hik\w+|climb\w*|guitar|cello|piano|orchestra|paint\w*|"
            r"photograph\w*|garden\w*|knit\w*|chess|yoga|gym|surf\w*|ski\w*|read\w*|book|"
            r"novel|played|plays|sport|cycling|swim\w*|baking|cooking|retreat|meditat\w*)\b",
            re.I,
        ),
    ),
    (
        "interests",
        re.compile(r"\b(?:loves?|likes?|enjoys?|interested|fan of|favou?rite|into)\b", re.I),
    ),
    (
        "lifestyle",
        re.compile(
            r"\b(?:vegan|vegetarian|diet|allergic|sleep\w*|prefers?|dislikes?|hates?|"
            r"flight|hotel|trip|travel\w*|lives|moved|drinks|coffee|car|bought|owns)\b",
            re.I,
        ),
    ),
    (
        "core",
        re.compile(
            r"\b(?:name|born|birthday|age|married|wife|husband|partner|kids?|children|son|"
            r"daughter|sister|brother|mom|mother|dad|father|family|doctor|dentist|phone|email|"
            r"address|lives?|home|from|pediatrician|baby|engaged|pet|dog|cat)\b",
            re.I,
        ),
    ),
)
MAX_FACT_WORDS = 24


def fact_category(content: str) -> FactCategory:
    for category, pattern in _CATEGORY_WORDS:
        if pattern.search(content):
            return category
    return "other"


_FACT_END = re.compile(
    r"(?:,?\s+(?:but|because|although|though|so that|and\s+(?:never|always)\b)|[;!]|\s+-\s|\s—\s|"
    r"\s–\s|\s[·|•]\s|,?\s+and\s+(?:honestly|really|truly|totally|frankly|seriously)\b|,\s+so\s|"
    r",\s+(?:and\s+)?(?:user|i)\b|,\s+which\b|,\s+then\b|,?\s+(?:and\s+)?had\s+to\b|"
    r"\s+and\s+(?=[a-z]+ing\s+(?:[\w'’-]+\s+){0,3}(?:has|have|is|was)\s+been\b)|"
    r"\s+(?=(?-i:User)(?:'s)?\s)|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s+(?=[a-z])|"
    r"\s+so\s+(?=(?:it|that|any|there|we|they|user|i)\b)|,\s+(?=(?:can'?t|cannot|can|just|gotta|lol|haha|tbh)\b)|\s+(?:lol|haha|lmao|"
    r"tbh)\b)",
    re.IGNORECASE,
)


def _clean(text: str) -> str:
    match = _FACT_END.search(text)
    if match is not None and match.start() > 8:
        text = text[: match.start()]
    # "..., it felt right", "..., the regular stuff wrecks them": a comment on it.
    text = re.sub(r",\s+(?:it|that)(?:'s|’s)\s.*$", "", text) if text.startswith("User") else text
    text = (
        re.sub(
            r",\s+(?:(?:it|that|this)(?:'s|’s)?|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:[a-z]+\s+)?"
            r"(?:is|was|felt|feels|makes|made|wrecks|kills|hurts|helps|works|sucks|rocks|"
            r"[a-z]+s)\b.*$",
            "",
            text,
        )
        if text.startswith("User")
        else text
    )
    text = re.sub(r"\s+\b(?:btw|fyi|tbh|lol|ngl|imo)\b\s*$", "", text, flags=re.I)
    text = text.strip(" \t,.!?…\"'")
    text = re.sub(r"\s*#\w+", "", text)
    text = re.sub(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]+", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:!?-")
    text = re.sub(r",?\s+(?:and|but|or|so)(?:\s+(?:now|then))?$", "", text)
    words = text.split()
    if len(words) > MAX_FACT_WORDS:
        text = " ".join(words[:MAX_FACT_WORDS])
    return text


def _iso_when(text: str, reference: datetime) -> str | None:
    """ "May 15th, 2024" -> "2024-05-15"; with a time "2024-05-15 at 21:30"."""
    mentions = [m for m in find_dates(text, reference) if m.has_day]
    if not mentions:
        return None
    mention = mentions[0]
    day = mention.value.strftime("%Y-%m-%d")
    if mention.has_time:
        return f"{day} at {mention.value.strftime('%H:%M')}"
    return day


# A clinician's speciality, near the name first, then anywhere in the text.
_SPECIALITY: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("vet", re.compile(r"\bvet(?:erinar\w*)?\b|\banimal\s+(?:clinic|hospital)\b", re.I)),
    ("therapist", re.compile(r"\btherap(?:ist|y)\b|\bcounsel\w*|\bpsycholog\w*", re.I)),
    ("psychiatrist", re.compile(r"\bpsychiatr\w*", re.I)),
    ("dentist", re.compile(r"\bdent(?:al|ist\w*)\b|\borthodont\w*", re.I)),
    ("dermatologist", re.compile(r"\bdermatolog\w*", re.I)),
    ("cardiologist", re.compile(r"\bcardiolog\w*", re.I)),
    ("pediatrician", re.compile(r"\bpa?ediatric\w*|\bpeds\b", re.I)),
    ("physiotherapist", re.compile(r"\bphysio\w*|\bphysical\s+therap\w*", re.I)),
    ("optometrist", re.compile(r"\boptometr\w*|\beye\s+(?:exam|doctor|clinic)\b", re.I)),
    ("orthopedist", re.compile(r"\borthop(?:a)?edic\w*", re.I)),
    ("dermatologist", re.compile(r"\bskin\s+(?:clinic|check)\b", re.I)),
)
_MEDICAL_TALK = re.compile(
    r"\b(?:appointment|appt|prescri\w*|refill|symptoms?|blood|pain|medication|meds|dose|clinic|"
    r"check-?up|exam|vaccin\w*|diagnos\w*|(?:test|lab|blood|scan)\s+results?|x-ray|mri|scan|"
    r"patient|therap\w*|surgery|follow-up|pharmacy|cholesterol|infection|referral|sessions?|"
    r"sleep|insomnia|anxiety|anxious|worry|stress|headaches?|migraines?|injur\w*|physio\w*|"
    r"pregnan\w*|allerg\w*|health|sick|illness|cardiolog\w*|pediatric\w*|dental|dentist|"
    r"(?:dental|medical|doctor'?s)\s+(?:practice|office))\b",
    re.IGNORECASE,
)
# Addresses of a system or a front desk, not of a person.
_GENERIC_MAILBOX = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|notifications?|alerts?|info|appointments?|"
    r"scheduling|support|reminders?|billing|hello|office|frontdesk|front-desk|reception|desk|"
    r"admin|team|contact|help|mail|me)@",
    re.IGNORECASE,
)
_OWN_PHONE_CONTEXT = re.compile(
    r"(?:\b(?:call|text|reach|contact|ring)\s+me\s+(?:at|on)|\bmy\s+(?:cell|mobile|phone|number)"
    r"(?:\s+number)?\s*(?:is|:)?|\bme\s*:?)\s*$",
    re.IGNORECASE,
)


_OWN_PHONE_HINT = re.compile(
    r"\b(?:me|my\s+(?:cell|mobile|phone|number))\b[^\n]{0,25}?\d{3}", re.IGNORECASE
)


def _speciality(text: str, name_at: int) -> str:
    window = text[max(0, name_at - 80) : name_at + 80]
    for scope in (window, text):
        for role, pattern in _SPECIALITY:
            if pattern.search(scope):
                return role
    return "doctor"


def own_phones(text: str) -> list[str]:
    """ "call me at 555-0193" -> the user's own number."""
    if not _OWN_PHONE_HINT.search(text):
        return []
    phones = []
    for match in phonenumbers.PhoneNumberMatcher(
        text, "US", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        if _OWN_PHONE_CONTEXT.search(text[max(0, match.start - 40) : match.start]):
            phones.append(match.raw_string.strip())
    return phones


def _contacts(
    text: str, conversation: bool = False, own: frozenset[str] = frozenset()
) -> list[str]:
    facts: list[str] = []
    name_match = _CONTACT_NAME.search(text) or _DOCTOR.search(text)
    if name_match is None:
        return facts
    name = re.sub(r"(?:'s|’s)$", "", name_match.group("name"))
    is_doctor = name.lower().startswith("dr")
    if is_doctor and not _MEDICAL_TALK.search(text):
        return facts  # a "Dr." who teaches or runs a lab, not the user's clinician
    role = _speciality(text, name_match.start()) if is_doctor else "doctor"
    organisation = _PRACTICE.search(text)
    at = f" at {organisation.group(0)}" if organisation and is_doctor else ""
    subject = f"User's {role} is {name}{at}" if is_doctor else f"User's contact {name}"
    phones = [
        match.raw_string.strip()
        for match in phonenumbers.PhoneNumberMatcher(
            text, "US", leniency=phonenumbers.Leniency.POSSIBLE
        )
        if match.raw_string.strip() not in own
    ]
    surname = name.split()[-1].lower()
    # Addresses on header lines belong to the sender or the recipients: the doctor's only
    # when the sender line names them.
    header_mail = {
        e.lower()
        for line in re.findall(r"^\s*(?:from|to|cc|bcc|reply-to)\s*:.*$", text, re.I | re.M)
        if not (line.lstrip().lower().startswith("from") and surname in line.lower())
        for e in _EMAIL.findall(line)
    }
    emails = [
        e
        for e in _EMAIL.findall(text)
        if not _GENERIC_MAILBOX.match(e) and e.lower() not in header_mail
    ]
    if phones:
        sep = ", phone" if is_doctor else " has phone"
        facts.append(f"{subject}{sep} {phones[0]}")
    elif is_doctor:
        facts.append(subject)
    if emails:
        owner = f"User's {role} {name}'s" if is_doctor else f"User's contact {name}'s"
        facts.append(f"{owner} email is {emails[0]}")
    return facts


def _bookings(text: str, reference: datetime) -> list[str]:
    facts: list[str] = []
    for match in _BOOKING.finditer(text):
        thing = match.group("thing").strip()
        details = (match.group("details") or "").strip()
        when_text = (match.group("when") or "").strip()
        if thing.lower().endswith("flight"):
            facts.append(_flight_fact(text, details, when_text, reference))
            continue
        article = "an" if thing[:1].lower() in "aeiou" else "a"
        when = f" for {when_text}" if when_text else ""
        if not details and not when and len(thing.split()) == 1:
            continue  # "Your booking is confirmed": the itinerary says what it is
        facts.append(_clean(f"User has {article} {thing} {details}{when}"))
    return facts


def _flight_fact(text: str, details: str, when_text: str, reference: datetime) -> str:
    destination = (
        re.sub(r"^to\s+", "", details, flags=re.I) if details.lower().startswith("to ") else ""
    )
    departure = _DEPARTURE.search(text)
    origin = departure.group("code") if departure else ""
    day = _iso_when(when_text, reference) if when_text else None
    clock = None
    if departure is not None and departure.group("time"):
        clock_mentions = find_dates(departure.group("time"), reference)
        if clock_mentions and clock_mentions[0].has_time:
            clock = clock_mentions[0].value.strftime("%H:%M")
    route = ""
    if origin:
        route += f" from {origin}"
    if destination:
        route += f" to {destination}"
    when = ""
    if day:
        when = f" on {day}" + (f" at {clock}" if clock and " at " not in day else "")
    return f"User has a flight{route}{when}"


def _names(text: str) -> list[str]:
    """ "I'm Mateo, 34, ..." / "Passenger: Morgan Reyes" -> "User's name is ..."."""
    facts = []
    for match in _SELF_NAME.finditer(text):
        facts.append(f"User's name is {match.group('name')}")
        if match.group("age"):
            facts.append(f"User is {match.group('age')} years old")
    facts += [f"User's name is {m.group('name')}" for m in _LABEL_NAME.finditer(text)]
    return facts


def _transport(text: str, reference: datetime) -> list[str]:
    """ "Train 2153, Boston South Station to New York Penn, departs July 9 at 8:15 AM"."""
    facts = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        match = _TRANSPORT.search(sentence)
        if match is None or re.search(r"\byour\s+flight\b[^.]*\bconfirmed\b", sentence, re.I):
            continue
        mode = (match.group("mode") or match.group("mode2")).lower()
        src = (match.group("src") or match.group("src2")).strip()
        dst = (match.group("dst") or match.group("dst2")).strip()
        src = re.sub(r"\s+(?:south|north|central|penn|station|airport).*$", "", src, flags=re.I)
        dst = re.sub(r"\s+(?:south|north|central|penn|station|airport).*$", "", dst, flags=re.I)
        when = _iso_when(sentence[match.end() :], reference) or _iso_when(sentence, reference)
        facts.append(f"User has a {mode} from {src} to {dst}" + (f" on {when}" if when else ""))
    return facts


def _sizes(text: str) -> list[str]:
    if not re.search(r"\bsizes?\b", text, re.I):
        return []
    facts = []
    for match in _SIZES.finditer(text):
        item = (
            match.group("item").lower().rstrip("s")
            if match.group("item").lower() != "pants"
            else "pants"
        )
        facts.append(f"User's {item} size is {match.group('value')}")
    return facts


_LIST_LABEL = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:[\w', ]{0,25}\s)?(?P<label>goals?|favou?rites?|favou?rite\s+things|"
    r"likes|loves|hates?|dislikes|allergies|allergic\s+to)\s*:\s*(?P<items>[^.\n]+)",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*(?:;|,\s*(?:and\s+)?(?=[a-z])|\s+and\s+(?=finally\b|also\b))\s*")
_ADDRESS = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:my\s+|our\s+|the\s+)?(?P<thing>[A-Za-z][\w-]*(?:\s[\w-]+)?)\s+is\s+"
    r"(?:at|on)\s+(?P<address>\d+\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:,\s*[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)*)*(?:\s+\d{5})?)",
    re.IGNORECASE,
)


def _labelled_lists(text: str) -> list[str]:
    """ "Goals: read 30 books, run a half marathon" / "Hate: cilantro" -> one fact per item."""
    facts: list[str] = []
    for match in _LIST_LABEL.finditer(text):
        label = match.group("label").lower()
        items = match.group("items")
        # A list separated by semicolons keeps its commas inside items ("black, no sugar").
        parts = items.split(";") if ";" in items else _LIST_SPLIT.split(items)
        for item in parts:
            item = re.sub(r"^(?:and\s+|finally\s+|also\s+)+", "", item.strip(" .!"))
            item = re.sub(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]+", "", item).strip()
            if len(item) < 3:
                continue
            if label.startswith("goal"):
                facts.append(f"User's goal is to {item}")
            elif label.startswith(("hate", "dislike")):
                facts.append(f"User dislikes {item}")
            elif label.startswith("allerg"):
                facts.append(f"User is allergic to {item}")
            else:
                facts.append(f"User likes {item}")
    return facts


def _addresses(text: str) -> list[str]:
    """ "Cabin is at 91 Pine Ridge Rd, Lake Tahoe" -> "User's cabin is at ..."."""
    facts = []
    for match in _ADDRESS.finditer(text):
        thing = match.group("thing").lower()
        if thing in ("it", "this", "that", "which", "party", "meeting", "dinner", "event"):
            continue
        facts.append(f"User's {thing} is at {match.group('address').rstrip('.')}")
    return facts


def _codes(text: str) -> list[str]:
    facts = []
    for match in _CODE.finditer(text):
        label = re.sub(r"\s+", " ", match.group("label").lower())
        if label == "reservation":
            label = "reservation number"
        if label == "confirmation":
            continue  # "Confirmation: X7K2QP" of a booking: the booking is the fact
        value = match.group("value")
        if not any(ch.isdigit() for ch in value):
            continue
        facts.append(f"User's {label} is {value}")
    return facts


# Second-person statements worth keeping: identity records and outcomes.
_YOU_FACT = re.compile(
    r"\byour\s+(?:[\w$/&-]+\s+){0,3}(?:name|start\s+date|employee\s+id|id|address|birthday|"
    r"membership|member\s+number|account\s+number|policy\s+number|title|role|manager|"
    r"username|plan|salary|seat|blood\s+type|diagnosis|subscription|policy|deductible|"
    r"lease|rent|prescription|dosage|pharmacy|dentist|doctor|physician|vet|gym|pay|paycheck|"
    r"department|team|desk|office|locker|tier|status|coverage|copay|limit)"
    r"(?:\s+(?:at|on|for|with|from)\s+[^.,;]{1,30}?)?\s+(?:is|are|will\s+be|renews|expires|increases|changes|has\s+been\s+(?:renewed|upgraded|"
    r"approved|activated))\b"
    r"|\byou(?:'ve|\s+have)\s+been\s+(?:admitted|accepted|approved|hired|selected|promoted|"
    r"enrolled|awarded|granted|diagnosed|registered|upgraded)\b"
    r"|\byou(?:'ll|\s+will)\s+be\s+(?:joining|reporting|working|starting|leading|based)\b"
    r"|\byou(?:'re|\s+are)\s+(?:now\s+)?(?:enrolled|registered|a\s+member|covered|approved)\b",
    re.IGNORECASE,
)


def _second_person(sentence: str) -> str | None:
    """ "Your start date is Monday" -> "User's start date is Monday"."""
    fact_match = _YOU_FACT.search(sentence)
    if fact_match is None:
        return None
    if re.search(r"\b(?:if|unless|whether|once|when)\s+$", sentence[: fact_match.start()], re.I):
        return None  # "if you are enrolled in autopay": a condition, not a fact
    match = _YOU.search(sentence, fact_match.start())
    start = match.start() if match is not None else fact_match.start()
    if match is None and not re.match(r"your\b", fact_match.group(0), re.I):
        return None
    clause = sentence[start:]
    clause = re.sub(r"^you'?ll\b|^you’ll\b", "User will", clause, flags=re.I)
    clause = re.sub(r"^you'?ve\b|^you’ve\b", "User has", clause, flags=re.I)
    clause = re.sub(r"^you'?re\b|^you’re\b", "User is", clause, flags=re.I)
    clause = re.sub(r"^you\s+are\b", "User is", clause, flags=re.I)
    clause = re.sub(r"^you\s+have\b", "User has", clause, flags=re.I)
    clause = re.sub(r"^you\b", "User", clause, flags=re.I)
    clause = re.sub(r"^your\b", "User's", clause, flags=re.I)
    clause = re.sub(r"\byour\b", "their", clause, flags=re.I)
    clause = re.sub(r"\byou\b", "them", clause, flags=re.I)
    return clause


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
        return "User " + to_third_person(lowered)
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


_RELATION = re.compile(
    r"\b(?i:my\s+(?P<rel>wife|husband|partner|sister|brother|son|daughter|mom|mum|dad|mother|"
    r"father|friend|best\s+friend|boss|manager|dog|cat|girlfriend|boyfriend|fianc[ée]e?|roommate|"
    r"neighbou?r|doctor|dentist|therapist|coach|teacher|grandma|grandpa|cousin|aunt|uncle|"
    r"niece|nephew|kid|baby|puppy|kitten))\s*,?\s+(?P<name>[A-Z][a-z]+)\b"
)


_RELATION_DESCRIBED = re.compile(
    r"\bmy\s+(?:[a-z]+\s+)?(?P<rel>mom|mum|mother|dad|father|wife|husband|partner|sister|brother|"
    r"son|daughter|grandma|grandpa|boss|manager)\s*,\s*(?P<desc>(?:a|an)\s+[^,.!?;]+)",
    re.IGNORECASE,
)


def _relations(text: str) -> list[str]:
    """ "My wife Priya and I ..." -> "User's wife is named Priya"."""
    facts = [
        f"User's {m.group('rel').lower()} is {m.group('desc').strip()}"
        for m in _RELATION_DESCRIBED.finditer(text)
    ]
    for match in _RELATION.finditer(text):
        name = match.group("name")
        if name.lower() in ("and", "is", "was", "just", "has", "had", "the", "who", "will"):
            continue
        contact = _RELATION_PHONE.match(text, match.end())
        if contact is not None:
            # "my sister Leila Haddad (206) 555-0119": a contact with a phone number.
            full = f"{name}{contact.group('surname') or ''}"
            rel = match.group("rel").lower()
            facts.append(f"User's {rel} is {full}, phone {contact.group('phone').strip()}")
            continue
        facts.append(f"User's {match.group('rel').lower()} is named {name}")
    return facts


_RELATION_PHONE = re.compile(
    r"(?P<surname>\s[A-Z][a-z'-]+)?\s*[,:-]?\s*(?:phone\s*:?\s*|at\s+|tel\.?\s*)?"
    r"(?P<phone>\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})\b"
)


_KIN = (
    r"husband|wife|spouse|partner|girlfriend|boyfriend|fianc[ée]e?|son|daughter|kids?|children|"
    r"sons|daughters|twins|brother|sister|brothers|sisters|mom|mum|mother|dad|father|parents|"
    r"grandma|grandpa|grandmother|grandfather|grandparents|grandson|granddaughter|grandkids|"
    r"grandchildren|nephew|niece|cousin|aunt|uncle|stepson|stepdaughter|baby|dog|cat|puppy|kitten"
)
# "my nephew", "our two kids", "call your brother": the user has that relative.
_KIN_MENTION = re.compile(
    rf"\b(?P<who>my|our|your)\s+(?:(?:little|big|baby|older|younger|eldest|oldest|youngest|"
    rf"new|late|two|three|four|twin|amazing|lovely|wonderful|sweet|dear)\s+)*"
    rf"(?P<kin>{_KIN})\b(?!\s*(?:'s|’s)?\s*(?:name|named|called|(?-i:,?\s*[A-Z])))",
    re.IGNORECASE,
)
_KIN_CANON = {
    "mom": "mother", "mum": "mother", "dad": "father", "grandma": "grandmother",
    "grandpa": "grandfather", "kid": "child", "kids": "children", "fiance": "fiancé",
    "fiancee": "fiancée", "puppy": "dog", "kitten": "cat",
}  # fmt: skip
_PLURAL_KIN = frozenset(
    "kids children sons daughters twins brothers sisters parents grandparents grandkids "
    "grandchildren".split()
)
_MARRIED = frozenset({"husband", "wife", "spouse"})


def _kinship(text: str, second_person: bool) -> list[str]:
    """ "my husband surprised me" -> "User is married"; "with my nephew" -> "User has a nephew"."""
    facts: list[str] = []
    for match in _KIN_MENTION.finditer(text):
        who = match.group("who").lower()
        if (who == "your") != second_person:
            continue
        kin = match.group("kin").lower()
        kin = _KIN_CANON.get(kin, kin)
        if kin in _MARRIED:
            facts.append("User is married")
            continue
        if kin in ("mother", "father", "parents"):
            continue  # everybody has parents: nothing learned
        if kin in _PLURAL_KIN:
            facts.append(f"User has {kin}")
        else:
            article = "an" if kin[:1] in "aeiou" else "a"
            facts.append(f"User has {article} {kin}")
    return facts


_RELATIVE_CLAUSE = re.compile(
    r"^(?P<subject>User(?:'s|’s)?(?:\s+[\w'’-]+){0,3}?)\s+(?P<be>is|was)\s+(?P<what>(?:a|an)\s+"
    r"[^,]+?),?\s+who\s+(?:still\s+|also\s+|now\s+)?(?P<rest>[a-z]+s\b.+)$"
)
_REPORTING = re.compile(r",\s+reporting\s+to\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _split_fact(fact: str) -> list[str]:
    """One fact per statement: "User's mother is a retired nurse who volunteers ..." ->
    "User's mother is a retired nurse" and "User's mother volunteers ..."."""
    fact = fact_self.trim(fact)
    facts = [fact]
    match = _RELATIVE_CLAUSE.match(fact)
    if match is not None:
        subject = match.group("subject")
        facts = [
            f"{subject} {match.group('be')} {match.group('what')}",
            f"{subject} {match.group('rest')}",
        ]
    helper = _NAMED_HELPER.search(facts[0])
    if helper is not None and helper.start() > 12:
        # "User takes lessons with a tutor named Lucia": the lessons, and who the tutor is.
        rest = facts[0][helper.end() :]
        facts = [
            facts[0][: helper.start()].rstrip(" ,") + rest,
            f"User's {helper.group('role').lower()} is {helper.group('name')}",
            *facts[1:],
        ]
    now = re.search(r",\s+(?:and\s+)?now\s+(?P<ing>[a-z]+ing\b.+)$", facts[0])
    if now is not None and facts[0].startswith("User "):
        # "User started as an intern, now leading the team": then and now.
        facts = [facts[0][: now.start()], f"User is now {now.group('ing')}", *facts[1:]]
    reporting = _REPORTING.search(facts[0])
    if reporting is not None and fact.startswith("User "):
        facts = [facts[0][: reporting.start()], f"User reports to {reporting.group('who')}"]
    pronoun = re.match(
        r"^(?P<first>User's (?P<thing>[\w-]+)(?: [\w-]+)? (?:is|are) [^,]+?),? and (?:it|they) "
        r"(?P<rest>(?:expires?|ends?|renews?|runs? out|is|are) .+)$",
        facts[0],
    )
    if pronoun is not None:
        # "User's passport number is X and it expires on D": two facts.
        facts = [pronoun.group("first"), f"User's {pronoun.group('thing')} {pronoun.group('rest')}"]
    purpose = re.match(
        r"^(?P<move>User (?:is |just )?(?:moving|moved|relocating|relocated) to .+?) "
        r"for (?P<what>(?:a|an) [\w-]+(?: [\w-]+){0,5})$",
        facts[0],
    )
    if purpose is not None:
        facts = [purpose.group("move"), f"User has {purpose.group('what')}", *facts[1:]]
    moved = re.match(
        r"^User (?:just |recently |finally )?moved to (?P<place>[A-Z][\w'’.-]*"
        r"(?:\s+[A-Z][\w'’.-]*){0,2})",
        fact,
    )
    if moved is not None:
        if fact[moved.end() :].strip(" .!") == "" and facts[0] == fact:
            facts = facts[1:]  # a bare "User moved to Leeds" says no more than where they live
        facts.append(f"User lives in {moved.group('place')}")
    return [piece for whole in facts for piece in fact_self.split_job(whole)]


_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_EXPIRES = re.compile(
    r"\b(?:my|your)\s+(?P<doc>(?:[A-Z][a-z]+\s+)?(?:passport|driver'?s?\s+licen[cs]e|licen[cs]e|"
    r"id\s+card|visa|green\s+card|membership|insurance\s+card|warranty|lease|credit\s+card|"
    r"contract|subscription))\b[^.;!?]{0,60}?\b(?:expires?|runs\s+out|ends)\s+(?:on\s+)?"
    r"(?P<when>[^.;!?]{4,40})",
    re.IGNORECASE,
)
_BIRTHDAY = re.compile(
    rf"\b(?:my|your)\s+birthday(?:\s+is|\s+on|,)?\s+(?:on\s+)?(?P<date>{_MONTHS}\s+\d{{1,2}})\b"
    rf"|\bI\s+was\s+born\s+on\s+(?P<born>{_MONTHS}\s+\d{{1,2}})\b",
    re.IGNORECASE,
)
_NAMED_HELPER = re.compile(
    r"\bwith\s+(?:a|an|my|our|the)\s+(?:new\s+)?(?P<role>tutor|coach|trainer|personal\s+trainer|"
    r"teacher|therapist|mentor|instructor|physio|physiotherapist|nanny|babysitter|accountant|"
    r"lawyer|realtor|dog\s+walker)\s+(?:named|called)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def _records_about_user(text: str, reference: datetime) -> list[str]:
    """Expiry dates, birthdays and named helpers stated about the user."""
    facts: list[str] = []
    for match in _EXPIRES.finditer(text):
        doc = re.sub(r"\s+", " ", match.group("doc").lower()).replace("driver's", "driver")
        doc = doc.replace("drivers ", "driver ")
        when = re.sub(r"^(?:your|my)\s+birthday,?\s*", "", match.group("when"), flags=re.I)
        iso = re.match(r"\d{4}-\d{2}-\d{2}\b", when.strip())
        day = iso.group(0) if iso else _iso_when(when, reference)
        if day is not None:
            facts.append(f"User's {doc} expires on {day}")
    for match in _BIRTHDAY.finditer(text):
        date = match.group("date") or match.group("born")
        facts.append(f"User's birthday is {date}")
    for match in _NAMED_HELPER.finditer(text):
        facts.append(f"User's {match.group('role').lower()} is {match.group('name')}")
    return facts


# "I used to smoke but quit five years ago" -> "User quit smoking five years ago".
_QUIT_HABIT = re.compile(
    r"\bI\s+used\s+to\s+(?P<verb>[a-z]+)(?P<obj>(?:\s+[a-z]+){0,2}?)\s*,?\s+but\s+"
    r"(?:I\s+)?(?P<stop>quit|stopped|gave\s+up)\b(?:\s+(?:it|that))?(?P<when>[^.;!?]*)",
    re.IGNORECASE,
)


def _gerund(verb: str) -> str:
    verb = verb.lower()
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb) and len(verb) <= 4:
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _quit_habits(text: str) -> list[str]:
    facts = []
    for match in _QUIT_HABIT.finditer(text):
        stop = re.sub(r"\s+", " ", match.group("stop").lower())
        when = match.group("when").rstrip(" ,")
        facts.append(f"User {stop} {_gerund(match.group('verb'))}{match.group('obj')}{when}")
    return facts


# "after 6 months of training" -> "User trained for 6 months".
_EFFORT = re.compile(
    r"\bafter\s+(?P<span>(?:\d+|a\s+few|several|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve)\s+(?:days|weeks|months|years))\s+of\s+(?:hard\s+|daily\s+)?"
    r"(?P<what>training|practice|practicing|practising|studying|study|rehab|therapy|saving)\b",
    re.IGNORECASE,
)
_EFFORT_VERB = {
    "training": "trained", "practice": "practiced", "practicing": "practiced",
    "practising": "practised", "studying": "studied", "study": "studied",
    "rehab": "did rehab", "therapy": "did therapy", "saving": "saved",
}  # fmt: skip
# "Mom's birthday is the 14th" among family: a relative's birthday.
_KIN_BIRTHDAY = re.compile(
    r"\b(?:(?i:my|our)\s+)?(?P<kin>Mom|Mum|Dad|Grandma|Grandpa|(?i:mom|mum|dad|mother|father|"
    r"grandma|grandpa|wife|husband|son|daughter|sister|brother))(?:'s|’s)\s+birthday\s+is\s+"
    r"(?:on\s+)?(?P<when>(?=[^,.;!?]*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
    r"[^,.;!?]{3,30})"
)
# Romance between the user and the one other person in a chat.
_ROMANCE = re.compile(
    r"\b(?:anniversary|valentine'?s?|i\s+miss\s+you|babe|sweetheart|my\s+love|date\s+night)\b",
    re.IGNORECASE,
)
# "love you" said on its own is also said to friends and family: a partner only when
# the two also share a home ("our place", "our kitchen").
_LOVE_YOU = re.compile(r"(?:^|[.!?,]\s*)(?:I\s+)?love\s+(?:you|u|ya)\b", re.IGNORECASE)
_SHARED_HOME = re.compile(
    r"\bour\s+(?:place|apartment|flat|house|home|kitchen|bedroom|bed|car|dog|cat|kids?|lease|"
    r"rent|landlord)\b",
    re.IGNORECASE,
)
# A speaker label that names a role, not a person: "Roommate:", "Agent:".
_ROLE_LABELS = frozenset(
    """roommate flatmate housemate receptionist agent advisor adviser teacher coach doctor nurse
    therapist counsellor counselor physio landlord landlady customer caller host waiter server
    neighbor neighbour boss manager colleague friend speaker grandma grandpa operator clerk
    barista driver dispatcher mechanic plumber tutor instructor trainer""".split()
)
# "I talked to Mom": a sibling, who shares the user's parents, names them like this.
_SHARED_PARENT = re.compile(r"(?<!\bmy\s)(?<!\byour\s)(?<!\bher\s)(?<!\bhis\s)\b(?:Mom|Mum|Dad)\b")
# "call the vet about Biscuit's shots": a pet.
_PET = re.compile(
    r"\b(?:vet|veterinarian|groomer|kennel)\b[^.?!]{0,30}?\b(?P<name>[A-Z][a-z]+)(?:'s|’s)\s"
    r"|\b(?P<name2>[A-Z][a-z]+)(?:'s|’s)\s+(?:shots|vaccines|vaccinations|rabies|flea|worming|"
    r"grooming|kibble|leash|litter)\b"
)


def _mutual_love(document: Document) -> bool:
    """Both the user and the other speaker say "love you"."""
    said = {s.from_user for s in document.sentences if _LOVE_YOU.search(s.text)}
    return True in said and False in said


def _household(document: Document, reference: datetime) -> list[str]:
    """Inferences from a chat or transcript with the user: partner, pets, family birthdays."""
    facts: list[str] = []
    text = " ".join(s.text for s in document.sentences)
    for match in _EFFORT.finditer(
        " ".join(s.text for s in document.sentences if s.from_user is True)
    ):
        verb = _EFFORT_VERB[match.group("what").lower()]
        facts.append(f"User {verb} for {match.group('span')}")
    if document.kind not in ("chat", "transcript"):
        return facts
    others = [n for n in document.speakers if n.lower() not in ("me", "user")]
    if (
        len(others) == 1
        and re.fullmatch(r"[A-Z][a-z]+", others[0])
        and others[0].lower() not in _KIN_NAMES
        and others[0].lower() not in _ROLE_LABELS
        and any(s.from_user is True for s in document.sentences)
        and (
            _ROMANCE.search(text)
            or _mutual_love(document)
            or (
                any(_LOVE_YOU.search(s.text) for s in document.sentences)
                and _SHARED_HOME.search(text)
            )
        )
        and not _SHARED_PARENT.search(text)
    ):
        facts.append(f"User's partner is {others[0]}")
    for match in _PET.finditer(text):
        name = match.group("name") or match.group("name2")
        facts.append(f"User has a pet named {name}")
    for match in _KIN_BIRTHDAY.finditer(text):
        mentions = [m for m in find_dates(match.group("when"), reference) if m.has_day]
        if mentions:
            kin = _KIN_CANON.get(match.group("kin").lower(), match.group("kin").lower())
            day = f"{mentions[0].value:%B} {mentions[0].value.day}"
            facts.append(f"User's {kin}'s birthday is {day}")
    return facts


_KIN_NAMES = frozenset(
    "mom mum dad mother father sister brother sis bro grandma grandpa aunt uncle son daughter "
    "boss coach doctor teacher partner wife husband".split()
)


_TITLE_WORDS = (
    r"(?:Professor|Prof|Doctor|Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Madam|Dame|Lord|Lady|Coach|Father|"
    r"Reverend|Rev|Pastor|Rabbi|Captain|Officer|Judge|Senator|Councillor|Dean|Principal)\b"
)


_GROUP_WORDS = frozenset(
    "families family alumna alumni alumnus graduate graduates grads classmates friends fans "
    "runners players athletes swimmers riders guests neighbours neighbors caregivers carers "
    "guardians partners clients patrons visitors learners pupils staff everybody".split()
)


def _greeting_name(document: Document, whole_text: str) -> list[str]:
    """ "Hi Jordan," at the top of a mail to the user -> "User's name is Jordan"."""
    if document.kind not in ("email", "voicemail"):
        return []
    # A forwarded mail greets its first recipient, not the user.
    whole_text = re.split(
        r"-{3,}\s*Forwarded message|^\s*Begin forwarded message",
        whole_text,
        maxsplit=1,
        flags=re.I | re.M,
    )[0]
    match = re.search(
        r"^\s*(?i:hi|hello|dear|hey)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*[,!:]",
        whole_text,
        re.MULTILINE,
    ) or re.search(r"\bmessage\s+is\s+for\s+(?P<name>[A-Z][a-z]+)\b", whole_text)
    if match is None:
        return []
    name = match.group("name")
    if "sent" in (document.spec or "").lower():
        return []  # the user's own mail greets its recipient
    if re.match(_TITLE_WORDS, name) or name.split()[0].lower() in _GROUP_WORDS:
        return []  # "Dear Professor Novak", "Dear Families", "Dear Alumna": not a first name
    if fact_records.is_marketing(whole_text):
        return []  # a mass mailing greets everybody by name
    if re.search(r"\b(?:Member|Customer|Client|Guest|Subscriber|Friend|Team|Committee)s?\b", name):
        return []  # "Dear Valued Member": a mass mailing
    if name.lower().split()[0] in (
        "customer",
        "resident",
        "all",
        "team",
        "sir",
        "madam",
        "there",
        "friend",
        "member",
        "user",
        "everyone",
        "folks",
        "tenant",
        "tenants",
        "patient",
        "parent",
        "parents",
        "guardian",
        "resident",
        "student",
        "applicant",
        "candidate",
        "colleague",
        "colleagues",
        "neighbour",
        "neighbor",
        "owner",
        "homeowner",
        "traveller",
        "traveler",
        "passenger",
        "volunteer",
        "volunteers",
        "supporter",
        "donor",
        "shopper",
        "reader",
        "participant",
        "attendee",
        "host",
        "sir/madam",
        "policyholder",
        "cardholder",
        "subscriber",
    ):
        return []
    return [f"User's name is {name}"]


_SECOND_VERB = re.compile(
    r"^(?P<first>User \w+ .+?)\s+and\s+(?P<verb>moved|grew|started|joined|quit|left|lives?|"
    r"works?|worked|studied|graduated|married|bought|adopted|now\s+\w+s)\b(?P<rest>.*)$"
)


def _split_coordinated(fact: str) -> list[str]:
    """ "User is allergic to penicillin and shellfish" -> one fact per object;
    "User grew up in Porto and moved to Toronto" -> one fact per verb."""
    fact = fact.rstrip(" .!")
    # "User speaks Hindi, Urdu and English at home": where is no part of the language.
    fact = re.sub(
        r"^(User speaks (?:[A-Z][\w-]+(?:,\s*|,?\s+and\s+))+[A-Z][\w-]+)\s+"
        r"(?:at|with|to|in)\s+(?![A-Z]).*$",
        r"\1",
        fact,
    )
    second = _SECOND_VERB.match(fact)
    if second is not None:
        verb = second.group("verb")
        return [
            *_split_coordinated(second.group("first")),
            *_split_coordinated(f"User {verb}{second.group('rest')}"),
        ]
    listed = re.match(
        r"^(?P<head>User (?:speaks|is allergic to|is learning|plays))\s+"
        r"(?P<items>[\w'-]+(?:\s[\w'-]+)?(?:,\s*[\w'-]+(?:\s[\w'-]+)?)+,?\s+and\s+"
        r"[\w'-]+(?:\s[\w'-]+)?)$",
        fact,
    )
    if listed is not None:
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group("items"))
        return [f"{listed.group('head')} {item.strip()}" for item in items if item.strip()]
    match = re.match(
        r"^(?P<head>User (?:is allergic to|speaks|is learning|loves|likes|enjoys|hates|plays))\s+"
        r"(?P<a>[\w'-]+(?:\s[\w'-]+)?)\s+and\s+(?P<b>[\w'-]+(?:\s[\w'-]+)?)(?P<tail>.*)$",
        fact,
    )
    if match is None:
        return [fact]
    tail = match.group("tail")
    return [
        f"{match.group('head')} {match.group('a')}{tail}",
        f"{match.group('head')} {match.group('b')}{tail}",
    ]


def _sentence_facts(
    sentence: Sentence, document: Document, reference: datetime, standalone: bool = False
) -> list[str]:
    text = sentence.text
    found: list[str] = []
    if sentence.from_user is True:
        clauses = re.split(
            r"(?:,\s*|\s+)and\s+(?=I\b|I'm\b|I’m\b|my\b)|;\s*|,\s*so\s+(?=I\b)|"
            r",\s*(?=(?:my|My)\s+\w+\s+(?:is|are)\s+(?![a-z]+ing\b))|"
            r":\s+(?=my\s+\w+\s+(?:is|are)\s+(?![a-z]+ing\b))|"
            r",\s+(?=I(?:'m|’m|\s+am)\s+(?:a|an)\s)",
            text,
        )
        clauses = [re.sub(r"^my\b", "My", c.strip()) for c in clauses]
        expanded: list[str] = []
        for clause in clauses:
            pieces = _AND_VERB.split(clause)
            # "I've played the cello ... and still play in an orchestra": same subject.
            expanded.append(pieces[0])
            expanded.extend(f"I {piece}" for piece in pieces[1:])
        for clause in expanded:
            clause = _SINCE_AGE.sub(_since_age, clause)
            subjectless = standalone or document.kind in ("post", "note", "text")
            fact = _first_person(clause, subjectless=subjectless)
            if fact is None:
                continue
            if (
                document.kind in ("chat", "transcript")
                and not _LASTING.search(fact)
                and not fact_lasting.is_lasting(fact)
                and fact_intro.split_intro(_clean(fact)) is None
            ):
                continue  # in a chat, only statements of lasting facts, not chit-chat
            found.extend(_split_coordinated(fact_lasting.normalise(fact)))
    elif document.kind in ("email", "voicemail") or sentence.from_user is False:
        if re.search(r"\byou(?:r|'ve|'ll|'re|’ll|’ve|’re)?\b", text, re.I):
            fact = _second_person(text) if not text.rstrip().endswith("?") else None
            if (
                fact
                and not _BOOKING.search(text)
                and not _is_request(text)
                and not fact_records.states_membership(text)
            ):
                found.append(fact)
    return found


# "since I was fifteen" -> "since age fifteen"; "since I was a kid" -> "since childhood".
_SINCE_AGE = re.compile(
    r"\bsince\s+I\s+was\s+(?:(?P<kid>(?:a\s+)?(?:kid|child|little|little\s+kid|teenager|teen))|"
    r"(?P<age>\d{1,2}|[a-z]+teen|five|six|seven|eight|nine|ten|eleven|twelve|twenty))\b",
    re.IGNORECASE,
)


def _since_age(match: re.Match[str]) -> str:
    if match.group("kid"):
        return "since " + ("their teens" if "teen" in match.group("kid") else "childhood")
    return f"since age {match.group('age')}"


_LASTING = re.compile(
    r"\bUser(?:'s)?\s+(?:\w+\s+)?(?:lives?|moved|works?|worked|is\s+(?:a|an|allergic|vegan|"
    r"vegetarian|married|engaged|pregnant|from|learning|training|studying|based)\b|has\s+(?:a|an|two|"
    r"three|\d+)\s+(?:kids?|children|sons?|daughters?|dogs?|cats?|sisters?|brothers?)|"
    r"(?:wife|husband|partner|sister|brother|son|daughter|dog|cat|birthday|name|job|manager|boss)\b|"
    r"stopped|started|quit|joined|speaks?|plays?|grew\s+up|was\s+born|drives|owns|rents|"
    r"(?:usually|always|never|rarely)\s+\w+|prefers?|hates?|favou?rite|graduated|got\s+(?:a|the)\s+job|"
    r"(?:is|am)\s+(?:a\s+)?(?:left|right)-handed|is\s+(?:a|an)\s+(?:total\s+|huge\s+|big\s+)?"
    r"(?:[\w-]+\s+)?(?:person|owl|bird|fan|lover|snob)\b|has\s+been\s+\w+(?:\s+\w+)?\s+(?:since|for)\s|"
    r"works?\s+from\s+home|is\s+(?:lactose|gluten)|is\s+fluent|knows\s+how|"
    r"\bevery\s+(?:morning|day|night|evening|week|weekend)\b|"
    r"has\s+been\s+at\s+(?:this|the|their|that)\s+(?:company|job|firm|school|hospital)|"
    r"has\s+had\s+\w+(?:\s+\w+)?\s+since\b|is\s+(?:moving|relocating)\s+(?:back\s+)?to\b|"
    r"does\s+(?:their|his|her)\s+best\s+\w+|has\s+been\s+\w+\s+\w+\s+\w+\s+since\s)",
    re.IGNORECASE,
)


def _is_request(text: str) -> bool:
    first = grammar.strip_adverbs(text).split(" ", 1)[0].lower()
    return first in grammar.TASK_VERBS or bool(
        re.search(r"\b(?:can|could|would|will) you\b|\bplease\b|\bdon'?t forget\b", text, re.I)
    )


_MEDICAL_PLAN = re.compile(
    r"\b(?:appointment|checkup|check-up|cleaning|physical|follow-up)\b", re.I
)


_HABIT_WORDS = re.compile(
    r"\b(?:never|every|always|usually|routine|most\s+days|daily|weekdays|weeknights)\b", re.I
)


def plan_facts(events: list[Event], whole_text: str, reference: datetime) -> list[str]:
    """Dated plans in a text given as facts: "User has an appointment with Dr. Smith on ..."."""
    facts: list[str] = []
    doctor = _DOCTOR.search(whole_text)
    for event in events:
        title = event.title
        if title.lower().startswith(("flight", "train", "ferry")):
            continue  # flights have their own, more complete fact
        if re.search(r"\b(?:deliver(?:y|ies)|shipment|shipping|package|parcel)\b", title, re.I):
            continue  # a parcel's arrival, not the user's plan
        if _HABIT_WORDS.search(event.description) and len(title.split()) == 1:
            continue  # "never drink coffee after noon", "Up at 6, yoga ...": a routine
        if re.match(r"(?:I|We|My|Our)\b", title):
            continue  # "I play on weekend": a habit the sentence rules state, not a dated plan
        if " with " not in title and doctor is not None and _MEDICAL_PLAN.search(title):
            name = re.sub(r"(?:'s|’s)$", "", doctor.group("name"))
            title = f"{title} with {name}"
        mentions = [m for m in find_dates(event.description, reference) if m.has_day]
        when = mentions[0].phrase.rstrip(".,") if mentions else event.start.strftime("%Y-%m-%d")
        if re.fullmatch(r"(?:next|this)\s+(?:week|month|year)", when, re.I):
            continue  # no date: "a wedding next month" is someone else's news
        lowered = title[:1].lower() + title[1:] if not title[1:2].isupper() else title
        article = "an" if lowered[:1] in "aeiou" else "a"
        facts.append(f"User has {article} {lowered} on {when}")
    return facts


_SENT_BY_USER = re.compile(r"(?:^|[<\s])me@|^\s*me\s*$", re.IGNORECASE)
_I_SENTENCE = re.compile(r"\bI(?:'m|’m|'ve|’ve|'d|’d)?\b")
_YOU_WORD = re.compile(r"\byou(?:r|rs)?\b", re.IGNORECASE)


def _own_mail(document: Document, whole_text: str) -> bool:
    """Mail the user wrote: sent from "me@", or a headerless mail in the first person
    that never addresses the reader as "you" (a cover letter, an auto-reply, a signature)."""
    found = fact_records.headers(whole_text)
    if _SENT_BY_USER.search(found.get("from", "")):
        return True
    if found:
        return False
    first = sum(1 for s in document.sentences if _I_SENTENCE.search(s.text))
    second = sum(1 for s in document.sentences if _YOU_WORD.search(s.text))
    return first >= 1 and second == 0


def extract_facts(
    document: Document,
    reference: datetime,
    whole_text: str,
    events: list[Event] | None = None,
    conversation: bool = False,
) -> list[ExtractedFact]:
    """Facts about the user in ``document``; ``whole_text`` is the raw text for records."""
    contents: list[str] = []
    if document.kind == "email" and _own_mail(document, whole_text):
        # The user's own sent mail: its body is in the first person, signed by the user.
        contents.extend(fact_self.signoff_name(document.sender, whole_text))
        document = replace(
            document,
            kind="note",
            sentences=[replace(s, from_user=True) for s in document.sentences],
        )
    standalone = (
        not conversation
        and document.kind == "chat"
        and bool(document.sentences)
        and all(s.speaker is None for s in document.sentences)
    )
    if standalone:
        # A chat message submitted on its own, without speaker names: the user wrote it.
        # It stays a chat: only statements of lasting facts are kept from it.
        document = replace(
            document, sentences=[replace(s, from_user=True) for s in document.sentences]
        )
    own_numbers = own_phones(" ".join(s.text for s in document.sentences if s.from_user is True))
    contents.extend(f"User's phone number is {number}" for number in own_numbers)
    contents.extend(
        _contacts(whole_text, document.kind in ("chat", "transcript"), frozenset(own_numbers))
    )
    if not conversation:
        # In a conversation, bookings and trips are calendar events, not facts.
        contents.extend(_bookings(whole_text, reference))
        contents.extend(_codes(whole_text))
        contents.extend(_transport(whole_text, reference))
        contents.extend(plan_facts(events or [], whole_text, reference))
    contents.extend(_greeting_name(document, whole_text))
    form_text = fact_forms.split_inline(whole_text)
    contents.extend(_names(form_text))
    contents.extend(_sizes(whole_text))
    if document.kind in ("post", "note", "text"):
        contents.extend(fact_self.bio_facts(whole_text))
        bio, bio_mine = fact_bio.bio_facts(whole_text, document.spec)
        if bio:
            author = bio[0].removeprefix("User's name is ")
            # The author's own title ("Dr. Imani Clarke") is not the user's doctor.
            contents = [c for c in contents if not re.search(rf"\bDr\.? {re.escape(author)}", c)]
        contents.extend(bio)
        contents.extend(_kinship(bio_mine, second_person=False) if bio_mine else [])
        if not any(c.startswith("User's name is") for c in contents):
            contents.extend(fact_self.signoff_name(None, whole_text))
        contents.extend(_labelled_lists(whole_text))
        contents.extend(_addresses(whole_text))
        contents.extend(_relations(whole_text))
    else:
        user_text = " ".join(s.text for s in document.sentences if s.from_user is True)
        contents.extend(_relations(user_text))
    for sentence in document.sentences:
        for fact in _sentence_facts(sentence, document, reference, standalone):
            contents.append(_clean(fact))
        if sentence.from_user is True:
            subjectless = standalone or document.kind in ("post", "note", "text")
            contents.extend(fact_prefs.preference_facts(sentence.text, subjectless))
    own_text = " ".join(s.text for s in document.sentences if s.from_user is True)
    to_user = " ".join(
        s.text
        for s in document.sentences
        if s.from_user is False and document.kind in ("email", "voicemail")
    )
    contents.extend(_records_about_user(f"{own_text} {to_user}", reference))
    contents.extend(_quit_habits(own_text))
    contents.extend(fact_passing.health_facts(own_text))
    contents.extend(fact_passing.belongings_facts(own_text))
    contents.extend(fact_passing.addressed_facts(document))
    contents.extend(fact_self.opinion_likes(own_text))
    contents.extend(_household(document, reference))
    contents.extend(fact_clauses.others_facts(document))
    if document.kind in ("post", "note", "text"):
        contents.extend(fact_clauses.family_counts(whole_text))
    else:
        contents.extend(fact_clauses.family_counts(own_text))
    for sentence in document.sentences:
        if sentence.from_user is True:
            contents.extend(_kinship(sentence.text, second_person=False))
        elif sentence.from_user is False and document.kind in ("email", "voicemail", "chat"):
            contents.extend(_kinship(sentence.text, second_person=True))
    contents.extend(
        _record_facts(document, reference, whole_text, own_text, to_user, conversation, form_text)
    )
    casual = fact_casual.casual_facts(own_text)
    if casual:
        # The casual rewrite states the attribute better than a fact quoting its phrase.
        anchors = [anchor for _, anchor in casual]
        contents = [c for c in contents if not any(a in c.lower() for a in anchors)]
        contents.extend(fact for fact, _ in casual)
        contents = [
            c
            for c in contents
            if not fact_casual.bare_move(grammar.capitalise(_clean(c)), contents)
        ]
    if conversation:
        contents = [c for c in contents if fact_passing.keep_provider(c, document)]
    if document.kind in ("email", "voicemail") and not fact_records.is_marketing(whole_text):
        for member in fact_passing.membership_org(whole_text):
            brand = member.removeprefix("User is a member of ").split()[0]
            plans = [c for c in contents if re.match(r"User has an? .*\bmembership\b", c)]
            if any(brand in plan or "member of" in plan for plan in plans):
                continue  # "User has a CityFit Plus membership" names the club already
            contents = [c for c in contents if c not in plans]
            contents.append(member)
    kids_text = whole_text if document.kind in ("post", "note", "text") else own_text
    said = " ".join(contents).lower()
    contents.extend(
        fact
        for fact in fact_lasting.routine_facts(kids_text)
        if not (
            ("coffee" in fact and "coffee" in said)
            or ("wakes" in fact and re.search(r"\b(?:up at|wakes)\b", said))
        )
    )
    contents.extend(fact_qa.qa_facts(document, lambda c: _first_person(c, subjectless=True)))
    contents.extend(fact_intro.named_children(kids_text))
    contents = _split_intros(contents)
    return _finalise(_drop_superseded(contents), conversation)


# "User is so grateful to everyone", "User couldn't run a mile": how the user felt or
# fared once, not an attribute.
_FEELING = re.compile(
    r"^User\s+(?:(?:is|was|feels|felt)\s+(?:so\s+|very\s+|really\s+|truly\s+|deeply\s+)?"
    r"(?:grateful|thankful|humbled|honou?red|thrilled|blessed|overwhelmed)\b|"
    r"(?:couldn't|could\s+not|could\s+barely|could\s+hardly)\b)"
)


def _split_intros(contents: list[str]) -> list[str]:
    """A packed introduction ("User is Ana, 41, dentist in Lyon") as separate facts."""
    out: list[str] = []
    for content in contents:
        if re.search(r"\bnamed\s+(?:He|She|It|They|Him|Her|Them|We|You)$", content):
            continue  # "we had a dog, he ...": a pronoun is no name
        if _FEELING.match(content):
            continue  # a feeling of the moment or a past inability: nothing lasting
        parts = fact_intro.split_intro(_clean(content))
        out.extend(parts if parts is not None else [content])
    return out


_NEW_JOB = re.compile(
    r"\b(?:I(?:'m|’m|\s+am)\s+joining|I(?:'ve|’ve)?\s+(?:joined|accepted\s+[^.!?]{0,60}?\s+at)|"
    r"I(?:'ll|’ll|\s+will)\s+be\s+joining|I\s+start\s+at|new\s+(?:job|role|position)\s+at)\s+"
    r"(?P<org>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})"
)
_START_WHEN = re.compile(
    r"\b(?:start(?:ing|s)?|first\s+day\s+(?:is|will\s+be))\s+(?:on\s+|in\s+)?(?P<when>(?:next\s+"
    r"(?:month|week|monday|tuesday|wednesday|thursday|friday)|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?|(?:in\s+)?[A-Z][a-z]+))",
    re.IGNORECASE,
)


def _job_start(own_text: str, reference: datetime) -> list[str]:
    """ "I'm joining Acme ... Starting March 3rd" -> "User starts at Acme on March 3, 2025"."""
    job = _NEW_JOB.search(own_text)
    if job is None:
        return []
    start = _START_WHEN.search(own_text)
    if start is None:
        return []
    mentions = [m for m in find_dates(start.group("when"), reference) if m.has_day]
    if not mentions:
        return []
    value = mentions[0].value
    if re.search(r"\d", start.group("when")):
        return [f"User starts at {job.group('org')} on {value:%B} {value.day}, {value.year}"]
    return [f"User starts at {job.group('org')} in {value:%B %Y}"]


def _record_facts(
    document: Document,
    reference: datetime,
    whole_text: str,
    own_text: str,
    to_user: str,
    conversation: bool,
    form_text: str,
) -> list[str]:
    """Records addressed to the user and self-descriptions (see fact_records/fact_statements)."""
    kind = document.kind
    found: list[str] = []
    found.extend(fact_records.providers(whole_text, kind))
    found.extend(fact_records.form_fields(form_text, kind))
    found.extend(fact_forms.form_facts(form_text))
    found.extend(fact_records.belongings(whole_text, kind, reference))
    found.extend(fact_records.memberships_and_roles(whole_text, kind, document.subject))
    if not conversation:
        found.extend(fact_records.itineraries(whole_text, kind, reference))
    found.extend(fact_statements.self_description(own_text))
    found.extend(_job_start(own_text, reference))
    found.extend(fact_statements.medication_to_user(to_user))
    others = " ".join(s.text for s in document.sentences if s.from_user is False)
    if kind in ("transcript", "chat", "email", "voicemail"):
        found.extend(fact_statements.conditions_from_clinician(others, whole_text))
    if kind in ("transcript", "chat"):
        found.extend(_children_in_conversation(document))
    return found


_PARENT_CONTEXT = re.compile(
    r"\b(?:school|teacher|parent-teacher|class(?:room)?|daycare|homework|kindergarten|"
    r"preschool|lunchbox|recital|pediatrician|report\s+card|field\s+trip|orientation|"
    r"tournament|practice)\b",
    re.IGNORECASE,
)
_CHILD_MENTION = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})(?:(?:'s|’s)\b|"
    r"\s+will\s+be\s+there\b|\s+(?:has|had)\s+(?:practice|school|class|a\s+game|homework)\b)"
)
_NOT_CHILD = frozenset(
    "Mom Mum Dad Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December Today Tomorrow Tonight "
    "Everyone Nobody Somebody Christmas Easter Labor Memorial Thanksgiving Mother Father "
    "Grandma Grandpa Coach Teacher Doctor That What It When Let Here There Where Who How He She "
    "Everybody Someone Anyone Today Nobody This One Two Three Four Five Six Seven Eight Nine Ten "
    "Eleven Twelve Noon Midnight".split()  # "Eight's no good": a time, not a child
)


def _children_in_conversation(document: Document) -> list[str]:
    """A parent talking about school or practice: "Leo will be there", "label Noah's stuff"."""
    text = " ".join(s.text for s in document.sentences)
    if not _PARENT_CONTEXT.search(text):
        return []
    speakers = {w.lower() for name in document.speakers for w in name.split()}
    names: list[str] = []
    for sentence in document.sentences:
        if sentence.from_user is not True:
            continue
        for match in _CHILD_MENTION.finditer(sentence.text):
            name = match.group("name")
            if name in _NOT_CHILD or name.lower() in speakers or name in names:
                continue
            if re.search(r"\b[A-Z][\w'’-]*\s+$", sentence.text[: match.start()]):
                continue  # part of a longer proper name: "Trader Joe's"
            names.append(name)
    if len(names) == 1:
        return [f"User has a child named {names[0]}"]
    if 1 < len(names) <= 3:
        return [f"User has children named {', '.join(names[:-1])} and {names[-1]}"]
    return []


_KIN_WORD = re.compile(r"(?<=User's )(?:mom|mum|dad|grandma|grandpa)\b", re.IGNORECASE)
_NAMED = re.compile(r"^User's (?P<rel>[\w ]+?) is named (?P<name>[A-Z][\w'-]*)$")
_PET_NAMED = re.compile(r"^User has a pet named (?P<name>[A-Z][\w'-]*)$")


def _drop_superseded(contents: list[str]) -> list[str]:
    """Drop a fact another one in the list states more completely."""
    joined = "\n".join(contents)
    kept: list[str] = []
    for content in contents:
        named = _NAMED.match(content)
        if named is not None and re.search(
            rf"^User's {re.escape(named.group('rel'))},? (?:is {named.group('name')}\b[ ,\w]|"
            rf"{named.group('name')}(?: [A-Z][\w'-]+)?,\s*(?:phone\s*)?[\d(+])",
            joined,
            re.M,
        ):
            continue  # "User's partner is Chris, phone ..." says it already
        pet = _PET_NAMED.match(content)
        if pet is not None and re.search(
            rf"\bnamed {pet.group('name')}\b", joined.replace(content, "")
        ):
            continue
        if re.match(r"User has an? (?:check-?in|check-?out|trip|stay)\b", content) and re.search(
            r"\b(?:hotel reservation|has a flight)\b", joined
        ):
            continue  # the reservation record says it better
        if content.startswith("User used to ") and re.search(
            r"^User (?:quit|stopped|gave up)\b", joined, re.M
        ):
            continue  # "used to smoke but quit": the quitting is the fact
        kept.append(content)
    return kept


# "User works Friday", "User is off tomorrow": only a time after the verb.
_ONLY_WHEN = re.compile(
    r"^User (?:\w+ ){0,1}\w+ (?:on |this |next |every )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day|tomorrow|today|tonight|weekends?|(?:this|next) week)s?$",
    re.IGNORECASE,
)
# A status of a record, not a fact about the user: "... is ready for pickup".
_TRANSIENT = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:ready\s+for\s+pick-?up|available\s+(?:in|for|online)|"
    r"on\s+its\s+way|out\s+for\s+delivery)\b|\bwill\s+be\s+recalculated\b",
    re.IGNORECASE,
)


_NAMED_WHO = re.compile(r"\bnamed ([A-Z][\w'’-]*)")


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def _near_duplicate(a: str, b: str) -> bool:
    """Same statement in other words; facts with other numbers (two flights) are different."""
    numbers_a, numbers_b = _numbers(a), _numbers(b)
    if not (numbers_a <= numbers_b or numbers_b <= numbers_a):
        return False
    named_a, named_b = _NAMED_WHO.search(a), _NAMED_WHO.search(b)
    if named_a and named_b and named_a.group(1) != named_b.group(1):
        return False  # two children, two pets: "named Ben" is not "named Lucy"
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= 90


def _finalise(contents: list[str], conversation: bool = False) -> list[ExtractedFact]:
    facts: list[ExtractedFact] = []
    pieces = (
        part
        for whole in contents
        for piece in _split_fact(whole)
        for part in fact_casual.split_casual(piece)
    )
    for content in pieces:
        content = fact_clauses.trim_tail(grammar.capitalise(_clean(content)))
        content = re.sub(
            r"\b(?:finally|actually|honestly|officially|literally|genuinely|truly|definitely)\s+",
            "",
            content,
        )
        if fact_clauses.is_fragment(content) or fact_clauses.is_anecdote(content):
            continue
        if conversation:
            # Said in passing: a named relative's news says who they are, not more.
            content = fact_clauses.named_relative(content) or content
        content = re.sub(r"^User (?:can'?t|cannot|can’t) stand\b", "User dislikes", content)
        content = _KIN_WORD.sub(lambda m: _KIN_CANON[m.group(0).lower()], content)
        if _COMMITMENT_FACT.match(content) or fact_self.is_momentary(content):
            continue
        if len(content.split()) < 3 or not content.startswith("User"):
            continue
        if _ONLY_WHEN.match(content) or _TRANSIENT.search(content):
            continue
        if fact_passing.is_task(content):
            continue
        others_news = re.match(r"User's (?P<rel>\w+)(?:'s|’s) (?!\w+ (?:is|are)\b)", content)
        if others_news is not None:
            # "User's manager's leaving": news about someone else; a spouse's news still
            # says the user has one.
            if others_news.group("rel").lower() not in _MARRIED | {"partner"}:
                continue
            content = f"User has a {others_news.group('rel').lower()}"
        if re.fullmatch(r"User is [A-Z][a-z]+|User was (?:like |about |around )?\w+", content):
            continue  # "User is Aisha": a name (see _names); "User was like eight": an anecdote
        twin = next((i for i, f in enumerate(facts) if _near_duplicate(content, f.content)), None)
        if twin is not None:
            old = facts[twin].content
            if _numbers(old) < _numbers(content) and len(content.split()) <= 2 * len(old.split()):
                facts[twin] = ExtractedFact(content=content, category=fact_category(content))
            continue
        facts.append(ExtractedFact(content=content, category=fact_category(content)))
    return facts


__all__ = ["extract_facts", "fact_category", "third_person_verb"]
