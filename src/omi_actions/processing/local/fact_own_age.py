"""The user's age in the shorthand of profiles and forum posts.

"About me: 34, software tester by day", "Long-time lurker. 29M, ...", "I (41F) was
diagnosed ...", "Things I know about myself, at 34:" -- an age with no "years old".
Ages of others ("my son (7)", "Leo (6)") are never written with M/F or after "about me".
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_self import is_job

_AGE = re.compile(
    # "About me: 34," -- the profile's first item.
    r"\b(?i:about\s+me)\s*[:-]\s*(?P<a>[1-9]\d)\s*(?:,|\.|$)"
    # "29M," "(41F)", "34f here": age and sex, the forum shorthand for the writer.
    r"|(?:^|(?<=[\s(.,:;]))(?P<b>[1-9]\d)\s?(?:[MF]|[mf](?=\s+here\b))(?=\s*[),.;:]|\s+here\b)"
    # "Things I know about myself, at 34:".
    r"|\babout\s+myself,?\s+at\s+(?P<c>[1-9]\d)\b"
)
# The item after the age: "34, high school chemistry teacher, ...", "34, software tester
# by day, ...", "29M, software tester in Lisbon, ...": a job when it is a known one, marked
# "by day" or placed in a city (the city is then where the user lives).
_NEXT_ITEM = re.compile(
    r"\s*,?\s*(?P<job>[a-z][a-z -]{2,40}?)(?:(?P<day>\s+by\s+day)|\s+in\s+(?P<city>[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?))?\s*(?:,|\.|$)"
)
# "User (41F) was diagnosed ...": the shorthand inside a rewritten statement.
AGE_TAG = re.compile(r"\s*\((?:[1-9]\d)\s?[MFmf]\)")


def age_facts(text: str) -> list[str]:
    """ "User is 34 years old" from a profile's or a post's age shorthand."""
    match = _AGE.search(text)
    if match is None:
        return []
    age = match.group("a") or match.group("b") or match.group("c")
    facts = [f"User is {age} years old"]
    item = _NEXT_ITEM.match(text, match.end()) if not match.group("c") else None
    if item is not None and (item.group("day") or item.group("city") or is_job(item.group("job"))):
        job = item.group("job").strip()
        facts.append(f"User is {'an' if job[0] in 'aeiou' else 'a'} {job}")
        if item.group("city"):
            facts.append(f"User lives in {item.group('city')}")
    return facts
