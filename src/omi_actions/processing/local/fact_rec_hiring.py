"""A recruiter's or employer's mail about the user's job application: the role applied
for ("Thank you for applying for the Data Analyst role at Lumen") or the role the user
is interviewing for (a subject "Interview – Senior Engineer at Lumio" with an invitation
to an interview or a next round)."""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_rec_mail import headers

_ORG = r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3}"
_JOB_NOUN = (
    r"Engineer|Analyst|Manager|Designer|Developer|Scientist|Director|Lead|Specialist|"
    r"Coordinator|Consultant|Associate|Architect|Nurse|Teacher|Officer|Administrator|"
    r"Assistant|Accountant|Researcher|Intern|Editor|Writer|Technician|Therapist|Pharmacist|"
    r"Strategist|Representative|Advisor|Adviser|Producer|Planner|Recruiter|Head\s+of\s+\w+"
)
_APPLIED = re.compile(
    r"\b(?i:thank\s+you|thanks)\s+for\s+(?:applying|your\s+application)\s+(?:for|to)\s+"
    rf"(?:the\s+|our\s+)?(?P<role>(?:[A-Z][\w-]*\s+){{0,4}}(?:{_JOB_NOUN}))\s+"
    rf"(?i:role|position|job|post|vacancy)(?:\s+(?:at|with)\s+(?P<org>{_ORG}))?"
)
_ROLE = re.compile(
    rf"(?P<role>(?:[A-Z][\w-]*\s+){{0,4}}(?:{_JOB_NOUN}))(?:\s+(?:at|with)\s+(?P<org>{_ORG}))?$"
)
# the subject or the body says the process goes on with the user
_NEXT_STEP = re.compile(
    r"\b(?:interviews?|final\s+round|next\s+round|next\s+steps|onsite|on-site)\b|"
    r"\bmove\s+(?:you\s+)?(?:forward|to\s+the\s+(?:next|final|onsite|on-site)\b)",
    re.I,
)
_BODY_ORG = re.compile(
    rf"\bhiring\s+(?:team|manager)\s+at\s+(?P<org>{_ORG})|"
    rf"(?:^|[:!.]\s+)(?P<org2>{_ORG})\s+would\s+like\s+to\s+(?:move|invite|meet)",
    re.M,
)


def hiring(text: str) -> list[str]:
    """The role the user applied for or is interviewing for, from a mail written to them."""
    applied = _APPLIED.search(text)
    if applied is not None:
        at = f" at {applied.group('org')}" if applied.group("org") else ""
        return [f"User applied for the {applied.group('role')} role{at}"]
    subject = re.sub(r"^(?:(?:re|fwd?)\s*:\s*)+", "", headers(text).get("subject", ""), flags=re.I)
    if not subject or not _NEXT_STEP.search(text):
        return []
    role = org = None
    for part in re.split(r"\s*[-–—:,|]\s+|\s+[-–—]\s*", subject):
        found = _ROLE.fullmatch(part.strip())
        if found is not None and role is None:
            role, org = found.group("role"), found.group("org")
        elif role is not None and org is None and re.fullmatch(_ORG, part.strip()):
            if not _NEXT_STEP.search(part):
                org = part.strip()
    if role is None:
        return []
    if org is None:
        body = _BODY_ORG.search(text.split("\n\n", 1)[-1])
        org = (body.group("org") or body.group("org2")) if body else None
    if org is None:
        return []
    return [f"User is interviewing for a {role} role at {org}"]
