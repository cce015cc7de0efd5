"""Knowledge-base rules on fact text: normalisation, duplicates, supersession.

Pure functions over strings so the fact service (which holds the database
side) and the batch CLI share one definition of "the same fact".

* Two facts are the same when their normalised texts are equal, or when they
  say the same thing in other words (fuzzy match after mapping a few synonyms)
  *and* carry the same values: numbers, dates, proper names and negations must
  agree, so "flight on May 15" never swallows "flight on May 16".
* A newer fact supersedes an older one when both state the same single-valued
  attribute of the user (job, home, relationship status, phone, e-mail, name,
  age, "favourite X", ...) with different values. Anything else is left alone.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")

# Two facts whose canonical forms score at least this (token_sort_ratio) are one
# fact, provided their values agree (see ``_values``).
NEAR_DUPLICATE_THRESHOLD = 90.0

_STOPWORDS = frozenset(
    """a an the of to in on at for and or is are was were be been has have had their his her
    its user users s that this with as by from really very""".split()
)
# Paraphrases that mean the same for a fact about the user.
_SYNONYMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\b(?:loves|enjoys|adores|likes|is fond of|is a fan of|is into)\b", "likes"),
        (r"\b(?:dislikes|hates|can ?not stand|cant stand|does not like|doesnt like)\b", "dislikes"),
        (r"\b(?:is employed (?:at|by)|works for|works at)\b", "works at"),
        (r"\b(?:resides in|is based in|lives in|is living in)\b", "lives in"),
        (r"\b(?:favourite|fave)\b", "favorite"),
        (r"\b(?:phone number|phone no|telephone|mobile number|cell number|mobile|cell)\b", "phone"),
        (r"\b(?:e mail|email address)\b", "email"),
        (r"\b(?:kids)\b", "children"),
        (r"\b(?:mum|mom)\b", "mother"),
        (r"\b(?:dad)\b", "father"),
    )
)
_NEGATION = re.compile(r"\b(?:not|no|never|dont|doesnt|didnt|isnt|wasnt|cannot|cant|without)\b")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday"
).split()
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]*")


def normalise_fact(content: str) -> str:
    """Lower-case, strip punctuation and collapse whitespace."""
    text = _NON_WORD.sub(" ", content.casefold())
    return _SPACES.sub(" ", text).strip()


def content_hash(content: str) -> str:
    """Stable key of a fact's normalised text: unique per user in the database."""
    return hashlib.sha256(normalise_fact(content).encode()).hexdigest()


def _canonical(content: str) -> str:
    text = normalise_fact(content.replace("'", "").replace("’", ""))
    text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1).lower()], text)
    for pattern, replacement in _SYNONYMS:
        text = pattern.sub(replacement, text)
    return " ".join(w for w in text.split() if w not in _STOPWORDS)


_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "twelve": "12", "twenty": "20",
}  # fmt: skip
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)


def _values(content: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """Numbers, names/months and whether the fact is negated: what must agree."""
    text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1).lower()], content.replace("’", "'"))
    numbers = frozenset(n.replace(",", "") for n in _NUMBER.findall(text))
    names = frozenset(
        word.casefold().removesuffix("'s")
        for word in _PROPER.findall(text)
        if word.casefold() not in ("user", "users", "user's", "i")
    )
    months = frozenset(w for w in normalise_fact(text).split() if w in _MONTHS)
    negated = bool(_NEGATION.search(normalise_fact(text.replace("'", ""))))
    return numbers, names | months, negated


def is_near_duplicate(new: str, existing: str) -> bool:
    a, b = normalise_fact(new), normalise_fact(existing)
    if a == b:
        return True
    new_numbers, new_names, new_negated = _values(new)
    old_numbers, old_names, old_negated = _values(existing)
    if new_numbers != old_numbers or new_negated != old_negated:
        return False
    # Every name or month of one fact must appear in the other (case-insensitively).
    a_words = set(normalise_fact(new.replace("'s", "").replace("’s", "")).split())
    b_words = set(normalise_fact(existing.replace("'s", "").replace("’s", "")).split())
    if any(n not in b_words for n in new_names) or any(n not in a_words for n in old_names):
        return False
    ca, cb = _canonical(new), _canonical(existing)
    if not ca or not cb:
        return False
    if ca == cb:
        return True
    return fuzz.token_sort_ratio(ca, cb) >= NEAR_DUPLICATE_THRESHOLD


def find_duplicate(new: str, existing: Sequence[str]) -> int | None:
    """Index of the first existing fact that ``new`` duplicates, if any."""
    for index, candidate in enumerate(existing):
        if is_near_duplicate(new, candidate):
            return index
    return None


@dataclass(frozen=True)
class KnownFact:
    """A stored, still-valid fact as the supersession rule sees it."""

    id: str
    content: str
    category: str


# Single-valued attributes of the user: (attribute key, pattern whose ``value``
# group is the attribute's value). Order matters only for readability.
_SINGLE_VALUED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.IGNORECASE))
    for key, pattern in (
        (
            "employer",
            r"^user (?:now )?(?:works|is working|is employed) (?:at|for|by) (?P<value>.+)$",
        ),
        ("job", r"^user (?:now )?works as (?P<value>.+)$"),
        (
            "job",
            r"^user (?:has )?(?:accepted|started|took|takes|starts|got) (?:a |an |the )?(?:new )?"
            r"(?:position|job|role)(?: as)? (?P<value>.+)$",
        ),
        (
            "job",
            r"^user'?s (?:current )?(?:job|job title|title|role|position|occupation) is "
            r"(?P<value>.+)$",
        ),
        ("employer", r"^user'?s (?:current )?(?:employer|company) is (?P<value>.+)$"),
        ("job", r"^user (?:has )?joined (?P<value>.+)$"),
        ("home", r"^user (?:now )?(?:lives|is living|resides) (?:in|at) (?P<value>.+)$"),
        ("home", r"^user (?:has )?(?:moved|relocated) to (?P<value>.+)$"),
        ("home", r"^user'?s (?:home )?(?:address|home|home city|city) is (?P<value>.+)$"),
        (
            "relationship",
            r"^user is (?:now )?(?P<value>married|single|engaged|divorced|separated|widowed|"
            r"dating .+|in a relationship.*)$",
        ),
        (
            "partner",
            r"^user'?s (?:partner|girlfriend|boyfriend|wife|husband|spouse|fianc[ée]e?) is "
            r"(?:named )?(?P<value>.+)$",
        ),
        (
            "phone",
            r"^user'?s (?:phone|phone number|mobile|mobile number|cell|cell number) is "
            r"(?P<value>.+)$",
        ),
        ("email", r"^user'?s (?:email|e-mail|email address) is (?P<value>.+)$"),
        ("name", r"^user'?s (?:full )?name is (?P<value>.+)$"),
        ("age", r"^user is (?P<value>\d{1,3}) years? old$"),
        ("birthday", r"^user'?s birthday is (?P<value>.+)$"),
        ("manager", r"^user'?s (?:manager|boss) is (?P<value>.+)$"),
        ("manager", r"^user reports to (?P<value>.+)$"),
        ("school", r"^user (?:now )?(?:studies|is studying) at (?P<value>.+)$"),
        (
            "size",
            r"^user'?s (?P<attr>shirt|shoe|ring|dress|pant|jacket) size is (?P<value>.+)$",
        ),
        ("favorite", r"^user'?s (?:favou?rite|fave) (?P<attr>[\w ]{2,30}?) is (?P<value>.+)$"),
    )
)


def _attribute(content: str) -> tuple[str, str] | None:
    """(attribute key, value) of a fact stating a single-valued attribute, else None."""
    text = content.strip().rstrip(".!").replace("’", "'")
    text = re.sub(r"\s+", " ", text)
    for key, pattern in _SINGLE_VALUED:
        match = pattern.match(text)
        if match is None:
            continue
        attr = match.groupdict().get("attr")
        value = normalise_fact(match.group("value"))
        if not value:
            return None
        return (f"{key}:{normalise_fact(attr)}" if attr else key), value
    return None


def find_superseded(new_content: str, new_category: str, known: Sequence[KnownFact]) -> list[str]:
    """Ids of known facts that ``new_content`` updates (same subject, new value).

    The rule is deliberately conservative: it only fires when both facts state
    the same single-valued attribute of the user (job, employer, home, status)
    and the values differ; a near-duplicate is never "superseded" (it is one fact).
    """
    del new_category  # the attribute, not the category, decides; kept for the signature
    new_attribute = _attribute(new_content)
    if new_attribute is None:
        return []
    key, value = new_attribute
    superseded: list[str] = []
    for fact in known:
        old = _attribute(fact.content)
        if old is None or old[0] != key:
            continue
        if old[1] == value or is_near_duplicate(new_content, fact.content):
            continue
        superseded.append(fact.id)
    return superseded


# --------------------------------------------------------------------------- many lookups


@dataclass(frozen=True)
class _Features:
    normalised: str
    canonical: str
    attribute: tuple[str, str] | None


@lru_cache(maxsize=65_536)
def _features(content: str) -> _Features:
    """What dedup and supersession derive from a fact's text, computed once per text.

    Cached because a user's knowledge base is compared against again and again
    (every processed conversation and submission of that user).
    """
    return _Features(normalise_fact(content), _canonical(content), _attribute(content))


class KnowledgeIndex:
    """A user's valid facts, prepared for many ``duplicate_of`` / ``superseded_by`` lookups.

    Gives the same answers as ``find_duplicate`` and ``find_superseded`` over the
    facts in their order (newest first), but a lookup no longer re-derives every
    known fact: exact matches come from a dict, fuzzy candidates from one call of
    rapidfuzz's C scorer over all canonical forms, and only those candidates get
    the full ``is_near_duplicate`` check. A knowledge base of thousands of facts
    then costs milliseconds per new fact instead of most of a second.
    """

    def __init__(self, facts: Iterable[KnownFact] = ()) -> None:
        # Slot i holds a fact or None (removed). Rank orders the slots like the
        # list the plain functions take: smaller rank = earlier = newer.
        self._facts: list[KnownFact | None] = []
        self._ranks: list[int] = []
        self._canonicals: list[str] = []
        self._by_normalised: dict[str, list[int]] = {}
        self._by_attribute: dict[str, list[int]] = {}
        self._slot_of: dict[str, int] = {}
        self._newest_rank = 0
        self._oldest_rank = -1
        for fact in facts:
            self.add_oldest(fact)

    def __len__(self) -> int:
        return len(self._slot_of)

    def copy(self) -> KnowledgeIndex:
        """An independent index with the same facts (cheap: features are shared)."""
        twin = KnowledgeIndex()
        twin._facts = list(self._facts)
        twin._ranks = list(self._ranks)
        twin._canonicals = list(self._canonicals)
        twin._by_normalised = {key: list(slots) for key, slots in self._by_normalised.items()}
        twin._by_attribute = {key: list(slots) for key, slots in self._by_attribute.items()}
        twin._slot_of = dict(self._slot_of)
        twin._newest_rank, twin._oldest_rank = self._newest_rank, self._oldest_rank
        return twin

    def __contains__(self, fact_id: object) -> bool:
        return fact_id in self._slot_of

    def _add(self, fact: KnownFact, rank: int) -> None:
        if fact.id in self._slot_of:
            return
        features = _features(fact.content)
        slot = len(self._facts)
        self._facts.append(fact)
        self._ranks.append(rank)
        self._canonicals.append(features.canonical)
        self._by_normalised.setdefault(features.normalised, []).append(slot)
        if features.attribute is not None:
            self._by_attribute.setdefault(features.attribute[0], []).append(slot)
        self._slot_of[fact.id] = slot

    def add_newest(self, fact: KnownFact) -> None:
        """A fact stored just now: it comes before every fact already known."""
        if fact.id not in self._slot_of:
            self._newest_rank -= 1
            self._add(fact, rank=self._newest_rank)

    def add_oldest(self, fact: KnownFact) -> None:
        if fact.id not in self._slot_of:
            self._oldest_rank += 1
            self._add(fact, rank=self._oldest_rank)

    def remove(self, fact_ids: Iterable[str]) -> None:
        for fact_id in fact_ids:
            slot = self._slot_of.pop(fact_id, None)
            if slot is not None:
                self._facts[slot] = None
                self._canonicals[slot] = ""  # never a fuzzy candidate again

    def duplicate_of(self, content: str) -> str | None:
        """Id of the first (newest) known fact that ``content`` duplicates, if any."""
        features = _features(content)
        slots = set(self._by_normalised.get(features.normalised, ()))
        if features.canonical:
            slots.update(
                slot
                for _, _, slot in process.extract(
                    features.canonical,
                    self._canonicals,
                    scorer=fuzz.token_sort_ratio,
                    score_cutoff=NEAR_DUPLICATE_THRESHOLD,
                    limit=None,
                )
            )
        for slot in sorted(slots, key=self._ranks.__getitem__):
            fact = self._facts[slot]
            if fact is not None and is_near_duplicate(content, fact.content):
                return fact.id
        return None

    def superseded_by(self, content: str) -> list[str]:
        """Ids of known facts that ``content`` updates (same rule as ``find_superseded``)."""
        attribute = _features(content).attribute
        if attribute is None:
            return []
        key, value = attribute
        superseded: list[tuple[int, str]] = []
        for slot in self._by_attribute.get(key, ()):
            fact = self._facts[slot]
            if fact is None:
                continue
            old = _features(fact.content).attribute
            assert old is not None
            if old[1] == value or is_near_duplicate(content, fact.content):
                continue
            superseded.append((self._ranks[slot], fact.id))
        return [fact_id for _, fact_id in sorted(superseded)]
