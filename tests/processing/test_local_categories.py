"""Category classifier of the local engine: everyday cues, roles and spec hints.

Each rule comes with an example and a counter-example (written for these tests,
not taken from the evaluation data).
"""

from __future__ import annotations

import pytest

from omi_actions.processing.local.categories import category_scores, classify, word_forms
from omi_actions.processing.local.category_everyday import role_scores, spec_scores


def test_booked_is_not_about_a_book() -> None:
    assert "book" not in list(word_forms("booked"))
    text = "Sam: I booked a table at the taverna for eight. Me: great, see you there"
    assert category_scores(text).get("literature", 0.0) == 0.0


def test_a_book_is_still_literature() -> None:
    text = "Me: I finished the novel last night, the ending of that book wrecked me"
    assert classify(text, source="chat") == "literature"


@pytest.mark.parametrize(
    "text",
    [
        "Front desk: Hello, Oakview Animal Hospital. Me: my puppy has been limping since "
        "Monday, can the vet see him? Front desk: Dr. Moss has a slot at 10 tomorrow.",
        "Reminder: Pepper is due for her rabies booster at the veterinary practice. "
        "Call us to make an appointment.",
    ],
)
def test_pet_care_is_personal(text: str) -> None:
    assert classify(text, source="chat") == "personal"


def test_own_doctor_visit_stays_health() -> None:
    text = "Dr. Moss: your blood pressure is fine, keep taking the tablets. Me: great"
    assert classify(text, source="transcript", speakers=["Dr. Moss"]) == "health"


def test_car_repair_is_personal() -> None:
    text = (
        "Mechanic: the brake pads are worn through and the rotors need replacing too. "
        "Me: ok, can you do it Friday? Mechanic: drop it off before eight."
    )
    assert classify(text, source="transcript", speakers=["Mechanic"]) == "personal"


def test_landlord_repair_stays_real_estate() -> None:
    text = (
        "Landlord: the boiler engineer will come on Monday morning to look at the "
        "radiator in the flat, can you let him in? Me: yes, I'll be home"
    )
    assert classify(text, source="chat", speakers=["Landlord"]) == "real"


def test_physio_talk_about_a_runners_knee_is_health() -> None:
    text = (
        "Physio: the knee is bending better. Keep the running short for now and do the "
        "squats every day. Me: ok, I'm worried about my race in May."
    )
    assert classify(text, source="transcript", speakers=["Physio"]) == "health"


def test_a_race_without_injury_stays_sports() -> None:
    text = "Me: ran a new personal best at the 10k race this morning, splits were even"
    assert classify(text, source="note") == "sports"


def test_incidental_work_does_not_make_it_work() -> None:
    text = "Tia: could you water my plants while I'm away? Me: sure, I'll stop by after work"
    assert classify(text, source="chat") != "work"


def test_standup_minutes_are_work_not_technology() -> None:
    text = (
        "Daily standup. Me: yesterday I fixed the cache bug in the API, today I'll review "
        "the deploy pipeline PR. Kim: I'm on the database migration, no blockers."
    )
    assert classify(text, source="transcript", spec="meeting") == "work"
    # The same words with no meeting around them are about technology.
    assert classify(text.replace("Daily standup. ", ""), source="chat") == "technology"


def test_role_cues() -> None:
    assert role_scores(["Vet nurse"]) == {"personal": 5.0}
    assert role_scores(["Counsellor"]) == {"psychology": 5.0}
    assert role_scores(["Dr. Ortiz"]) == {"health": 3.0}
    assert role_scores(["Mum"]) == {"family": 3.0}
    assert role_scores(["Drew", "Momo"]) == {}  # names, not roles
    # One role counts once however many people have it.
    assert role_scores(["Neighbour", "neighbour"]) == {"social": 3.0}


def test_spec_cues() -> None:
    assert spec_scores("therapy_session") == {"psychology": 4.0}
    assert spec_scores("patient_portal") == {"health": 3.0}
    assert spec_scores("sms") == {}
    assert spec_scores("") == {}


def test_temperature_of_a_sick_child_is_not_weather() -> None:
    text = "School office: Ava has a temperature and needs to be picked up today."
    assert classify(text, source="transcript") != "weather"
    assert classify("Heavy snow and a freezing temperature tonight", source="note") == "weather"


def test_news_bulletin_is_news_whatever_it_reports() -> None:
    bulletin = (
        "Good evening, here are the headlines. The central bank cut interest rates by half "
        "a point as inflation eased and unemployment rose. Bond markets rallied."
    )
    assert classify(bulletin, source="transcript") == "news"
    alert = "Subject: Breaking: tariffs raised on steel imports\nThe trade deficit widened."
    assert classify(alert, source="email") == "news"
    # The same economics talked over between friends is economics; "breaking" in a
    # sentence is no bulletin.
    chat = "Inflation is sticky, the central bank won't cut interest rates, and tariffs hurt."
    assert classify(chat, source="chat") == "economics"
    assert classify(f"I'm breaking my budget. {chat}", source="chat") == "economics"


def test_physical_therapist_is_health_not_psychology() -> None:
    text = (
        "Physiotherapy session notes. Therapist: Sam, PT. Knee rehab: squats 3x10, "
        "stretch the hamstring daily, ice if sore. Next session Thursday."
    )
    assert classify(text, source="note", speakers=["Therapist"]) == "health"
    talk = "Therapist: How has the anxiety been this week? Me: Better, I slept more."
    assert classify(talk, source="transcript", speakers=["Therapist"]) == "psychology"
