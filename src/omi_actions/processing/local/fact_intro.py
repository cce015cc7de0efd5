"""Self-introductions packed into one phrase, split into one attribute per fact.

* "I'm Ana Ruiz, 41, dentist in Lyon" first becomes the single fact "User is Ana Ruiz,
  41, dentist in Lyon"; it is replaced by the name, the age, the job and the city.
* "Dad of three girls, Mia (9), Zoe (7) and Ivy (2)" names the user's children:
  "User has a daughter named Mia", ...
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_self import is_job

_NOT_JOB_START = frozenset("the my your his her their our this that one just so".split())
_NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){0,2}"

# "User is Ana Ruiz, 41, dentist in Lyon"; the age may be left out ("I'm Marco, backend dev
# in Lisbon"), then the city or a known job must say it is an introduction.
_INTRO = re.compile(
    rf"^User is (?P<name>{_NAME}),\s+(?:(?P<age>\d{{1,2}})(?:\s+years?\s+old)?,\s+)?"
    r"(?:an?\s+)?(?P<job>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}?)"
    r"(?:\s+(?:in|from)\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}))?"
    r"(?:,\s+(?:mostly|mainly|usually|especially)\b[^,]*)?$"
)


def split_intro(fact: str) -> list[str] | None:
    """The separate facts of a packed introduction, or None when ``fact`` is no such one."""
    match = _INTRO.match(fact)
    if match is not None and not match.group("age"):
        job = match.group("job")
        if job.split()[0] in _NOT_JOB_START or not (match.group("city") or is_job(job)):
            match = None  # "User is Sam, the one who ...": no introduction
    if match is None:
        return split_age(fact)
    job = match.group("job")
    article = "an" if job[:1] in "aeiou" else "a"
    out = [f"User's name is {match.group('name')}"]
    if match.group("age"):
        out.append(f"User is {match.group('age')} years old")
    out.append(f"User is {article} {job}")
    if match.group("city"):
        out.append(f"User lives in {match.group('city')}")
    return out


_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_UNITS.update({"eight": 8, "nine": 9})
_AGE = re.compile(
    r"^User is (?P<age>\d{2}|(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?P<unit>one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?:\s+years?\s+old)?(?:,\s+(?P<rest>[a-z][a-z-]+))?(?:\b.*)?$"
)


def split_age(fact: str) -> list[str] | None:
    """ "User is seventy-two, widowed these five years" -> age and "User is widowed"."""
    match = _AGE.match(fact)
    if match is None or ("," not in fact and match.group("tens") is None):
        return None
    if match.group("tens"):
        age = _TENS[match.group("tens")] + _UNITS.get(match.group("unit") or "", 0)
    else:
        age = int(match.group("age"))
    out = [f"User is {age} years old"]
    rest = match.group("rest")
    if rest and (rest.endswith("ed") or rest in ("single", "divorced")):
        out.append(f"User is {rest}")
    return out


_KIDS = re.compile(
    r"\b(?:mom|mum|mother|mama|dad|father|papa|parent)\s+(?:of|to)\s+(?:two|three|four|five|\d)\s+"
    r"(?P<kind>boys|girls|sons|daughters|kids|children)\b\s*[,:(-]?\s*"
    r"(?P<list>[A-Z][a-z]+(?:\s*\(\d{1,2}\))?(?:\s*,\s*[A-Z][a-z]+(?:\s*\(\d{1,2}\))?)*"
    r"\s*,?\s+(?:and|&)\s+[A-Z][a-z]+(?:\s*\(\d{1,2}\))?)",
    re.IGNORECASE,
)

_CHILD_WORD = {
    "boys": "son",
    "sons": "son",
    "girls": "daughter",
    "daughters": "daughter",
    "kids": "child",
    "children": "child",
}


def named_children(text: str) -> list[str]:
    """ "Mom of two boys, Leo (6) and Max (3)" -> "User has a son named Leo", ..."""
    out: list[str] = []
    for match in _KIDS.finditer(text):
        word = _CHILD_WORD[match.group("kind").lower()]
        names = re.findall(r"\b([A-Z][a-z]+)\b", match.group("list"))
        out.extend(f"User has a {word} named {name}" for name in names if name not in ("And",))
    return out
