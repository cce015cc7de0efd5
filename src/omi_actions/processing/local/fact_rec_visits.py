"""A visit summary or medication record of the user's: the conditions and medicines listed
under a heading, the reason for a visit, and a pill tracker's lines.

"Diagnoses:" and "Medications started:" head bullet lists in after-visit summaries;
"Reason for visit: right rotator cuff strain - initial evaluation" says what is being
treated; "Levothyroxine 75 mcg - daily, 6:30am: 29/30 doses taken" is a medicine the
user takes on a schedule. Each is read by its heading family, not one portal's layout.
"""

from __future__ import annotations

import re

_CONDITION_HEADS = re.compile(
    r"^\s*(?:diagnos[ie]s|conditions|problems?(?:\s+list)?|active\s+problems|medical\s+history|"
    r"assessment)\s*:\s*$",
    re.I,
)
_MEDICINE_HEADS = re.compile(
    r"^\s*(?:(?:current\s+|new\s+)?medications?|medicines?|prescriptions?|meds)"
    r"(?:\s+(?:started|prescribed|added|list))?\s*:\s*$",
    re.I,
)
_ITEM = re.compile(r"^\s*(?:[-•*·]|\d{1,2}[.)])\s+(?P<item>\S.{1,80}?)\s*$")
_PARENS = re.compile(r"\s*\([^)]*\)")
_NONE = re.compile(r"^(?:none|n/?a|nil|no\s+known)\b", re.I)
# "Reason for visit: Right rotator cuff strain - initial evaluation"
_REASON = re.compile(
    r"^\s*(?:reason(?:\s+for\s+(?:visit|appointment|referral))?|presenting\s+complaint|"
    r"chief\s+complaint)\s*:\s*(?P<what>[^\n|]{3,70})$",
    re.I | re.M,
)
_VISIT_STAGE = re.compile(
    r"\s*[-–—,]\s*(?:initial|first|follow-?up|review|assessment|evaluation|check|consult)"
    r"[\w -]*$",
    re.I,
)
_CLINIC = re.compile(
    r"\b(?:patient|appointment|visit|clinic|physio\w*|therap\w*|doctor|Dr\.|GP|surgery|"
    r"practitioner|DPT|MD)\b"
)
# "Levothyroxine 75 mcg - daily, 6:30am: 29/30 doses taken"
_DOSE_LINE = re.compile(
    r"^\s*(?P<drug>[A-Z][a-z]+(?:[ -][A-Z0-9][\w]*)?)\s+(?P<dose>\d+(?:\.\d+)?\s?(?:mg|mcg|µg|"
    r"IU|ml|mL|g|units))\s*[-–—]\s*(?P<when>(?:daily|twice|once|every|nightly|weekly|morning|"
    r"evening|as\s+needed)(?:[^:\n]|:(?=\d\d))*?)\s*:\s*\d+\s*/\s*\d+",
    re.M,
)


def _lower_first(text: str) -> str:
    """ "Migraine without aura" -> "migraine without aura"; "HIV" stays."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def visit_records(text: str) -> list[str]:
    """Conditions and medicines under their headings, the reason for a visit, pill logs."""
    facts: list[str] = []
    heading = ""
    for line in text.split("\n"):
        if _CONDITION_HEADS.match(line):
            heading = "condition"
            continue
        if _MEDICINE_HEADS.match(line):
            heading = "medicine"
            continue
        item = _ITEM.match(line)
        if item is None:
            if line.strip():
                heading = ""  # the list ended
            continue
        value = item.group("item").strip(" .;")
        if not heading or _NONE.match(value):
            continue
        if heading == "condition":
            bare = _PARENS.sub("", value)
            facts.append(f"User has {_lower_first(bare)}")
        else:
            facts.append(f"User takes {_lower_first(value)}")
    if _CLINIC.search(text):
        for match in _REASON.finditer(text):
            what = _VISIT_STAGE.sub("", match.group("what")).strip(" .")
            what = re.sub(r"\s*\(([^)]*)\)", r" \1", what)  # "shoulder (rotator cuff)"
            if what and not re.match(r"(?i)(?:routine|annual|check|general|other)\b", what):
                facts.append(f"User is being treated for {_lower_first(what)}")
    for match in _DOSE_LINE.finditer(text):
        drug = _lower_first(match.group("drug"))
        facts.append(f"User takes {drug} {match.group('dose')} {match.group('when').strip(' ,')}")
    return facts


__all__ = ["visit_records"]
