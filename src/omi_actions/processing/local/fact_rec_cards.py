"""Records written to or kept for the user that state lasting facts: recurring calendar
entries, pet profiles, budget notes, onboarding mail, enrolment and account notices,
car rentals and train tickets.

Every rule reads a structure of the text (a label such as "Recurring:" or "Pet profile:",
a second-person notice such as "Your start date is ...") rather than a topic word alone.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local import fact_rec_fields, fact_rec_notices
from omi_actions.processing.local.fact_clean import _iso_when

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"

# "Recurring: Spanish class, Thursdays 19:00"; "Recurring event: Yoga with Ana, every
# Tuesday 18:00-19:00".
_RECURRING = re.compile(
    rf"\brecurring(?:\s+(?:event|meeting|entry))?\s*:\s*(?P<what>[A-Za-z][^,\n.:;]{{2,50}}?)\s*,"
    rf"\s*(?:every\s+|on\s+)?(?P<day>{_DAY}s?|weekdays|weekends|daily|every\s+day)\s*"
    rf"(?:at\s+)?(?P<time>{_TIME})?",
    re.I,
)
# "Your personal training sessions with coach Mia are booked every Tuesday at 7am."
_BOOKED_EVERY = re.compile(
    rf"\b(?i:your)\s+(?P<what>(?:[\w-]+\s+){{0,4}}?(?:sessions?|lessons?|class(?:es)?|"
    rf"appointments?|practices?|meetings?))(?P<with>\s+with\s+(?:\w+\s+)?{_NAME})?\s+"
    rf"(?:are|is|have\s+been|has\s+been)\s+(?:(?:booked|scheduled|set)\s+(?:for\s+)?)?"
    rf"(?:every|on)\s+(?P<day>{_DAY})s?\s+(?:at\s+)?(?P<time>{_TIME})",
    re.I,
)


def _clock(text: str | None) -> str:
    """ "7am" -> "07:00", "19:00" -> "19:00", "5.30 pm" -> "17:30"; "" when none."""
    if not text:
        return ""
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?m?\.?", text.strip(), re.I)
    if match is None:
        return ""
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    if not half and match.group(2) is None:
        return ""  # a bare number is not a time
    if hour > 23 or minute > 59:
        return ""
    return f"{hour:02d}:{minute:02d}"


def _every(day: str) -> str:
    day = day.strip().lower()
    if day in ("daily", "every day"):
        return "every day"
    if day.startswith("week"):
        return "every " + day.rstrip("s")
    return "every " + day.rstrip("s").capitalize()


def _lessons_verb(what: str) -> str:
    return "takes" if re.search(r"\b(?:class(?:es)?|lessons?|course)$", what, re.I) else "has"


def recurring(text: str) -> list[str]:
    """Recurring calendar entries and sessions booked every week."""
    facts: list[str] = []
    for match in _RECURRING.finditer(text):
        what = match.group("what").strip()
        proper = re.match(r"[A-Z]{2}|[A-Z][a-z]+\s+[A-Z]|[A-Z][a-z]+(?:ish|ese|ian|ch)\b", what)
        lowered = what if proper else what[:1].lower() + what[1:]
        at = _clock(match.group("time"))
        when = f" {_every(match.group('day'))}" + (f" at {at}" if at else "")
        facts.append(f"User {_lessons_verb(what.split(' with ')[0])} {lowered}{when}")
    for match in _BOOKED_EVERY.finditer(text):
        what = match.group("what").strip().lower() + (match.group("with") or "")
        at = _clock(match.group("time"))
        facts.append(f"User has {what} every {match.group('day').capitalize()} at {at}".rstrip())
    return [re.sub(r"\s+at$", "", f) for f in facts]


# ------------------------------------------------------------------ pets

_CATS = (
    r"Maine\s+Coon|Siamese|Persian|Ragdoll|Bengal|Sphynx|British\s+Shorthair|"
    r"Scottish\s+Fold|Abyssinian|Burmese|Russian\s+Blue|Norwegian\s+Forest"
)
_DOGS = (
    r"Labrador|Lab|Golden\s+Retriever|Retriever|Spaniel|Terrier|Poodle|Beagle|Husky|Collie|"
    r"Shepherd|Dachshund|Corgi|Bulldog|Pug|Boxer|Greyhound|Whippet|Schnauzer|Labradoodle|"
    r"Cockapoo|Chihuahua|Rottweiler|Doberman|Pointer|Vizsla|Shih\s+Tzu"
)
_SPECIES = r"cat|dog|kitten|puppy|rabbit|bunny|guinea\s+pig|hamster|parrot|tortoise|ferret"
# "Pet profile: Mochi, 3-year-old Maine Coon"
_PET_PROFILE = re.compile(
    r"\b(?i:pet(?:\s+profile)?|patient|insured\s+pet|pet\s+name)\s*:\s*(?P<name>[A-Z][a-z]+),\s*"
    r"(?:(?:a\s+)?(?P<age>\d{1,2})[- ](?:year|yr)s?[- ]old\s+)?"
    rf"(?P<breed>(?:[A-Z][\w-]*\s+){{0,2}}(?:[A-Z][\w-]*|{_SPECIES}))\b"
)
# "Insured pet: Pepper (cat, Maine Coon, 3 years)"
_PET_PAREN = re.compile(
    r"\b(?P<label>insured\s+pet|pet(?:\s+profile)?|patient)\s*:\s*(?P<name>[A-Z][a-z]+)\s*\("
    rf"(?P<species>{_SPECIES})\s*(?:,\s*(?P<breed>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}))?"
    r"[^)]{0,30}\)",
    re.I,
)
_PET_DUE_FIELD = re.compile(
    r"\b(?:next\s+)?(?P<what>vaccinations?|vaccines?|booster|check-?up|dental|rabies\s+shot)"
    r"\s+(?:is\s+)?due\s*(?::|on|by)?\s*(?P<when>\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\s+\d{1,2}"
    r"(?:,?\s+\d{4})?)",
    re.I,
)


def _species(breed: str) -> str:
    if re.search(rf"\b(?:{_CATS})\b", breed):
        return "cat"
    if re.search(rf"\b(?:{_DOGS})\b", breed):
        return "dog"
    return ""


def pets(text: str, reference: datetime) -> list[str]:
    """Pet profiles and insured pets: "User has a Maine Coon cat named Mochi"."""
    facts: list[str] = []
    named: list[tuple[str, str]] = []
    for match in _PET_PAREN.finditer(text):
        species = match.group("species").lower()
        breed = f"{match.group('breed')} " if match.group("breed") else ""
        facts.append(f"User has a {breed}{species} named {match.group('name')}")
        if "insured" in match.group("label").lower():
            facts.append(f"User has pet insurance for {match.group('name')}")
        named.append((species, match.group("name")))
    if not named:
        for match in _PET_PROFILE.finditer(text):
            breed = match.group("breed")
            species = _species(breed) or (breed.lower() if re.fullmatch(_SPECIES, breed) else "")
            if not species:
                continue
            shown = breed if breed.lower() != species else ""
            facts.append(f"User has a {shown} {species} named {match.group('name')}")
            named.append((species, match.group("name")))
    if len(named) == 1:
        due = _PET_DUE_FIELD.search(text)
        if due is not None:
            when = due.group("when")
            day = when if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when) else _iso_when(when, reference)
            what = due.group("what").lower()
            what = "vaccination" if what.startswith("vacc") else what
            species, name = named[0]
            if day:
                facts.append(f"User's {species} {name} is due for {what} on {day}")
    return [re.sub(r"\s+", " ", f) for f in facts]


# ------------------------------------------------------------------ money

_MONEY = r"[$£€]\s?\d[\d,]*(?:\.\d{2})?"
_PER_MONTH = r"\s*(?:/\s*(?:mo|month)\b|\s+(?:per|a|each)\s+month\b|\s+monthly\b)"
# "rent $1,650 due on the 1st", "Car loan $320/month until March 2027"
_BILL = re.compile(
    r"\b(?P<what>rent|mortgage(?:\s+payment)?|car\s+(?:loan|payment)|student\s+loan|"
    r"childcare|daycare|tuition)\s*(?:is\s+|of\s+|:\s*)?(?P<amount>" + _MONEY + r")"
    r"(?P<per>" + _PER_MONTH + r")?"
    r"(?:,?\s+(?:is\s+)?due\s+(?:on\s+)?the\s+(?P<day>\d{1,2}(?:st|nd|rd|th))"
    r"(?:\s+of\s+(?:each|every|the)\s+month)?)?"
    r"(?:,?\s+until\s+(?P<until>[A-Z][a-z]+\s+\d{4}))?",
    re.I,
)


def bills(text: str) -> list[str]:
    """Recurring payments in a budget note or a statement."""
    facts: list[str] = []
    for match in _BILL.finditer(text):
        what = re.sub(r"\s+", " ", match.group("what").lower())
        amount = match.group("amount").replace(" ", "")
        day, until = match.group("day"), match.group("until")
        if not (day or until or match.group("per")):
            continue  # "rent $1,650" alone: a price, maybe of a listing
        if what == "rent" and day:
            facts.append(f"User pays {amount} rent on the {day} of each month")
            continue
        if what == "rent":
            facts.append(f"User pays {amount} rent per month")
            continue
        tail = f" until {until}" if until else ""
        on = f" due on the {day}" if day else ""
        facts.append(f"User has a {what} of {amount} per month{on}{tail}")
    return facts


# ------------------------------------------------------------------ notices to the user

_WELCOME = re.compile(
    r"\b(?i:welcome)\s+(?:aboard\s+)?to\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
)
_JOINING = re.compile(
    r"\b(?i:you)(?:'re|’re|\s+are)?\s+(?:will\s+be\s+)?join(?:ing|ed)?\s+"
    r"(?:us\s+|the\s+(?P<team>[\w -]{2,30}?)\s+team\s+|"
    r"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+)?as\s+(?:an?|our)\s+"
    r"(?:new\s+)?(?P<role>[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}?)"
    r"(?:\s+on\s+the\s+(?P<team2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+team)?"
    r"(?=[.,!;]|\s+(?:on|in|at|from|starting)\b)"
)
_START_DATE = re.compile(
    r"\b(?i:your)\s+(?:official\s+)?(?:start|first)\s+(?:date|day)\s+(?:is|will\s+be)\s+"
    r"(?P<when>[^.;]{4,40}?)(?=[.;]|,\s+and\b|\s+and\s+your\b|$)",
    re.I,
)
_MANAGER = re.compile(
    r"\b(?i:your)\s+(?:manager|line\s+manager|supervisor|mentor|buddy)\s+(?:will\s+be|is)\s+"
    rf"(?P<name>{_NAME})|\b(?i:you)(?:'ll|’ll|\s+will)\s+(?:be\s+)?report(?:ing)?\s+(?:directly\s+)?"
    rf"to\s+(?P<name2>{_NAME})|\b(?i:your)\s+(?:manager|line\s+manager|supervisor)\s*,\s*"
    rf"(?P<name3>{_NAME})\s*,",
)
# "Kemal will be your onboarding buddy"
_NAMED_ROLE = re.compile(
    rf"\b(?P<name>{_NAME})\s+(?:will\s+be|is)\s+your\s+(?P<role>(?:onboarding\s+)?(?:buddy|mentor))\b"
)
_ROLE_WORD = re.compile(r"\b(?:manager|supervisor|mentor|buddy)\b", re.I)


def onboarding(text: str, reference: datetime) -> list[str]:
    """A welcome or offer letter to the user: the role, the start date, the manager."""
    welcome = _WELCOME.search(text)
    joining = _JOINING.search(text)
    start = _START_DATE.search(text)
    if welcome is None and joining is None:
        return []
    if joining is None and start is None:
        return []  # "Welcome to our newsletter": no job in it
    org = (joining.group("org") if joining else None) or (welcome.group("org") if welcome else "")
    facts: list[str] = []
    if joining is not None:
        role = joining.group("role").strip()
        article = "an" if role[:1].lower() in "aeiou" else "a"
        at = f"{org} " if org else ""
        team = joining.group("team2")
        tail = f" on the {team} team" if team else ""
        facts.append(f"User is joining {at}as {article} {role}{tail}")
    if start is not None:
        day = _iso_when(start.group("when"), reference)
        if day is not None:
            day = day.split(" at ")[0]
            at = f" at {org}" if org else ""
            facts.append(f"User starts{at} on {day}")
    manager = _MANAGER.search(text)
    if manager is not None:
        role_match = _ROLE_WORD.search(manager.group(0))
        role = role_match.group(0).lower() if role_match and manager.group("name") else "manager"
        name = manager.group("name") or manager.group("name2") or manager.group("name3")
        facts.append(f"User's {role} is {name}")
    elif re.search(r"\breporting\s+to\s+me\b", text):
        sender = re.search(
            r"^From:\s*\"?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*<", text, re.M
        )
        if sender is not None:
            facts.append(f"User's manager is {sender.group('name')}")
    buddy = _NAMED_ROLE.search(text)
    if buddy is not None:
        facts.append(f"User's {buddy.group('role').lower()} is {buddy.group('name')}")
    return facts


# "update my emergency contact to my husband, Marco Bianchi, on 555-0187"
_EMERGENCY = re.compile(
    r"\b[Ee]mergency\s+contact\s*(?:(?<=\s)(?:to|is|as)\b|:)\s*(?:be\s+)?"
    r"(?:my\s+(?P<rel>[a-z]+),?\s+)?"
    rf"(?P<name>{_NAME})\b(?!\s+[A-Z]|\s*\()\s*,?\s*(?:on|at|-|–)?\s*"
    r"(?P<phone>\+?\(?\d[\d() .-]{5,}\d)?"
)


_KIN = frozenset(
    "wife husband partner spouse mother mum mom father dad brother sister son daughter "
    "girlfriend boyfriend fiance fiancee aunt uncle cousin grandmother grandfather".split()
)


def emergency_contact(text: str) -> list[str]:
    facts: list[str] = []
    for match in _EMERGENCY.finditer(text):
        phone = f", {match.group('phone').strip()}" if match.group("phone") else ""
        rel = match.group("rel")
        labelled = ":" in match.group(0)[:25]
        if not (labelled and rel in _KIN):
            # "Emergency contact: my brother Omar, 555-..." says it all with the relation
            facts.append(f"User's emergency contact is {match.group('name')}{phone}")
        if rel and rel in _KIN:
            facts.append(f"User's {rel} is {match.group('name')}{phone.replace(', ', ', phone ')}")
        break
    return facts


_ENROLLED = re.compile(
    r"\b(?i:your)\s+(?P<rel>son|daughter|child)\s+(?P<name>[A-Z][a-z]+)\s+(?:has\s+been|is|was)\s+"
    r"(?:now\s+)?(?:enrolled|registered|accepted)\s+(?:in|into|for)\s+(?:(?P<grade>Grade\s+\d{1,2}|"
    r"(?:Year|Class)\s+\d{1,2}|[Kk]indergarten|[Pp]re-?[Kk]|(?:the\s+)?[a-z]+\s+room)\s+)?"
    r"(?:at\s+)?(?P<school>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})?"
)


_TEACHER = re.compile(
    r"\b(?:His|Her|Their|(?i:the\s+class))\s+teacher\s+(?:is|will\s+be)\s+"
    r"(?P<name>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]+)"
)
_BUS = re.compile(r"\bassigned\s+to\s+bus\s+(?:route\s+)?(?P<route>\d{1,3}[A-Z]?)\b")


def enrolment(text: str) -> list[str]:
    """ "Your son Theo has been enrolled in Grade 2 at Maple Elementary" (a school's notice)."""
    facts: list[str] = []
    for match in _ENROLLED.finditer(text):
        who = f"User's {match.group('rel')} {match.group('name')}"
        if match.group("school"):
            school = re.sub(r"\.\s.*$", "", match.group("school"))  # "Oak Primary. His"
            facts.append(f"{who} attends {school}")
        if match.group("grade"):
            facts.append(f"{who} is in {match.group('grade')}")
        teacher = _TEACHER.search(text, match.start())
        if teacher is not None:
            name = teacher.group("name").replace(".", "")  # "Mrs." would end the sentence
            facts.append(f"{who}'s teacher is {name}")
        bus = _BUS.search(text, match.start())
        if bus is not None:
            facts.append(f"{who} takes bus route {bus.group('route')}")
        break
    return facts


_MORTGAGE = re.compile(
    r"\b(?i:your)\s+(?:annual\s+|monthly\s+)?mortgage(?:\s+(?:statement|payment|account|loan))?\s+"
    r"(?:from|with|at)\s+(?P<bank>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
)
_PROPERTY = re.compile(
    r"\b(?i:property)(?:\s+address)?\s*:\s*(?P<addr>\d{1,5}\s+[A-Z][^.\n;]{2,40})"
)
_COMPLETED = re.compile(
    r"\b(?i:you)(?:'ve|’ve|\s+have)\s+(?:successfully\s+)?completed\s+(?:the\s+)?['‘\"“](?P<course>[^'’\"”]{3,60})"
    r"['’\"”](?:\s+(?:course|class|program(?:me)?))?(?:\s*\([^)]{0,30}\))?"
    r"(?:\s+(?:at|with|from)\s+(?P<org>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}))?"
)
_VISA = re.compile(
    r"\b(?i:your)\s+(?P<visa>(?:[A-Z][\w-]*\s+){0,2}visa)\s+(?:application\s+)?(?:has\s+been|was|is)\s+"
    r"(?:approved|granted|issued)\b[^\n]{0,80}?\bvalid\s+(?:from\s+(?P<start>[^.]{4,25}?)\s+)?"
    r"(?:to|until|through)\s+(?P<end>[^.]{4,25}?)(?=[.;]|$)"
)
# "Your 2021 Civic (VIN ending 1234) is due for its 20,000-mile service."
_THING_DUE = re.compile(
    r"\b(?i:your)\s+(?:\d{4}\s+)?(?P<thing>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    r"(?:\s*\([^)]{0,30}\))?\s+is\s+(?:now\s+)?(?:due|overdue)\s+for\s+"
    r"(?P<what>(?:its|his|her|their|a|an|the)\s+[^.\n]{3,40}?(?:service|inspection|MOT|"
    r"check-?up|booster|vaccin\w+|cleaning|tune-?up|oil\s+change))\b"
)
_CANCELLED = re.compile(
    r"\b(?i:your)\s+(?P<what>(?:[A-Z][\w&'’-]*\s+){1,3}(?:subscription|membership|plan))\s+"
    r"(?:has\s+been|was|is\s+now)\s+(?:cancell?ed|terminated)\b"
)
_REGISTERED = re.compile(
    r"\b(?i:thanks?|thank\s+you)\s+for\s+registering\s+(?:for|to)\s+(?P<what>[A-Z][^!.\n]{3,60}?)"
    r"(?=[!.\n]|$)"
)
_SIGNED_UP = re.compile(
    r"\b(?i:you)(?:'re|’re|\s+are)\s+(?:also\s+)?(?:signed\s+up|registered|enrolled)\s+for\s+"
    r"(?P<what>(?:the\s+)?[\w' ‘’-]{0,20}['‘\"“][^'’\"”]{3,60}['’\"”])"
    r"(?:\s+on\s+(?P<when>[^.!]{3,20}))?"
)


_VALID_CARD = re.compile(
    r"\b(?i:your)\s+(?P<what>(?:[A-Z][\w'’-]*\s+){1,4}(?i:card|pass|permit|licen[cs]e))\b"
    r"[^.\n]{0,60}?\b(?i:valid)\s+(?:through|until|till|to)\s+(?P<when>[^.\n]{4,25}?)(?=[.;\n]|$)"
)
# "1 × Trail running shoes, Women's size 8, Blue" on a line of an order.
_ORDER_LINE = re.compile(
    r"^\s*\d{1,2}\s*[×xX]\s+(?P<item>[^,\n]{3,60}?)(?:,\s*(?:(?P<who>Men's|Women's|Men’s|"
    r"Women’s|Kids'?|Unisex)\s+)?[Ss]ize\s+(?P<size>[\w.]{1,6}))?(?=,|\s*$)",
    re.M,
)
_SHOES = re.compile(r"\b(?:shoes?|boots?|sneakers?|trainers?|sandals?|loafers?|cleats)\b", re.I)


def _day(text: str, reference: datetime) -> str:
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    return (_iso_when(text, reference) or text).split(" at ")[0]


def notices(text: str, reference: datetime) -> list[str]:
    """Account and enrolment notices written to the user."""
    facts: list[str] = []
    mortgage = _MORTGAGE.search(text)
    if mortgage is not None:
        facts.append(f"User has a mortgage with {mortgage.group('bank')}")
        prop = _PROPERTY.search(text)
        if prop is not None:
            facts.append(f"User owns a home at {prop.group('addr').strip()}")
    for match in _COMPLETED.finditer(text):
        org = f" at {match.group('org')}" if match.group("org") else ""
        facts.append(f"User completed the {match.group('course').strip()} course{org}")
    visa = _VISA.search(text)
    if visa is not None:
        span = f" valid until {_day(visa.group('end'), reference)}"
        if visa.group("start"):
            span = f" valid from {_day(visa.group('start'), reference)} to " + _day(
                visa.group("end"), reference
            )
        facts.append(f"User has a {visa.group('visa')}{span}")
    for match in _VALID_CARD.finditer(text):
        facts.append(
            f"User has a {match.group('what')} valid through {_day(match.group('when'), reference)}"
        )
    if re.search(r"\b(?i:your\s+order)\b", text):
        for match in _ORDER_LINE.finditer(text):
            item = match.group("item").strip()
            facts.append(f"User ordered {item}")
            size = match.group("size")
            if size:
                who = f"{match.group('who').lower()} " if match.group("who") else ""
                shoe = "shoe " if _SHOES.search(item) else ""
                facts.append(f"User wears {who}{shoe}size {size}")
    for match in _THING_DUE.finditer(text):
        facts.append(f"User's {match.group('thing')} is due for {match.group('what').strip()}")
    for match in _CANCELLED.finditer(text):
        facts.append(f"User cancelled their {match.group('what')}")
    return facts


def registrations(text: str, reference: datetime) -> list[str]:
    """ "Thanks for registering for X"; "You are signed up for the tutorial 'Y' on May 13"."""
    facts: list[str] = []
    for match in _REGISTERED.finditer(text):
        facts.append(f"User is registered for {match.group('what').strip()}")
    for match in _SIGNED_UP.finditer(text):
        when = f" on {_day(match.group('when'), reference)}" if match.group("when") else ""
        facts.append(f"User is signed up for {match.group('what').strip()}{when}")
    return facts


# ------------------------------------------------------------------ trips

_PICKUP = re.compile(
    r"\bpick-?\s?up\s*:\s*(?P<where>[^,\n]{3,50}?),\s*(?P<when>[^.\n]{4,45}?)(?=\.\s|\.$|\n|$)",
    re.I,
)
_RETURN = re.compile(
    r"\b(?:return|drop-?\s?off)\s*:\s*"
    r"(?:(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|[A-Z][a-z]{2,8}\.?\s+\d|\d)"
    r"(?P<where>[^,\n]{3,50}?),\s*)?"
    r"(?P<when>[^.\n]{4,45}?)(?=\.\s|\.$|\n|$)",
    re.I,
)
_RENTAL = re.compile(
    r"\b(?:vehicle|car\s+(?:class|type|rental|hire)|rental|suv|sedan|compact|"
    r"Hertz|Avis|Enterprise|Sixt|Budget|Europcar|Alamo)\b",
    re.I,
)
_RENTAL_CO = re.compile(r"\b(?P<co>[A-Z][a-z]+)\s+reservation\b")
_ARROW = re.compile(
    r"(?P<src>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*(?:\([A-Z]{3}\)\s*)?"
    r"(?:(?P<dep>\d{1,2}:\d{2})\s*)?(?:→|->)\s*"
    r"(?P<dst>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)
_TRAIN = re.compile(
    r"\b(?:trains?|rail\w*|\w+rail|bahn|Amtrak|Eurostar|coach\s+\w{1,3}|platform|ICE\s+\d+)\b",
    re.I,
)
_STATION = re.compile(
    r"\s+(?:(?:South|North|East|West|Central|Penn|Union|Grand)?\s*(?:Station|Terminal)|Hbf)$"
)
_DEPARTS = re.compile(rf"\bdep(?:art(?:s|ing|ure)?)?\.?\s*:?\s*(?:at\s+)?(?P<t>{_TIME})", re.I)


_RETURN_FLIGHT = re.compile(
    rf"\b(?i:return)\s+flight\b[^.\n]{{0,20}}?\bon\s+(?P<when>[^.\n]{{3,30}}?),?\s+"
    rf"(?i:depart\w*)\s+(?:at\s+)?(?P<t>{_TIME})"
)
_OUTBOUND = re.compile(
    r"\b(?i:flight)\b[^.\n]{0,20}?\bfrom\s+(?P<src>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s*(?:\([A-Z]{3}\))?\s+to\s+(?P<dst>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def is_rental(text: str) -> bool:
    """A car rental record with a labelled pick-up ("Pick-up: LAX, Sep 3, 10:00")."""
    return _PICKUP.search(text) is not None and _RENTAL.search(text) is not None


def recurring_titles(text: str) -> list[str]:
    """The titles of the recurring entries of a calendar record, lower case."""
    return [m.group("what").strip().lower() for m in _RECURRING.finditer(text)]


_DOTTED = re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>20\d\d)\b")


def _dotted(text: str) -> str | None:
    """ "14.09.2025" (day first, as printed on European tickets) -> "2025-09-14"."""
    match = _DOTTED.search(text)
    if match is None or not (1 <= int(match.group("m")) <= 12 and 1 <= int(match.group("d")) <= 31):
        return None
    return f"{match.group('y')}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"


def _train_legs(text: str, reference: datetime) -> list[str]:
    """ "Boston South Station → New York Penn Station, next Friday, departs 8:15 AM";
    "Return: Tuesday, Bergen 16:00 → Oslo S 22:49"."""
    facts: list[str] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if re.match(r"\s*(?i:subject|from|to)\s*:", line):
            continue
        arrow = _ARROW.search(line)
        if arrow is None:
            continue
        src = _STATION.sub("", arrow.group("src")).strip()
        dst = _STATION.sub("", arrow.group("dst")).strip()
        label = re.match(r"\s*(?P<label>[A-Za-z]+)\s*:", line)
        src = re.sub(r"^(?i:outbound|return|inbound|departure|journey)\s*:?\s*", "", src)
        rest = line[arrow.end() :]
        below = lines[index + 1] if index + 1 < len(lines) else ""
        above = lines[index - 1] if index > 0 and ":" not in lines[index - 1][:9] else ""
        if index > 0 and re.match(
            r"\s*(?i:outward|outbound|date|travel\s+date)\s*:", lines[index - 1]
        ):
            above = lines[index - 1]
        departs = _DEPARTS.search(rest) or _DEPARTS.search(below)
        clock = arrow.group("dep") or (departs.group("t") if departs else "")
        before = line[: arrow.start()]
        when = (
            _dotted(f"{before} {rest}")
            or _iso_when(f"{before} {rest}", reference)
            or _dotted(above)
            or _iso_when(above, reference)
            or _dotted(below)
            or _iso_when(below, reference)
        )
        if when is not None:
            at = _clock(clock)
            when = f"{when.split(' at ')[0]} at {at}" if at else when
        on = f" on {when}" if when else ""
        back = "return " if label and label.group("label").lower() in ("return", "inbound") else ""
        facts.append(f"User has a {back}train from {src} to {dst}{on}")
        if len(facts) == 2:
            break
    return facts


def rentals_and_trains(text: str, reference: datetime) -> list[str]:
    """Car rental pick-up and return; train tickets written as "A → B"; registrations
    (in a conversation these are calendar events, so the caller skips them there)."""
    facts: list[str] = registrations(text, reference)
    back = _RETURN_FLIGHT.search(text)
    out = _OUTBOUND.search(text)
    if back is not None and out is not None and out.start() < back.start():
        when = _iso_when(back.group("when"), reference)
        at = _clock(back.group("t"))
        if when is not None:
            when = f"{when.split(' at ')[0]} at {at}" if at else when
            src, dst = out.group("dst").strip(), out.group("src").strip()
            facts.append(f"User has a return flight from {src} to {dst} on {when}")
    pickup = _PICKUP.search(text)
    if pickup is not None and _RENTAL.search(text):
        company = _RENTAL_CO.search(text)
        co = f"{company.group('co')} " if company and company.group("co") != "Your" else ""
        when = _iso_when(pickup.group("when"), reference)
        if when is not None:
            where = pickup.group("where").strip()
            facts.append(f"User has a {co}rental car pickup at {where} on {when}")
            back = _RETURN.search(text, pickup.end())
            back_when = _iso_when(back.group("when"), reference) if back else None
            if back_when is not None:
                facts.append(f"User returns the rental car on {back_when}")
    if _TRAIN.search(text):
        facts.extend(_train_legs(text, reference))
    return facts


# Labelled fields inside a line of prose ("... 555-0199. Diagnosis: torn meniscus. ...").
_INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.;·|•])\s|\n)\s*(?P<label>(?i:diagnosis|medication\s+reminder|"
    r"emergency\s+contact|secondary(?:\s+contact)?|next\s+of\s+kin|alternate\s+contact))"
    r"\s*:\s*(?P<value>[^\n]{3,80}?)(?=\.\s|\.?$|\n|;)",
    re.M,
)
_RELATIVE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*\((?P<rel>[a-z][a-z -]{2,20})\)"
    r"\s*,?\s*(?P<phone>\+?\(?\d[\d() .-]{5,}\d)?"
)


def labelled_fields(text: str) -> list[str]:
    """Health and contact fields written inline in a record."""
    facts: list[str] = []
    for match in _INLINE_LABEL.finditer(text):
        label = re.sub(r"\s+", " ", match.group("label").lower())
        value = match.group("value").strip()
        if label == "diagnosis":
            facts.append(f"User has {value[:1].lower()}{value[1:]}")
        elif label == "medication reminder":
            first = value.split(",")[0].strip()
            if re.search(r"\d", first):
                facts.append(f"User takes {first}")
        else:
            person = _RELATIVE.match(value)
            if person is None:
                continue
            if label not in ("emergency contact", "next of kin"):
                # (an emergency contact's relation is stated by fact_records.form_fields)
                facts.append(f"User's {person.group('rel')} is {person.group('name')}")
    return facts


def record_cards(text: str, kind: str, reference: datetime) -> list[str]:
    """Everything above that may appear in any record (not only in bookings)."""
    facts: list[str] = []
    facts.extend(labelled_fields(text))
    facts.extend(recurring(text))
    facts.extend(pets(text, reference))
    if kind not in ("chat", "transcript"):
        facts.extend(bills(text))
    facts.extend(emergency_contact(text))
    facts.extend(fact_rec_fields.labelled_records(text, kind, reference))
    if kind in ("note", "text"):
        facts.extend(fact_rec_fields.note_records(text, kind, reference))
    if kind in ("email", "voicemail", "note", "text", "post"):
        facts.extend(onboarding(text, reference))
        facts.extend(enrolment(text))
        facts.extend(notices(text, reference))
        facts.extend(fact_rec_notices.notices(text, reference))
    return facts


__all__ = [
    "bills",
    "is_rental",
    "onboarding",
    "pets",
    "record_cards",
    "recurring",
    "recurring_titles",
    "registrations",
    "rentals_and_trains",
]
