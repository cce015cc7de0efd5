"""Structural signals for the category classifier: what the flattened text loses.

* ``colleague_mail``: the e-mail's sender writes from the user's own organisation
  (``From: ana@acme.io`` to ``me@acme.io``), not from a public mailbox provider. Mail
  between colleagues is about work unless a specific topic clearly dominates.
* ``sender_words``: an organisation's name as the sender ("Riverside Rail",
  "admissions@...") says what its mail is about; a person's name does not.
* ``flat_text``: the text the lexicons score, without other people's relatives
  ("my cousin" in a friend's turn is not the user's family).
* ``scattered_topics``: a note listing errands on unrelated topics is life admin.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from omi_actions.processing.local.text import Document, Sentence

_HEADER = re.compile(r"(?im)^\s*(from|to|cc)\s*:\s*(.*)$")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_USER_LOCAL = re.compile(r"(?i)^(?:me|user)@")
# Public or personal mailboxes: the same domain says nothing about an employer.
_PUBLIC_MAIL = re.compile(
    r"(?i)^(?:[\w-]*(?:mail|post|box|inbox|letter|family|home|personal)[\w-]*|gmx|aol|yahoo|"
    r"icloud|outlook|me|mac|live|msn|proton|protonmail|pm|hey|web|yandex|zoho|qq|naver|example)\."
)
_HEADER_CHARS = 1500  # headers sit at the top; quoted history below is not looked at


def _domains(value: str) -> list[str]:
    return [a.split("@", 1)[1].casefold() for a in _ADDRESS.findall(value)]


def colleague_mail(raw: str) -> bool:
    """Whether an e-mail comes from someone at the user's own (non-public) domain."""
    head = raw[:_HEADER_CHARS]
    sender: list[str] = []
    user: list[str] = []
    recipients: list[str] = []
    for match in _HEADER.finditer(head):
        field, value = match.group(1).casefold(), match.group(2)
        if field == "from":
            if sender:
                break  # a quoted message's header: the top headers are done
            sender = _domains(value)
            continue
        for address in _ADDRESS.findall(value):
            domain = address.split("@", 1)[1].casefold()
            if _USER_LOCAL.match(address):
                user.append(domain)
            elif field == "to":
                recipients.append(domain)
    if not sender:
        return False
    # The user's address: "me@..." when the headers show it, else the sole addressee.
    mine = user or (recipients if len(set(recipients)) == 1 else [])
    domain = sender[0]
    return domain in mine and not _PUBLIC_MAIL.match(domain)


COLLEAGUE = 5.0  # work points for mail from a colleague


def structural_scores(document: Document | None, raw: str, source: str | None) -> dict[str, float]:
    """Category points from the text's structure rather than its words."""
    scores: dict[str, float] = {}
    if source == "email" and raw and colleague_mail(raw):
        scores["work"] = COLLEAGUE
    return scores


# Relatives. In a chat or a talk, "her dad" in the user's own turn, or "my cousin" in
# someone else's (unless that speaker is a relative too), is another person's family:
# a passing mention, not the user's family. Those mentions are left out of the text
# the lexicons score. ("Your mum" is kept: said to the user it is the user's mother,
# said by the user to a child or partner it is family as well.)
_KIN_WORDS = (
    r"(?:mom|mum|mommy|mummy|dad|daddy|mother|father|parents|sister|brother|sis|bro|"
    r"grandma|grandpa|grandmother|grandfather|grandparents|gran|granny|nan|nana|grandad|"
    r"aunt|auntie|uncle|cousin|cousins|niece|nephew|in-laws|mother-in-law|father-in-law|"
    r"sibling|siblings|stepmom|stepdad|wife|husband)(?:['’]s)?"
)
_THEIR_KIN_USER = re.compile(rf"(?i)\b(?:his|her|their)\s+{_KIN_WORDS}\b")
_THEIR_KIN_OTHER = re.compile(rf"(?i)\b(?:my|his|her|their)\s+{_KIN_WORDS}\b")
_KIN_SPEAKER = re.compile(rf"(?i)^(?:{_KIN_WORDS}|mama|papa|aunt\w*|partner|hubby|spouse)\b")


def _others_kin(sentence: Sentence) -> str:
    if sentence.from_user is True:
        pattern = _THEIR_KIN_USER
    elif (
        sentence.from_user is False
        and sentence.speaker
        and not _KIN_SPEAKER.match(sentence.speaker)
    ):
        pattern = _THEIR_KIN_OTHER
    else:
        return sentence.text
    return pattern.sub(lambda m: m.group(0).split()[0], sentence.text)


_FROM = re.compile(
    r"(?im)^\s*from\s*:\s*(?:\"?(?P<name>[^<\"\n@]*?)\"?\s*<)?(?P<local>[^@<>\s]+)@(?P<host>[\w-]+)"
)


# Titles before a person's name that say what the mail is about ("Pastor Ruth").
_TITLES = frozenset(
    {"dr", "dr.", "doctor", "nurse", "pastor", "rev", "rev.", "reverend", "rabbi", "imam",
     "coach", "prof", "prof.", "professor", "aunt", "auntie", "uncle", "grandma", "grandpa"}
)  # fmt: skip


def _own_name(word: str, mailbox: list[str]) -> bool:
    """The word is part of the mailbox name: "owen" in owen.price@, "feld" in mfeld@."""
    word = word.casefold().strip(",.")
    return len(word) > 1 and any(
        part == word or (part.endswith(word) and len(part) - len(word) <= 2) for part in mailbox
    )


def sender_words(raw: str) -> str:
    """The display name of an e-mail's sender when it names an organisation
    ("Northern Rail Tickets", "City Dental Clinic"): it says what the mail is about.
    A person's name ("Owen Price <owen@...>": a word of it makes up the mailbox
    name) says nothing about the topic, only a title before it does ("Pastor Ruth")."""
    match = _FROM.search(raw[:_HEADER_CHARS])
    if match is None:
        return ""
    mailbox = [p for p in re.split(r"[._+\-\d]+", match.group("local").casefold()) if p]
    words = (match.group("name") or "").split()
    if any(_own_name(w, mailbox) for w in words):
        return " ".join(w for w in words if w.casefold() in _TITLES)
    if not words:
        # No display name: a department's mailbox and its domain ("admissions@",
        # "notices@city-library.org") name the sender.
        # A "first.last@" mailbox is a person's: its words are names.
        words = [*(mailbox if len(mailbox) == 1 else []), *match.group("host").split("-")]
    return " ".join(words)


def flat_text(document: Document, raw: str = "") -> str:
    """The text the lexicons score: subject line, speaker roles and names, and the
    body with other people's relatives left out (``_others_kin``)."""
    body = document.body
    if document.kind in ("chat", "transcript"):
        body = " ".join(_others_kin(s) for s in document.sentences)
    sender = sender_words(raw) if document.kind == "email" else ""
    return " ".join((document.subject or "", sender, *document.roles, *document.speakers, body))


_LIST_KINDS = frozenset({"note"})
_TOPIC_MIN = 2.0  # a line's best category counts as its topic from this score
_ITEM_WORDS = 20  # a longer line is prose (a journal), not a list item
_MAX_ITEMS = 60  # a longer list is looked at from its top
_BULLET = re.compile(r"^\s*(?:[-*•·▪‣◦]|\d{1,2}[.)]|\[[ xX✓✔]?\])\s*")


def scattered_topics(
    document: Document, raw: str, scores: Callable[[str], dict[str, float]]
) -> bool:
    """A note to self whose items are each about something else ("cancel the gym",
    "renew the passport", "email the tutor", "pay the card"): life admin, whatever
    the strongest single item. True when the note is a list of short lines, at
    least three of them have a topic, at least three topics occur and none covers
    more than a third of them, and no heading line names a topic for the whole
    list ("Moving checklist: we close on the house...")."""
    if document.kind not in _LIST_KINDS:
        return False
    lines = [line for line in raw.splitlines() if line.strip()][:_MAX_ITEMS]
    if len(lines) < 3 or any(len(line.split()) > _ITEM_WORDS for line in lines):
        return False
    topics: list[str] = []
    for number, line in enumerate(lines):
        found = scores(line)
        best = max(found, key=lambda c: found[c]) if found else None
        if best is None or found[best] < _TOPIC_MIN:
            continue
        if number == 0 and not _BULLET.match(line):
            return False  # a heading: the list is about its topic
        topics.append(best)
    if len(topics) < 3:
        return False
    top = max(topics.count(t) for t in set(topics))
    return len(set(topics)) >= 3 and top * 3 <= len(topics)
