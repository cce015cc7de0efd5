"""Health fields of the user's own records: allergies, health-app and language-app summaries.

"Allergies: peanuts (severe, EpiPen in bag)" -> the allergy and its degree;
"Resting heart rate: 58 bpm", "Avg sleep: 7h 12m", "Workouts: 4 (run, swim)" and a
language app's level, streak and practice time -> one fact each.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_rec_field_lines import _bare

# ------------------------------------------------------------------ allergies

_ALLERGY_NOTE = re.compile(r"(?:^|[,;/]\s*)([^,;/(]+?)\s*\(([^)]*)\)")


def allergy_facts(value: str) -> list[str]:
    """ "peanuts (severe, EpiPen in bag), cats (mild)" -> "User is severely allergic to
    peanuts", "User is mildly allergic to cats", "User carries an EpiPen"."""
    notes = {item.strip().lower(): note.lower() for item, note in _ALLERGY_NOTE.findall(value)}
    bare = re.sub(r"\s*\([^)]*\)", "", value)
    facts: list[str] = []
    for item in re.split(r"\s*[,;/]\s*|\s+and\s+", bare):
        item = item.strip(" .")
        if not item or item.lower() in ("none", "n/a", "no", "nkda", "nka"):
            continue
        note = notes.get(item.lower(), "")
        degree = next((f"{d}ly " for d in ("mild", "severe") if d in note), "")
        facts.append(f"User is {degree}allergic to {item}")
    if re.search(r"\bEpi-?Pen\b", value, re.I):
        facts.append("User carries an EpiPen")
    return facts


# ------------------------------------------------------------------ health and apps

_HOURS = re.compile(r"(?P<h>\d{1,2})\s*h(?:rs?|ours?)?\s*(?:(?P<m>\d{1,2})\s*m(?:in\w*)?)?", re.I)
_ACTIVITY_VERBS = {
    "run": "runs", "runs": "runs", "swim": "swims", "swims": "swims", "ride": "cycles",
    "rides": "cycles", "cycle": "cycles", "cycling": "cycles", "walk": "walks", "walks": "walks",
    "hike": "hikes", "hikes": "hikes", "yoga": "does yoga", "row": "rows", "rows": "rows",
    "strength": "does strength training", "hiit": "does HIIT", "climb": "climbs",
}  # fmt: skip


def _health(label: str, value: str, weekly: bool) -> list[str]:
    number = re.search(r"\d[\d,.]*", value)
    if number is None:
        return []
    if label in ("resting heart rate", "resting hr", "avg resting heart rate"):
        bpm = re.search(r"\d{2,3}\s*bpm", value)
        return [f"User's resting heart rate is {bpm.group(0) if bpm else number.group(0)}"]
    if label in ("sleep", "avg sleep", "average sleep", "sleep average", "time asleep"):
        hours = _HOURS.search(value)
        if hours is None:
            return []
        minutes = f" {hours.group('m')} minutes" if hours.group("m") else ""
        return [f"User sleeps about {hours.group('h')} hours{minutes} a night on average"]
    if label in ("steps", "daily steps", "avg steps", "average steps", "step count"):
        return [f"User walks about {number.group(0)} steps a day on average"]
    if label in ("weight", "body weight", "current weight"):
        unit = re.search(r"\d[\d.,]*\s*(?:kg|lbs?|st(?:one)?\b[\w ]*)", value)
        return [f"User weighs {unit.group(0).strip()}"] if unit else []
    if label in ("blood pressure", "avg blood pressure"):
        return [f"User's blood pressure is {_bare(value)}"]
    if label in ("workouts", "exercise sessions", "sessions", "activities") and weekly:
        facts: list[str] = []
        count = re.match(r"\s*(\d{1,2})\b", value)
        if count is not None:
            facts.append(f"User works out about {count.group(1)} times a week")
        inside = re.search(r"\(([^)]*)\)", value)
        verbs: list[str] = []
        for word in re.findall(r"[a-z]+", (inside.group(1) if inside else "").lower()):
            verb = _ACTIVITY_VERBS.get(word)
            if verb and verb not in verbs:
                verbs.append(verb)
        if verbs:
            facts.append("User " + " and ".join(verbs))
        return facts
    return []


_APP_LABELS = frozenset({"streak", "level", "current level", "xp", "lessons completed"})


def _language_app(fields: dict[str, str], text: str) -> list[str]:
    """A language app's recap: the language, the level, the streak, the practice."""
    language = fields.get("language") or fields.get("learning") or fields.get("course")
    if not language or not any(label in fields for label in _APP_LABELS):
        return []
    language = _bare(language)
    if not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", language):
        return []
    facts = [f"User is learning {language}"]
    level = fields.get("level") or fields.get("current level")
    if level:
        facts.append(f"User's {language} is at {_bare(level)} level")
    streak = re.match(r"(\d[\d,]*)\s*days?\b", fields.get("streak", ""))
    if streak is not None:
        app = re.match(r"\s*(?P<app>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+[-–—:|]", text)
        on = f" on {app.group('app')}" if app else ""
        facts.append(f"User has a {streak.group(1)}-day {language} streak{on}")
    practice = fields.get("average practice") or fields.get("daily practice")
    if practice:
        amount = re.sub(r"\bmin\b\.?", "minutes", practice)
        amount = re.sub(r"\s*/\s*day\b", " a day", amount)
        best = fields.get("best time") or fields.get("usual time")
        usually = f", usually {best[:1].lower()}{best[1:]}" if best else ""
        facts.append(f"User practises {language} about {amount}{usually}")
    return facts
