"""Facts from short, casual first-person text: chat lines, posts, conversation turns.

"just moved to Denver for a job at a startup", "WE'RE HAVING TWINS", "10 years married
today", "grateful for my team at Acme", "as a type 1 diabetic ...": each pattern states
one attribute in the text's own words. Applied only to text the user wrote or said.
"""

from __future__ import annotations

import re

_NUMBER = (
    r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty"
)
_PLACE = r"[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2}"
_ORG = r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3}"
_NOT_ORG = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December The This That Home Work".split()
)
# "I (just) moved to Denver", "just moved to Denver" (subjectless, at the start).
_MOVED_TO = re.compile(
    rf"(?:^|(?<=[.!?]\s)|\b(?:I|we)(?:'ve|’ve|\s+have)?\s+)(?:just\s+|recently\s+|finally\s+|"
    rf"officially\s+)?moved\s+(?:from\s+(?P<src>(?-i:{_PLACE}))\s+)?(?:back\s+)?to\s+"
    rf"(?P<place>(?-i:{_PLACE}))\b(?!['’]s)",
    re.IGNORECASE,
)
_TOOLS = frozenset(
    "Slack Teams Zoom Google Gmail Outlook Notion Jira Asana Trello AWS Azure GitHub GitLab "
    "Python Java Kubernetes Salesforce Shopify Xero Stripe Phase Stage Plan Option Version".split()
)
# "we're moving to Munich next spring", "we're moving from Leeds to Bath": a planned move
# (the plain "I'm moving to X" is read sentence by sentence already).
_WE_MOVING = re.compile(
    rf"\bwe(?:'re|’re|\s+are)\s+(?:(?:finally|officially|actually|really)\s+)?moving\s+"
    rf"(?:from\s+(?P<src>(?-i:{_PLACE}))\s+)?(?:back\s+)?to\s+(?P<place>(?-i:{_PLACE}))\b(?!['’]s)"
    r"(?P<when>\s+(?:next|this)\s+(?:spring|summer|autumn|fall|winter|year|month)"
    r"|\s+in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|(?-i:[A-Z][a-z]+)|(?:19|20)\d{2}))?",
    re.IGNORECASE,
)
# "After 11 years in Auckland, we're moving ...": where the move starts from.
_AFTER_YEARS_IN = re.compile(
    rf"\bafter\s+(?:{_NUMBER})\s+(?:\w+\s+)?years?\s+in\s+(?P<src>(?-i:{_PLACE}))\s*,\s*$",
    re.IGNORECASE,
)
# "for a product job at a fintech startup", "my new job at Acme", "I got a job at Acme":
# only the user's own job (not "quit my job at", not "Dan got a job at").
_JOB_AT = re.compile(
    r"(?:\bmy\s+(?:new\s+)?|(?:^|\bfor\s+|\b(?:I|I've|I’ve|I\s+have)\s+(?:just\s+)?"
    r"(?:got|landed|started|took)\s+|^(?:just\s+)?(?:got|landed|started)\s+)(?:a|an)\s+"
    r"(?:new\s+)?(?:[\w-]+\s+)?)(?:job|role|position|gig)\s+(?:at|with)\s+"
    rf"(?P<org>(?:a|an)\s+(?:[\w-]+\s+)?(?:startup|start-up|company|firm|agency|hospital|bank|"
    rf"studio|lab|school|nonprofit|charity)\b|(?-i:{_ORG}))",
    re.IGNORECASE,
)
# "(new job ...) starting at Acme monday as a data engineer".
_STARTING_AT = re.compile(
    rf"\bstart(?:ing|s)?\s+(?:at|with)\s+(?P<org>(?-i:{_ORG}))"
    r"(?:\s+(?:on\s+)?[a-z]+)?(?:\s+as\s+(?P<role>(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?))?",
    re.IGNORECASE,
)
_NEW_JOB_CONTEXT = re.compile(r"\bnew\s+(?:job|role|position|gig)\b|\bfirst\s+day\b", re.I)
# "grateful for my team at Acme", "my colleagues at Acme".
_TEAM_AT = re.compile(
    rf"\bmy\s+(?:amazing\s+|wonderful\s+|incredible\s+)?(?:team|colleagues|coworkers|co-workers)"
    rf"\s+at\s+(?P<org>{_ORG})"
)
# "we're having twins", "we're expecting a baby".
_EXPECTING = re.compile(
    r"\bwe(?:'re|’re|\s+are)\s+(?:having|expecting)\s+(?P<what>twins|triplets|a\s+(?:baby|boy|"
    r"girl)|(?:our\s+)?(?:first|second|third)\s+(?:baby|child))\b",
    re.IGNORECASE,
)
# "10 years married today", "married 5 years", "five years of marriage".
_MARRIED_YEARS = re.compile(
    rf"\b(?P<n>{_NUMBER})\s+years?\s+(?:married|of\s+marriage)\b|"
    rf"\bmarried\s+(?:for\s+)?(?P<n2>{_NUMBER})\s+years\b",
    re.IGNORECASE,
)
# "as a type 1 diabetic", "I'm diabetic".
_DIABETIC = re.compile(
    r"\b(?:as\s+a|I(?:'m|’m|\s+am)(?:\s+a)?)\s+(?:type\s+(?P<t>[12I]{1,2})\s+)?diabetic\b",
    re.IGNORECASE,
)


def _org(name: str) -> str | None:
    name = name.strip()
    first = name.split()[0]
    if first in _NOT_ORG:
        return None
    return name


def casual_facts(text: str) -> list[tuple[str, str]]:
    """Facts stated in the user's own casual wording (``text`` is the user's own text),
    each with the phrase it rewrites: another fact quoting that phrase says it worse."""
    facts: list[tuple[str, str]] = []
    for match in _MOVED_TO.finditer(text):
        place = match.group("place")
        if place.split()[0] in _NOT_ORG or (match.group("src") or "").split()[:1] in (
            [w] for w in _NOT_ORG
        ):
            continue  # "moved from Tuesday to Friday": a rescheduling, not a home
        # "User moved to X in 2016" keeps its date; a bare "User just moved to X" goes
        # (see ``bare_move``).
        facts.append((f"User lives in {place}", "\x00"))
        if match.group("src"):
            # "we've moved from Pune to Melbourne": the move itself is stated too.
            facts.append((f"User moved from {match.group('src')} to {place}", "\x00"))
        break
    for match in _WE_MOVING.finditer(text):
        place = match.group("place")
        if place.split()[0] in _NOT_ORG or place.split()[0] in _TOOLS:
            continue  # "we're moving to Friday", "we're moving to Slack": not a home
        src = match.group("src")
        if src is None and (after := _AFTER_YEARS_IN.search(text[: match.start()])):
            src = after.group("src")
        when = match.group("when") or ""
        move = f"from {src} to {place}" if src else f"to {place}"
        facts.append((f"User is moving {move}{when}", "\x00"))
        break
    job = _JOB_AT.search(text)
    if job is not None and re.search(
        r"\b(?:quit|left|lost|leaving|quitting|leave|lose|hated?)\s+$",
        text[max(0, job.start() - 12) : job.start()],
        re.I,
    ):
        job = None  # "I quit my job at Acme": no longer works there
    if job is not None and (org := _org(job.group("org"))) is not None:
        facts.append((f"User works at {org}", f" at {org}".lower()))
    if _NEW_JOB_CONTEXT.search(text):
        start = _STARTING_AT.search(text)
        if start is not None and (org := _org(start.group("org"))) is not None:
            facts.append((f"User works at {org}", f"starting at {org}".lower()))
            if start.group("role"):
                facts.append((f"User is {start.group('role')}", f"as {start.group('role')}"))
    for match in _TEAM_AT.finditer(text):
        if (org := _org(match.group("org"))) is not None:
            facts.append((f"User works at {org}", f"team at {org}".lower()))
            break
    expecting = _EXPECTING.search(text)
    if expecting is not None:
        what = expecting.group("what").lower()
        facts.append((f"User is expecting {what}", f" {what}"))
    married = _MARRIED_YEARS.search(text)
    if married is not None:
        years = (married.group("n") or married.group("n2")).lower()
        facts.append((f"User has been married for {years} years", f"{years} years married"))
    diabetic = _DIABETIC.search(text)
    if diabetic is not None:
        kind = diabetic.group("t")
        kind = {"I": "1", "II": "2"}.get(kind.upper(), kind) if kind else None
        fact = f"User has type {kind} diabetes" if kind else "User has diabetes"
        facts.append((fact, "diabetic"))
    return facts


_BARE_MOVE = re.compile(
    r"^User (?:has )?(?:just |recently |finally |officially )?moved (?:back )?to "
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?: (?:now|here|lol|finally))?$"
)


def bare_move(fact: str, facts: list[str]) -> bool:
    """ "User just moved to Denver" when "User lives in Denver" is also stated."""
    match = _BARE_MOVE.match(fact)
    return match is not None and f"User lives in {match.group('place')}" in facts


# ------------------------------------------------------------------ splitting one fact in two

# "User plays bass in a cover band on weekends" -> the instrument and the band.
_PLAYS_IN = re.compile(
    r"^User plays (?P<inst>(?:the\s+)?[\w-]+(?:\s[\w-]+)?) in (?P<grp>(?:a|an|the|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:band|orchestra|choir|ensemble|quartet|trio|league|team|club))"
    r"(?P<tail>.*)$"
)
# "User takes metformin every morning for their type 2 diabetes" -> the condition too.
_TAKES_FOR = re.compile(
    r"^(?P<head>User takes .+?) for (?:their|his|her) (?P<cond>(?:type\s+[12]\s+)?[\w-]+"
    r"(?:\s[\w-]+)?)$"
)
# "User is learning piano at 34": the age.
_AT_AGE = re.compile(r"^(?P<head>User is [a-z]+ing\b.+?) at (?P<age>[1-9]\d)$")
_NOT_CONDITION = frozenset({"work", "school", "fun", "sleep", "energy", "focus", "health"})


def split_casual(fact: str) -> list[str]:
    """One statement with two attributes, in two facts."""
    fact = re.sub(r",\s*(?:mostly|mainly|usually|especially)\s+[^,]+$", "", fact)
    fact = re.sub(r",\s*day\s+\d+\b.*$", "", fact)
    plays = _PLAYS_IN.match(fact)
    if plays is not None and plays.group("tail").strip(" .!"):
        # "... in a cover band on weekends": the instrument and a band with a schedule are two
        # statements; a bare "User plays bass in a band" is one.
        tail = plays.group("tail")
        return [f"User plays {plays.group('inst')}", f"User plays in {plays.group('grp')}{tail}"]
    takes = _TAKES_FOR.match(fact)
    if takes is not None and takes.group("cond").lower() not in _NOT_CONDITION:
        return [takes.group("head"), f"User has {takes.group('cond')}"]
    age = _AT_AGE.match(fact)
    if age is not None:
        return [age.group("head"), f"User is {age.group('age')} years old"]
    return [fact]


__all__ = ["bare_move", "casual_facts", "split_casual"]
