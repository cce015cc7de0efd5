"""Round 10 of the category classifier: cues that name a topic without its words,
sender roles, status notices, the fallback of a topic-less talk, and an emoji that
agrees with the chosen category.

Every example was written for these tests (not taken from the evaluation data);
each rule has examples that should change and a counter-example that must not.
"""

from __future__ import annotations

import pytest

from omi_actions.processing.local.categories import classify, pick_emoji
from omi_actions.processing.local.category_register import (
    book_club_cues,
    career_move_cues,
    date_for_two,
    job_search_cues,
    pet_patient,
    status_notice,
)

# ------------------------------------------------------------------ reading group


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Tomas: Okay, next month's pick is that lighthouse one everyone keeps talking "
            "about. Me: Sounds good. Tomas: We meet at Ana's on the 14th at 8. Me: I'll bake.",
            ["Tomas"],
        ),
        (
            "Ruth: let's get through chapters four to nine before we meet again / Me: ambitious "
            "but fine / Ruth: my flat, Tuesday, 7:30",
            ["Ruth"],
        ),
    ],
)
def test_reading_group_talk_is_literature(text: str, speakers: list[str]) -> None:
    assert classify(text, source="chat", speakers=speakers) == "literature"


def test_a_school_reading_group_is_not_a_book_club() -> None:
    text = "Partner: bring your questions about the reading group to the parent conference."
    assert book_club_cues(text) == 0


# ------------------------------------------------------------------ job search


@pytest.mark.parametrize(
    "text",
    [
        "From: Jo Pratt <jo@talentbridge.example>\nSubject: Staff ML Engineer role\n\n"
        "Hi, thanks for applying to the Staff ML Engineer role at Brightmoor. Are you free for "
        "a 20-minute intro call on Friday at 11?",
        "Kim: Hello! I'm recruiting for a backend developer position at a payments company, "
        "fully remote. Open to a chat? Me: Thanks Kim, I'm happy where I am for now.",
    ],
)
def test_recruiting_is_work_even_with_technical_job_titles(text: str) -> None:
    assert classify(text, source="chat", speakers=["Kim"]) == "work"


def test_a_description_of_a_toddler_is_not_a_job_search() -> None:
    assert job_search_cues("She's three. Tantrums are part of the job description.") == 0


# ------------------------------------------------------------------ gig tickets


def test_concert_ticket_mail_is_music() -> None:
    text = (
        "Your order is confirmed\nThe Paper Kites - Autumn tour\nCity Arena\n"
        "Fri 14 Nov · Doors 6:45 PM · Show 8:00 PM\n3 × General Admission"
    )
    assert classify(text, source="email") == "music"


def test_church_doors_opening_is_not_a_gig() -> None:
    text = (
        "Thank you for greeting this Sunday at the morning service! Doors open at 9:15, "
        "the worship team will be there early. Blessings, Pastor Dan"
    )
    assert classify(text, source="email") == "spiritual"


# ------------------------------------------------------------------ pets as patients


def test_a_dogs_check_up_is_the_owners_errand() -> None:
    text = (
        "Dr. Patel: Milo is in good shape for a six-year-old spaniel. Me: He keeps shaking "
        "his head. Dr. Patel: Mild ear infection, drops twice a day. He's due his rabies "
        "shot next month."
    )
    assert pet_patient(text)
    assert classify(text, source="transcript", speakers=["Dr. Patel"]) == "personal"


def test_the_users_own_check_up_stays_health() -> None:
    text = (
        "Dr. Patel: Your blood test came back fine, the iron is normal now. Me: Great. "
        "Dr. Patel: Keep taking the tablets and book a check-up in six months."
    )
    assert not pet_patient(text)
    assert classify(text, source="transcript", speakers=["Dr. Patel"]) == "health"


# ------------------------------------------------------------------ a date for two


@pytest.mark.parametrize(
    "text",
    [
        "Robin: still on for tonight? got us a table at the little Greek place at 8 😘\n"
        "Me: yes!! see you there",
        "Me: dinner Friday? I booked the rooftop one\nAlex: you're sweet. yes please xx",
    ],
)
def test_an_affectionate_evening_plan_is_romantic(text: str) -> None:
    speaker = "Robin" if text.startswith("Robin") else "Alex"
    assert classify(text, source="chat", speakers=[speaker]) == "romantic"


def test_a_relatives_affection_is_not_a_date() -> None:
    text = "Me: Hi Grandma! dinner on Sunday still on?\nIrene: of course sweetheart ❤️ 1pm"
    assert not date_for_two(text, 1)
    assert classify(text, source="chat", speakers=["Irene"]) != "romantic"


def test_a_group_dinner_with_hearts_is_not_a_date() -> None:
    text = "Lea: table booked for 6 of us at 8 ❤️\nSam: yay\nMe: see you all there"
    assert not date_for_two(text, 2)


# ------------------------------------------------------------------ status notices


@pytest.mark.parametrize(
    "text",
    [
        "From: QuickShip <track@quickship.example>\nSubject: Delivered\n\nYour parcel was "
        "delivered at 11:02 and handed to a neighbour. Tracking: QS 99812. How did we do?",
        "MealRun: Your order from Green Curry House is on its way! Arriving in 9 min 🛵",
    ],
)
def test_a_bare_delivery_status_is_other(text: str) -> None:
    assert status_notice(text)
    assert classify(text, source="email") == "other"


def test_a_delivery_that_needs_the_user_is_not_bare() -> None:
    text = (
        "Your order is out for delivery tomorrow between 8am and noon. A signature is "
        "required, please make sure someone is home."
    )
    assert not status_notice(text)


# ------------------------------------------------------------------ roles


def test_an_accountants_reminder_is_finance() -> None:
    text = (
        "Paul: Morning! Your self-assessment is due on the 31st and I still need your P60. "
        "Me: I'll send it tonight."
    )
    assert classify(text, source="chat", speakers=["Paul (accountant)"]) == "finance"


def test_a_talk_with_ones_solicitor_is_legal() -> None:
    text = (
        "Nia: I've read the letter they sent you. Please don't reply to them directly. "
        "Me: Okay. Nia: Forward me everything they've sent and I'll answer by Friday."
    )
    assert classify(text, source="transcript", speakers=["Nia (solicitor)"]) == "legal"


def test_a_performance_self_assessment_stays_work() -> None:
    text = (
        "Manager: please finish your self-assessment before the performance review on "
        "Thursday. Me: Will do, I'll send it to you and HR tomorrow."
    )
    assert classify(text, source="chat", speakers=["Manager"]) == "work"


# ------------------------------------------------------------------ career posts


@pytest.mark.parametrize(
    "text",
    [
        "Today was my last day at Pine & Co 🥹 Seven years, two offices and a team I'll "
        "miss. Onwards! #grateful",
        "Big news: I'm joining Harbor Studio as Lead Illustrator next month! #newrole",
    ],
)
def test_a_career_move_post_is_work(text: str) -> None:
    assert career_move_cues(text) >= 1
    assert classify(text, source="post") == "work"


def test_a_friends_new_job_in_a_chat_is_a_passing_mention() -> None:
    text = "Me: how's the new job?\nLiv: good! anyway, drinks Friday at the pub?"
    assert classify(text, source="chat", speakers=["Liv"]) == "social"


# ------------------------------------------------------------------ fallback


def test_a_topicless_service_exchange_falls_back_to_personal() -> None:
    text = (
        "Speaker 0: Can I help you? Speaker 1: Just these two, please. Speaker 0: That's "
        "eleven forty. Speaker 1: Here you go. Speaker 0: Have a nice evening."
    )
    assert classify(text, source="transcript") == "personal"


def test_a_topicless_chat_between_friends_stays_social() -> None:
    text = "Mo: you around later? Me: yeah after 6. Mo: cool, ping me"
    assert classify(text, source="chat", speakers=["Mo"]) == "social"


# ------------------------------------------------------------------ emoji


@pytest.mark.parametrize(
    ("text", "category", "emoji"),
    [
        ("Please book a follow-up with the clinic for your knee", "health", "🩺"),
        ("Lunch meeting with the team about the roadmap", "work", "📅"),
        ("Dinner for our anniversary at 8", "romantic", "🍽️"),
    ],
)
def test_emoji_agrees_with_the_category(text: str, category: str, emoji: str) -> None:
    assert pick_emoji(text, category) == emoji


def test_a_specific_emoji_is_kept_when_it_fits() -> None:
    assert pick_emoji("Finished the marathon in under four hours", "sports") == "🏃"
    assert pick_emoji("Finished that book last night, what an ending", "literature") == "📖"


# ------------------------------------------------------------------ talking therapy


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Osei: How were the mornings this week? Me: The anxiety still hits on the train. "
        "Dr. Osei: Let's keep the thought record going and talk again on Monday.",
        "Dr. Osei: Has the low mood lifted at all? Me: A little, mornings are better. "
        "Dr. Osei: Good. Keep the walks going and we will meet again next Thursday.",
    ],
)
def test_a_doctor_talking_about_anxiety_is_a_psychologist(text: str) -> None:
    assert classify(text, source="transcript", speakers=["Dr. Osei"]) == "psychology"


def test_a_doctor_treating_a_sprain_stays_health() -> None:
    text = (
        "Dr. Osei: The sprain is healing well. Me: It still aches in the evening. "
        "Dr. Osei: Ice it and keep the ankle up. Come back in two weeks for a check-up."
    )
    assert classify(text, source="transcript", speakers=["Dr. Osei"]) == "health"


# ------------------------------------------------------------------ the user's partner


def test_household_talk_with_ones_partner_is_family() -> None:
    text = (
        "Partner: The parent evening is on Wednesday at 5, I'll take Mia's slot. "
        "Me: I'll do Sam's at 5:20 then. Partner: And sign the photo form tonight."
    )
    assert classify(text, source="transcript", speakers=["Partner"]) == "family"


def test_a_business_partner_is_not_a_spouse() -> None:
    text = (
        "Tom: The investor call is moved to Thursday. Me: Good, the deck needs work. "
        "Tom: As your partner in this startup, I say we cut the pricing slide."
    )
    assert classify(text, source="chat", speakers=["Tom"]) != "family"


# ------------------------------------------------------------------ running late


@pytest.mark.parametrize(
    "text",
    [
        "Jo: running 15 min late, get me a tea?",
        "Me: sorry, running a bit behind, start without me",
    ],
)
def test_running_late_is_not_a_run(text: str) -> None:
    assert classify(text, source="chat", speakers=["Jo"]) != "sports"


def test_a_morning_run_is_still_sports() -> None:
    text = "Jo: running 10k by the river tomorrow at 7, join? Me: yes, easy pace though"
    assert classify(text, source="chat", speakers=["Jo"]) == "sports"


# ------------------------------------------------------------------ one-time codes


@pytest.mark.parametrize(
    "text",
    [
        "Your CloudBank security code is 771204. It expires in 10 minutes. Do not share it.",
        "604918 is your Snapgram login code. Don't give it to anyone.",
    ],
)
def test_a_one_time_code_text_is_other(text: str) -> None:
    assert classify(text, source="chat") == "other"


def test_a_conversation_that_mentions_a_code_keeps_its_topic() -> None:
    text = (
        "Agent: Thanks for calling about your flight to Oslo. Me: The app asked for a "
        "verification code I never got. Agent: No problem, I've moved you to the 6pm flight, "
        "your new boarding pass and hotel voucher are in your email. Me: Great, and the "
        "luggage is checked through to the airport in Oslo? Agent: Yes, all the way through."
    )
    assert classify(text, source="transcript", speakers=["Agent"]) == "travel"
