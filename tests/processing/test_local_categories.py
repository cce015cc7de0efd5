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


# A chat between friends stays social when a topic word comes up in passing.
@pytest.mark.parametrize(
    "text",
    [
        "Ines Me wanna grab a coffee thursday? can't, double shift at the warehouse lol "
        "friday then? deal, you're the best",
        "Me Theo who's in for pizza at mine saturday? me!! can't, my brother is visiting, "
        "next time for sure",
        "Me Rosa can I borrow your drill sunday? sure, it's in the shed haha legend",
    ],
)
def test_friends_chat_with_a_passing_topic_is_social(text: str) -> None:
    assert classify(text, source="chat") == "social"


def test_friendly_tone_does_not_beat_a_dominant_topic() -> None:
    text = (
        "Me Jo lol did you see the match? the striker scored twice, the coach subbed "
        "the keeper at half time and the league table is wild now"
    )
    assert classify(text, source="chat") == "sports"


def test_friendly_words_in_a_workplace_chat_tool_stay_work() -> None:
    text = (
        "Dev Me no worries, next time! I'll ask my manager to move the team meeting and "
        "finish the report before the deadline"
    )
    assert classify(text, source="chat", spec="slack") == "work"


def test_friendly_cues_only_count_in_chats() -> None:
    text = "No worries, next time! The quarterly report and the team meeting move to Monday."
    assert classify(text, source="email") == "work"


def test_coursework_project_is_education() -> None:
    text = (
        "Me Lea call about the project tomorrow? I'll finish my part of the report, "
        "the presentation deadline is Tuesday in the seminar and the lab report is due on "
        "the module page"
    )
    assert classify(text, source="chat") == "education"


def test_office_project_without_a_class_is_work() -> None:
    text = (
        "Me Lea I'll write the intro of the proposal, you take the budget section. the "
        "presentation to my manager is on Tuesday and the team wants the draft by Friday"
    )
    assert classify(text, source="chat") == "work"


def test_a_quote_for_seats_is_business() -> None:
    text = (
        "Ms. Park Me We'd want 300 seats if the pricing works. I'll send a revised quote "
        "tomorrow and ask my manager about a discount. Great, let's follow up next week."
    )
    assert classify(text, source="transcript") == "business"


def test_internal_handover_is_work() -> None:
    text = (
        "Me Ola can you cover my shift on Friday? I'll update the rota and tell the manager. "
        "Sure, send me the handover notes for the team."
    )
    assert classify(text, source="transcript") == "work"


@pytest.mark.parametrize(
    "text",
    [
        "Me Kim can you drive Dad to his appointment? Dad's knee surgery moved to the 9th "
        "and I have a shift that day",
        "Subject: Grandma's 90th  The party is at the community hall on the 3rd at noon, "
        "could you bring chairs and pick up the cake?",
    ],
)
def test_a_relatives_occasion_is_family(text: str) -> None:
    assert classify(text, source="chat") == "family"


def test_someone_elses_surgery_is_health() -> None:
    text = (
        "Nurse Me your surgery is confirmed for Monday at 7, no food after midnight, "
        "and bring your medication list to the clinic"
    )
    assert classify(text, source="transcript") == "health"


def test_voice_memo_and_working_from_home_are_not_work() -> None:
    memo = "voice memo: the electrician comes Thursday, return the tent to Ravi, buy dog food"
    assert classify(memo, source="voicemail") == "personal"
    snow = "Me: the snow storm is getting worse, I'm working from home. Sam: stay warm!"
    assert classify(snow, source="chat") == "weather"


def test_job_talk_with_working_from_home_is_still_work() -> None:
    text = (
        "Recruiter Me they want you for the final round on Monday. Great, my notice period "
        "is four weeks and I'd like to keep working from home on Fridays."
    )
    assert classify(text, source="transcript") == "work"
