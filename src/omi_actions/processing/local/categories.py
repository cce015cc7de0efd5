"""Conversation category and emoji from weighted keyword lexicons.

Each of OMI's 33 categories has a lexicon of words (weight 1) and strong cue
words or phrases (weight 3). A conversation's score per category is the sum of
the weights of the words it contains (each distinct word counted once, so one
word repeated does not dominate); the best category wins when it clears a
minimum score, otherwise the conversation is ``other``.

This module makes the final call (structural and source cues, defaults for thin
evidence); the lexicons, the word scoring and the emoji live in ``category_*``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from omi_actions.processing.local.category_deals import deal_cues
from omi_actions.processing.local.category_emoji import pick_emoji as pick_emoji
from omi_actions.processing.local.category_everyday import spec_scores
from omi_actions.processing.local.category_lexicons import LEXICONS
from omi_actions.processing.local.category_register import (
    book_club_cues,
    career_move_cues,
    date_for_two,
    gig_ticket_cues,
    job_search_cues,
    one_time_code,
    status_notice,
)
from omi_actions.processing.local.category_school import coursework_cues
from omi_actions.processing.local.category_scoring import (
    KIN_SPEAKER,
    PRIOR,
    scores_with_hits,
)
from omi_actions.processing.local.category_scoring import category_scores as category_scores
from omi_actions.processing.local.category_scoring import tokens as tokens
from omi_actions.processing.local.category_scoring import word_forms as word_forms
from omi_actions.processing.local.category_signals import (
    flat_text,
    scattered_topics,
    structural_scores,
)
from omi_actions.processing.local.category_social import SOCIAL_SOURCES, friendly_cues
from omi_actions.processing.local.category_talk import PRAISE_JOB, praise
from omi_actions.processing.local.text import Document
from omi_actions.processing.schemas import ConversationCategory

MIN_SCORE = 2.0
COURSE_CUE = 1.5  # per coursework cue, up to four, when a text is about a class
COURSE_WORK = 0.5  # what is left of the work score then
DEAL_CUE = 1.5  # per deal cue, up to four, when a text is about a sale
DEAL_WORK = 0.7  # what is left of the work score then
SOCIAL_CUE = 2.0  # per friendly-chat cue in a chat or talk, up to three
BOOK_CLUB_CUE = 3.0  # per reading-group cue ("next month's pick"), up to two
JOB_CUE = 3.0  # per recruiting cue ("the data role at ...", "intro call"), up to two
GIG_CUE = 3.0  # per concert-ticket cue ("Doors 7pm", "General Admission"), two or more
DATE_CUE = 3.0  # a one-to-one evening plan with hearts or kisses: a date
CAREER_CUE = 3.0  # per career-move cue in a post ("my last day at ..."), up to two
STATUS_MAX = 4.0  # a status notice with no stronger topic than this is "other"


# Marketing and automated mail: "other" rather than a guessed topic.
_PROMOTIONAL = re.compile(
    r"\b(?:unsubscribe|% off|shop now|sale ends|promo code|limited time|newsletter|"
    r"view in browser|no-reply|noreply|do not reply|reply stop|opt out|claim now|claim your|"
    r"gift card|act now|you'?ve been selected|you have been selected|winner|free trial)\b",
    re.IGNORECASE,
)
# The opt-out line every automated text carries ("Reply STOP to opt out") is one
# cue, not two: a pharmacy or bank notice is not marketing because of it.
_OPT_OUT = frozenset(
    {"unsubscribe", "reply stop", "opt out", "no-reply", "noreply", "do not reply"}
)


def _promo_kind(cue: str) -> str:
    cue = cue.lower()
    return "opt-out" if cue in _OPT_OUT else cue


_FALLBACK: dict[str, ConversationCategory] = {
    "chat": "social", "transcript": "personal", "post": "personal", "note": "personal",
    "text": "personal", "voicemail": "personal", "email": "personal",
}  # fmt: skip


# Where a text comes from shifts what it is likely about: a workplace chat tool or
# a meeting is about work even when it is full of technical words; a note or voice
# memo to oneself leans personal. Keys are ``text_source_spec`` values (lower case).
_WORK_CHANNELS = frozenset(
    {"slack", "teams", "ms_teams", "microsoft_teams", "calendar_invite", "calendar", "standup",
     "linkedin", "workplace", "mattermost"}
)  # fmt: skip
# Meetings are about work more often than not, but also about a design, a deal...
_MEETINGS = frozenset({"meeting", "meeting_minutes", "minutes", "standup_notes"})
_SPEC_PRIORS: dict[str, dict[str, float]] = {
    **{spec: {"work": 1.5, "technology": 0.8} for spec in _WORK_CHANNELS},
    **{spec: {"work": 1.1, "technology": 0.6} for spec in _MEETINGS},
    "voice_note": {"personal": 1.4, "work": 0.8},
    "note": {"personal": 1.2},
}


def classify(
    text: str,
    hashtags: Iterable[str] = (),
    source: str | None = None,
    spec: str | None = None,
    speakers: Iterable[str] = (),
    document: Document | None = None,
    raw: str | None = None,
) -> ConversationCategory:
    """The best-scoring category; with too little evidence, a sane default for the
    kind of text (``source``: a chat is social, a note personal) or ``other``.
    ``spec`` (the ``text_source_spec``, e.g. "slack") adjusts the weights;
    ``document`` (the parsed text) and ``raw`` (the text as given, with its e-mail
    headers) add structural signals: who wrote, from where, who said what."""
    if document is not None:
        text = flat_text(document, raw or "")
    hits: dict[str, int] = {}
    scores = scores_with_hits(text, hashtags, speakers, hits)
    for category, weight in structural_scores(document, raw or "", source).items():
        scores[category] = scores.get(category, 0.0) + weight
    if "work" in scores and praise(
        [s.text for s in document.sentences] if document is not None else [text]
    ):
        scores["work"] = max(0.0, scores["work"] - PRAISE_JOB * PRIOR["work"])
    spec_key = (spec or "").strip().lower().replace("-", "_")
    if source in SOCIAL_SOURCES and spec_key not in _WORK_CHANNELS:
        cues = friendly_cues(text)
        if cues:
            scores["social"] = scores.get("social", 0.0) + SOCIAL_CUE * min(cues, 3)
        if not KIN_SPEAKER.search(text) and date_for_two(text, len(set(speakers))):
            scores["romantic"] = scores.get("romantic", 0.0) + DATE_CUE
    for category, weight in spec_scores(spec_key).items():
        scores[category] = scores.get(category, 0.0) + weight
    course = coursework_cues(text)
    if course >= 2:
        # A class's project, deadline and presentation are school work.
        scores["education"] = scores.get("education", 0.0) + COURSE_CUE * min(course, 4)
        if "work" in scores:
            scores["work"] *= COURSE_WORK
    deals = deal_cues(text)
    if deals >= 2:
        # Pricing, a quote, so many seats: a sale to a client, not office routine.
        scores["business"] = scores.get("business", 0.0) + DEAL_CUE * min(deals, 4)
        if "work" in scores:
            scores["work"] *= DEAL_WORK
    for category, count, weight in (
        ("literature", book_club_cues(text), BOOK_CLUB_CUE),
        ("work", job_search_cues(text), JOB_CUE),
        ("music", gig_ticket_cues(text) // 2 * 2, GIG_CUE),
        ("work", career_move_cues(text) if source == "post" else 0, CAREER_CUE),
    ):
        if count:
            scores[category] = scores.get(category, 0.0) + weight * min(count, 2)
    priors = _SPEC_PRIORS.get(spec_key)
    if priors:
        scores = {c: v * priors.get(c, 1.0) for c, v in scores.items()}
    if document is not None and scores and scattered_topics(document, raw or text, category_scores):
        # Errands on unrelated topics: the user's own life admin.
        scores["personal"] = max(scores.values()) + 1.0
    order: list[str] = list(LEXICONS)
    best = (
        max(scores, key=lambda c: (scores[c], -order.index(c))) if scores else "other"
    )  # ties break by the lexicon order above, which keeps the result deterministic
    if len({_promo_kind(m.group(0)) for m in _PROMOTIONAL.finditer(text)}) >= 2:
        return "other"  # marketing mail is about nothing in particular
    if one_time_code(text, len(tokens(text))):
        return "other"  # "your login code is 4821": an automated text with no topic
    if status_notice(text) and (not scores or scores[best] < STATUS_MAX):
        return "other"  # "your parcel was delivered": nothing to do, no topic
    if scores and scores[best] >= MIN_SCORE:
        return best  # type: ignore[return-value]
    if source is None or _PROMOTIONAL.search(text) or len(tokens(text)) < 6:
        return "other"
    if source == "transcript" and document is not None and len(document.others()) >= 2:
        return "social"  # a group talking about nothing in particular: socialising
    return _FALLBACK.get(source, "other")
