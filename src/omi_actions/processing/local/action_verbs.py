"""Task verbs beyond the shared list: learning and practice verbs ("learn the
bridge", "memorise the lines") and repeated actions made with "re-" ("rerun the
batch", "resubmit the form", "reorder the primers"), and the office verbs of keeping
people informed ("loop Dana in", "cc the auditor", "brief the new hire", "flag it to
legal")."""

from __future__ import annotations

import re

from omi_actions.processing.local import grammar

_EXTRA = frozenset(
    """learn memorise memorize enrol rehearse redo tighten bleed hoover descale defrost
    proofread export import uninstall assemble withdraw
    loop cc bcc brief inform alert warn nudge introduce relay circulate distribute flag
    delegate discuss repeat""".split()
)


_ASPIRATION = re.compile(r"^learn\s+(?:to|how)\b", re.IGNORECASE)


def is_task_verb(word: str) -> bool:
    word = word.lower()
    return (
        word in grammar.TASK_VERBS
        or word in _EXTRA
        or (len(word) >= 5 and word.startswith("re") and word[2:] in grammar.TASK_VERBS)
        or (word.startswith("re-") and word[3:] in grammar.TASK_VERBS)  # "re-check the bag"
    )


def is_plausible_task(task: str) -> bool:
    """``grammar.is_plausible_task`` that also knows the verbs above."""
    if grammar.is_plausible_task(task):
        return True
    if _ASPIRATION.match(task):
        return False  # "learn to bake bread": a goal, not a task
    first, _, rest = task.partition(" ")
    if not rest or first.lower() in grammar.TASK_VERBS or not is_task_verb(first):
        return False
    return grammar.is_plausible_task(f"do {rest}")
