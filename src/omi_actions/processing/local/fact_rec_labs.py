"""Lab results and referrals in a clinic's or patient portal's message to the user.

"Your LDL cholesterol came back at 162", "LDL is slightly elevated at 142 mg/dL",
"Test: Hemoglobin A1C / Result: 6.1 %" and "I've referred you to our nutrition
program" say what the user's results are and where they were sent; the test names
are the common blood panel, read as one family.
"""

from __future__ import annotations

import re

_TEST = (
    r"(?:LDL|HDL|total|non-HDL)\s+cholesterol|LDL|HDL|cholesterol|triglycerides|"
    r"(?:h[ae]moglobin\s+)?A1[Cc]|HbA1c|(?:fasting\s+)?(?:blood\s+)?(?:glucose|sugar)|"
    r"vitamin\s+(?:D|B12)|TSH|ferritin|PSA|creatinine|eGFR|h[ae]moglobin|potassium|sodium"
)
_UNIT = r"(?:\s*(?:%|mg/dL|mmol/L|mmol/mol|ng/mL|nmol/L|pmol/L|µg/L|ug/L|mIU/L|U/L|g/dL|g/L))?"
# "Your LDL cholesterol came back at 162", "LDL is slightly elevated at 142 mg/dL"
_PROSE = re.compile(
    rf"\b(?P<test>{_TEST})\s+(?:level\s+|result\s+|reading\s+)?(?:is|was|came\s+back|"
    r"measured|returned)\s+(?:(?:slightly|a\s+bit|mildly|very|quite)\s+)?"
    r"(?:(?:high|elevated|raised|low|normal)\s+)?(?:at\s+|as\s+)?"
    rf"(?P<value>\d{{1,4}}(?:\.\d{{1,2}})?{_UNIT})(?![\d/:.-]\d)",
    re.I,
)
_TEST_FIELD = re.compile(rf"^\s*(?:test|test\s+name|lab)\s*:\s*(?P<test>{_TEST})\s*$", re.I | re.M)
_RESULT_FIELD = re.compile(
    rf"^\s*(?:result|value|your\s+result)\s*:\s*(?P<value>\d{{1,4}}(?:\.\d{{1,2}})?{_UNIT})",
    re.I | re.M,
)
# "I've referred you to our nutrition program"
_REFERRED = re.compile(
    r"\b(?:I|we)(?:'ve|’ve|\s+have)\s+(?:also\s+)?referred\s+you\s+to\s+(?:our\s+|the\s+|a\s+)?"
    r"(?P<to>[\w&'’ -]{3,40}?)(?=\s*(?:[,.;:!]|\s+(?:and|for|who|they|so)\b|$))",
)
# A result in the user's own or a clinician's words, never a lab's advert or a price list.
_CLINICAL = re.compile(r"\b(?:results?|lab|panel|portal|Dr\.?\s+[A-Z]|MyChart|test)\b", re.I)


def lab_results(text: str) -> list[str]:
    """ "Your LDL cholesterol came back at 162" -> "User's LDL cholesterol is 162"."""
    if not _CLINICAL.search(text):
        return []
    facts: list[str] = []
    for match in _PROSE.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if re.search(r"\b(?:his|her|their|mom's|dad's|target|goal)\s*$", before):
            continue  # a relative's result or a target, not the user's reading
        facts.append(f"User's {match.group('test')} is {match.group('value').strip()}")
    test, result = _TEST_FIELD.search(text), _RESULT_FIELD.search(text)
    if test is not None and result is not None:
        facts.append(f"User's {test.group('test')} is {result.group('value').replace(' %', '%')}")
    facts.extend(
        f"User has been referred to {m.group('to').strip()}" for m in _REFERRED.finditer(text)
    )
    return facts


__all__ = ["lab_results"]
