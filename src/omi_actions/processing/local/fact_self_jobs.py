"""Occupations: whether a noun phrase names a job, and job statements split in two.

"User started as a welder at Acme" -> "User works as a welder" and "User works at
Acme"; "User is a structural engineer at Kessler & Ward" -> the job and the employer.
A job is a known job noun or a word with an agent suffix ("-ologist", "-ician").
"""

from __future__ import annotations

import re

# Occupations: a lexicon of common job nouns and a few agent suffixes.
_JOB_NOUNS = frozenset(
    """nurse engineer developer designer teacher architect lawyer attorney doctor physician
    surgeon dentist pharmacist accountant analyst consultant founder cofounder co-founder
    manager director researcher professor lecturer scientist writer author editor journalist
    photographer artist illustrator chef cook baker barista bartender electrician plumber
    carpenter mechanic paramedic firefighter officer pilot student programmer coder
    librarian therapist counselor counsellor psychologist psychiatrist veterinarian vet
    realtor entrepreneur freelancer marketer recruiter teacher tutor coach trainer midwife
    caregiver technician paralegal dietitian nutritionist economist statistician
    animator producer filmmaker musician composer singer dancer actor actress hairdresser
    stylist tailor farmer rancher welder machinist driver courier clerk cashier
    administrator assistant secretary receptionist strategist planner ceo cto cfo coo
    vp intern resident surveyor optometrist physiotherapist radiologist sonographer
    hygienist chemist biologist physicist mathematician historian linguist translator
    interpreter principal superintendent pastor priest rabbi imam minister""".split()
)
_JOB_SUFFIX = re.compile(r"(?:ologist|ician|grapher|ographer|iatrist|ist)$")
_NOT_HOBBY = frozenset({"ist", "list", "twist", "wrist", "mist", "fist", "gist", "exist"})


def _is_job(phrase: str) -> bool:
    last = phrase.lower().split()[-1].strip(".,")
    if last in _JOB_NOUNS:
        return True
    return bool(_JOB_SUFFIX.search(last)) and last not in _NOT_HOBBY and len(last) > 5


# ------------------------------------------------------------------ jobs

_AS_AT = re.compile(
    r"^User (?P<verb>works|worked|started|starts|is working|has worked|joined|is starting)"
    r"(?P<mid>(?: (?!as\b)[\w'-]+){0,3}?) as (?P<role>(?:an?|the) [^,]+?)"
    r"(?: (?:at|for|with) (?P<org>[A-Z][\w&'’.-]*(?: (?:of )?[A-Z][\w&'’.-]*){0,4}))?"
    r"(?P<rest>,.*)?$"
)


# "User is a structural engineer at Kessler & Ward": the job and the employer.
_IS_AT = re.compile(
    r"^User is (?P<role>(?:an?|the) (?:[\w-]+ ){0,3}?(?P<noun>[\w-]+)) (?:at|with|for) "
    r"(?P<org>[A-Z][\w&'’.-]*(?: (?:&|of|and) [A-Z][\w&'’.-]*| [A-Z][\w&'’.-]*){0,4})(?P<rest>.*)$"
)


def split_role_at(fact: str) -> list[str]:
    """ "User is a structural engineer at Kessler & Ward" -> the job, and the employer."""
    is_at = _IS_AT.match(fact)
    if is_at is None or not _is_job(is_at.group("noun")) or is_at.group("noun") == "student":
        return [fact]
    rest = is_at.group("rest")
    return [f"User is {is_at.group('role')}", f"User works at {is_at.group('org')}{rest}"]


def split_job(fact: str) -> list[str]:
    """ "User started as a nurse at Mercy" -> "User works as a nurse", "User works at Mercy"."""
    match = _AS_AT.match(fact)
    if match is None:
        return [fact]
    verb = match.group("verb")
    if not match.group("org") and not match.group("mid").strip():
        return [fact]  # "User joined as a tester": nothing to split
    past = verb in ("worked", "has worked")
    head = "User worked" if past else "User works"
    mid = match.group("mid").strip()
    facts: list[str] = []
    if verb == "joined" and mid and mid[:1].isupper():
        facts.append(f"{head} at {mid}")
    elif mid and not mid[:1].isupper():
        facts.append(f"{head} {mid}")
    facts.append(f"{head} as {match.group('role')}")
    if match.group("org"):
        facts.append(f"{head} at {match.group('org')}")
    return facts


def is_job(phrase: str) -> bool:
    """Whether a noun phrase names an occupation ("Senior Data Analyst", "ICU nurse")."""
    return _is_job(phrase)
