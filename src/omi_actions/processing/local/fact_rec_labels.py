"""Facts from labelled form fields written to the user ("Title: ...", "Member ID: ...").

The label decides the fact: a job title, an allergy list, a member number; the
field parsing lives here so that other record rules need not know form layouts.
"""

from __future__ import annotations

import re

from omi_actions.processing.local import fact_forms, fact_rec_fields
from omi_actions.processing.local.fact_rec_dates import numeric_day
from omi_actions.processing.local.fact_rec_mail import MARKETING, STREET_RE

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
    if MARKETING.search(text):
        return []
    facts: list[str] = []
    for match in _FIELD.finditer(text):
        label = re.sub(r"\s+", " ", match.group("label").strip()).lower()
        value = match.group("value").strip().rstrip(".")
        if not value or len(value) > 80 or label in ("from", "to", "subject", "date", "cc"):
            continue
        if label in ("title", "job title", "position", "role", "designation", "job role"):
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
                # "12/03/1988" in the record's own day order, as an ISO day when it can tell
                facts.append(f"User was born on {numeric_day(value, text) or value}")
        elif label in ("insurer", "insurance company", "insurance provider", "insured with"):
            if re.fullmatch(r"[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4}", value):
                facts.append(f"User is insured with {value}")
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
            street = STREET_RE.search(value)
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
