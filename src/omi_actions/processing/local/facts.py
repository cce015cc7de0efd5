"""Facts about the user: short third-person statements, never invented.

Three sources, in order of reliability:

* records in the text: a person's contact details (phone numbers via the
  ``phonenumbers`` matcher, e-mail addresses) and confirmations addressed to
  the user ("Your flight to Paris has been confirmed for May 15th");
* second-person statements in mail written to the user ("Your employee ID is
  G-20931", "You have been admitted to ...");
* the user's own first-person statements ("I'm allergic to penicillin",
  "Just finished my first marathon!"), rewritten to "User ...".

Only clauses whose verb states something lasting about the user (identity,
work, home, relations, preferences, habits, skills, achievements) are kept;
feelings, opinions and plans are not facts.

This module runs the extraction; the rules live in the ``fact_*`` modules:
``fact_contacts`` and ``fact_bookings`` (records), ``fact_names`` and
``fact_details`` (what the user states about themselves), ``fact_first_person``
and ``fact_sentences`` (sentence by sentence), ``fact_people`` (relatives, partner,
pets, children), ``fact_finalise`` (the final list) and ``fact_clean`` (shared
helpers).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from omi_actions.processing.local import (
    fact_bio,
    fact_casual,
    fact_clauses,
    fact_forms,
    fact_intro,
    fact_lasting,
    fact_own_age,
    fact_own_baking,
    fact_own_band,
    fact_own_habits,
    fact_own_household,
    fact_own_local,
    fact_own_marriage,
    fact_own_mentions,
    fact_own_passing,
    fact_own_races,
    fact_own_rent,
    fact_own_siblings,
    fact_own_speakers,
    fact_passing,
    fact_prefs,
    fact_qa,
    fact_records,
    fact_self,
    fact_statements,
    grammar,
)
from omi_actions.processing.local.fact_bookings import _bookings, _codes, _transport, plan_facts
from omi_actions.processing.local.fact_clean import _clean, fact_category
from omi_actions.processing.local.fact_contacts import _contacts, own_phones
from omi_actions.processing.local.fact_details import (
    _addresses,
    _job_start,
    _labelled_lists,
    _quit_habits,
    _records_about_user,
    _sizes,
)
from omi_actions.processing.local.fact_finalise import _drop_superseded, _finalise, _split_intros
from omi_actions.processing.local.fact_first_person import _first_person
from omi_actions.processing.local.fact_names import _greeting_name, _names
from omi_actions.processing.local.fact_people import (
    _children_in_conversation,
    _household,
    _kinship,
    _relations,
)
from omi_actions.processing.local.fact_sentences import _LASTING as _LASTING
from omi_actions.processing.local.fact_sentences import _sentence_facts
from omi_actions.processing.local.fact_sentences import (
    _split_coordinated as _split_coordinated,
)
from omi_actions.processing.local.pronouns import third_person_verb
from omi_actions.processing.local.text import Document
from omi_actions.processing.schemas import Event, ExtractedFact

_SENT_BY_USER = re.compile(r"(?:^|[<\s])me@|^\s*me\s*$", re.IGNORECASE)
_I_SENTENCE = re.compile(r"\bI(?:'m|’m|'ve|’ve|'d|’d)?\b")
_YOU_WORD = re.compile(r"\byou(?:r|rs)?\b", re.IGNORECASE)


def _own_mail(document: Document, whole_text: str) -> bool:
    """Mail the user wrote: sent from "me@", or a headerless mail in the first person
    that never addresses the reader as "you" (a cover letter, an auto-reply, a signature)."""
    found = fact_records.headers(whole_text)
    if _SENT_BY_USER.search(found.get("from", "")):
        return True
    if found:
        return False
    first = sum(1 for s in document.sentences if _I_SENTENCE.search(s.text))
    second = sum(1 for s in document.sentences if _YOU_WORD.search(s.text))
    return first >= 1 and second == 0


_OWN_RECORDING = re.compile(r"(?:voice|audio)[\s_-]*(?:note|memo)|dictation|journal|diary")


def _own_recording(document: Document) -> bool:
    """A transcript without speakers whose source says the user dictated it."""
    return (
        document.kind == "transcript"
        and not document.speakers
        and bool(_OWN_RECORDING.search(document.spec))
        and all(s.from_user is None for s in document.sentences)
    )


def extract_facts(
    document: Document,
    reference: datetime,
    whole_text: str,
    events: list[Event] | None = None,
    conversation: bool = False,
) -> list[ExtractedFact]:
    """Facts about the user in ``document``; ``whole_text`` is the raw text for records."""
    contents: list[str] = []
    if document.kind == "email" and _own_mail(document, whole_text):
        # The user's own sent mail: its body is in the first person, signed by the user.
        contents.extend(fact_self.signoff_name(document.sender, whole_text))
        document = replace(
            document,
            kind="note",
            sentences=[replace(s, from_user=True) for s in document.sentences],
        )
    if _own_recording(document):
        # A voice memo the user recorded: a note in the user's own words.
        document = replace(
            document,
            kind="note",
            sentences=[replace(s, from_user=True) for s in document.sentences],
        )
    addressed = fact_own_speakers.addressed_user(document)
    if addressed is not None:
        # "Speaker 0" / "Speaker 1": the side the other talks about ("your X") is the user.
        document = addressed
    standalone = (
        not conversation
        and document.kind == "chat"
        and bool(document.sentences)
        and all(s.speaker is None for s in document.sentences)
    )
    if standalone:
        # A chat message submitted on its own, without speaker names: the user wrote it.
        # It stays a chat: only statements of lasting facts are kept from it.
        document = replace(
            document, sentences=[replace(s, from_user=True) for s in document.sentences]
        )
    own_numbers = own_phones(" ".join(s.text for s in document.sentences if s.from_user is True))
    contents.extend(f"User's phone number is {number}" for number in own_numbers)
    contents.extend(
        _contacts(whole_text, document.kind in ("chat", "transcript"), frozenset(own_numbers))
    )
    if not conversation:
        # In a conversation, bookings and trips are calendar events, not facts.
        contents.extend(_bookings(whole_text, reference))
        contents.extend(_codes(whole_text))
        contents.extend(_transport(whole_text, reference))
        contents.extend(plan_facts(events or [], whole_text, reference))
    contents.extend(_greeting_name(document, whole_text))
    form_text = fact_forms.split_inline(whole_text)
    contents.extend(_names(form_text))
    contents.extend(_sizes(whole_text))
    if document.kind in ("post", "note", "text"):
        contents.extend(fact_self.bio_facts(whole_text))
        bio, bio_mine = fact_bio.bio_facts(whole_text, document.spec)
        if bio:
            author = bio[0].removeprefix("User's name is ")
            # The author's own title ("Dr. Imani Clarke") is not the user's doctor.
            contents = [c for c in contents if not re.search(rf"\bDr\.? {re.escape(author)}", c)]
        contents.extend(bio)
        contents.extend(_kinship(bio_mine, second_person=False) if bio_mine else [])
        if not any(c.startswith("User's name is") for c in contents):
            contents.extend(fact_self.signoff_name(None, whole_text))
        contents.extend(_labelled_lists(whole_text))
        contents.extend(_addresses(whole_text))
        contents.extend(_relations(whole_text))
    else:
        user_text = " ".join(s.text for s in document.sentences if s.from_user is True)
        contents.extend(_relations(user_text))
    for sentence in document.sentences:
        for fact in _sentence_facts(sentence, document, reference, standalone):
            contents.append(_clean(fact))
        if sentence.from_user is True:
            subjectless = standalone or document.kind in ("post", "note", "text")
            contents.extend(fact_prefs.preference_facts(sentence.text, subjectless))
    own_text = " ".join(s.text for s in document.sentences if s.from_user is True)
    to_user = " ".join(
        s.text
        for s in document.sentences
        if s.from_user is False and document.kind in ("email", "voicemail")
    )
    contents.extend(_records_about_user(f"{own_text} {to_user}", reference))
    contents.extend(_quit_habits(own_text))
    contents.extend(fact_passing.health_facts(own_text))
    contents.extend(fact_passing.belongings_facts(own_text))
    contents.extend(fact_passing.addressed_facts(document))
    contents.extend(fact_self.opinion_likes(own_text))
    contents.extend(_household(document, reference))
    contents.extend(fact_clauses.others_facts(document))
    if document.kind in ("post", "note", "text"):
        contents.extend(fact_clauses.family_counts(whole_text))
    else:
        contents.extend(fact_clauses.family_counts(own_text))
    for sentence in document.sentences:
        if sentence.from_user is True:
            contents.extend(_kinship(sentence.text, second_person=False))
        elif sentence.from_user is False and document.kind in ("email", "voicemail", "chat"):
            contents.extend(_kinship(sentence.text, second_person=True))
    contents.extend(
        _record_facts(document, reference, whole_text, own_text, to_user, conversation, form_text)
    )
    casual = fact_casual.casual_facts(own_text)
    if casual:
        # The casual rewrite states the attribute better than a fact quoting its phrase.
        anchors = [anchor for _, anchor in casual]
        contents = [c for c in contents if not any(a in c.lower() for a in anchors)]
        contents.extend(fact for fact, _ in casual)
        contents = [
            c
            for c in contents
            if not fact_casual.bare_move(grammar.capitalise(_clean(c)), contents)
        ]
    if conversation:
        contents = [c for c in contents if fact_passing.keep_provider(c, document)]
    if document.kind in ("email", "voicemail") and not fact_records.is_marketing(whole_text):
        for member in fact_passing.membership_org(whole_text):
            brand = member.removeprefix("User is a member of ").split()[0]
            plans = [c for c in contents if re.match(r"User has an? .*\bmembership\b", c)]
            if any(brand in plan or "member of" in plan for plan in plans):
                continue  # "User has a CityFit Plus membership" names the club already
            contents = [c for c in contents if c not in plans]
            contents.append(member)
    kids_text = whole_text if document.kind in ("post", "note", "text") else own_text
    said = " ".join(contents).lower()
    contents.extend(
        fact
        for fact in fact_lasting.routine_facts(kids_text)
        if not (
            ("coffee" in fact and "coffee" in said)
            or ("wakes" in fact and re.search(r"\b(?:up at|wakes)\b", said))
        )
    )
    contents.extend(fact_qa.qa_facts(document, lambda c: _first_person(c, subjectless=True)))
    contents.extend(fact_intro.named_children(kids_text))
    contents.extend(_passing_mentions(document, own_text, whole_text, contents))
    contents = _split_intros(_drop_named_twice(_drop_vague_injury(contents)))
    return _finalise(_drop_superseded(contents), conversation)


_IS_NAMED = re.compile(r"User's (?P<kin>\w+) is named (?P<name>[A-Z]\w+)$")


def _drop_named_twice(contents: list[str]) -> list[str]:
    """ "User's daughter is named Ada" beside "User has a daughter named Ada": one fact."""
    said = set(contents)
    kept = []
    for content in contents:
        named = _IS_NAMED.match(content)
        if named is not None and any(
            f"User has {article} {named.group('kin')} named {named.group('name')}" in said
            for article in ("a", "an")
        ):
            continue
        kept.append(content)
    return kept


_INJURY = re.compile(r"User has an? (?P<part>\w+) injury$")


def _drop_vague_injury(contents: list[str]) -> list[str]:
    """ "User has a wrist injury" says less than "User broke their wrist skateboarding"."""
    said = " ".join(contents)
    kept = []
    for content in contents:
        injury = _INJURY.match(content)
        if injury is not None and re.search(
            rf"\b(?:broke|tore|sprained|fractured|twisted|dislocated|injured|hurt)\s+"
            rf"(?:their|my)\s+(?:left\s+|right\s+)?{injury.group('part')}\b",
            said,
        ):
            continue
        kept.append(content)
    return kept


_CHILD_FACT = re.compile(
    r"User(?:'s)? (?:has )?(?:an? |\w+ )?.*\b"
    r"(?:sons?|daughters?|child|children|kids|twins|boys|girls)\b"
)
_PARENT_OF_KIN = re.compile(r"\bof (?:\w+ )(?:sons|daughters|children|kids|boys|girls)\b")
_SON_OR_DAUGHTER = re.compile(r"User has an? (?:son|daughter) named (\w+)$")


def _passing_mentions(
    document: Document, own_text: str, whole_text: str, contents: list[str]
) -> list[str]:
    """Pets, children, health, habits and work mentioned in passing (fact_own_mentions);
    a son or daughter named there replaces a "child" of the same name."""
    found = fact_own_mentions.pet_facts(document)
    found.extend(fact_own_mentions.children_named(document))
    found.extend(fact_own_mentions.addressed_roles(document))
    found.extend(fact_own_mentions.health_facts(document, whole_text))
    found.extend(fact_own_mentions.habit_facts(own_text))
    found.extend(fact_own_mentions.work_facts(own_text))
    found.extend(fact_own_mentions.home_facts(own_text))
    found.extend(fact_own_mentions.news_facts(own_text))
    found.extend(fact_own_mentions.pursuit_facts(own_text))
    found.extend(fact_own_passing.own_passing_facts(own_text))
    found.extend(fact_own_passing.aspiration_facts(own_text))
    found.extend(fact_own_passing.allergy_answers(document))
    found.extend(fact_own_siblings.sibling_facts(document))
    found.extend(fact_own_band.band_facts(document))
    found.extend(fact_own_rent.rent_facts(document))
    found.extend(fact_own_local.local_home_facts(own_text))
    found.extend(fact_own_marriage.marriage_facts(own_text))
    found.extend(fact_own_household.listed_household(own_text))
    found.extend(fact_own_races.race_facts(own_text))
    household = fact_own_passing.household_facts(own_text)
    household.extend(fact_own_passing.addressed_household(document))
    if any(_CHILD_FACT.match(c) for c in contents):
        # The children are named or counted already: "the kids" adds nothing.
        household = [h for h in household if h != "User has kids"]
    found.extend(household)
    if document.kind in ("post", "note", "text"):
        found.extend(fact_own_age.age_facts(whole_text))
        found.extend(fact_own_baking.baking_facts(whole_text))
        bio = fact_own_passing.bio_facts(whole_text)
        if any(
            (_CHILD_FACT.match(c) and c.startswith("User has")) or _PARENT_OF_KIN.search(c)
            for c in contents
        ):
            bio = [b for b in bio if not _CHILD_FACT.match(b)]
        found.extend(bio)
        found.extend(fact_own_habits.diets_now(bio))
    if document.kind == "email" and not document.user_sent:
        # The sign-off of a relative's mail: "Love, your big sis Hana".
        tail = "\n".join(whole_text.strip().splitlines()[-3:])
        found.extend(fact_passing.your_kin_named(tail))
    if document.kind in ("post", "note", "text"):
        # "starter is named Bubbles": a jar of dough, not a pet.
        contents[:] = fact_own_baking.without_starter_pets(contents, whole_text)
        found = fact_own_baking.without_starter_pets(found, whole_text)
    for fact in found:
        named = _SON_OR_DAUGHTER.match(fact)
        if named is not None:
            stale = f"User has a child named {named.group(1)}"
            contents[:] = [c for c in contents if c != stale]
    return found


def _record_facts(
    document: Document,
    reference: datetime,
    whole_text: str,
    own_text: str,
    to_user: str,
    conversation: bool,
    form_text: str,
) -> list[str]:
    """Records addressed to the user and self-descriptions (see fact_records/fact_statements)."""
    kind = document.kind
    found: list[str] = []
    found.extend(fact_records.providers(whole_text, kind))
    found.extend(fact_records.form_fields(form_text, kind))
    found.extend(fact_forms.form_facts(form_text))
    found.extend(fact_records.belongings(whole_text, kind, reference))
    found.extend(fact_records.memberships_and_roles(whole_text, kind, document.subject))
    if not conversation:
        found.extend(fact_records.itineraries(whole_text, kind, reference))
    found.extend(fact_statements.self_description(own_text))
    found.extend(_job_start(own_text, reference))
    found.extend(fact_statements.medication_to_user(to_user))
    others = " ".join(s.text for s in document.sentences if s.from_user is False)
    if kind in ("transcript", "chat", "email", "voicemail"):
        found.extend(fact_statements.conditions_from_clinician(others, whole_text))
    if kind in ("transcript", "chat"):
        found.extend(_children_in_conversation(document))
    return found


__all__ = ["extract_facts", "fact_category", "third_person_verb"]
