"""Facts sentence by sentence: the user's first-person clauses (split at "and",
kept in a chat only when lasting) and second-person statements in mail to the user
("Your employee ID is G-20931")."""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local import (
    fact_intro,
    fact_lasting,
    fact_records,
    fact_self,
    grammar,
)
from omi_actions.processing.local.fact_bookings import _BOOKING
from omi_actions.processing.local.fact_clean import _clean
from omi_actions.processing.local.fact_first_person import _first_person
from omi_actions.processing.local.text import Document, Sentence

_AND_VERB = re.compile(
    r"\s+and\s+(?=(?:still\s+|also\s+|now\s+)?(?:play|wear|work|live|take|run|do|have|love|"
    r"like|speak|use|volunteer|coach|teach|drive|own|go|read|write|cook|train|practice|sing|"
    r"study|ride|walk|swim|bake|paint|collect|grow|keep)\b|can'?t\b|cannot\b)",
    re.IGNORECASE,
)


_YOU = re.compile(
    r"\b(?P<subj>you(?:'ve|’ve|'ll|’ll|'re|’re)?|your\s+(?P<noun>[\w-]+(?:\s+[\w-]+){0,3}?))\s+"
    r"(?P<verb>is|are|was|were|has|have|had|been|be|will|'ll|’ll|can|do|did|[a-z]+ed)\b",
    re.IGNORECASE,
)


# Second-person statements worth keeping: identity records and outcomes.
_YOU_FACT = re.compile(
    r"\byour\s+(?:[\w$/&-]+\s+){0,3}(?:name|start\s+date|employee\s+id|id|address|birthday|"
    r"membership|member\s+number|account\s+number|policy\s+number|title|role|manager|"
    r"username|plan|salary|seat|blood\s+type|diagnosis|subscription|policy|deductible|"
    r"lease|rent|prescription|dosage|pharmacy|dentist|doctor|physician|vet|gym|pay|paycheck|"
    r"department|team|desk|office|locker|tier|status|coverage|copay|limit)"
    r"(?:\s+(?:at|on|for|with|from)\s+[^.,;]{1,30}?)?\s+(?:is|are|will\s+be|renews|expires|increases|changes|has\s+been\s+(?:renewed|upgraded|"
    r"approved|activated))\b"
    r"|\byou(?:'ve|\s+have)\s+been\s+(?:admitted|accepted|approved|hired|selected|promoted|"
    r"enrolled|awarded|granted|diagnosed|registered|upgraded)\b"
    r"|\byou(?:'ll|\s+will)\s+be\s+(?:joining|reporting|working|starting|leading|based)\b"
    r"|\byou(?:'re|\s+are)\s+(?:now\s+)?(?:enrolled|registered|a\s+member|covered|approved)\b",
    re.IGNORECASE,
)


def _second_person(sentence: str) -> str | None:
    """ "Your start date is Monday" -> "User's start date is Monday"."""
    fact_match = _YOU_FACT.search(sentence)
    if fact_match is None:
        return None
    if re.search(r"\b(?:if|unless|whether|once|when)\s+$", sentence[: fact_match.start()], re.I):
        return None  # "if you are enrolled in autopay": a condition, not a fact
    match = _YOU.search(sentence, fact_match.start())
    start = match.start() if match is not None else fact_match.start()
    if match is None and not re.match(r"your\b", fact_match.group(0), re.I):
        return None
    clause = sentence[start:]
    clause = re.sub(r"^you'?ll\b|^you’ll\b", "User will", clause, flags=re.I)
    clause = re.sub(r"^you'?ve\b|^you’ve\b", "User has", clause, flags=re.I)
    clause = re.sub(r"^you'?re\b|^you’re\b", "User is", clause, flags=re.I)
    clause = re.sub(r"^you\s+are\b", "User is", clause, flags=re.I)
    clause = re.sub(r"^you\s+have\b", "User has", clause, flags=re.I)
    clause = re.sub(r"^you\b", "User", clause, flags=re.I)
    clause = re.sub(r"^your\b", "User's", clause, flags=re.I)
    clause = re.sub(r"\byour\b", "their", clause, flags=re.I)
    clause = re.sub(r"\byou\b", "them", clause, flags=re.I)
    return clause


_SECOND_VERB = re.compile(
    r"^(?P<first>User \w+ .+?)\s+and\s+(?P<verb>moved|grew|started|joined|quit|left|lives?|"
    r"works?|worked|studied|graduated|married|bought|adopted|now\s+\w+s)\b(?P<rest>.*)$"
)


def _split_coordinated(fact: str) -> list[str]:
    """ "User is allergic to penicillin and shellfish" -> one fact per object;
    "User grew up in Porto and moved to Toronto" -> one fact per verb."""
    fact = fact.rstrip(" .!")
    # "User speaks Hindi, Urdu and English at home": where is no part of the language.
    fact = re.sub(
        r"^(User speaks (?:[A-Z][\w-]+(?:,\s*|,?\s+and\s+))+[A-Z][\w-]+)\s+"
        r"(?:at|with|to|in)\s+(?![A-Z]).*$",
        r"\1",
        fact,
    )
    second = _SECOND_VERB.match(fact)
    if second is not None:
        verb = second.group("verb")
        return [
            *_split_coordinated(second.group("first")),
            *_split_coordinated(f"User {verb}{second.group('rest')}"),
        ]
    listed = re.match(
        r"^(?P<head>User (?:speaks|is allergic to|is learning|plays))\s+"
        r"(?P<items>[\w'-]+(?:\s[\w'-]+)?(?:,\s*[\w'-]+(?:\s[\w'-]+)?)+,?\s+and\s+"
        r"[\w'-]+(?:\s[\w'-]+)?)$",
        fact,
    )
    if listed is not None:
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group("items"))
        return [f"{listed.group('head')} {item.strip()}" for item in items if item.strip()]
    match = re.match(
        r"^(?P<head>User (?:is allergic to|speaks|is learning|loves|likes|enjoys|hates|plays))\s+"
        r"(?P<a>[\w'-]+(?:\s[\w'-]+)?)\s+and\s+(?P<b>[\w'-]+(?:\s[\w'-]+)?)(?P<tail>.*)$",
        fact,
    )
    if match is None:
        return [fact]
    tail = match.group("tail")
    return [
        f"{match.group('head')} {match.group('a')}{tail}",
        f"{match.group('head')} {match.group('b')}{tail}",
    ]


def _sentence_facts(
    sentence: Sentence, document: Document, reference: datetime, standalone: bool = False
) -> list[str]:
    text = sentence.text
    found: list[str] = []
    if sentence.from_user is True:
        clauses = re.split(
            r"(?:,\s*|\s+)and\s+(?=I\b|I'm\b|I’m\b|my\b)|;\s*|,\s*so\s+(?=I\b)|"
            r",\s*(?=(?:my|My)\s+\w+\s+(?:is|are)\s+(?![a-z]+ing\b))|"
            r":\s+(?=my\s+\w+\s+(?:is|are)\s+(?![a-z]+ing\b))|"
            r",\s+(?=I(?:'m|’m|\s+am)\s+(?:a|an)\s)|,\s+(?=I(?:'ve|’ve)\s)",
            text,
        )
        clauses = [re.sub(r"^my\b", "My", c.strip()) for c in clauses]
        expanded: list[str] = []
        for clause in clauses:
            pieces = _AND_VERB.split(clause)
            # "I've played the cello ... and still play in an orchestra": same subject.
            expanded.append(pieces[0])
            expanded.extend(f"I {piece}" for piece in pieces[1:])
        for clause in expanded:
            clause = _SINCE_AGE.sub(_since_age, clause)
            subjectless = standalone or document.kind in ("post", "note", "text")
            fact = _first_person(clause, subjectless=subjectless)
            if fact is None:
                continue
            if (
                document.kind in ("chat", "transcript")
                and not _LASTING.search(fact)
                and not fact_lasting.is_lasting(fact)
                and fact_intro.split_intro(_clean(fact)) is None
                and not _job_at(fact)
            ):
                continue  # in a chat, only statements of lasting facts, not chit-chat
            found.extend(_split_coordinated(fact_lasting.normalise(fact)))
    elif document.kind in ("email", "voicemail") or sentence.from_user is False:
        if re.search(r"\byou(?:r|'ve|'ll|'re|’ll|’ve|’re)?\b", text, re.I):
            fact = _second_person(text) if not text.rstrip().endswith("?") else None
            if (
                fact
                and not _BOOKING.search(text)
                and not _is_request(text)
                and not fact_records.states_membership(text)
            ):
                found.append(fact)
    return found


# "since I was fifteen" -> "since age fifteen"; "since I was a kid" -> "since childhood".
_SINCE_AGE = re.compile(
    r"\bsince\s+I\s+was\s+(?:(?P<kid>(?:a\s+)?(?:kid|child|little|little\s+kid|teenager|teen))|"
    r"(?P<age>\d{1,2}|[a-z]+teen|five|six|seven|eight|nine|ten|eleven|twelve|twenty))\b",
    re.IGNORECASE,
)


def _since_age(match: re.Match[str]) -> str:
    if match.group("kid"):
        return "since " + ("their teens" if "teen" in match.group("kid") else "childhood")
    return f"since age {match.group('age')}"


_LASTING = re.compile(
    r"\bUser(?:'s)?\s+(?:\w+\s+)?(?:lives?|moved|works?|worked|is\s+(?:a|an|allergic|vegan|"
    r"vegetarian|married|engaged|pregnant|from|learning|training|studying|based)\b|has\s+(?:a|an|two|"
    r"three|\d+)\s+(?:kids?|children|sons?|daughters?|dogs?|cats?|sisters?|brothers?)|"
    r"(?:wife|husband|partner|sister|brother|son|daughter|dog|cat|birthday|name|job|manager|boss)\b|"
    r"stopped|started|quit|joined|speaks?|plays?|grew\s+up|was\s+born|drives|owns|rents|"
    r"(?:usually|always|never|rarely)\s+\w+|prefers?|hates?|favou?rite|graduated|got\s+(?:a|the)\s+job|"
    r"(?:is|am)\s+(?:a\s+)?(?:left|right)-handed|is\s+(?:a|an)\s+(?:total\s+|huge\s+|big\s+)?"
    r"(?:[\w-]+\s+)?(?:person|owl|bird|fan|lover|snob)\b|has\s+been\s+\w+(?:\s+\w+)?\s+(?:since|for)\s|"
    r"works?\s+from\s+home|is\s+(?:lactose|gluten)|is\s+fluent|knows\s+how|"
    r"(?:leaves?\s+for|starts?|finish(?:es)?)\s+work\s+at\b|commutes?\b|"
    r"volunteers?\s+(?:at|with|for)\b|teach(?:es)?\s+\w|coach(?:es)?\s+\w|"
    r"sings?\s+in\b|runs?\s+(?:a|an|my|their|our)\s+(?:small\s+)?(?:business|shop|caf[eé]|"
    r"bakery|restaurant|company|studio|salon|charity)\b|"
    r"\bevery\s+(?:morning|day|night|evening|week|weekend)\b|"
    r"has\s+been\s+at\s+(?:this|the|their|that)\s+(?:company|job|firm|school|hospital)|"
    r"has\s+had\s+\w+(?:\s+\w+)?\s+since\b|is\s+(?:moving|relocating)\s+(?:back\s+)?to\b|"
    r"does\s+(?:their|his|her)\s+best\s+\w+|has\s+been\s+\w+\s+\w+\s+\w+\s+since\s)",
    re.IGNORECASE,
)


# "User is head baker at Crumb & Co now": a job without its article is lasting too.
_ROLE_AT = re.compile(r"^User is (?:now |the )?(?P<role>[\w-]+(?: [\w-]+){0,2}?) (?:at|for) [A-Z]")


def _job_at(fact: str) -> bool:
    role = _ROLE_AT.match(fact)
    return role is not None and fact_self.is_job(role.group("role"))


def _is_request(text: str) -> bool:
    first = grammar.strip_adverbs(text).split(" ", 1)[0].lower()
    return first in grammar.TASK_VERBS or bool(
        re.search(r"\b(?:can|could|would|will) you\b|\bplease\b|\bdon'?t forget\b", text, re.I)
    )
