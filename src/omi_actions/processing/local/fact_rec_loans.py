"""A lender's or insurer's instalment notice: the loan the user has, its instalment and
when it is taken ("the EMI of Rs 42,860 for your Home Loan ... will be debited ... on
2026-02-05"), and the full name a formal notice greets the user by ("Dear Mr. Arjun
Mehta,"). Amounts in rupees, rand and dollars are read alike.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when
from omi_actions.processing.local.fact_rec_dates import record_day_first
from omi_actions.processing.local.fact_rec_mail import organisation, signature_lines

_AMOUNT = r"(?:Rs\.?|INR|₹|[A-Z]{0,2}\$|£|€|R(?=\s?\d)|AED|SGD)\s?\d[\d,]*(?:\.\d{1,2})?"
# "the EMI of Rs 42,860 for your Home Loan", "your monthly repayment of $612 for your car loan"
_INSTALMENT = re.compile(
    rf"\b(?P<noun>EMI|instal(?:l)?ment|repayment|loan\s+payment|mortgage\s+payment|premium)\s+"
    rf"of\s+(?P<amount>{_AMOUNT})\s+(?:for|towards|on)\s+your\s+"
    r"(?P<what>(?:[A-Za-z-]+\s+){0,2}?(?:loan|mortgage|policy|credit\s+card))\b",
    re.I,
)
_TAKEN = re.compile(
    r"\b(?:will\s+be|is\s+due\s+to\s+be|shall\s+be)\s+(?:auto-?)?(?:debited|deducted|collected|"
    r"charged|taken|drawn)\b[^.]{0,80}?\bon\s+(?P<when>\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}"
    r"[-/.]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})",
    re.I,
)
_FULL_NAME = re.compile(
    r"^\s*(?:Dear|Hello|Hi)\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Shri|Smt)\.?\s+"
    r"(?P<name>[A-Z][a-z]+\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s*,\s*$",
    re.M,
)
_INSTITUTION = re.compile(r"\b(?:bank|credit\s+union|building\s+society|finance)\b", re.I)
_LENDER = re.compile(r"\b(?:bank|credit\s+union|finance|building\s+society|lending|loans?)\b", re.I)


def _day(when: str, reference: datetime, record: str) -> str | None:
    dashed = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", when)
    if dashed is not None:
        # a numeric day in a lender's notice from a day-first country (rupees, rand, pounds)
        day, month, year = (int(g) for g in dashed.groups())
        if record_day_first(record) is False:
            day, month = month, day
        return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    found = _iso_when(when, reference)
    return found.split(" at ")[0] if found else None


def _lender(line: str) -> str:
    """ "Sahyadri Bank - Retail Loans" -> "Sahyadri Bank" (the institution, not the desk)."""
    for part in re.split(r"\s+[–—|-]\s+", line.strip()):
        if _INSTITUTION.search(part):
            return part.strip()
    return organisation(line)


def instalments(text: str, reference: datetime) -> list[str]:
    """ "EMI of Rs 42,860 for your Home Loan" -> the loan, its EMI and its debit day."""
    match = _INSTALMENT.search(text)
    if match is None:
        return []
    what = re.sub(r"\s+", " ", match.group("what")).lower()
    noun = match.group("noun")
    noun = noun if noun.isupper() else noun.lower()
    lender = next((_lender(line) for line in reversed(signature_lines(text))
                   if _LENDER.search(line)), "")  # fmt: skip
    facts = [f"User has a {what}" + (f" with {lender}" if lender else "")]
    facts.append(f"User's {what} {noun} is {match.group('amount')}")
    taken = _TAKEN.search(text, match.start())
    if taken is not None:
        day = _day(taken.group("when"), reference, text)
        if day is not None:
            facts.append(f"User's next {what} {noun} is debited on {day}")
    return facts


def greeted_name(text: str) -> list[str]:
    """ "Dear Mr. Arjun Mehta," heading a formal notice -> "User's name is Arjun Mehta"."""
    greeted = _FULL_NAME.search(text)
    return [f"User's name is {greeted.group('name')}"] if greeted else []


__all__ = ["greeted_name", "instalments"]
