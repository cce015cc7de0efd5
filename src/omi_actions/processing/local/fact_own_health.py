"""Medication and findings the user or the user's clinician states in passing.

A clinician or pharmacist talking to the user ("drop the warfarin to four
milligrams", "your blood pressure is still high") and the user's own "I've been
taking the lisinopril" or "I'm coeliac" say what the user has or takes.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_own_context import WS, addressed, article, single_sender
from omi_actions.processing.local.fact_passing import _DRUG_NAME
from omi_actions.processing.local.fact_statements import _CONDITION_WORDS, _DRUG
from omi_actions.processing.local.text import Document

_COUNTABLE = re.compile(r"(?:stone|cyst|ulcer|hernia|fracture|tear|sprain|infection)$")
_TYPE_DIABETIC = re.compile(r"type\s+[12]\s+diabetic")
_PATIENT_LINE = re.compile(r"^\s*Patient\s*:", re.M | re.I)

_TAKING = re.compile(
    rf"\bI(?:'ve|’ve|\s+have)\s+been\s+(?:taking|on)\s+(?:the\s+|my\s+)?(?P<drug>{_DRUG_NAME})\b"
    rf"(?!\s+\d)|\bI(?:'m|’m|\s+am)\s+(?:still\s+|now\s+)?(?:taking|on)\s+(?:the\s+|my\s+)?"
    rf"(?P<drug2>{_DRUG_NAME})\b(?!\s+\d)",
    re.IGNORECASE,
)
# What a clinician or pharmacist says about the user's medicine.
_THE_DRUG = re.compile(
    rf"(?<!\bstop\s)(?<!\bavoid\s)(?<!\bstopping\s)(?<!\bno\s)\b(?:the|your)\s+(?:repeat\s+)?(?:(?:prescription|refill|supply|dose)\s+(?:for|of)\s+"
    rf"(?:the\s+|your\s+)?)?(?P<drug>{_DRUG_NAME})\b"
    rf"(?![^.?!]{{0,12}}\bfor\s+(?:your|his|her|their)\s+\w+|[^.?!]{{0,12}}\bfor\s+[A-Z])",
    re.IGNORECASE,
)
_MEASURE_HIGH = re.compile(
    r"\byour\s+(?P<what>blood\s+pressure|cholesterol|blood\s+sugar)(?:\s+(?:reading|level)s?)?"
    r"\s+(?:is|was|'s|’s|has\s+been)\s+(?:still\s+)?(?:a\s+(?:bit|little|touch)\s+|slightly\s+|"
    r"quite\s+|very\s+|too\s+|rather\s+)?(?:high|up|raised|elevated)\b"
    r"(?!\s+(?:today|this\s+morning|this\s+time)\b)",
    re.IGNORECASE,
)
_FINDING_WORDS = rf"gallstones?|kidney\s+stones?|{_CONDITION_WORDS}"
_DIAGNOSIS_OF = re.compile(
    rf"\b(?:following|after|given|since)\s+your\s+(?:recent\s+)?"
    rf"(?P<cond>(?:[a-z0-9-]+\s+){{0,2}}?(?:{_FINDING_WORDS}))\s+diagnosis\b",
    re.IGNORECASE,
)
_FINDING = re.compile(
    r"\b(?:scan|x-?ray|ultrasound|MRI|CT|bloods|blood\s+tests?|tests?|results?|biopsy)\s+"
    r"(?:shows?|showed|found|confirms?|confirmed)\s+(?:that\s+you\s+have\s+)?(?:a\s+|an\s+)?"
    rf"(?P<sev>(?:small|mild|minor|slight)\s+)?(?P<cond>(?:[a-z]+\s+)?(?:{_FINDING_WORDS}))\b",
    re.IGNORECASE,
)
_ASSESSMENT = re.compile(
    r"^\s*(?:Assessment|Diagnosis|Impression)\s*:\s*(?P<cond>(?:mild|moderate|severe|"
    rf"early|chronic)?\s*(?:[a-z0-9-]+\s+){{0,2}}?(?:{_FINDING_WORDS}))\s*\.?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_PLAN_DRUG = re.compile(
    rf"^\s*(?:Plan|Medications?|Rx)\s*:\s*(?:start(?:ing)?|continue|begin|take)?\s*{_DRUG}",
    re.IGNORECASE | re.MULTILINE,
)
# A device of the user's named by the clinician or pharmacist: "your inhaler refill".
_YOUR_DEVICE = re.compile(
    r"\byour\s+(?:new\s+)?(?P<dev>inhaler|EpiPen|CPAP(?:\s+machine)?|insulin\s+pump|"
    r"hearing\s+aids?)\b(?!\s+(?:fitting|appointment|assessment|trial|consultation|review|test))",
    re.IGNORECASE,
)
# "your annual asthma review", "your diabetes check": a condition's routine follow-up.
_YOUR_REVIEW = re.compile(
    r"\byour\s+(?:annual\s+|yearly\s+|routine\s+|six-monthly\s+)?(?P<cond>asthma|diabetes|"
    r"diabetic|epilepsy|COPD|thyroid|hypertension|blood\s+pressure)\s+(?:review|check|check-up|"
    r"checkup|clinic|follow-up)\b",
    re.IGNORECASE,
)
# "your insulin prescription", "my inhaler repeat", "inhaler refill": a standing treatment.
_REVIEW_NAMES = {"diabetic": "diabetes", "copd": "COPD", "blood pressure": "high blood pressure"}
_REPEAT = re.compile(
    r"(?<!['’]s\s)\b(?P<what>inhaler|insulin)\s+(?:repeat|refill|prescription|renewal)\b", re.I
)
_NOT_OWN_BEFORE = re.compile(
    r"\b(?:his|her|their|mum|mom|dad|son|daughter|wife|husband|partner|grandma|grandpa)\s+$",
    re.IGNORECASE,
)
_OWN_STATE = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+(?:also\s+)?(?P<adj>coeliac|celiac|diabetic|type\s+[12]\s+diabetic|"
    r"anaemic|anemic)\b"
    r"|\b(?P<label>coeliac|celiac|type\s+[12]\s+diabetic|diabetic)\s+me\b"
    r"|(?:^|[.:]\s*|\n)(?P<bare>type\s+[12]\s+diabetic)\b"
    r"|\b(?:as|from)\s+(?:someone|somebody|a\s+person)\s+(?:with|who\s+has)\s+"
    r"(?P<with>celiac\s+disease|coeliac\s+disease|type\s+[12]\s+diabetes|diabetes|asthma|"
    r"epilepsy|ADHD|autism|crohn's|IBS|anxiety|depression|migraines)\b",
    re.IGNORECASE,
)
_CONFIRMED = re.compile(
    r"\b(?:confirmed|diagnosed)\b[^.!?:]{0,25}:\s*(?P<cond>type\s+[12]\s+diabetes|diabetes|"
    r"asthma|ADHD|IBS|celiac\s+disease|coeliac\s+disease|sleep\s+apnea|hypertension|"
    r"arthritis|epilepsy|endometriosis)\b",
    re.IGNORECASE,
)


def _condition(name: str) -> str:
    name = WS.sub(" ", name.strip())
    return name if name.isupper() else name.lower()


def _with_article(name: str) -> str:
    if _COUNTABLE.search(name):
        return f"{article(name)} {name}"
    return name


def health_facts(document: Document, whole_text: str = "") -> list[str]:
    """Medication and findings the user or the user's clinician states."""
    facts: list[str] = []
    own = " ".join(s.text for s in document.sentences if s.from_user is True)
    for match in _TAKING.finditer(own):
        facts.append(f"User takes {(match.group('drug') or match.group('drug2')).lower()}")
    for match in _OWN_STATE.finditer(own):
        adj = (match.group("adj") or "").lower()
        if _TYPE_DIABETIC.match(adj):
            kind = WS.sub(" ", adj).replace("diabetic", "diabetes")
            facts.append(f"User has {kind}")
        elif adj:
            facts.append(f"User is {adj}")
        elif match.group("label") or match.group("bare"):
            label = (match.group("label") or match.group("bare")).lower()
            if label in ("celiac", "coeliac"):
                facts.append("User has celiac disease")
            elif label == "diabetic":
                facts.append("User is diabetic")
            else:
                facts.append(f"User has {label.replace('diabetic', 'diabetes')}")
        else:
            facts.append(f"User has {_condition(match.group('with'))}")
    for match in _CONFIRMED.finditer(own):
        facts.append(f"User has {_condition(match.group('cond'))}")
    facts.extend(_repeats(own))
    single = single_sender(document)
    if addressed(document) or single:
        heard = " ".join(
            s.text for s in document.sentences if s.from_user is False or (single and s.speaker)
        )
        for match in _THE_DRUG.finditer(heard):
            facts.append(f"User takes {match.group('drug').lower()}")
        for match in _YOUR_DEVICE.finditer(heard):
            device = WS.sub(" ", match.group("dev"))
            if device.lower().startswith("hearing"):
                facts.append("User wears hearing aids")
            else:
                facts.append(f"User uses {article(device)} {device}")
        facts.extend(_repeats(heard, second_person=True))
        for match in _YOUR_REVIEW.finditer(heard):
            cond = match.group("cond")
            facts.append(f"User has {_REVIEW_NAMES.get(cond.lower(), cond.lower())}")
        for match in _MEASURE_HIGH.finditer(heard):
            facts.append(f"User has high {_condition(match.group('what'))}")
        for match in _DIAGNOSIS_OF.finditer(heard):
            facts.append(f"User has {_condition(match.group('cond'))}")
        for match in _FINDING.finditer(heard):
            cond = _condition((match.group("sev") or "") + match.group("cond"))
            facts.append(f"User has {_with_article(cond)}")
    if whole_text and not _PATIENT_LINE.search(whole_text):
        # A visit summary's labelled lines: "Assessment: mild asthma", "Plan: start X 5 mg".
        for match in _ASSESSMENT.finditer(whole_text):
            facts.append(f"User has {_with_article(_condition(match.group('cond')))}")
        for match in _PLAN_DRUG.finditer(whole_text):
            freq = WS.sub(" ", match.group("freq") or "")
            facts.append(f"User takes {match.group('drug').lower()} {match.group('dose')}{freq}")
    if "User uses insulin" in facts:
        facts = [f for f in facts if f != "User takes insulin"]  # one statement, not two
    return list(dict.fromkeys(facts))


def _repeats(text: str, second_person: bool = False) -> list[str]:
    """ "inhaler repeat", "your insulin prescription": the user's standing treatment."""
    facts: list[str] = []
    for match in _REPEAT.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if _NOT_OWN_BEFORE.search(before) or (
            second_person and not before.rstrip().endswith("your")
        ):
            continue  # "her inhaler refill"; said to the user only when it is "your" inhaler
        what = match.group("what").lower()
        facts.append("User uses an inhaler" if what == "inhaler" else "User uses insulin")
    return facts
