"""Title and overview from YAKE keyphrases and the most salient sentences.

The title is built, not cut: an e-mail's subject, else the main event
("Dinner with Alex on Friday"), else the top keyphrases. The overview opens
with who/what (from the source) and adds the one or two sentences that carry
the highest keyword weight, in their original order.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

import yake

from omi_actions.processing.local.grammar import TASK_VERBS
from omi_actions.processing.local.text import Document
from omi_actions.processing.schemas import ActionItem, Event, ExtractedFact
from omi_actions.processing.titles import cap_title

# YAKE is the costliest step: it sees at most this much text (the start of the
# conversation carries its topic) and builds phrases of up to two words.
_KEYWORD_CHARS = 1_500
_local = threading.local()
_GENERIC_SUBJECTS = re.compile(
    r"^(?:re|fwd?|hi|hello|hey|question|update|quick question|follow[- ]up|checking in|"
    r"no subject|\(no subject\)|info|news|fyi|test)$",
    re.IGNORECASE,
)
_KIND_LABEL = {
    "transcript": "Conversation",
    "chat": "Message thread",
    "email": "Email",
    "voicemail": "Voicemail",
    "post": "Social post",
    "note": "Note",
    "text": "Note",
}


def _extractor() -> yake.KeywordExtractor:
    # One extractor per thread: YAKE keeps intermediate state on the instance.
    extractor: yake.KeywordExtractor | None = getattr(_local, "extractor", None)
    if extractor is None:
        extractor = yake.KeywordExtractor(lan="en", n=2, top=8, dedupLim=0.7)
        _local.extractor = extractor
    return extractor


def keyphrases(text: str) -> list[tuple[str, float]]:
    """(phrase, weight) best first; weight in (0, 1], higher is more salient."""
    text = re.sub(r"(?<![\w#])#(\w+)", r"\1", text[:_KEYWORD_CHARS])
    text = re.sub(r"https?://\S+|\S+@\S+", " ", text)
    if len(re.findall(r"[A-Za-z]{3,}", text)) < 2:
        return []
    try:
        raw = _extractor().extract_keywords(text)
    except Exception:  # YAKE can fail on degenerate input; no keywords then
        return []
    phrases: list[tuple[str, float]] = []
    for phrase, score in raw:
        phrase = str(phrase).strip()
        if len(phrase) < 3 or not re.search(r"[A-Za-z]{3}", phrase):
            continue
        phrases.append((phrase, 1.0 / (1.0 + float(score) * 10)))
    return phrases


# Words that never make a topic on their own: social filler, modal and
# request verbs, time words. A keyphrase containing one is not a topic.
_NON_TOPIC = frozenset(
    """forget remember let know like want need got get will would could should thanks thank hi
    hello hey okay ok yeah yep sure good great amazing awesome sounds definitely really maybe
    please lol omg haha cool nice fine right well just also still finally today tonight
    tomorrow yesterday morning afternoon evening night minutes minute hours hour week weekend
    month year time day days monday tuesday wednesday thursday friday saturday sunday am pm
    things thing stuff lot way back home found make made see saw say said told tell think went
    go going come came wanted proud excited happy love fun glad sorry""".split()
)


def topics(
    phrases: Sequence[tuple[str, float]], names: Sequence[str] = (), limit: int = 2
) -> list[str]:
    """The best keyphrases that name a topic (no filler, no names, no time words)."""
    banned_names = {n.lower() for n in names}
    chosen: list[str] = []
    for phrase, _ in phrases:
        words = phrase.lower().split()
        if any(w in _NON_TOPIC or w in banned_names for w in words):
            continue
        if all(w in TASK_VERBS or w.isdigit() or (w.endswith("ed") and len(w) > 4) for w in words):
            continue  # verbs and numbers alone are not topics ("finished", "2024")
        if any(set(words) & set(c.lower().split()) for c in chosen):
            continue
        chosen.append(phrase)
        if len(chosen) == limit:
            break
    return chosen


def _phrase_case(phrase: str) -> str:
    # Keep proper nouns as written; capitalise only the first letter.
    return phrase[:1].upper() + phrase[1:]


def _fact_title(fact: ExtractedFact) -> str:
    """ "User just finished their first marathon" -> "Finished first marathon"."""
    text = re.sub(r"^User(?:'s)?\s+", "", fact.content)
    text = re.sub(r"^(?:just|finally|recently|has|have|is|was)\s+", "", text)
    text = re.sub(r"\b(?:their|his|her)\s+", "", text)
    return text


def make_title(
    document: Document,
    phrases: Sequence[tuple[str, float]],
    events: Sequence[Event],
    actions: Sequence[ActionItem],
    facts: Sequence[ExtractedFact] = (),
) -> str:
    subject = (document.subject or "").strip(" .!-")
    if subject and len(subject.split()) >= 2 and not _GENERIC_SUBJECTS.match(subject):
        subject = re.sub(r"^(?:re|fwd?)\s*:\s*", "", subject, flags=re.I)
        sender = document.sender
        if sender and len(subject.split()) <= 4 and sender.lower() not in subject.lower():
            subject = f"{subject} from {sender}"
        return cap_title(_phrase_case(subject))
    if events:
        event = events[0]
        day = event.start.strftime("%A")
        return cap_title(f"{event.title} on {day}")
    if facts and document.kind in ("post", "note", "text"):
        return cap_title(_phrase_case(_fact_title(facts[0])), 8)
    if actions:
        return cap_title(actions[0].description, 8)
    found = topics(phrases, document.speakers)
    if found:
        title = _phrase_case(" and ".join(found))
        others = document.others()
        if document.kind in ("transcript", "chat") and others and len(title.split()) <= 4:
            title = f"{title} chat with {' and '.join(others[:2])}"
        return cap_title(title)
    if document.subject:
        return cap_title(_phrase_case(document.subject))
    return "Short note"


def _sentence_weight(sentence: str, phrases: Sequence[tuple[str, float]]) -> float:
    lowered = sentence.lower()
    return sum(weight for phrase, weight in phrases if phrase.lower() in lowered)


def _when(event: Event) -> str:
    start = event.start
    text = f"{start.strftime('%A')}, {start.strftime('%B')} {start.day}"
    if start.hour or start.minute:
        text += f" at {start.strftime('%H:%M')}"
    return text


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def make_overview(
    document: Document,
    phrases: Sequence[tuple[str, float]],
    events: Sequence[Event] = (),
    actions: Sequence[ActionItem] = (),
) -> str:
    """Who and what, then the plans and tasks found, then the most salient sentences: <= 3."""
    found = topics(phrases, document.speakers)
    about = f" about {' and '.join(found)}" if found else ""
    label = _KIND_LABEL[document.kind]
    others = [n for n in document.others() if n]
    if document.kind == "email" and document.sender:
        lead = f"{label} from {document.sender}{about}."
    elif document.kind in ("transcript", "chat") and others:
        names = ", ".join(others[:3])
        lead = f"{label} with {names}{about}."
    else:
        lead = f"{label}{about}."
    parts = [lead[:1].upper() + lead[1:]]
    if events:
        plans = "; ".join(f"{e.title} on {_when(e)}" for e in events[:2])
        parts.append(f"Planned: {plans}.")
    if actions:
        tasks = "; ".join(_lower_first(a.description) for a in actions[:3])
        parts.append(f"To do: {tasks}.")
    room = 3 - len(parts)
    if room > 0:
        ranked = sorted(
            range(len(document.sentences)),
            key=lambda i: (-_sentence_weight(document.sentences[i].text, phrases), i),
        )
        chosen = sorted(
            i for i in ranked[:room] if _sentence_weight(document.sentences[i].text, phrases) > 0
        )
        if not chosen and document.sentences and len(parts) == 1:
            chosen = [0]
        for index in chosen:
            sentence = document.sentences[index]
            text = sentence.text.strip()
            if len(text) > 220:
                text = text[:217].rsplit(" ", 1)[0] + "…"
            if text and text[-1] not in ".!?…":
                text += "."
            if sentence.speaker and document.kind in ("transcript", "chat"):
                text = f"{sentence.speaker}: {text}"
            parts.append(text)
    return " ".join(parts)
