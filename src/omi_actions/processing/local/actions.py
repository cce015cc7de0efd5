"""Action items: requests made to the user and commitments the user made.

Each clause is matched against a small grammar of request forms ("don't
forget to X", "can you X?", "please X", an imperative verb) when someone else
says it, and commitment forms ("I'll X", "I need to X") when the user says it.
The task phrase is then made self-contained: pronouns ("send them to legal")
are resolved to the last noun phrase said before, pronouns of address are
rewritten from the user's point of view, leading time phrases are dropped.
The due date comes from a date phrase in the clause ("by Friday"), from
"before then" (the last date said), or from the one upcoming event the task
prepares for ("bring Catan" -> game night).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from omi_actions.processing.local import (
    action_accept,
    action_declines,
    action_echo,
    action_lists,
    action_plans,
    action_quotes,
    action_refs,
    action_rules,
    action_sms,
    action_time,
    grammar,
)
from omi_actions.processing.local.action_candidates import (
    _add,
    _anaphoric,
    _continuation,
    _date_acceptance,
    _elided_verb,
)
from omi_actions.processing.local.action_commitments import _commitment
from omi_actions.processing.local.action_context import _Candidate, _Context, _infer_user
from omi_actions.processing.local.action_dedupe import _dedupe, _handed_off, _where_to_send
from omi_actions.processing.local.action_minutes import _actions_section, _owned_item
from omi_actions.processing.local.action_phrasing import _clauses, _resolve_person, _resolve_pronoun
from omi_actions.processing.local.action_requests import _addressed_elsewhere, _request
from omi_actions.processing.local.text import Document
from omi_actions.processing.schemas import ActionItem, Event

_ACCEPT = re.compile(
    r"^(?:sure|ok|okay|yes|yep|yeah|will do|on it|got it|no problem|deal)?[,!. ]*"
    r"(?:i\s+can\s+do\s+(?:that|it)|i'?ll\s+do\s+(?:that|it)|i'?ll\s+(?:take|handle)\s+(?:that|it)|"
    r"will\s+do|on\s+it|i\s+got\s+(?:it|this)|count\s+me\s+in|i'?m\s+on\s+it|"
    r"you(?:'ll|’ll|\s+will)\s+have\s+(?:it|them))\b",
    re.IGNORECASE,
)
_INVITED_BY = re.compile(
    r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:has\s+)?invited\s+you\s+to\s+"
    r"(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?P<what>[\w'’ -]{3,40}?)(?=\s*[.,!@:(]|\s+on\b|$)"
)
# Casual promises that accept a request without naming a new task.
_FORMULA = re.compile(
    r"^(?:(?:yeah|yes|yep|sure|ok|okay|cool|fine|no\s+worries)[,!. ]+)*"
    r"(?:leave\s+it\s+(?:with|to)\s+me|consider\s+it\s+done|(?:i'?m|i\s+am)\s+on\s+it|on\s+it|"
    r"will\s+do|no\s+bother|go\s+on\s+then|(?:i'?ve|i\s+have)\s+got\s+(?:it|this|you)|"
    r"count\s+me\s+in|i'?ll\s+(?:sort|handle|deal\s+with)\s+(?:it|that|this))\s*[.!]*$",
    re.IGNORECASE,
)
# "Ken: post the role" in someone's notes: a task assigned to Ken, not the user.
_LABEL_WORDS = frozenset(
    """me todo note notes homework task tasks reminder reminders action actions next goal goals
    plan plans errands chores priority urgent important also ps tonight today tomorrow weekend
    step then later first agenda followup follow-up""".split()
)
_HEADER_SPEAKERS = frozenset(
    {"invitation", "invite", "updated invitation", "organizer", "organiser", "calendar", "event"}
)
_OWN_KINDS = frozenset({"note", "transcript"})
_NOTES = re.compile(
    r"^(?:notes?|description|details|reminder|please\s+note)\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE
)
_ASSIGNED = re.compile(r"^(?P<name>[A-Z][a-z]+)\s*:\s+\S")


_OTHER_SUBJECT = re.compile(
    r"^\s*(?:and\s+|then\s+|so\s+)?(?:we|they|he|she)(?:'ll|’ll|\s+will|'d|’d|\s+would|\s+can)\b",
    re.IGNORECASE,
)


def extract_actions(
    document: Document, reference: datetime, events: list[Event] | None = None
) -> list[ActionItem]:
    events = events or []
    expanded = [action_sms.expand(s.text) for s in document.sentences]
    if any(e is not s.text for e, s in zip(expanded, document.sentences, strict=True)):
        document = replace(
            document,
            sentences=[
                s if e is s.text else replace(s, text=e)
                for e, s in zip(expanded, document.sentences, strict=True)
            ],
        )
    document = _infer_user(document)
    context = _Context(document, reference)
    candidates: list[_Candidate] = []
    invited = False
    pending_group: tuple[str, int, str] | None = None
    volunteered = -1
    monologue = bool(document.sentences) and all(s.from_user is True for s in document.sentences)
    note_like = (
        document.kind == "note"
        or (monologue and document.kind in ("chat", "transcript"))
        or bool(re.search(r"\b(?:note to self|todo|to-do|reminder to self)\b", document.body, re.I))
    )
    dialogue = bool(document.others())
    # Minutes with an "Actions" section: the discussion above it holds no tasks of its own.
    actions_from = _actions_section(document)
    post = document.kind == "post"  # a post's imperatives ask its readers
    # A sermon, a podcast, a speech, a guided tour: exhortations to everyone listening.
    audience_from = (
        action_rules.audience_speakers(
            document.spec, [(s.speaker, s.text) for s in document.sentences[:40]]
        )
        if document.kind == "transcript"
        else set()
    )
    # Several speakers, even when none is known to be the user, make a conversation:
    # an ad read heard in it covers only the reader's own sentences.
    several = len({s.speaker for s in document.sentences if s.speaker}) > 1
    promo = action_rules.promo_sentences(document.sentences, dialogue or several)
    for index, sentence in enumerate(document.sentences):
        if sentence.done:
            continue  # "- [x] pay the water bill": ticked off already
        if index in promo and sentence.from_user is not True:
            continue  # "Join free and earn points", "use code X": an advert's call to action
        notes = _NOTES.match(sentence.text) if sentence.from_user is not False else None
        if notes is not None and document.kind in ("text", "email", "chat"):
            # "Notes: bring your laptop" among an invitation's fields: asks the invitee.
            header = (sentence.speaker or "").lower() in _HEADER_SPEAKERS
            sentence = replace(
                sentence,
                text=notes.group("rest"),
                speaker=None if header else sentence.speaker,
                from_user=None if header else sentence.from_user,
            )
        elif (sentence.speaker or "").lower() in _HEADER_SPEAKERS:
            continue  # "Invitation: Budget sync" read as a speaker: a heading
        if sentence.from_user is not False and (note_like or document.kind in _OWN_KINDS):
            heading = document.sentences[index - 1].text if index > 0 else ""
            shopping = action_lists.shopping_task(
                sentence.text, sentence.speaker, heading if heading.endswith(":") else ""
            )
            if shopping is not None:  # "groceries: oat milk, spinach, rice"
                _add(candidates, shopping, shopping, sentence, index, "commitment", context, events)
                continue
        if index <= volunteered:
            continue  # "I'll have it updated by Friday" after "I'll take it": said already
        if sentence.from_user is not True:
            group = action_accept.group_task(sentence.text)
            if group is not None and (
                pending_group is None
                or not action_accept.is_pronoun_task(group)
                or index - pending_group[1] > 2
            ):
                # "Could someone take that?": "that" is what was said just before.
                position = max(0, sentence.text.lower().find(group.lower()[:20]))
                pronoun = group.split()[1] if len(group.split()) > 1 else "it"
                np = action_accept.topic(
                    [sentence.text[:position]]
                    + [s.text for s in reversed(document.sentences[max(0, index - 2) : index])],
                    context.noun_phrase(index, sentence.text, position, pronoun),
                )
                task = action_accept.resolved(group, np)
                pending_group = (task, index, sentence.text) if task else None
            elif group is not None and pending_group is not None:
                # "someone needs to book the hall. could someone do it tonight?"
                pending_group = (
                    pending_group[0],
                    index,
                    f"{pending_group[2]} {sentence.text}",
                )
        elif (
            pending_group is not None
            and (_ACCEPT.search(sentence.text) or action_accept.accepts(sentence.text))
            and index - pending_group[1] <= 4
        ):
            turn = [index]
            while (
                turn[-1] + 1 < len(document.sentences)
                and len(turn) < 3
                and document.sentences[turn[-1] + 1].from_user is True
            ):
                turn.append(turn[-1] + 1)
            said = " ".join(document.sentences[i].text for i in turn)
            verb = action_accept.done_verb(said)
            task = action_accept.with_verb(pending_group[0], verb)
            dated = [i for i in turn if any(not m.past for m in context.mentions[i])]
            # The volunteer's own date ("I'll have it by Friday"), else the request's.
            clause = said if dated else pending_group[2]
            _add(candidates, task, clause, sentence, index, "accepted", context, events)
            volunteered = max(
                [
                    i
                    for i in turn[1:]
                    if action_accept.done_verb(document.sentences[i].text)
                    or action_accept.accepts(document.sentences[i].text)
                ]
                + [i for i in dated if i > index],
                default=index,
            )
            pending_group = None
            continue
        elif sentence.from_user is True:
            pending_group = None  # the user answered something else
        if sentence.from_user is True and candidates and _ACCEPT.search(sentence.text):
            _date_acceptance(candidates, sentence, index, context)
        if (
            sentence.from_user is True
            and candidates
            and candidates[-1].sentence.from_user is False
            and candidates[-1].kind != "offered"  # "should I bring anything?" - "a salad" - "done"
            and index - candidates[-1].index <= 2
            and action_rules.already_done(sentence.text)
        ):
            candidates.pop()  # "can you restart it?" - "already did": nothing left to do
            continue
        offered = (
            action_echo.offered_item(document.sentences[index - 1].text, sentence.text)
            if index > 0
            and sentence.from_user is not True
            and document.sentences[index - 1].from_user is True
            else None
        )
        if offered is not None:
            _add(candidates, offered, sentence.text, sentence, index, "offered", context, events)
            continue
        invitation = _INVITED_BY.search(sentence.text)
        if invitation is not None and sentence.from_user is not True:
            task = (
                f"respond to {invitation.group('who')}'s invitation to {invitation.group('what')}"
            )
            _add(candidates, task, sentence.text, sentence, index, "invitation", context, events)
        previous_found = True
        previous_clause = ""
        owned = _owned_item(sentence.text)
        if owned is not None:
            if owned:
                _add(candidates, owned, owned, sentence, index, "commitment", context, events)
            continue
        if index < actions_from and not _OWN_LINE.search(sentence.text):
            continue
        assigned = _ASSIGNED.match(sentence.text)
        if (
            assigned is not None
            and assigned.group("name").lower() not in _LABEL_WORDS
            and sentence.text[assigned.end() - 1 :].split(" ", 1)[0].lower() in grammar.TASK_VERBS
        ):
            continue
        for position, (clause, joiner) in enumerate(_clauses(sentence.text)):
            found: str | None = None
            if sentence.from_user is not False and _FORMULA.match(clause.strip()):
                previous_found = False
                continue  # "leave it with me", "consider it done": an acceptance
            kind = "commitment"
            # A verb after "and" shares the subject of the clause before ("We can drop
            # X and go with Y"): it is an imperative only if that clause was one too.
            imperative_ok = (
                position == 0
                or previous_found
                or joiner in (",", ";")
                or len(previous_clause.split()) <= 2
            )
            previous_clause = clause
            # A message of unknown origin with no speakers ("other_text") is read like a
            # letter to the user: its requests are the user's tasks.
            letter = document.kind == "text" and sentence.speaker is None
            if (sentence.from_user is not True or letter) and not _addressed_elsewhere(
                sentence, document
            ):
                request = _request(clause, sentence, document, context, imperative_ok)
                if request is not None:
                    found, kind = request
                    if kind == "let-know" and invited:
                        continue
                    if kind in ("request", "imperative") and (
                        action_rules.in_the_moment(clause)
                        or (
                            sentence.speaker in audience_from
                            and not action_rules.is_assignment(clause)
                        )
                    ):
                        previous_found = False
                        continue  # "Pass the salt"; a preacher's "bring it to God in prayer"
            if found is None and sentence.from_user is not False:
                found = _commitment(
                    clause,
                    sentence,
                    document,
                    allow_imperative=(
                        note_like
                        or sentence.bullet
                        # "Sure, send me the deck" to someone else is their task; "I'll
                        # call the bank, then pay the bill" continues the user's own.
                        or (position > 0 and (previous_found or not (dialogue or post)))
                    )
                    and imperative_ok,
                )
            if found is None and letter:
                found = action_plans.summary_step(clause)  # "Next steps: you will ..."
            if found is None and (sentence.from_user is True or note_like):
                found = action_plans.dated_plan(clause)  # "Tomorrow I'm calling her"
            # "... and we'll adjust it": someone else's step, not a continued task.
            other_subject = _OTHER_SUBJECT.match(clause) is not None
            if (
                found is None
                and sentence.from_user is not True
                and candidates
                and not other_subject
            ):
                found = _continuation(clause, sentence, candidates[-1], index)
            if found is None and candidates and not other_subject:
                found = _elided_verb(clause, sentence, candidates[-1], index)
            previous_found = found is not None
            if found is None:
                continue
            if (
                sentence.from_user is True
                and action_accept.is_errand(found)
                and candidates
                and candidates[-1].sentence.from_user is False
                and index - candidates[-1].index <= 2
            ):
                # "you're on snacks" - "I'll do a supermarket run tomorrow": that is when;
                # "I'll do the grocery run" names the task better than "buy food".
                _date_acceptance(candidates, sentence, index, context)
                if action_accept.names_goods(found):
                    candidates[-1].description = grammar.capitalise(
                        action_time.strip_time_phrases(found, context.reference)
                    )
                    candidates[-1].core = candidates[-1].description
                continue
            undone = action_accept.undo_have(found)
            named = (
                _resolve_pronoun(undone, context, index, sentence)
                if undone != found and sentence.from_user is not True
                else undone
            )
            if named != undone:
                found = named  # "please have it finished by then": finish the book said before
            elif _anaphoric(found, clause, candidates, index, context):
                continue
            if _where_to_send(found, sentence, candidates, index):
                continue  # "I'll email you the number tonight" - "send it to the desk address"
            found = _resolve_pronoun(found, context, index, sentence)
            found = _resolve_person(found, context, index, sentence)
            found = action_refs.partitive(
                found, [s.text for s in reversed(document.sentences[max(0, index - 2) : index])]
            )
            if _add(candidates, found, clause, sentence, index, kind, context, events):
                invited = invited or kind == "invitation"
    labelled = next(
        (
            s.text
            for s in document.sentences
            if (s.speaker or "").lower() in ("invitation", "invite", "updated invitation")
        ),
        None,
    )
    rsvp = action_rules.rsvp_task(
        "\n".join(s.text for s in document.sentences), document.subject, labelled
    )
    if rsvp is not None and not any(c.kind == "invitation" for c in candidates):
        candidates.append(_Candidate(rsvp, None, document.sentences[0], 0, "RSVP", "rsvp", rsvp))
    last_user = max(
        (i for i, s in enumerate(document.sentences) if s.from_user is True), default=-1
    )
    # "Reply C to confirm" once the user has replied is done; so is a question the user
    # answered later ("Are you free Monday?" - "Yes, that works").
    candidates = [
        c
        for c in candidates
        if c.kind not in ("reply", "invitation")
        or c.index > last_user
        or (c.kind == "invitation" and c.description.lower().startswith("respond to"))
    ]
    candidates = [c for c in candidates if not action_declines.declined(c, candidates, document)]
    items = _dedupe([c for c in candidates if not _handed_off(c, document)])
    if document.quotes:
        items = action_quotes.add_quoted(document, reference, events, items, extract_actions)
    return items


_OWN_LINE = re.compile(r"\bme\s+to\b|@me\b|\bI(?:'ll|’ll|\s+will)\b", re.IGNORECASE)
