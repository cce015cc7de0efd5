"""The final list of facts: split into one statement each, cleaned, filtered,
superseded facts dropped and near-duplicates merged."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from omi_actions.processing.local import (
    fact_casual,
    fact_clauses,
    fact_intro,
    fact_own_age,
    fact_own_passing,
    fact_passing,
    fact_self,
    grammar,
)
from omi_actions.processing.local.fact_clean import _clean, fact_category
from omi_actions.processing.local.fact_details import _NAMED_HELPER
from omi_actions.processing.local.fact_people import _KIN_CANON, _MARRIED
from omi_actions.processing.schemas import ExtractedFact

# "I volunteered to contact the city": a task (action item), not a fact.
_COMMITMENT_FACT = re.compile(
    r"^User\s+(?:\w+\s+)?(?:volunteered|agreed|promised|offered|needs?|has|have|plans?|"
    r"is\s+going|will|would|should|must|wants?)\s+to\b",
    re.IGNORECASE,
)


# A lasting aim (fact_own_passing.aspiration_facts) is a fact, not a commitment.
_ASPIRATION_FACT = re.compile(
    rf"^User (?:wants|plans) to (?:{fact_own_passing.ASPIRATION_VERB})\b", re.IGNORECASE
)


_RELATIVE_CLAUSE = re.compile(
    r"^(?P<subject>User(?:'s|’s)?(?:\s+[\w'’-]+){0,3}?)\s+(?P<be>is|was)\s+(?P<what>(?:a|an)\s+"
    r"[^,]+?),?\s+who\s+(?:still\s+|also\s+|now\s+)?(?P<rest>[a-z]+s\b.+)$"
)
_REPORTING = re.compile(r",\s+reporting\s+to\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _split_fact(fact: str) -> list[str]:
    """One fact per statement: "User's mother is a retired nurse who volunteers ..." ->
    "User's mother is a retired nurse" and "User's mother volunteers ..."."""
    fact = fact_self.trim(fact)
    facts = [fact]
    match = _RELATIVE_CLAUSE.match(fact)
    if match is not None:
        subject = match.group("subject")
        facts = [
            f"{subject} {match.group('be')} {match.group('what')}",
            f"{subject} {match.group('rest')}",
        ]
    helper = _NAMED_HELPER.search(facts[0])
    if helper is not None and helper.start() > 12:
        # "User takes lessons with a tutor named Lucia": the lessons, and who the tutor is.
        rest = facts[0][helper.end() :]
        facts = [
            facts[0][: helper.start()].rstrip(" ,") + rest,
            f"User's {helper.group('role').lower()} is {helper.group('name')}",
            *facts[1:],
        ]
    now = re.search(r",\s+(?:and\s+)?now\s+(?P<ing>[a-z]+ing\b.+)$", facts[0])
    if now is not None and facts[0].startswith("User "):
        # "User started as an intern, now leading the team": then and now.
        facts = [facts[0][: now.start()], f"User is now {now.group('ing')}", *facts[1:]]
    reporting = _REPORTING.search(facts[0])
    if reporting is not None and fact.startswith("User "):
        facts = [facts[0][: reporting.start()], f"User reports to {reporting.group('who')}"]
    pronoun = re.match(
        r"^(?P<first>User's (?P<thing>[\w-]+)(?: [\w-]+)? (?:is|are) [^,]+?),? and (?:it|they) "
        r"(?P<rest>(?:expires?|ends?|renews?|runs? out|is|are) .+)$",
        facts[0],
    )
    if pronoun is not None:
        # "User's passport number is X and it expires on D": two facts.
        facts = [pronoun.group("first"), f"User's {pronoun.group('thing')} {pronoun.group('rest')}"]
    purpose = re.match(
        r"^(?P<move>User (?:is |just )?(?:moving|moved|relocating|relocated) to .+?) "
        r"for (?P<what>(?:a|an) [\w-]+(?: [\w-]+){0,5})$",
        facts[0],
    )
    if purpose is not None:
        facts = [purpose.group("move"), f"User has {purpose.group('what')}", *facts[1:]]
    moved = re.match(
        r"^User (?:just |recently |finally )?moved to (?P<place>[A-Z][\w'’.-]*"
        r"(?:\s+[A-Z][\w'’.-]*){0,2})",
        fact,
    )
    if moved is not None:
        if fact[moved.end() :].strip(" .!") == "" and facts[0] == fact:
            facts = facts[1:]  # a bare "User moved to Leeds" says no more than where they live
        facts.append(f"User lives in {moved.group('place')}")
    return [piece for whole in facts for piece in fact_self.split_job(whole)]


# "User is so grateful to everyone", "User couldn't run a mile": how the user felt or
# fared once, not an attribute.
_FEELING = re.compile(
    r"^User\s+(?:(?:is|was|feels|felt)\s+(?:so\s+|very\s+|really\s+|truly\s+|deeply\s+)?"
    r"(?:grateful|thankful|humbled|honou?red|thrilled|blessed|overwhelmed|over\s+the\s+moon)\b|"
    r"(?:couldn't|could\s+not|could\s+barely|could\s+hardly)\b)"
)


def _split_intros(contents: list[str]) -> list[str]:
    """A packed introduction ("User is Ana, 41, dentist in Lyon") as separate facts."""
    out: list[str] = []
    for content in contents:
        if re.search(r"\bnamed\s+(?:He|She|It|They|Him|Her|Them|We|You)$", content):
            continue  # "we had a dog, he ...": a pronoun is no name
        if _FEELING.match(content):
            continue  # a feeling of the moment or a past inability: nothing lasting
        # "Nadia and I are getting married" rewritten to "User are ...": the user is.
        content = _USER_ARE.sub("User is", content)
        if _FEELING.match(content):
            continue
        parts = fact_intro.split_intro(_clean(content))
        out.extend(parts if parts is not None else [content])
    return out


_KIN_WORD = re.compile(r"(?<=User's )(?:mom|mum|dad|grandma|grandpa)\b", re.IGNORECASE)
_NAMED = re.compile(r"^User's (?P<rel>[\w ]+?) is named (?P<name>[A-Z][\w'-]*)$")
_PET_NAMED = re.compile(r"^User has a pet named (?P<name>[A-Z][\w'-]*)$")
_CHILD_NAMED = re.compile(r"^User has a child named (?P<name>[A-Z][\w'-]*)$")
_ADULT_KIN = (
    "sister|brother|wife|husband|partner|girlfriend|boyfriend|mother|father|mom|mum|dad|"
    "friend|best friend|boss|manager|cousin|aunt|uncle|roommate|neighbou?r|grandma|grandpa"
)


def _drop_superseded(contents: list[str]) -> list[str]:
    """Drop a fact another one in the list states more completely."""
    joined = "\n".join(contents)
    kept: list[str] = []
    for content in contents:
        named = _NAMED.match(content)
        if named is not None and re.search(
            rf"^User's {re.escape(named.group('rel'))},? (?:is {named.group('name')}\b[ ,\w]|"
            rf"{named.group('name')}(?: [A-Z][\w'-]+)?,\s*(?:phone\s*)?[\d(+])",
            joined,
            re.M,
        ):
            continue  # "User's partner is Chris, phone ..." says it already
        child = _CHILD_NAMED.match(content)
        if child is not None and re.search(
            rf"^User's (?:{_ADULT_KIN}) is named {child.group('name')}$", joined, re.M
        ):
            continue  # "my sister Nora's recital": Nora is the sister, not a child
        pet = _PET_NAMED.match(content)
        if pet is not None and re.search(
            rf"\bnamed {pet.group('name')}\b", joined.replace(content, "")
        ):
            continue
        if re.match(r"User has an? (?:check-?in|check-?out|trip|stay)\b", content) and re.search(
            r"\b(?:hotel reservation|has a flight)\b", joined
        ):
            continue  # the reservation record says it better
        works = _WORKS_AT.match(content)
        if works is not None and re.search(
            rf"^User (?:worked|used to work) (?:at|for) {re.escape(works.group('org'))}\b",
            joined,
            re.M,
        ):
            continue  # "my team at Fernhill" after "six years at Fernhill Bank": a past job
        if content.startswith("User used to ") and re.search(
            r"^User (?:quit|stopped|gave up)\b", joined, re.M
        ):
            continue  # "used to smoke but quit": the quitting is the fact
        kept.append(content)
    return kept


# "User works Friday", "User is off tomorrow": only a time after the verb.
_ONLY_WHEN = re.compile(
    r"^User (?:\w+ ){0,1}\w+ (?:on |this |next |every )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day|tomorrow|today|tonight|weekends?|(?:this|next) week)s?$",
    re.IGNORECASE,
)
# A status of a record, not a fact about the user: "... is ready for pickup".
_TRANSIENT = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:ready\s+for\s+pick-?up|available\s+(?:in|for|online)|"
    r"on\s+its\s+way|out\s+for\s+delivery)\b|\bwill\s+be\s+recalculated\b",
    re.IGNORECASE,
)


# "User is on the flower rota this Sunday": one occasion, an event at most; "User promised
# Kenji": a reported promise cut before its content.
_ONE_OFF = re.compile(
    r"\b(?:(?:this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight)\.?$"
    r"|^User\s+(?:promised|told|asked|reminded|owes?)\s+[A-Z][\w'’-]*\.?$"
    # "I've got the early shift", "I've got the kids till eight": what the user has today.
    r"|^User\s+has\s+got\s+the\b",
    re.IGNORECASE,
)


# "User's husband files all the paperwork": what a relative does, not a lasting attribute.
_RELATIVE_CHORE = re.compile(
    r"^User's (?:wife|husband|partner|boyfriend|girlfriend|son|daughter|sister|brother|mother|"
    r"father|mom|dad|mum)\s+(?:does|handles|files|sorts|books|pays|organi[sz]es|arranges|"
    r"deals\s+with|takes\s+care\s+of)\b"
)


# "User hates the stuff", "User renewed them in March": the object is only a pronoun.
_VAGUE_OBJECT = re.compile(
    r"^User (?:(?:can't|cannot|can’t|really|also|still|just)\s+)?\w+\s+(?:\w+ing\s+)?(?:it|them|"
    r"that|this|her|him|those|these|the\s+stuff|the\s+thing)\b(?:\s+(?:in|on|at|every|since|"
    r"too|now|again|last|this)\b[^,;]*)?"
    r"[.!]?$",
    re.IGNORECASE,
)
# Text damage: a closing parenthesis without its opening one.
_BROKEN = re.compile(r"^[^(]*\)")
_USER_ARE = re.compile(r"^User are\b")
_WORKS_AT = re.compile(r"User works at (?P<org>[A-Z][\w&'’.-]*)")
_HEADING_WORD = re.compile(r"\b(?:checklist|list|notes|plan|agenda|to-?do|reminders)$")
_SHOUTED = re.compile(r"^User (?:\S+\s+)?[a-z][A-Z]{3,}\b")


_NAMED_WHO = re.compile(r"\bnamed ([A-Z][\w'’-]*)")
_SPAN = re.compile(r"\bfor (?:a|an|\w+) (?:years?|months?|weeks?)$")


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def _near_duplicate(a: str, b: str) -> bool:
    """Same statement in other words; facts with other numbers (two flights) are different."""
    numbers_a, numbers_b = _numbers(a), _numbers(b)
    if not (numbers_a <= numbers_b or numbers_b <= numbers_a):
        return False
    if bool(_SPAN.search(a)) != bool(_SPAN.search(b)):
        return False  # "User is vegetarian" and "... vegetarian for two years": both said
    named_a, named_b = _NAMED_WHO.search(a), _NAMED_WHO.search(b)
    if named_a and named_b and named_a.group(1) != named_b.group(1):
        return False  # two children, two pets: "named Ben" is not "named Lucy"
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= 90


# "User's wife is named Priya": said as the marriage it states, with the word the text used,
# so both "User is married to Priya" and "User's wife is Priya" are read in it.
_SPOUSE_NAMED = re.compile(
    r"^User's (?P<rel>wife|husband|fianc[eé]e?) is named (?P<name>[A-Z][\w'’-]*)$"
)


def _spouse_named(content: str) -> str:
    spouse = _SPOUSE_NAMED.match(content)
    if spouse is None:
        return content
    rel, name = spouse.group("rel"), spouse.group("name")
    state = "engaged" if rel.startswith("fianc") else "married"
    return f"User is {state} to {name}, their {rel}"


def _finalise(contents: list[str], conversation: bool = False) -> list[ExtractedFact]:
    facts: list[ExtractedFact] = []
    pieces = (
        part
        for whole in contents
        for piece in _split_fact(whole)
        for part in fact_casual.split_casual(piece)
    )
    for content in pieces:
        content = fact_clauses.trim_tail(grammar.capitalise(_clean(content)))
        content = fact_own_age.AGE_TAG.sub("", content)  # "User (41F) was ..."
        content = re.sub(
            r"\b(?:finally|actually|honestly|officially|literally|genuinely|truly|definitely)\s+",
            "",
            content,
        )
        if fact_clauses.is_fragment(content) or fact_clauses.is_anecdote(content):
            continue
        if conversation:
            # Said in passing: a named relative's news says who they are, not more.
            content = fact_clauses.named_relative(content) or content
            named = re.match(r"User's (\w+) is named (\w+)$", content)
            if named is not None and any(
                f"User has {a} {named.group(1)} named {named.group(2)}" in contents
                for a in ("a", "an")
            ):
                continue  # said already as "User has a daughter named Ada"
        if content == "User takes insulin" and "User uses insulin" in contents:
            continue  # the same treatment said twice
        content = re.sub(r"^User (?:can'?t|cannot|can’t) stand\b", "User dislikes", content)
        content = _KIN_WORD.sub(lambda m: _KIN_CANON[m.group(0).lower()], content)
        content = _spouse_named(content)
        if (
            _COMMITMENT_FACT.match(content) and not _ASPIRATION_FACT.match(content)
        ) or fact_self.is_momentary(content):
            continue
        if len(content.split()) < 3 or not content.startswith("User"):
            continue
        if _ONLY_WHEN.match(content) or _TRANSIENT.search(content) or _ONE_OFF.search(content):
            continue
        if fact_passing.is_task(content) or _RELATIVE_CHORE.match(content):
            continue
        if _SHOUTED.search(content):
            # "User pASSED MY DRIVING TEST": a shouted text lowered by its first letter only.
            content = "User " + content[5:].lower()
            if _HEADING_WORD.search(content):
                continue  # a shouted heading: "MOVING CHECKLIST"
        if _VAGUE_OBJECT.match(content) or _BROKEN.search(content):
            continue
        others_news = re.match(r"User's (?P<rel>\w+)(?:'s|’s) (?!\w+ (?:is|are)\b)", content)
        if others_news is not None:
            # "User's manager's leaving": news about someone else; a spouse's news still
            # says the user has one.
            if others_news.group("rel").lower() not in _MARRIED | {"partner"}:
                continue
            content = f"User has a {others_news.group('rel').lower()}"
        if re.fullmatch(r"User is [A-Z][a-z]+|User was (?:like |about |around )?\w+", content):
            continue  # "User is Aisha": a name (see _names); "User was like eight": an anecdote
        twin = next((i for i, f in enumerate(facts) if _near_duplicate(content, f.content)), None)
        if twin is not None:
            old = facts[twin].content
            if _numbers(old) < _numbers(content) and len(content.split()) <= 2 * len(old.split()):
                facts[twin] = ExtractedFact(content=content, category=fact_category(content))
            continue
        facts.append(ExtractedFact(content=content, category=fact_category(content)))
    return facts
