"""Can the local engine read this text? Its rules and lexicons are English only.

Two checks: the declared ``language`` code, and the script of the letters
(a text declared ``en`` that is mostly Cyrillic or CJK is not English either).
"""

from __future__ import annotations

import unicodedata

_NAMES = {
    "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "sv": "Swedish", "no": "Norwegian", "nb": "Norwegian", "da": "Danish",
    "fi": "Finnish", "pl": "Polish", "cs": "Czech", "ru": "Russian", "uk": "Ukrainian",
    "tr": "Turkish", "el": "Greek", "he": "Hebrew", "ar": "Arabic", "fa": "Persian",
    "hi": "Hindi", "bn": "Bengali", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "vi": "Vietnamese", "th": "Thai", "id": "Indonesian", "ms": "Malay", "ro": "Romanian",
    "hu": "Hungarian", "ca": "Catalan",
}  # fmt: skip
_SCRIPT_NAMES = {
    "CYRILLIC": "Cyrillic script",
    "CJK": "Chinese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "HANGUL": "Korean",
    "ARABIC": "Arabic",
    "HEBREW": "Hebrew",
    "GREEK": "Greek",
    "DEVANAGARI": "Hindi",
    "THAI": "Thai",
}
# Share of letters outside the Latin script above which a text is not English.
_FOREIGN_SHARE = 0.3


def _primary(code: str) -> str:
    return code.strip().lower().replace("_", "-").split("-", 1)[0]


def _dominant_foreign_script(text: str) -> str | None:
    letters = 0
    counts: dict[str, int] = {}
    for char in text[:5000]:
        if not char.isalpha():
            continue
        letters += 1
        try:
            name = unicodedata.name(char)
        except ValueError:
            continue
        if name.startswith("LATIN"):
            continue
        script = name.split(" ", 1)[0]
        counts[script] = counts.get(script, 0) + 1
    if not letters or not counts:
        return None
    script, count = max(counts.items(), key=lambda item: (item[1], item[0]))
    if count / letters < _FOREIGN_SHARE:
        return None
    return script


def language_name(code: str, text: str) -> str:
    primary = _primary(code)
    if primary in _NAMES:
        return _NAMES[primary]
    script = _dominant_foreign_script(text)
    if script is not None:
        return _SCRIPT_NAMES.get(script, f"{script.title()} script")
    return f"language '{code}'"


def language_problem(text: str, code: str) -> str | None:
    """A warning when the local engine cannot process ``text``; None when it can."""
    primary = _primary(code or "en")
    if primary not in ("en", "", "und"):
        return (
            f"language '{code}' is not supported by the local engine: title, overview, "
            "category, action items, events and facts were not extracted "
            "(use the llm engine for this language)"
        )
    script = _dominant_foreign_script(text)
    if script is not None:
        name = _SCRIPT_NAMES.get(script, f"{script.title()} script")
        return (
            f"text declared as '{code}' is mostly {name}, which the local engine cannot "
            "analyse: title, overview, category, action items, events and facts were not "
            "extracted (use the llm engine)"
        )
    return None
