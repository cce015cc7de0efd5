"""Facts from records written to the user: mail headers, form fields, signatures.

Automated and professional mail says a lot about its recipient without a
first-person sentence: who sends it (the user's vet, pharmacy, insurer,
accountant, school), form fields ("Title: Senior Analyst", "Member ID: ..."),
second-person records ("your 2019 Subaru Outback", "your checking account
ending in 4417", "service address 88 Birch Court"), itineraries and tickets.
Every rule reads a linguistic or layout pattern, never a particular sender.
"""

from __future__ import annotations

import re
from datetime import datetime

import phonenumbers

from omi_actions.processing.local import (
    fact_forms,
    fact_rec_cards,
    fact_rec_fields,
    fact_rec_notices,
)
from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.fact_clean import _iso_when

_HEADER_LINE = re.compile(r"^\s*(?P<key>from|to|subject|date|cc)\s*:\s*(?P<value>.*)$", re.I)
# A street address: "412 Alder Lane", "4412 SE Belmont St, Portland, OR 97215".
STREET = (
    r"\d{1,6}\s+(?:[NSEW]{1,2}\.?\s+)?(?:[A-Z0-9][\w.'-]*\s+){0,3}?"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Lane|Ln|Court|Ct|Blvd|Boulevard|Drive|Dr|Way|Place|Pl|"
    r"Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Row|Close|Crescent)\b\.?"
    r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[\w-]+)?"
    r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?(?:,?\s+[A-Z]{2})?(?:\s+\d{5}(?:-\d{4})?)?"
)
_STREET = re.compile(STREET)
_MARKETING = re.compile(
    r"\bunsubscribe\b|\bshop\s+now\b|\b\d+\s*%\s+off\b|\blimited\s+time\b|\bpromo\s+code\b", re.I
)


def is_marketing(text: str) -> bool:
    """Promotional mail: nothing in it is about the user."""
    return bool(_MARKETING.search(text))


def headers(text: str) -> dict[str, str]:
    """The e-mail headers at the top of ``text`` (lower-case keys)."""
    found: dict[str, str] = {}
    for line in text.split("\n")[:8]:
        match = _HEADER_LINE.match(line)
        if match is None:
            if line.strip() and found:
                break
            continue
        found.setdefault(match.group("key").lower(), match.group("value").strip())
    return found


def sender_name(text: str) -> str | None:
    """The display name of the From header: "Acme Pharmacy <rx@...>" -> "Acme Pharmacy"."""
    value = headers(text).get("from")
    if not value:
        return None
    name = re.sub(r"<[^>]*>|\"", "", value).strip()
    if not name or "@" in name:
        return None
    return name


def organisation(sender: str) -> str:
    """ "Payroll – Acme Analytics" -> "Acme Analytics"; "FitCo Membership" -> "FitCo"."""
    parts = [p.strip() for p in re.split(r"\s+[–—|-]\s+|\s*·\s*", sender) if p.strip()]
    generic = re.compile(
        r"^(?:payroll|hr|human\s+resources|billing|support|service|services|team|notifications?|"
        r"alerts?|reminders?|membership|members|no-?reply|customer\s+(?:service|care)|accounts?|"
        r"reservations?|orders?|admissions|office|info)$",
        re.I,
    )
    parts = [p for p in parts if not generic.match(p)] or parts
    org = parts[-1] if parts else sender
    org = re.sub(
        r"\s+(?:Membership|Members|Billing|Support|Notifications?|Alerts?|Reminders?|Team|"
        r"Customer\s+Service|Reservations|Service)$",
        "",
        org,
    )
    return org.strip()


def _signature_lines(text: str) -> list[str]:
    """The last lines of an e-mail before any quoted history."""
    lines: list[str] = []
    for line in text.split("\n"):
        if re.match(r"^\s*(?:>|-{2,}\s*original message|on\s.+wrote:\s*$)", line, re.I):
            break
        if line.strip():
            lines.append(line.strip())
    return lines[-4:]


# ---------------------------------------------------------------- providers

_PROVIDER_ORG: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "vet",
        re.compile(r"\b(?:vets?|veterinary|animal\s+(?:hospital|clinic)|pet\s+clinic)\b", re.I),
    ),
    ("orthodontist", re.compile(r"\borthodont\w*", re.I)),
    ("dentist", re.compile(r"\bdent(?:al|istry|ist)\b|\bsmile\w*\b", re.I)),
    ("pediatrician", re.compile(r"\bpa?ediatric\w*", re.I)),
    ("pharmacy", re.compile(r"\bpharmacy\b|\bdrugs?\s*store\b|\bapothecary\b", re.I)),
    ("optometrist", re.compile(r"\b(?:optometry|eye\s+care|vision\s+center)\b", re.I)),
    ("physical therapist", re.compile(r"\bphysical\s+therapy\b|\bphysio\w*", re.I)),
)
_LAW_FIRM = re.compile(
    r"^(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})\s+(?:Solicitors|LLP|Law\s+(?:Firm|Office|Group)|"
    r"Attorneys(?:\s+at\s+Law)?)\s*$"
)
_CREDENTIAL = {
    "cpa": "accountant", "dds": "dentist", "dmd": "dentist", "md": "doctor", "do": "doctor",
    "dvm": "vet", "esq": "lawyer", "lcsw": "therapist", "lmft": "therapist", "psyd": "therapist",
    "lpc": "therapist", "np": "nurse practitioner", "pt": "physical therapist", "od": "optometrist",
}  # fmt: skip
_CREDENTIALED = re.compile(
    r"^(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,2}),?\s+(?P<cred>CPA|DDS|DMD|MD|M\.D\.|DO|DVM|"
    r"Esq\.?|LCSW|LMFT|PsyD|LPC|NP|PT|OD)\b"
)
_INSURER = re.compile(r"\b(?:insurance|mutual|assurance|health\s+plan|underwriters)\b", re.I)
_BANK = re.compile(r"\b(?:bank|credit\s+union|savings|bancorp|financial)\b", re.I)
_CALLING_FROM = re.compile(
    r"\bthis\s+is\s+(?:[A-Z][a-z]+\s+)?(?:calling\s+)?from\s+(?P<org>[A-Z][\w'&]*(?:\s+[A-Z][\w'&]*){0,3})"
    r"|\b(?:calling|a\s+reminder)\s+from\s+(?P<org2>[A-Z][\w'&]*(?:\s+[A-Z][\w'&]*){0,3})"
)


def _phone(text: str) -> str | None:
    for match in phonenumbers.PhoneNumberMatcher(
        text, "US", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        raw = match.raw_string.strip()
        if not re.match(r"1?-?800\b|\(?8(?:00|88|77|66)\)?", raw):
            return raw
    short = re.search(r"\b(?:at|call)\s+(?P<n>\d{3}-\d{4})\b", text)
    return short.group("n") if short else None


def providers(text: str, kind: str) -> list[str]:
    """The sender is one of the user's providers: vet, dentist, pharmacy, insurer, accountant."""
    if kind not in ("email", "voicemail") or _MARKETING.search(text):
        return []
    candidates: list[str] = []
    sender = sender_name(text)
    if sender:
        candidates.append(sender)
    for match in _CALLING_FROM.finditer(text):
        candidates.append(match.group("org") or match.group("org2"))
    facts: list[str] = []
    person = re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}", sender or "")
    firm = next(
        (_LAW_FIRM.match(line) for line in _signature_lines(text) if _LAW_FIRM.match(line)), None
    )
    domains = re.findall(
        r"@([\w.-]+)", f"{headers(text).get('from', '')} {headers(text).get('to', '')}"
    )
    colleague = len(domains) == 2 and domains[0].lower() == domains[1].lower()
    if person is not None and firm is not None and kind == "email" and not colleague:
        # "Eleanor Hartley" signing for "Hartley & Moss Solicitors": the user's solicitor
        firm_role = "solicitor" if "olicitor" in firm.group(0) else "lawyer"
        return [f"User's {firm_role} is {person.group(0)} at {firm.group('org')}"]
    for candidate in candidates:
        credentialed = _CREDENTIALED.match(candidate)
        if credentialed is not None:
            cred = credentialed.group("cred").lower().replace(".", "")
            facts.append(f"User's {_CREDENTIAL[cred]} is {credentialed.group('name')}")
            break
        org = organisation(candidate)
        role = next((r for r, pattern in _PROVIDER_ORG if pattern.search(org)), None)
        if role is not None:
            phone = _phone(text)
            suffix = f", phone {phone}" if phone and role != "pharmacy" else ""
            facts.append(f"User's {role} is {org}{suffix}")
            break
        if _INSURER.search(org) and re.search(r"\b(?:policy|claim|premium|deductible)", text, re.I):
            vehicle = _VEHICLE.search(text) or re.search(
                r"\b(?:vehicle|auto|car|mileage|odometer)\b", text, re.I
            )
            home = re.search(r"\b(?:home|roof|homeowner|renters?)\b", text, re.I)
            what = "car " if vehicle else "home " if home else ""
            facts.append(f"User has {what}insurance with {org}")
            break
    return facts


# ---------------------------------------------------------------- form fields

_FIELD = re.compile(
    r"(?:^|\|)\s*(?P<label>[A-Za-z][A-Za-z .'/-]{1,30}?)\s*(?P<hash>#)?\s*:\s*"
    r"(?P<value>[^|\n]+?)\s*(?=\||$)",
    re.M,
)
_NUMBER_LABEL = re.compile(
    r"^(?P<what>.*?)(?:\s*#|\s+(?:number|no\.?|id)|(?<![a-z])(?:id))$|^(?P<what2>.*?(?:member|account|policy|patient|"
    r"student|customer|loyalty|frequent\s+flyer|rewards?|license|passport))$",
    re.I,
)
_NOT_MINE = re.compile(
    r"\b(?:order|confirmation|reference|ref|invoice|tracking|case|ticket|transaction|flight|"
    r"booking|receipt|claim|phone|tel|fax|train|room|seat|gate|check)\b",
    re.I,
)


_LEARNING_APP = re.compile(r"^\s*(?:streak|level|xp|lessons?)\s*:", re.I | re.M)

# "Languages: PT, EN": ISO 639-1 codes of common languages, written out.
_LANGUAGE_CODES = {
    "EN": "English", "ES": "Spanish", "FR": "French", "DE": "German", "IT": "Italian",
    "PT": "Portuguese", "NL": "Dutch", "DA": "Danish", "SV": "Swedish", "NO": "Norwegian",
    "FI": "Finnish", "PL": "Polish", "RU": "Russian", "UK": "Ukrainian", "TR": "Turkish",
    "AR": "Arabic", "HI": "Hindi", "ZH": "Chinese", "JA": "Japanese", "KO": "Korean",
    "EL": "Greek", "HE": "Hebrew", "CS": "Czech", "RO": "Romanian", "HU": "Hungarian",
    "ASL": "American Sign Language", "BSL": "British Sign Language",
}  # fmt: skip


def form_fields(text: str, kind: str) -> list[str]:
    """ "Title: Senior Data Analyst | Dept: Revenue Insights" -> work facts; "Member ID: X"."""
    if _MARKETING.search(text):
        return []
    facts: list[str] = []
    for match in _FIELD.finditer(text):
        label = re.sub(r"\s+", " ", match.group("label").strip()).lower()
        value = match.group("value").strip().rstrip(".")
        if not value or len(value) > 80 or label in ("from", "to", "subject", "date", "cc"):
            continue
        if label in ("title", "job title", "position", "role"):
            if label != "title" or _looks_like_job(value):
                facts.append(f"User works as a {value}")
        elif label in ("dept", "department", "division"):
            facts.append(f"User works in the {value} department")
        elif label in ("employer", "company"):
            facts.append(f"User works at {value}")
        elif label in ("pay frequency", "pay schedule"):
            facts.append(f"User is paid {value.lower()}")
        elif label == "direct deposit":
            facts.append(f"User's pay is direct-deposited to {value}")
        elif label in ("blood type", "blood group"):
            facts.append(f"User's blood type is {value}")
        elif label in ("occupation", "profession", "job"):
            facts.append(f"User works as a {value.lower()}")
        elif label in ("date of birth", "dob", "birthday", "birth date"):
            if fact_forms.card_person(text) is None:  # a relative's card: fact_forms
                facts.append(f"User was born on {value}")
        elif label in ("allergies", "allergy", "allergic to", "known allergies"):
            facts.extend(fact_rec_fields.allergy_facts(value))
        elif label in ("current medications", "medications", "medication", "meds"):
            for item in _items(value):
                if item.lower() not in ("none", "n/a", "no"):
                    facts.append(f"User takes {item}")
        elif label in ("languages", "languages spoken", "language", "spoken languages"):
            if label == "language" and _LEARNING_APP.search(text):
                continue  # a language app's recap: the language learnt (fact_rec_fields)
            facts.extend(f"User speaks {_LANGUAGE_CODES.get(i, i)}" for i in _items(value))
        elif label in ("skills", "other skills", "certifications", "qualifications"):
            for item in _items(value):
                if " certified" in item:
                    facts.append(f"User is {item}")
                elif re.search(r"\blicen[cs]e\b", item, re.I):
                    facts.append(f"User has {'an' if item[:1] in 'aeiouAEIOU' else 'a'} {item}")
                elif label.startswith(("cert", "qualif")):
                    facts.append(f"User is certified in {item}")
                else:
                    facts.append(f"User's skills include {item}")
        elif label in ("dietary requirements", "diet", "dietary restrictions", "dietary needs"):
            if value.lower() not in ("none", "n/a", "no"):
                facts.extend(_diet(value))
        elif label in ("smoker", "smoking", "do you smoke"):
            if re.match(r"(?:no|never|non)\b", value, re.I):
                facts.append("User does not smoke")
            elif re.match(r"yes\b", value, re.I):
                facts.append("User smokes")
        elif label in ("availability", "available"):
            when = value.lower()
            if re.fullmatch(r"(?:week(?:end|day)s?|(?:mon|tue|wed|thu|fri|sat|sun)\w*s?)", when):
                when = f"on {when}"
            if re.search(r"\bvolunteer", text, re.I):
                # "User is available on weekends" alone reads as a passing remark
                facts.append(f"User is available to volunteer {when}")
            else:
                facts.append(f"User is available {when}")
        elif label.endswith("size") and len(value) <= 12:
            facts.append(f"User's {label} is {value}")
        elif label == "emergency contact":
            contact = re.match(
                r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*\((?P<rel>[a-z ]+)\)\s*,?\s*"
                r"(?P<phone>[\d()+ .-]{7,})?",
                value,
            )
            if contact is not None:
                phone = (
                    f", phone {contact.group('phone').strip()}" if contact.group("phone") else ""
                )
                facts.append(f"User's {contact.group('rel')} is {contact.group('name')}{phone}")
        elif re.fullmatch(r"(?:home|service|mailing|billing|new|my)?\s*address", label):
            street = _STREET.search(value)
            if street is not None:
                facts.append(f"User lives at {street.group(0)}")
        else:
            number = _NUMBER_LABEL.match(label + ("#" if match.group("hash") else ""))
            if number is None or _NOT_MINE.search(label) or not re.search(r"\d", value):
                continue
            what = (number.group("what") or number.group("what2") or "").strip()
            if not what or len(what.split()) > 4:
                continue
            spaced = re.fullmatch(r"[A-Z]{1,3}(?:\s\d{2,6}){1,3}", value)
            code = value if spaced else value.split()[0]
            if not re.search(r"\d", code):
                continue
            facts.append(f"User's {what} number is {code}")
    return facts


_DIET_WORD = re.compile(
    r"^(?:vegan|vegetarian|pescatarian|plant-based|gluten-free|dairy-free|lactose-free|keto|"
    r"paleo)$",
    re.I,
)


def _looks_like_job(value: str) -> bool:
    """ "Senior Data Analyst" is a job title; "The Overstory" (a book's title) is not."""
    from omi_actions.processing.local.fact_self import is_job

    words = value.split()
    return bool(words) and words[0].lower() not in ("the", "a", "an") and is_job(value)


def _diet(value: str) -> list[str]:
    """ "vegetarian" -> "User is vegetarian"; "low sodium (hypertension)" -> the diet and its
    reason; "Halal; no nuts (allergy)" -> "User eats halal", "User is allergic to nuts"."""
    facts: list[str] = []
    for part in re.split(r"\s*[;,]\s*", value):
        reason = re.search(r"\((?P<why>[a-z][a-z ,'-]{2,40})\)", part)
        why = reason.group("why").strip() if reason else ""
        bare = re.sub(r"\s*\([^)]*\)", "", part).strip().lower()
        if not bare:
            continue
        avoided = re.match(r"(?:no|avoid|avoids|without)\s+(?P<what>.+)$", bare)
        if avoided is not None:
            if re.match(r"allerg|anaphyla", why):
                facts.append(f"User is allergic to {avoided.group('what')}")
            else:
                facts.append(f"User does not eat {avoided.group('what')}")
            continue
        if _DIET_WORD.match(bare):
            facts.append(f"User is {bare}")
        elif bare in ("halal", "kosher"):
            facts.append(f"User eats {bare}")
        else:
            facts.append(
                f"User follows a {bare} diet" if "diet" not in bare else f"User follows a {bare}"
            )
        if why and len(why.split()) <= 3 and not re.match(r"allerg|preference|religio", why):
            facts.append(f"User has {why}")
    return facts


def _items(value: str) -> list[str]:
    """ "penicillin (hives), latex" -> ["penicillin", "latex"]."""
    value = re.sub(r"\s*\([^)]*\)", "", value)
    return [i.strip(" .") for i in re.split(r"\s*[,;/]\s*|\s+and\s+", value) if i.strip(" .")]


# ---------------------------------------------------------------- the user's things

_MAKES = (
    r"Toyota|Honda|Ford|Chevrolet|Chevy|Nissan|Hyundai|Kia|Subaru|Mazda|Volkswagen|VW|BMW|"
    r"Mercedes(?:-Benz)?|Audi|Lexus|Tesla|Jeep|Dodge|Ram|GMC|Volvo|Porsche|Mini|Fiat|Acura|"
    r"Infiniti|Buick|Cadillac|Lincoln|Chrysler|Mitsubishi|Genesis|Rivian|Polestar|Skoda|Renault|"
    r"Peugeot|Citroen|Opel|Jaguar|Land\s+Rover|Suzuki"
)
_VEHICLE = re.compile(
    r"(?:\b(?i:your|my|our)\s+|\()(?P<year>(?:19[5-9]|20[0-4])\d)\s+"
    r"(?P<model>[A-Z][\w-]*(?:\s+(?:[A-Z0-9][\w-]*)){0,3})"
    rf"|\b(?P<year2>(?:19[5-9]|20[0-4])\d)\s+(?P<model2>(?:{_MAKES})(?:\s+[A-Z0-9][\w-]*){{1,3}})"
)
_VEHICLE_CONTEXT = re.compile(
    r"\b(?:vehicle|car|truck|mileage|odometer|vin|oil\s+change|tires?|registration|"
    r"dealership|service|drive|drives|miles?|mpg|hybrid|ev|policy)\b",
    re.I,
)
_ACCOUNT_ENDING = re.compile(
    r"\b(?:your|the|my)\s+(?P<kind>(?:(?:checking|savings|credit\s+card|debit\s+card|brokerage|"
    r"joint|business)\s+account|credit\s+card|debit\s+card|card))\s+ending\s+(?:in\s+)?"
    r"(?P<digits>\d{4})\b",
    re.I,
)
_AUTOPAY = re.compile(
    r"\b(?:auto-?pay)\b[^.]{0,30}?\b(?:active|enrolled|set\s+up|on)\b[^.]{0,12}?\bfor\s+"
    r"(?:your|the)\s+(?P<what>[\w ]{3,40}?ending\s+(?:in\s+)?\d{4})"
    r"|\b(?P<what2>account\s+(?:#\s*)?\d[\d-]{3,})\b[^.]{0,80}?\b(?:is|are|has\s+been)\s+"
    r"(?:now\s+)?enrolled\s+in\s+auto-?pay\b",
    re.I,
)
# "Account 5513-0028 for service address ...": the user's account with the sender.
_ACCOUNT_NO = re.compile(
    r"(?:^|[.:]\s+|\n)(?i:your\s+)?[Aa]ccount\s+(?:#\s*|no\.\s*)?(?P<number>\d[\d-]{3,})\b"
)
_PAY_DAY = re.compile(
    r"\bpayments?\b[^.]{0,60}?\b(?:will\s+be\s+|are\s+|is\s+)?(?:drafted|made|charged|debited|"
    r"withdrawn|taken|paid)\s+on\s+the\s+(?P<day>\d{1,2}(?:st|nd|rd|th))\s+of\s+(?:each|every)\s+"
    r"month",
    re.I,
)
_SERVICE_ADDRESS = re.compile(
    rf"\b(?i:service\s+address|home\s+address|mailing\s+address|your\s+address|"
    rf"set\s+up\s+at|delivered\s+to|new\s+address[^:\n]{{0,20}}:|my\s+address\s+is|"
    rf"I\s+(?:now\s+)?live\s+at|we\s+(?:now\s+)?live\s+at)\s*:?\s*(?P<addr>{STREET})"
)
_YOUR_STREET = re.compile(
    r"\byour\s+(?:street|home|house|property|building|neighbou?rhood)\b", re.I
)
_RENT = re.compile(
    r"\b(?i:the|your|my)\s+(?:new\s+|monthly\s+)?rent\s+(?:will\s+be|is|goes\s+up\s+to|"
    r"increases\s+to)\s+(?P<amount>\$[\d,]+(?:\.\d\d)?(?:\s*/\s*(?:month|mo)|\s+(?:per|a)\s+month)?)"
    r"(?:\s+(?:starting|from|as\s+of|effective|beginning)\s+(?P<when>[A-Z][a-z]+\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?))?",
)
_UNIT = re.compile(r"\b(?P<unit>(?:Unit|Apt\.?|Apartment|Suite)\s+#?[\w-]{1,5})\b")
_LANDLORD = re.compile(
    r"^(?P<org>[A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,3}[ \t]+(?:Property\s+Management|Properties|"
    r"Realty|Apartments|Residential|Housing|Lettings|Rentals))\b",
    re.M,
)
_ORDER_ITEMS = re.compile(
    r"\byour\s+order\s+(?:#\s*|no\.\s*|number\s+)?[\w-]*\s*\((?P<items>[^)]{3,60})\)", re.I
)
_PET_RECORD = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)\s+\((?P<breed>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}),\s*"
    r"(?P<age>\d{1,2})\s*(?:yrs?|years?(?:\s+old)?|y/?o)\)"
)
_PET_DUE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)(?:'s|’s)?\s+(?:is\s+)?(?:now\s+)?(?:due|overdue)\s+(?:for\s+)?"
    r"(?:his|her|their|a|an|the)?\s*(?P<what>[\w -]{0,30}?(?:booster|vaccines?|vaccinations?|"
    r"shots?|checkup|check-up|dental|grooming))\b"
)


def belongings(text: str, kind: str, reference: datetime) -> list[str]:
    """Vehicles, accounts, addresses, rent, pets and orders stated about the user."""
    facts: list[str] = []
    to_user = kind in ("email", "voicemail")
    if _VEHICLE_CONTEXT.search(text):
        for match in _VEHICLE.finditer(text):
            model = re.sub(
                r"\s+(?:is|has|was|for)$", "", match.group("model") or match.group("model2")
            )
            if re.match(r"(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b", model):  # fmt: skip
                continue
            facts.append(f"User drives a {match.group('year') or match.group('year2')} {model}")
            break
    if to_user and not _MARKETING.search(text):
        for match in _AUTOPAY.finditer(text):
            what = match.group("what") or match.group("what2")
            what = re.sub(r"^(?:your|the)\s+", "", what or "", flags=re.I)
            facts.append(f"User has autopay set up for {what}".rstrip())
            break
        for match in _ACCOUNT_ENDING.finditer(text):
            kind_name = re.sub(r"\s+", " ", match.group("kind").lower())
            if re.search(r"\bfrom\s+$", text[max(0, match.start() - 6) : match.start()]):
                continue  # "drafted from your checking account": a detail of another record
            facts.append(f"User has a {kind_name} ending in {match.group('digits')}")
            break
        for match in _ACCOUNT_NO.finditer(text):
            facts.append(f"User's account number is {match.group('number')}")
            break
        pay_day = _PAY_DAY.search(text)
        if pay_day is not None:
            facts.append(f"User's autopay pays on the {pay_day.group('day')} of each month")
        rent = _RENT.search(text)
        if rent is not None:
            when = f" starting {rent.group('when')}" if rent.group("when") else ""
            facts.append(f"User's rent is {rent.group('amount')}{when}")
        if rent is not None or re.search(r"\blease\b", text, re.I):
            unit = _UNIT.search(text)
            landlord = _LANDLORD.search("\n".join(_signature_lines(text)))
            if unit is not None:
                by = f" from {landlord.group('org')}" if landlord else ""
                facts.append(f"User rents {unit.group('unit')}{by}")
        order = _ORDER_ITEMS.search(text)
        if order is not None:
            facts.append(f"User ordered {order.group('items')}")
    address = _SERVICE_ADDRESS.search(text)
    if address is not None:
        facts.append(f"User lives at {address.group('addr').rstrip('.,')}")
    elif to_user and _YOUR_STREET.search(text):
        streets = {m.group(0) for m in _STREET.finditer(text)}
        if len(streets) == 1:
            facts.append(f"User lives at {streets.pop().rstrip('.,')}")
    pets = False
    for match in _PET_RECORD.finditer(text):
        pets = True
        facts.append(
            f"User has a {match.group('age')}-year-old {match.group('breed')} named "
            f"{match.group('name')}"
        )
    if not pets and re.search(r"\bvets?\b|veterinar|animal\s+hospital|\brabies\b", text, re.I):
        for match in _PET_DUE.finditer(text):
            facts.append(f"User has a pet named {match.group('name')}")
            break
    facts.extend(fact_rec_cards.record_cards(text, kind, reference))
    return facts


# ---------------------------------------------------------------- memberships, school, identity

_MEMBERSHIP = re.compile(
    r"\b(?i:your)\s+(?P<plan>(?:[A-Z][\w+-]*\s+){0,3})(?P<kind>membership|plan|subscription)\s*"
    r"(?:\((?P<price>[^)]{2,20})\)\s*)?(?:at\s+(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+)?"
    r"(?:is\s+(?:now\s+)?(?:active|activated|confirmed)|has\s+been\s+(?:activated|renewed|"
    r"upgraded)|renews|will\s+renew|starts)\b"
)
_GYM = re.compile(r"gym|fit|climbing|yoga|athletic|sports?\s+club", re.I)
_SCHOOL = re.compile(
    r"\b(?:[A-Z][\w'.-]*[ \t]+){1,3}(?:Elementary|Middle|High\s+School|School|Academy|Preschool|"
    r"Montessori|Kindergarten|Primary|Daycare|Day\s+Care)\b"
)
_UNIVERSITY = re.compile(
    r"\b(?:University[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|(?:[A-Z][\w'.-]*[ \t]+){1,3}"
    r"(?:University|College|Institute\s+of\s+Technology))\b"
)
_GRADE = re.compile(
    r"\b(?P<grade>(?:Grade|Year)\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+[Gg]rade|[Kk]indergarten)\b"
)
_DEAR_ROLE = re.compile(
    r"^\s*(?:dear|hello|hi)\s+(?P<who>(?:[\w ]{0,20}\s)?(?:families|parents|student|students|"
    r"policyholder|patient|member|tenant|resident|customer))\b",
    re.I | re.M,
)
_SUBJECT_NAME = re.compile(r"[,!]\s*(?P<name>[A-Z][a-z]{2,})\s*[!.]*\s*$")
_NOT_NAMES = frozenset(
    "Friend Everyone Team All Customer Member Folks There Again Today Now Soon Inside Here "
    "Ready Confirmed Shipped Reminder Update".split()
)
_POSSESSIVE_NAME = re.compile(r"\b(?P<name>[A-Z][a-z]{2,})(?:'s|’s)\b")


def states_membership(sentence: str) -> bool:
    """ "Your Premium membership at X is active": said better by ``memberships_and_roles``."""
    return _MEMBERSHIP.search(sentence) is not None


def memberships_and_roles(text: str, kind: str, subject: str | None) -> list[str]:
    """Plans and memberships, school children, student status, the user's name in a subject."""
    if kind not in ("email", "voicemail") or _MARKETING.search(text):
        return []
    facts: list[str] = []
    sender = sender_name(text)
    org = organisation(sender) if sender else ""
    for match in _MEMBERSHIP.finditer(text):
        plan = match.group("plan").strip()
        brand = org if org and org.split()[0].lower() not in plan.lower() else ""
        brand = brand if len(brand.split()) <= 2 else ""
        price = f" at {match.group('price')}" if match.group("price") else ""
        words = " ".join(w for w in (brand, plan, match.group("kind")) if w)
        place = match.group("place")
        at = f" at {place}" if place and not price else ""
        facts.append(f"User has a {words}{at}{price}")
        if place and price and _GYM.search(f"{place} {org}"):
            facts.append(f"User's gym is {place}")
    signature = "\n".join(_signature_lines(text))
    school = _SCHOOL.search(f"{sender or ''}\n{signature}")
    dear = _DEAR_ROLE.search(text)
    who = dear.group("who").lower() if dear else ""
    if school is not None:
        grade = _GRADE.search(f"{who} {signature} {subject or ''}")
        in_grade = f" in {grade.group('grade')}" if grade else ""
        names = [
            m.group("name")
            for m in _POSSESSIVE_NAME.finditer(subject or "")
            if m.group("name") not in _NOT_NAMES
        ]
        if names:
            facts.append(f"User has a child named {names[0]}{in_grade} at {school.group(0)}")
        elif who.endswith(("families", "parents")) and grade is not None:
            # "Dear Grade 3 families" picks out the user's child; "Dear families" is a
            # mailing to the whole school, not a statement that the user has a child there.
            facts.append(f"User has a child{in_grade} at {school.group(0)}")
    if who.startswith("student"):
        university = _UNIVERSITY.search(f"{sender or ''}\n{signature}\n{text}")
        if university is not None:
            facts.append(f"User is a student at {university.group(0)}")
    if who == "policyholder" and org and not any("insurance with" in f for f in facts):
        facts.append(f"User has insurance with {org}")
    if subject:
        named = _SUBJECT_NAME.search(subject)
        if (
            named is not None
            and named.group("name") not in _NOT_NAMES
            and (
                subject.rstrip().endswith("!")
                or re.search(rf"\b(?i:hi|hello|hey|dear)\s+{named.group('name')}\b", text)
            )
        ):
            # "Welcome to X, Sam!" names the reader; "Booking: Casa Luz, Oaxaca" names a place.
            facts.append(f"User's name is {named.group('name')}")
    return facts


# ---------------------------------------------------------------- itineraries and tickets

_CITY = r"[A-Z][^\W\d_A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
_LEG = re.compile(
    rf"(?P<src>{_CITY})\s*\((?P<a>[A-Z]{{3}})\)\s*(?P<dep>\d{{1,2}}:\d{{2}})?\s*(?:→|->|–|—|to)\s*"
    rf"(?P<dst>{_CITY})\s*\((?P<b>[A-Z]{{3}})\)"
)
# "SkyMiles Gold Medallion" alone on a line of an itinerary: the passenger's status.
_LOYALTY_TIER = re.compile(
    r"(?:[A-Z][\w&]*\s+){0,3}(?:Gold|Silver|Platinum|Diamond|Elite|Premier|Medallion)"
    r"(?:\s+[A-Z][\w&]*){0,2}"
)
_FLIGHT_NO = re.compile(r"\b[A-Z0-9]{2}\s?\d{2,4}\b")
_CHECK = re.compile(r"\bcheck-?\s?(?P<io>in|out)\b\s*:?\s*(?P<when>[^\n(]{4,40})", re.I)
_HOTEL = re.compile(
    r"\b(?P<name>Hotel\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|(?:[A-Z][\w'-]*\s+){1,3}"
    r"(?:Hotel|Inn|Resort|Suites|Lodge|Motel|Hostel))\b"
)
_SUBJECT_STAY = re.compile(
    r"\b(?:booking|reservation|stay)\s+(?:is\s+)?(?:confirmed|confirmation)\s*[:\-–—]\s*"
    r"(?P<name>[A-Z][^,\n]{2,40}?)(?:,\s*(?P<city>[A-Z][^,\n]{2,30}?))?\s*$",
    re.I,
)
_TICKETS = re.compile(r"\byour\s+(?:e-?)?tickets?\s*(?:for|to|:)\s*(?P<what>[^\n]{3,60})", re.I)


def _long_date(text: str, reference: datetime) -> str | None:
    mentions = sorted(
        (m for m in find_dates(text, reference) if m.has_day),
        key=lambda m: not re.search(r"\d", m.phrase),
    )
    if not mentions:
        return None
    value = mentions[0].value
    return f"{value:%B} {value.day}, {value.year}"


_DEPARTS_LINE = re.compile(
    r"^\s*(?:Departs?|Departure|Departing|Leaves)\s*:\s*(?P<where>[^,\n]{3,40}),\s*(?P<when>[^\n]{4,50})$",
    re.I | re.M,
)
_ARRIVES_LINE = re.compile(
    r"^\s*(?:Arrives?|Arrival|Arriving)\s*:\s*(?P<where>[^,\n]{3,40}?)(?:,|\s*$)", re.I | re.M
)
_STATION_WORDS = re.compile(
    r"\s+(?:(?:South|North|East|West|Central|Penn|Union|Grand)\s+)?(?:Station|Terminal)$|\s+Hbf$"
)


def _labelled_leg(text: str, reference: datetime) -> list[str]:
    """ "Departs: Boston South Station, Friday 9 January 2026, 07:05" + "Arrives: New York
    Penn Station, 10:52" -> "User has a train from Boston to New York on 2026-01-09 at 07:05"."""
    departs = _DEPARTS_LINE.search(text)
    arrives = _ARRIVES_LINE.search(text)
    if departs is None or arrives is None:
        return []
    when = _iso_when(departs.group("when"), reference)
    if when is None:
        return []
    mode = (
        "train"
        if fact_rec_cards._TRAIN.search(text)
        else "flight"
        if re.search(r"\b(?:flight|airline|airways|boarding)\b", text, re.I)
        else "trip"
    )
    src = _STATION_WORDS.sub("", departs.group("where").strip())
    dst = _STATION_WORDS.sub("", arrives.group("where").strip())
    return [f"User has a {mode} from {src} to {dst} on {when}"]


def itineraries(text: str, kind: str, reference: datetime) -> list[str]:
    """Flight legs in itinerary tables, hotel stays, tickets."""
    if _MARKETING.search(text):
        return []
    facts: list[str] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        leg = _LEG.search(line)
        if leg is None:
            continue
        before = line[: leg.start()]
        if not _FLIGHT_NO.search(line):
            # "DL 1847 — Saturday, 21 March 2026" on the line above the leg
            above = lines[index - 1] if index > 0 else ""
            if not re.match(r"\s*[A-Z0-9]{2}\s?\d{2,4}\b", above):
                continue
            before = above
        mentions = sorted(
            (m for m in find_dates(before, reference) if m.has_day),
            key=lambda m: not re.search(r"\d", m.phrase),
        )
        when = f" on {mentions[0].value:%Y-%m-%d}" if mentions else ""
        dep = leg.group("dep")
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if not when and below.strip():
            # "03/03/2026  dep 11:40  arr 18:55" on the line below the leg
            day = fact_rec_cards._dotted(below.replace("/", ".")) or _iso_when(below, reference)
            when = f" on {day.split(' at ')[0]}" if day else ""
            clock = re.search(r"\bdep\w*\.?\s*:?\s*(\d{1,2}:\d{2})", below, re.I)
            dep = dep or (clock.group(1) if clock else None)
        at = f" at {dep}" if dep and when else ""
        src, dst = leg.group("src").strip(), leg.group("dst").strip()
        facts.append(f"User has a flight from {src} to {dst}{when}{at}")
    if facts:
        for line in lines:
            tier = _LOYALTY_TIER.fullmatch(line.strip())
            if tier is not None:
                facts.append(f"User is a {line.strip()} member")
                break
    checks = {m.group("io").lower(): m.group("when") for m in _CHECK.finditer(text)}
    if "in" in checks:
        hotel = _HOTEL.search(text) or _HOTEL.search(sender_name(text) or "")
        start = _long_date(checks["in"], reference)
        end = _long_date(checks.get("out", ""), reference)
        stay = _SUBJECT_STAY.search(headers(text).get("subject", ""))
        if hotel is not None and start is not None:
            span = f" from {start.rsplit(',', 1)[0]} to {end}" if end else f" on {start}"
            facts.append(f"User has a hotel reservation at {hotel.group('name')}{span}")
        elif stay is not None and start is not None:
            # "Subject: Booking confirmed: Casa Verde, Oaxaca" names the place
            city = f" in {stay.group('city').strip()}" if stay.group("city") else ""
            span = f" from {start.rsplit(',', 1)[0]} to {end}" if end else f" on {start}"
            facts.append(
                f"User has a hotel reservation at {stay.group('name').strip()}{city}{span}"
            )
    facts.extend(fact_rec_notices.appointment_record(text, reference))
    facts.extend(fact_rec_notices.assignments(text, reference))
    legs = _labelled_leg(text, reference)
    facts.extend(legs)
    trips = fact_rec_cards.rentals_and_trains(text, reference)
    subject = headers(text).get("subject", "")
    tickets = _TICKETS.search(subject)
    if (
        tickets is not None
        and not legs
        and not any(t.startswith("User has a train") for t in trips)
    ):
        body = text.split("\n\n", 1)[-1]
        day = _long_date(body, reference)
        on = f" on {day}" if day else ""
        facts.append(f"User has tickets to {tickets.group('what').strip(' .!')}{on}")
    facts.extend(trips)
    return facts


__all__ = [
    "belongings",
    "form_fields",
    "headers",
    "is_marketing",
    "itineraries",
    "memberships_and_roles",
    "organisation",
    "providers",
    "sender_name",
    "states_membership",
]
