"""Round 11 of the category classifier: structural signals the flattened text lost
(a colleague's e-mail, whose relatives a turn mentions, a to-do list of unrelated
errands), accented words, exclamations, and conversational topic vocabulary.

Every example was written for these tests (not taken from the evaluation data);
each rule has examples that should change and a counter-example that must not.
"""

from __future__ import annotations

import pytest

from omi_actions.processing.local.categories import category_scores, classify, tokens
from omi_actions.processing.local.category_signals import (
    colleague_mail,
    scattered_topics,
    sender_words,
)
from omi_actions.processing.local.category_talk import praise
from omi_actions.processing.local.text import parse


def _category(text: str, source: str = "audio_transcript", spec: str | None = None) -> str:
    """The category as the engine computes it (same arguments as ``engine.py``)."""
    document = parse(text, source, spec)
    roles = " ".join([*document.roles, *document.speakers])
    return classify(
        f"{document.subject or ''} {roles} {document.body}",
        document.hashtags,
        source=document.kind,
        spec=spec,
        speakers=[*document.roles, *document.others()],
        document=document,
        raw=text,
    )


# ------------------------------------------------------------------ colleague mail


def _mail(sender: str, to: str, subject: str, body: str, cc: str = "") -> str:
    cc_line = f"Cc: {cc}\n" if cc else ""
    return f"From: {sender}\nTo: {to}\n{cc_line}Subject: {subject}\n\n{body}"


@pytest.mark.parametrize(
    "text",
    [
        _mail(
            "Olga Brandt <olga@tidewater-freight.com>",
            "me@tidewater-freight.com",
            "offsite numbers",
            "Hi,\n\nThe budget numbers for the offsite are in the sheet, can you check the "
            "invoice total?\n\nOlga",
        ),
        _mail(
            "Ravi Menon <ravi.menon@quarrybyte.io>",
            "platform-team@quarrybyte.io",
            "update moved",
            "Team,\n\nThe software update slips to Monday. Could you let the warehouse leads "
            "know before then?\n\nRavi",
            cc="me@quarrybyte.io",
        ),
    ],
)
def test_mail_from_a_colleague_is_work(text: str) -> None:
    assert colleague_mail(text)
    assert _category(text, "other_text", "email") == "work"
    # The same mail between two public mailboxes keeps its topic word's category.
    elsewhere = text.replace("tidewater-freight.com", "gmail.com").replace(
        "quarrybyte.io", "outlook.com"
    )
    assert _category(elsewhere, "other_text", "email") != "work"


@pytest.mark.parametrize(
    "text",
    [
        # Same public mailbox provider: two friends, not two colleagues.
        _mail(
            "Lia <lia.moreau@gmail.com>",
            "me@gmail.com",
            "pricing sheet",
            "Can you update the pricing sheet for the bake sale before Thursday?",
        ),
        # The sender's colleagues are copied, the user writes from elsewhere.
        _mail(
            "Tom Reyes <tom@harbourside-gym.org>",
            "me@fastmail.com",
            "club day",
            "Hi all, the club day is on Saturday.",
            cc="ana@harbourside-gym.org",
        ),
    ],
)
def test_mail_from_elsewhere_is_not_colleague_mail(text: str) -> None:
    assert not colleague_mail(text)


def test_colleague_mail_keeps_a_clear_social_topic() -> None:
    text = _mail(
        "Peg Olsen <peg@lanternworks.com>",
        "me@lanternworks.com",
        "Leaving drinks for Sam 🍻",
        "Hi all,\n\nSam's last day is Friday, so we're doing drinks at the pub on Thursday at "
        "6pm. Friends and partners welcome, RSVP so I can book enough tables. Let's celebrate "
        "in style, and bring your party hats!\n\nPeg",
    )
    assert _category(text, "other_text", "email") == "social"


# ------------------------------------------------------------------ whose relatives


@pytest.mark.parametrize(
    "text",
    [
        # A friend's relatives, in the friend's own turns.
        "Lou: my mum's new kitchen is done, and my sister painted it\n"
        "Me: oh nice, photos please!\n"
        "Lou: after dinner tonight",
        "Sam: my dad and my uncle are coming to the gig tonight lol\n"
        "Me: amazing, see you at the bar after\n"
        "Sam: first round's on me",
        # The user asking about someone else's relative.
        "Me: did her brother ever find a flat?\n"
        "Jo: no, he's still on our sofa haha\n"
        "Me: lol, drinks Friday anyway?",
    ],
)
def test_other_peoples_relatives_do_not_make_a_family_talk(text: str) -> None:
    assert _category(text) == "social"


def test_the_users_own_relatives_still_count() -> None:
    text = (
        "Me: my sister lands Friday, can you help me pick up Grandma too?\n"
        "Jo: sure, what time?\n"
        "Me: 6, then family dinner at Mom's"
    )
    assert _category(text) == "family"


# ------------------------------------------------------------------ scattered to-do list


@pytest.mark.parametrize(
    "text",
    [
        "stuff to sort this week\n"
        "- renew car insurance before the 12th\n"
        "- book the eye test\n"
        "- email the course tutor about the essay extension\n"
        "- pay the council tax",
        "weekend\n"
        "- cancel the gym trial before it bills\n"
        "- dentist: book the cleaning\n"
        "- pay the credit card\n"
        "- email the tutor about the thesis draft",
    ],
)
def test_a_list_of_unrelated_errands_is_personal(text: str) -> None:
    assert _category(text, "other_text", "note") == "personal"


def test_a_list_under_a_topic_heading_keeps_its_topic() -> None:
    text = (
        "Wedding planning: final month!\n"
        "- confirm the florist\n"
        "- book the hotel rooms for guests\n"
        "- pay the photographer deposit\n"
        "- pick up the rings"
    )
    document = parse(text, "other_text", "note")
    assert not scattered_topics(document, text, category_scores)


def test_a_list_about_one_topic_keeps_it() -> None:
    text = (
        "- pay the credit card bill\n"
        "- move savings to the index fund\n"
        "- file the tax return\n"
        "- ask the bank about the loan rate"
    )
    assert _category(text, "other_text", "note") == "finance"


# ------------------------------------------------------------------ accents, exclamations


def test_accented_words_are_one_token() -> None:
    assert tokens("my fiancé loves the café") == ["my", "fiancé", "loves", "the", "café"]


def test_an_accented_word_reaches_its_lexicon() -> None:
    text = (
        "Me: my fiancé wants peonies everywhere\n"
        "Ines: and the seating plan for the reception?\n"
        "Me: he's doing it tonight"
    )
    assert _category(text) == "romantic"


@pytest.mark.parametrize(
    "text",
    [
        "Vera: oh my god the risotto at that new place\nMe: I know!! dinner again Friday?",
        "Ana: oh god, I left my keys at yours\nMe: thank god I'm home, I'll drop them by",
    ],
)
def test_an_exclamation_is_not_a_prayer(text: str) -> None:
    assert _category(text) != "spiritual"


def test_talk_about_prayer_stays_spiritual() -> None:
    text = "Me: I pray every morning now\nAbe: church helped me too, God is patient with us"
    assert _category(text) == "spiritual"


# ------------------------------------------------------------------ conversational vocabulary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mo: that twist in the third act, did not see it coming\n"
            "Me: the cinematography carried it though",
            "entertainment",
        ),
        (
            "Me: our drummer quit, and the bassist wants to play the riffs slower\n"
            "Pat: I know someone who can learn the bassline fast",
            "music",
        ),
        (
            "Jess: belay check done? the crag is busy today\nMe: done, pass me the chalk bag",
            "sports",
        ),
        (
            "Hanne: no, after 'mit' it is always the dative\n"
            "Me: this grammar is killing me, the pronunciation too",
            "education",
        ),
        (
            "Guide: look up, the barrel vault rests on the columns, not the walls\n"
            "Me: and the cladding outside is just stone facing? lovely foyer too",
            "architecture",
        ),
    ],
)
def test_conversational_topic_words(text: str, expected: str) -> None:
    assert _category(text) == expected


def test_a_track_alone_does_not_make_music() -> None:
    text = "Me: the train is on track 4\nZoe: ok meet you on the platform, our flight is at 9"
    assert _category(text) == "travel"


# ------------------------------------------------------------------ the sender's name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _mail(
                "Riverside Rail <noreply@riverside-rail.example>",
                "me@fastmail.com",
                "Your e-ticket",
                "Your ticket for Friday is attached. Any changes can be made online; refunds "
                "are paid to the original card.",
            ),
            "travel",
        ),
        (
            _mail(
                "Maple Street Dental <frontdesk@maplestreet.example>",
                "me@fastmail.com",
                "See you Thursday",
                "This is a reminder of your visit on Thursday at 3pm. Please arrive ten "
                "minutes early and bring your card.",
            ),
            "health",
        ),
    ],
)
def test_an_organisation_sender_names_the_topic(text: str, expected: str) -> None:
    assert _category(text, "other_text", "email") == expected


def test_a_persons_name_is_not_a_topic() -> None:
    # "Banks" is the sender's surname (it makes up the mailbox name), not a bank.
    text = _mail(
        "Tilly Banks <tilly.banks@fastmail.com>",
        "me@fastmail.com",
        "Saturday",
        "Are we still on for the picnic in the park on Saturday? I'll bring the blanket.",
    )
    assert sender_words(text) == ""
    assert _category(text, "other_text", "email") != "finance"


# ------------------------------------------------------------------ a group, no topic


@pytest.mark.parametrize(
    "text",
    [
        "Aaron: I'm off to Leeds next week for a thing\n"
        "Beth: nice, I'm stuck here all week\n"
        "Me: anyone want a tea? I'm putting the kettle on\n"
        "Beth: go on then",
        "Speaker 1: did you two get here alright?\n"
        "Kemi: yeah, the bus was quick for once\n"
        "Dario: I walked, it was nice out\n"
        "Me: same, took the long way round",
    ],
)
def test_a_group_talking_about_nothing_in_particular_is_social(text: str) -> None:
    assert _category(text) == "social"


def test_two_people_with_no_topic_keep_the_transcript_default() -> None:
    text = (
        "Aaron: I'm off to Leeds next week for a thing\n"
        "Me: anyone want a tea? I'm putting the kettle on\n"
        "Aaron: go on then"
    )
    assert _category(text) == "personal"


# ------------------------------------------------------------------ grandparents' names


@pytest.mark.parametrize("label", ["Oma", "Nonna", "Abuelo"])
def test_a_grandparent_speaker_in_another_language_is_family(label: str) -> None:
    text = (
        f"{label}: are you coming Sunday? I'm making the soup you like\n"
        "Me: yes, around one. should I bring bread?\n"
        f"{label}: bring yourself, that's enough"
    )
    assert _category(text) == "family"


def test_a_first_name_speaker_is_not_family() -> None:
    text = (
        "Omar: are you coming Sunday? I'm making the soup you like\n"
        "Me: yes, around one. should I bring bread?\n"
        "Omar: bring yourself, that's enough"
    )
    assert _category(text) != "family"


# ------------------------------------------------------------------ one's own news


@pytest.mark.parametrize(
    "text",
    [
        "Me: big news, I passed my driving test today!\nLena: no way!! well done",
        "Me: sad news, the corner bakery is closing\nIvy: nooo, where will we get croissants",
        "Rui: some news: I handed in my notice\nMe: wow, good for you, celebrate Friday?",
    ],
)
def test_ones_own_news_is_not_the_news(text: str) -> None:
    assert _category(text) != "news"


def test_a_news_bulletin_is_still_news() -> None:
    text = (
        "Me: did you see the news? the bridge is closed after the storm\n"
        "Ola: yes, the headlines say it stays shut all week, officials announced a detour"
    )
    assert _category(text) == "news"


def test_a_title_before_a_persons_name_is_kept() -> None:
    text = _mail(
        "Reverend Amos Hale <amos.hale@fastmail.com>",
        "me@fastmail.com",
        "Sunday",
        "Could you read the second passage on Sunday? We start at ten.",
    )
    assert sender_words(text) == "Reverend"
    assert _category(text, "other_text", "email") == "spiritual"
    initials = _mail("Dana Cook <dcook@fastmail.com>", "me@fastmail.com", "hi", "hello there")
    assert sender_words(initials) == ""


# ------------------------------------------------------------------ praise


@pytest.mark.parametrize(
    "text",
    [
        "Me: the garden looks amazing\nPia: the landscaper did a great job with the new trees",
        "Me: your cake was a hit\nSal: good job on the frosting too, the party loved it",
        "Coach: Nice job today, that was your fastest 5k\nMe: thanks! the training is paying off",
    ],
)
def test_praise_is_not_about_a_job(text: str) -> None:
    assert praise([s.text for s in parse(text, "audio_transcript", None).sentences])
    assert _category(text) != "work"


def test_a_real_job_still_counts() -> None:
    text = (
        "Me: I got a great job at the council, the interview went well\n"
        "Ada: when do you start? who's your manager?"
    )
    assert not praise([s.text for s in parse(text, "audio_transcript", None).sentences])
    assert _category(text) == "work"


# ------------------------------------------------------------------ idioms and spellings


@pytest.mark.parametrize(
    "text",
    [
        "Nell: can you feed the cat while I'm away Friday?\nMe: of course! leave the key out",
        "Me: could you save me a seat?\nTariq: of course, see you there",
    ],
)
def test_of_course_is_not_a_class(text: str) -> None:
    assert _category(text) != "education"


def test_a_course_is_still_a_class() -> None:
    text = "Me: I signed up for the evening course in statistics\nUna: nice, which semester?"
    assert _category(text) == "education"


def test_a_bracketed_retirement_plan_is_finance() -> None:
    assert "401k" in tokens("my 401(k) and her 403(b)")
    text = (
        "Advisor: I'd move your 401(k) contribution up to 8%, the match is free money\n"
        "Me: ok, I'll change it in the portal tonight"
    )
    assert _category(text) == "finance"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Me: it's pouring here, third day running\nBo: same, supposed to clear up Sunday",
            "weather",
        ),
        (
            "June: did you compare the Medicare plans yet?\nMe: not yet, the Part D one costs more",
            "health",
        ),
        (
            "Ivo: that episode on the ice age megafauna was wild\n"
            "Me: the one about dinosaurs before it was better",
            "science",
        ),
    ],
)
def test_everyday_words_for_weather_health_science(text: str, expected: str) -> None:
    assert _category(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From: admissions@northgate-college.example\nTo: me@fastmail.com\n"
            "Subject: Your application\n\nWe are pleased to offer you a place starting in "
            "September. Please confirm by 1 June.",
            "education",
        ),
        (
            "From: bookings@eastfield-physio.example\nTo: me@fastmail.com\nSubject: Confirmed\n\n"
            "You are booked in for Tuesday at 10:30. Reply to this mail to move it.",
            "health",
        ),
    ],
)
def test_a_department_mailbox_names_the_topic(text: str, expected: str) -> None:
    assert _category(text, "other_text", "email") == expected


def test_a_persons_bare_address_is_not_a_topic() -> None:
    text = "From: jan.banks@fastmail.com\nTo: me@fastmail.com\nSubject: hi\n\nSee you at the park?"
    assert sender_words(text) == "fastmail"
