"""The emoji of a conversation: a word's own emoji when it fits the category.

Kept apart from the classifier: the emoji is chosen after the category and must
never contradict it.
"""

from __future__ import annotations

from omi_actions.processing.local.category_scoring import INDEX, tokens, word_forms

# Emoji per category, and a few word-level cues that are more specific.
_CATEGORY_EMOJI: dict[str, str] = {
    "personal": "🙂", "education": "📚", "health": "🩺", "finance": "💰", "legal": "⚖️",
    "philosophy": "🤔", "spiritual": "🙏", "science": "🔬", "entrepreneurship": "🚀",
    "parenting": "👶", "romantic": "❤️", "travel": "✈️", "inspiration": "✨",
    "technology": "💻", "business": "💼", "social": "🎉", "work": "💼", "sports": "🏅",
    "politics": "🏛️", "literature": "📖", "history": "📜", "architecture": "🏗️",
    "music": "🎵", "weather": "🌦️", "news": "📰", "entertainment": "🎬", "psychology": "🧠",
    "real": "🏠", "design": "🎨", "family": "👨‍👩‍👧", "economics": "📈", "environment": "🌱",
    "other": "💬",
}  # fmt: skip
_WORD_EMOJI: dict[str, str] = {
    "dinner": "🍽️", "lunch": "🥪", "breakfast": "🍳", "brunch": "🥞", "coffee": "☕",
    "marathon": "🏃", "running": "🏃", "hiking": "🥾", "hike": "🥾", "flight": "✈️",
    "hotel": "🏨", "milk": "🛒", "groceries": "🛒", "grocery": "🛒", "doctor": "🩺",
    "dentist": "🦷", "birthday": "🎂", "wedding": "💒", "movie": "🎬", "concert": "🎤",
    "book": "📖", "job": "💼", "interview": "🤝", "meeting": "📅", "party": "🎉",
    "gym": "🏋️", "soccer": "⚽", "basketball": "🏀", "tennis": "🎾", "rain": "🌧️",
    "snow": "❄️", "dog": "🐶", "cat": "🐱", "baby": "👶", "car": "🚗", "money": "💰",
    "exam": "📝", "homework": "📝", "code": "💻", "bug": "🐛",
}  # fmt: skip


# Categories where a word's emoji also fits although the word is not in that
# category's lexicon (a birthday cake suits a family chat, a dinner a date).
_WORD_EMOJI_ALSO: dict[str, frozenset[str]] = {
    "birthday": frozenset({"family", "social", "parenting"}),
    "dinner": frozenset({"family", "romantic"}),
    "brunch": frozenset({"family", "romantic"}),
    "wedding": frozenset({"family", "romantic"}),
    "baby": frozenset({"family"}),
}


def _emoji_fits(word: str, category: str) -> bool:
    """The word belongs to the chosen category: its emoji does not contradict it
    (no book for "book a check-up", no sandwich for a work lunch meeting)."""
    if category in _WORD_EMOJI_ALSO.get(word, ()):
        return True
    return any(c == category for c, _ in INDEX.get(word, ()))


def pick_emoji(text: str, category: str) -> str:
    """A word's emoji when the word is about the chosen category, else the
    category's own emoji: the emoji never says something else than the category."""
    for token in tokens(text):
        for form in word_forms(token):
            if form in _WORD_EMOJI:
                if _emoji_fits(form, category):
                    return _WORD_EMOJI[form]
                break
    return _CATEGORY_EMOJI.get(category, "💬")
