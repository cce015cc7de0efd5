"""Action items of the local engine, round 12: "could you let me know?" answered as a
reply about the topic, things someone needs from the user ("I'll need your X"), a
child asking a parent for something to buy, public alerts' hedged advice, taking time
off as a means rather than a task, news lines and fragments read as imperatives, an
agent's "you'll need to", and the user passing a request on ("I'll ask her to send
them"). Every example was written for these tests (not taken from any evaluation
split); each rule has counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from omi_actions.processing.local import action_advice, action_needs, action_verbs
from omi_actions.processing.local.action_requests import _NOUN_SUBJECT
from tests.processing.engine_helpers import action_descriptions, action_items

# A Tuesday morning.
REF = datetime(2026, 6, 9, 9, 0, tzinfo=UTC)


_items = partial(action_items, reference=REF)
_descriptions = partial(action_descriptions, reference=REF)


# ------------------------------------------------------------ "could you let me know?"


def test_could_you_let_me_know_is_a_reply_about_the_mail_subject() -> None:
    text = (
        "From: Tobias Brandt <tobias@plover.example>\n"
        "To: me@plover.example\n"
        "Subject: Autumn offsite\n\n"
        "Hi,\n\nWe are planning the autumn offsite for the 3rd of October at the lake lodge. "
        "Could you let me know by Friday whether you can make it?\n\nTobias"
    )
    descriptions = _descriptions(text, "other_text", "email")
    assert any(d.startswith("Reply to Tobias about") and "offsite" in d for d in descriptions)
    assert not any(d.startswith("Let ") for d in descriptions)


def test_bare_let_me_know_in_a_group_chat_names_the_one_event() -> None:
    text = (
        "Wanda: Garden party at mine on Saturday the 13th from 2pm! "
        "can you all let me know by Thursday?\n"
        "Rolf: yes!"
    )
    descriptions = _descriptions(text, "message", "group_chat")
    assert any(d.startswith("Reply to Wanda") for d in descriptions)
    assert not any(d.startswith("Let Wanda know") for d in descriptions)


def test_let_me_know_with_an_emoji_still_asks_about_the_question_before() -> None:
    text = "Mr. Achebe: Could we move your violin lesson to Thursday this week? Let me know 🎻"
    descriptions = _descriptions(text, "message", "sms")
    assert any(
        d.startswith("Reply to Mr. Achebe about moving your violin lesson") for d in descriptions
    )


def test_unlabelled_voicemail_reply_goes_to_the_caller_who_introduced_herself() -> None:
    text = (
        "Hi, it's Priya from Lantern Recruiting. The team at Orbit would like to meet you "
        "next Wednesday at 11. Could you let me know by tomorrow if that works? Thanks!"
    )
    descriptions = _descriptions(text, "other_text", "voicemail")
    assert any(d.startswith("Reply to Priya") for d in descriptions)
    assert not any("Let the" in d for d in descriptions)


def test_let_me_know_with_a_real_question_keeps_the_question() -> None:
    # Counter-example: what to tell is said, so it is not a bare reply.
    text = "Hi, it's Oskar from Fenwick Lettings. Please let me know which paint colour you want."
    descriptions = _descriptions(text, "other_text", "voicemail")
    assert any("Oskar" in d and "paint colour" in d for d in descriptions)


def test_bring_yourself_is_a_welcome_not_a_task() -> None:
    text = "Lina: picnic in the park on Sunday at noon, bring yourself and anyone you like!"
    assert not any(d.lower().startswith("bring") for d in _descriptions(text))


# ------------------------------------------------------------ "I'll need your X"


def test_ill_need_your_thing_is_sending_it_to_the_speaker() -> None:
    text = (
        "Odile: The hall is booked for the 20th. I'll need your final seating plan by Monday.\n"
        "Me: Sure."
    )
    descriptions = _descriptions(text, "audio_transcript", "meeting")
    assert any(d.startswith("Send final seating plan to Odile") for d in descriptions)


def test_still_need_a_thing_from_you_drops_the_afterthought() -> None:
    text = (
        "Bertrand: I still need an updated budget from you by Thursday, with travel as its "
        "own line.\nMe: Okay."
    )
    descriptions = _descriptions(text, "audio_transcript", "meeting")
    assert "Send an updated budget to Bertrand" in descriptions


def test_need_a_list_keeps_the_whole_list() -> None:
    text = (
        "From: Carla Reyes <carla@ledgerwise.example>\nTo: me@home.example\nSubject: Taxes\n\n"
        "To file on time I need your P60, bank interest letter and pension statement by the "
        "30th.\n\nCarla"
    )
    descriptions = _descriptions(text, "other_text", "email")
    assert any("P60, bank interest letter and pension statement" in d for d in descriptions)


def test_need_your_help_is_not_something_to_send() -> None:
    text = "Ruben: I'll need your help with the move on Saturday.\nMe: Sure."
    assert not any(d.lower().startswith("send") for d in _descriptions(text))


def test_speaker_needing_something_from_someone_else_is_not_the_users() -> None:
    text = "Nurse: We'll need a new referral from Dr. Hale before the scan.\nMe: Okay."
    assert not any(d.lower().startswith("send") for d in _descriptions(text))


def test_need_passed_on_by_the_user_is_not_kept_as_theirs() -> None:
    text = (
        "Imogen: I also need the mileage receipts for May by the 12th.\n"
        "Me: Tom does those. I'll ask him to send them over."
    )
    descriptions = _descriptions(text, "audio_transcript", "meeting")
    assert not any(d.startswith("Send the mileage receipts") for d in descriptions)


def test_youll_have_it_dates_the_request() -> None:
    text = (
        "Bertrand: I still need an updated budget from you by Thursday.\n"
        "Me: You'll have it Wednesday."
    )
    items = _items(text, "audio_transcript", "meeting")
    budget = next(i for i in items if "budget" in i.description)
    assert budget.due_at is not None and budget.due_at.date() == datetime(2026, 6, 10).date()


# ------------------------------------------------------------ a child asks a parent


def test_child_needing_something_is_the_parents_errand() -> None:
    text = (
        "Theo: Dad, I need felt tips for my art homework.\n"
        "Me: Okay, I'll grab some tomorrow after work."
    )
    items = _items(text, "audio_transcript", "ambient")
    descriptions = [i.description for i in items]
    assert any(d.startswith("Buy felt tips for Theo's art homework") for d in descriptions)
    assert not any(d.lower().startswith("grab some") for d in descriptions)
    felt = next(i for i in items if "felt tips" in i.description)
    assert felt.due_at is not None and felt.due_at.date() == datetime(2026, 6, 10).date()


def test_child_need_with_vocative_in_the_sentence_before() -> None:
    text = "Ivy: Mum! Mum. I need a wizard costume for the school play on Friday."
    assert any(d.startswith("Buy a wizard costume") for d in _descriptions(text))


def test_needs_that_are_not_goods_are_not_errands() -> None:
    assert action_needs.parent_need("Mom, I need a hug", "") is None
    assert action_needs.parent_need("Dad, I need a ride to practice", "") is None
    assert action_needs.parent_need("Dad, I need to finish my homework", "") is None


def test_need_without_a_parent_addressed_is_not_an_errand() -> None:
    assert action_needs.parent_need("I need new trainers for the race", "Coach: right") is None
    text = "Kofi: I need new trainers for the race.\nMe: Nice."
    assert not any(d.lower().startswith("buy") for d in _descriptions(text))


def test_user_buying_one_without_a_shopping_request_before_stays_a_task() -> None:
    # Counter-example: "order one" echoes a thing named just before, no request to date.
    text = "Sol: One of those standing desks?\nMe: Yeah. I'll order one tonight."
    assert _descriptions(text) != []


# ------------------------------------------------------------ advice and fragments


def test_hedged_public_advice_is_not_a_task() -> None:
    text = "City alert: Flooding expected on the river road tonight. Avoid travel if possible."
    assert not any(d.lower().startswith("avoid") for d in _descriptions(text))
    text = "Ice warning: Avoid unnecessary journeys until Thursday."
    assert not any(d.lower().startswith("avoid") for d in _descriptions(text))


def test_no_running_asked_back_as_a_question_is_not_advice() -> None:
    text = "Me: Physio says no running until July.\nKai: No running at all?"
    assert not any("at all" in d for d in _descriptions(text, "audio_transcript", "wearable"))


def test_doctors_no_running_stays_advice() -> None:
    # Counter-example: a plain "no running for two weeks" from the clinician is kept.
    text = "Dr. Moss: Rest the ankle. And no running for two weeks.\nMe: Okay."
    descriptions = _descriptions(text, "audio_transcript", "doctor_visit")
    assert any(d.startswith("Avoid running") for d in descriptions)


def test_time_off_is_a_means_not_a_task() -> None:
    for phrase in ("Take the day off", "take the afternoon off", "Leave work early"):
        assert action_advice.not_a_task(phrase, "commitment", False)
    assert not action_advice.not_a_task("Take the car to the garage", "commitment", False)
    assert not action_advice.not_a_task("Leave the key with Ana", "commitment", False)
    text = "Jo: can you get Gran from the station Friday?\nMe: yes, I'll leave work early"
    assert "Leave work early" not in _descriptions(text)


def test_news_lines_and_fragments_are_not_imperatives() -> None:
    for line in (
        "Budget approved for next year",
        "Hiring freeze lifted for Q3",
        "Rent autopay hits on the 1st",
        "Rehearsal this Friday is moved to the church hall",
        "Back on the 22nd",
        "back bedroom",
        "Update on the roof",
    ):
        assert _NOUN_SUBJECT.match(line), line
    for line in (
        "Back up the laptop tonight",
        "back the photos up",
        "Get the form approved by HR",
        "Update the roof quote",
        "Book the hall",
    ):
        assert not _NOUN_SUBJECT.match(line), line


def test_notes_with_news_lines_keep_their_real_tasks() -> None:
    text = "Team notes\nBudget approved for Q3\nBack up the shared drive before Friday"
    descriptions = _descriptions(text, "other_text", "note")
    assert not any(d.startswith("Budget") for d in descriptions)
    assert any(d.startswith("Back up the shared drive") for d in descriptions)


# ------------------------------------------------------------ "you'll need to"


def test_agents_youll_need_to_is_a_request() -> None:
    text = (
        "Agent: You're rebooked on the evening ferry. You'll need to collect new boarding "
        "passes at the kiosk.\nMe: Okay, thanks."
    )
    descriptions = _descriptions(text, "audio_transcript", "phone_call")
    assert any(d.startswith("Collect new boarding passes") for d in descriptions)


def test_youll_need_to_be_is_not_a_task() -> None:
    text = "Agent: You'll need to be there by six.\nMe: Okay."
    assert not any(d.lower().startswith("be ") for d in _descriptions(text))


def test_hyphenated_re_verbs_are_task_verbs() -> None:
    assert action_verbs.is_task_verb("re-check")
    assert action_verbs.is_task_verb("re-send")
    assert not action_verbs.is_task_verb("re-elephant")


def test_ask_done_by_calling_is_one_task() -> None:
    text = (
        "Pharmacist: You'll need to ask the clinic to reissue it.\n"
        "Me: I'll call them first thing Monday."
    )
    items = _items(text, "audio_transcript", "phone_call")
    assert [i.description for i in items] == ["Call the clinic"]
    assert items[0].due_at is not None and items[0].due_at.weekday() == 0


# ------------------------------------------------------------ the user's own reminders


def test_note_to_self_without_a_colon_is_the_users_task() -> None:
    text = "note to self order a gift for Rania before thursday"
    descriptions = _descriptions(text, "audio_transcript", "voice_memo")
    assert any(d.startswith("Order a gift for Rania") for d in descriptions)
    assert not any(d.lower().startswith("note") for d in descriptions)


def test_dont_forget_after_a_fact_in_own_note() -> None:
    text = "the pool closes for the season on sunday, don't forget to renew the pass"
    descriptions = _descriptions(text, "other_text", "note")
    assert any(d.startswith("Renew the pass") for d in descriptions)


def test_dont_forget_said_by_the_user_to_someone_else_is_not_theirs() -> None:
    # Counter-example: in a conversation, the user reminding a friend.
    text = "Abe: heading to the shop\nMe: cool, the shop shuts at 6, don't forget to get eggs"
    assert not any("eggs" in d for d in _descriptions(text))


def test_favour_asked_as_a_question() -> None:
    text = "Mila: stuck in traffic, grab me a cinnamon bun?"
    assert any(d.startswith("Grab Mila a cinnamon bun") for d in _descriptions(text))


def test_question_imperatives_that_are_not_favours() -> None:
    for text in (
        "Mila: stuck in traffic, tell me a story?",
        "Mila: meet at the bakery at 10?",
        "Mila: remember the bakery on Elm?",
    ):
        assert _descriptions(text) == [], text


# ------------------------------------------------------------ work that is due


def test_due_work_after_a_lead_in_is_handed_in() -> None:
    text = "Dr. Vance: Right, before you leave: worksheet five is due next Friday on the portal."
    descriptions = _descriptions(text, "audio_transcript", "lecture")
    assert any(d.startswith("Submit worksheet five") for d in descriptions)


def test_due_training_is_completed() -> None:
    text = "Hana: Reminder, the fire safety training is due by Thursday, everyone."
    descriptions = _descriptions(text, "audio_transcript", "meeting")
    assert any(d.startswith("Complete the fire safety training") for d in descriptions)


def test_due_paper_with_an_aside_keeps_its_topic() -> None:
    text = (
        "Prof. Lund: Your second paper, 2,000 words on the causes of the Dust Bowl, is due "
        "next Monday by midnight."
    )
    descriptions = _descriptions(text, "audio_transcript", "lecture")
    assert any(
        d.startswith("Submit") and "second paper on the causes of the Dust Bowl" in d
        for d in descriptions
    )


def test_due_for_is_not_work_to_hand_in() -> None:
    # Counter-examples: a service or a check falling due is not the user's paper.
    for text in (
        "Garage: Also, the van is due for its service in May.",
        "Nico: The library, as you know, is due for a refit.",
    ):
        assert not any(d.startswith("Submit") for d in _descriptions(text)), text


def test_let_a_named_organiser_know_is_a_reply_to_them() -> None:
    text = (
        "From: Riverside Choir <hello@riverside-choir.example>\nTo: me@home.example\n"
        "Subject: Summer concert picnic\n\n"
        "Please let Agnes know by Monday if you're coming.\n\nThe committee"
    )
    descriptions = _descriptions(text, "other_text", "email")
    assert any(d.startswith("Reply to Agnes about") for d in descriptions)
    assert not any(d.startswith("Let Agnes know") for d in descriptions)


def test_someone_promising_to_let_a_third_person_know_is_not_the_users() -> None:
    text = (
        "Tomas: can anyone take my Saturday slot?\nMe: I can take it\n"
        "Tomas: legend, I'll let Greta know so she changes the rota\nMe: np"
    )
    assert not any("Greta" in d for d in _descriptions(text))


def test_let_a_named_person_know_a_message_keeps_the_message() -> None:
    # Counter-example: what to tell is said; no reply is owed to the named person.
    text = "Bo: please let Omar know the meeting moved to Thursday."
    assert not any(d.startswith("Reply to Omar") for d in _descriptions(text))


def test_filler_before_note_to_self_and_a_heading() -> None:
    text = "okay so um, note to self, things for today: ring the garage about the tyres."
    descriptions = _descriptions(text, "audio_transcript", "voice_note")
    assert any(d.startswith("Call the garage about the tyres") for d in descriptions)


def test_due_form_after_a_reported_note_lead_in() -> None:
    text = "Pat: Oh, the nursery sent a note, Ravi's consent form for the farm visit is due Friday."
    descriptions = _descriptions(text, "audio_transcript", "ambient")
    assert any("Ravi's consent form for the farm visit" in d for d in descriptions)


def test_a_comma_lead_in_without_a_notice_word_is_not_stripped() -> None:
    # Counter-example: "Sorry I'm late, my essay is due..." is the speaker's own essay.
    text = "Lea: sorry I'm late, my essay is due tomorrow."
    assert not any(d.startswith("Submit") for d in _descriptions(text))


def test_dont_forget_an_occasion_is_not_a_thing_to_bring() -> None:
    text = "Mr. Holt: And don't forget the spring recital, May 3rd at 6."
    assert not any(d.startswith("Bring") for d in _descriptions(text))


def test_dont_forget_a_thing_is_still_bringing_it() -> None:
    # Counter-example: a thing, not an occasion.
    text = "Coach Mae: Match on Saturday at 9. Don't forget your shin pads."
    assert any(d.startswith("Bring shin pads") for d in _descriptions(text))
