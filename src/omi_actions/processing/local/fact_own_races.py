"""A race the user ran, from a finisher's post: "Chicago Marathon ✅ 3:41:08".

Finisher posts are terse: the race, a finish time and a tick or a medal. A fact needs
all three: a marathon named in the post, a finish time (h:mm or h:mm:ss) and a word or
sign that it is done ("done", "finished", "✅", "🏅", "PB"); a training plan with a goal
time has no such sign ("aiming for 3:30 at the Berlin Marathon" is not a result).
"""

from __future__ import annotations

import re

_RACE = re.compile(r"\b(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<half>Half\s+)?Marathon\b")
_TIME = re.compile(
    r"(?<![\d:])(?P<time>[1-9]:[0-5]\d(?::[0-5]\d)?)(?![\d:])(?!\s*(?:am|pm|a\.m|p\.m))"
)
# The city just before the time: "Chicago, 4:12:37", "Berlin in 3:41".
_CITY_TIME = re.compile(
    r"\b(?P<city>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)(?:,\s*|\s+in\s+)(?=[1-9]:[0-5]\d)"
)
_DONE = re.compile(
    r"\b(?:done|finished|finisher|completed|crossed\s+the\s+(?:finish\s+)?line|PB|PR|"
    r"personal\s+best)\b|✅|🏅|🏁",
    re.IGNORECASE,
)
# A time still to run ("aiming for 3:30", "plan to", "training for"); a "training plan"
# thanked for after the race is not one.
_PLAN = re.compile(
    r"\b(?:aim\w*|goal|target|hoping|hope|planning|plan\s+to|training\s+for)\b", re.I
)
_MARATHON = re.compile(r"\b(?P<half>half[\s-])?marathon\b", re.IGNORECASE)
_FIRST = re.compile(r"\bfirst\s+(?:half[\s-])?marathon\b", re.IGNORECASE)
_NOT_CITY = frozenset("First Marathon Half Done Finished Huge Thanks New Mile".split())


def race_facts(text: str) -> list[str]:
    """ "User ran the Chicago Marathon in 3:41:08" from a finisher's post."""
    marathon = _MARATHON.search(text)
    time = _TIME.search(text)
    if marathon is None or time is None or not _DONE.search(text) or _PLAN.search(text):
        return []
    race = _RACE.search(text)
    kind = "half marathon" if marathon.group("half") else "marathon"
    if race is not None and race.group("city") not in _NOT_CITY:
        name = f"{race.group('city')} {'Half ' if race.group('half') else ''}Marathon"
        return [f"User ran the {name} in {time.group('time')}"]
    city = _CITY_TIME.search(text[: time.end()])
    where = (
        f" in {city.group('city')}"
        if city is not None and city.group("city") not in _NOT_CITY
        else ""
    )
    whose = "their first" if _FIRST.search(text) else "a"
    return [f"User ran {whose} {kind}{where} in {time.group('time')}"]
