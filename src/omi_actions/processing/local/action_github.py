"""Review requests from code-hosting notifications, named by number and title.

"@dana requested your review on this pull request" says nothing the user can act
on without the subject line: "[acme/api] Review requested on #482: Retry uploads
with jitter" -> "Review pull request #482 Retry uploads with jitter". Without a
title the repository names it: "Review pull request #482 on acme/api".
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"(?:#|\bPR\s*#?|\bpull\s+request\s+#?)(?P<n>\d{1,6})\b", re.IGNORECASE)
_REPO = re.compile(r"\b(?P<repo>[\w.-]+/[\w.-]+)(?=#\d|\]|\s)")
# "Review requested on #482: TITLE", "Review requested: TITLE (#219)", "TITLE (PR #91)".
_SUBJECT_TITLES = (
    re.compile(r"review\s+requested\s+(?:on|for)\s+(?:PR\s+)?#\d+\s*[:\-–]\s*(?P<t>.+)$", re.I),
    re.compile(r"review\s+requested\s*[:\-–]\s*(?P<t>.+?)\s*\((?:PR\s+)?#\d+\)\s*$", re.I),
    re.compile(r"^(?!review\s+requested)(?P<t>.+?)\s*\((?:PR\s+)?#\d+\)\s*$", re.I),
)
# A body line "TITLE (#482)" or "owner/repo#482 TITLE".
_BODY_TITLES = (
    re.compile(r"^(?P<t>[A-Z][^\n()]{3,80}?)\s*\(#\d+\)\s*$", re.M),
    re.compile(r"[\w.-]+/[\w.-]+#\d+\s+(?P<t>[A-Z][^\n]{3,80}?)[.]?\s*$", re.M),
)
# "Bump lodash from 4.17.20 to 4.17.21": the versions are not what the user looks for.
_VERSIONS = re.compile(r"\s+from\s+v?\d[\w.-]*\s+to\s+v?\d[\w.-]*", re.IGNORECASE)
_GENERIC = re.compile(
    r"^review\s+(?:this|the|a)\s+(?:pull\s+request|PR|merge\s+request|change)\b|"
    r"^review\s+(?:pull\s+request|PR)\s+#?\d+|^review\s+[\w.-]+/[\w.-]+#\d+",
    re.IGNORECASE,
)


def pr_review(task: str, subject: str | None, body: str) -> str | None:
    """ "review this pull request" named from the notification, or None."""
    if not _GENERIC.match(task.strip()):
        return None
    texts = [subject or "", task, body]
    number = next((m.group("n") for t in texts if (m := _NUMBER.search(t)) is not None), None)
    if number is None:
        return None
    # A notification without a mail subject opens with its heading line.
    heading = subject or next((line for line in body.splitlines() if line.strip()), "")
    title = _title(heading, body)
    if title:
        return f"review pull request #{number} {title}"
    repo = next((m.group("repo") for t in texts if (m := _REPO.search(t)) is not None), None)
    return f"review pull request #{number}" + (f" on {repo}" if repo else "")


def _title(subject: str, body: str) -> str | None:
    subject = re.sub(r"^\s*(?:(?:re|fwd?)\s*:\s*)*\[[^\]]+\]\s*", "", subject, flags=re.I)
    for pattern in _SUBJECT_TITLES:
        match = pattern.search(subject.strip())
        if match is not None:
            return _clean(match.group("t"))
    for pattern in _BODY_TITLES:
        match = pattern.search(body)
        if match is not None:
            return _clean(match.group("t"))
    return None


def _clean(title: str) -> str | None:
    title = _VERSIONS.sub("", title).strip(" .:-")
    return title if 2 <= len(title) <= 80 else None
