"""Action items of the local engine, round 10: requests after a reply word ("No
problem, just bring ..."), requests turned down or passed on in the reply, what a
confirmation confirms, review requests named by number and title, one message said
twice, meetings that are events, dated progressive promises, shopping lists in notes,
"Notes:" lines of invitations and sentence breaks the splitter missed. Every example
was written for these tests (not taken from any evaluation split); each rule has
counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from omi_actions.processing.local import (
    action_advice,
    action_confirm,
    action_github,
    action_lists,
    action_rules,
    action_tidy,
)
from omi_actions.processing.schemas import Event
from tests.processing.engine_helpers import action_descriptions, action_items

# A Wednesday afternoon.
REF = datetime(2026, 4, 15, 14, 0, tzinfo=UTC)


_items = partial(action_items, reference=REF)
_descriptions = partial(action_descriptions, reference=REF)


def _event(title: str) -> Event:
    return Event(title=title, start=datetime(2026, 4, 20, 9, 0, tzinfo=UTC))


# ------------------------------------------------------------ reply words before a request


def test_a_request_after_no_problem_is_still_a_request() -> None:
    text = (
        "Clinic: No problem, just bring your new membership card on Friday.\nMe: Will do, thanks."
    )
    items = _items(text, "audio_transcript", "phone_call")
    assert [i.description for i in items] == ["Bring new membership card"]
    assert items[0].due_at is not None and items[0].due_at.day == 17


def test_a_request_after_thanks_is_still_a_request() -> None:
    text = "Tomas: Thanks, send me the floor plan by Monday.\nMe: Sure."
    assert any("floor plan" in d for d in _descriptions(text))


def test_a_reply_word_alone_is_no_request() -> None:
    text = "Tomas: No problem, the floor plan is on the shared drive.\nMe: Great."
    assert _descriptions(text) == []


def test_please_after_but_is_a_request() -> None:
    text = (
        "From: Riverside Rowing <club@riverside.example>\nTo: me@example.com\n"
        "Subject: Taster session\n\nOars are provided, but please bring a towel and trainers."
    )
    assert _descriptions(text, "other_text", "email") == ["Bring a towel and trainers"]


def test_but_without_please_is_no_request() -> None:
    text = (
        "From: Riverside Rowing <club@riverside.example>\nTo: me@example.com\n"
        "Subject: Taster session\n\nOars are provided, but the boathouse has no towels."
    )
    assert _descriptions(text, "other_text", "email") == []


# ------------------------------------------------------------ "Notes:" under an invitation


def test_notes_line_of_an_invitation_asks_the_invitee() -> None:
    text = (
        "Event: Budget review\nWhen: Thu Apr 23, 2026, 10:00-11:00 UTC\n"
        "Organizer: Ravi Menon\nNotes: bring your receipts and the travel log\n"
    )
    assert any(
        d.startswith("Bring receipts and the travel log")
        for d in _descriptions(text, "other_text", "calendar")
    )


def test_notes_line_without_a_request_is_no_task() -> None:
    text = (
        "Event: Budget review\nWhen: Thu Apr 23, 2026, 10:00-11:00 UTC\n"
        "Organizer: Ravi Menon\nNotes: the room has a projector\n"
    )
    assert _descriptions(text, "other_text", "calendar") == []


# ------------------------------------------------------------ requests turned down


def test_a_request_the_user_cannot_do_is_not_a_task() -> None:
    text = (
        "Ines: Can you open the shop on Saturday?\n"
        "Me: I can't on Saturday, it's my niece's christening."
    )
    assert _descriptions(text) == []


def test_a_request_passed_to_someone_else_is_not_a_task() -> None:
    text = (
        "Pia: Could you drive the kids to practice on Monday?\n"
        "Me: Sorry, I'm away Monday. Could Oskar do it?"
    )
    assert _descriptions(text) == []


def test_someone_else_bringing_it_takes_the_request() -> None:
    text = (
        "Leo: Could you post my hiking boots?\n"
        "Me: Grandpa's visiting on the 20th, he'll bring them."
    )
    assert _descriptions(text) == []


def test_an_accepted_request_stays() -> None:
    text = "Ines: Can you open the shop on Saturday?\nMe: Sure, I can do that."
    assert any("Open the shop" in d for d in _descriptions(text))


def test_declining_one_request_keeps_the_earlier_one() -> None:
    text = (
        "Boss: Send me the staffing plan by Friday.\n"
        "Me: Fine, I'll send it Thursday.\n"
        "Boss: And can you chair the Monday stand-up?\n"
        "Me: I can't on Monday, I'm at the dentist."
    )
    descriptions = _descriptions(text)
    assert any("staffing plan" in d for d in descriptions)
    assert not any("stand-up" in d for d in descriptions)


def test_a_counter_offer_is_not_a_refusal() -> None:
    text = (
        "Nadia: Can you send the invoice by Monday?\n"
        "Me: I can't by Monday, but I'll send it on Tuesday."
    )
    assert any("invoice" in d for d in _descriptions(text))


# ------------------------------------------------------------ what a confirmation confirms


def test_a_reply_code_names_the_appointment() -> None:
    text = (
        "Lakeside Physio: Reminder of your sports massage with Tariq on Friday 17 April "
        "at 3:00 PM. Reply Y to confirm or call us to rebook."
    )
    descriptions = _descriptions(text)
    assert any(d.startswith("Reply to Lakeside Physio to confirm the") for d in descriptions)
    assert any("massage" in d for d in descriptions if d.startswith("Reply"))


def test_confirm_by_replying_names_the_sender_and_the_plan() -> None:
    text = (
        "From: Maya Roth <maya@talentbay.example>\nTo: me@example.com\n"
        "Subject: Interview\n\nWe'd like to invite you to a phone interview with our CTO "
        "on Tuesday, April 21 at 10:00 AM. Please confirm by replying to this email."
    )
    descriptions = _descriptions(text, "other_text", "email")
    assert any(d.startswith("Reply to Maya Roth to confirm the") for d in descriptions)


def test_confirm_whether_that_works_names_the_plan() -> None:
    description = action_confirm.name_confirmation(
        "Confirm whether that works for you", [_event("Site visit with Ola")], "Ola Berg"
    )
    assert description == "Confirm the site visit with Ola"


def test_a_confirmation_with_its_own_object_is_left_alone() -> None:
    description = action_confirm.name_confirmation(
        "Confirm whether you intend to renew", [_event("Inspection")], "Lettings"
    )
    assert description == "Confirm whether you intend to renew"


def test_a_confirmation_among_two_plans_is_left_alone() -> None:
    description = action_confirm.name_confirmation(
        "Reply to confirm", [_event("Cleaning"), _event("Check-up")], None
    )
    assert description == "Reply to confirm"


# ------------------------------------------------------------ review requests


def test_a_review_request_takes_the_number_and_title_of_the_subject() -> None:
    text = (
        "From: GitHub <notifications@github.com>\nTo: me@example.com\n"
        "Subject: [loom/core] Review requested on #731: Cache parsed manifests\n\n"
        "@ptorres requested your review on this pull request.\n\n2 files changed"
    )
    assert _descriptions(text, "other_text", "email") == [
        "Review pull request #731 Cache parsed manifests"
    ]


def test_a_review_request_without_a_title_names_the_repository() -> None:
    named = action_github.pr_review(
        "review this pull request", "[loom/core] Review requested on PR #88", "loom/core#88"
    )
    assert named == "review pull request #88 on loom/core"


def test_a_bump_title_drops_the_versions() -> None:
    named = action_github.pr_review(
        "review this pull request", None, "[loom/web] Bump axios from 1.6.0 to 1.6.8 (PR #12)"
    )
    assert named == "review pull request #12 Bump axios"


def test_a_named_review_is_left_alone() -> None:
    assert action_github.pr_review("review the budget draft", "Budget", "") is None


# ------------------------------------------------------------ one message said twice


def test_tell_and_i_will_text_him_are_one_task() -> None:
    text = "Kemi: And tell Dario, he never checks the group.\nMe: I'll text him tonight."
    assert _descriptions(text) == ["Text Dario"]


def test_different_people_are_two_messages() -> None:
    text = "Kemi: And tell Dario about Friday.\nMe: I'll text Sina tonight."
    assert len(_descriptions(text)) == 2


# ------------------------------------------------------------ meetings and not-now


def test_doing_an_interview_is_an_event_not_a_task() -> None:
    assert action_advice.not_a_task("Do a first interview", "request", False)
    assert action_advice.not_a_task("Do the technical interview with the CTO", "request", False)


def test_leaving_it_for_now_is_not_a_task() -> None:
    assert action_advice.not_a_task("Leave the shed roof for now", "commitment", False)


def test_interview_notes_and_leaving_a_key_are_tasks() -> None:
    assert not action_advice.not_a_task("Do the interview write-up", "request", False)
    assert not action_advice.not_a_task("Leave the key with Ana", "commitment", False)


# ------------------------------------------------------------ progressive promises


def test_a_dated_progressive_is_a_promise() -> None:
    text = "Ola: the gas bill came, it's $84 each\nMe: sending you my half tonight"
    descriptions = _descriptions(text)
    assert any(d.startswith("Send Ola") and "half" in d for d in descriptions)


def test_a_progressive_with_a_weekday_is_a_promise() -> None:
    text = "Ola: did you get the parcel slip?\nMe: yep, picking up the parcel on Friday"
    assert any("parcel" in d for d in _descriptions(text))


def test_an_undated_progressive_is_commentary() -> None:
    text = "Ola: how's the beach?\nMe: sending you a pic lol"
    assert _descriptions(text) == []


# ------------------------------------------------------------ shopping lists


def test_a_labelled_shopping_list_is_one_errand() -> None:
    text = "weekend\nshopping list: rye bread, feta, lemons\ncall the landlord about the boiler"
    descriptions = _descriptions(text, "other_text", "note")
    assert "Buy rye bread, feta and lemons" in descriptions


def test_a_long_list_under_a_heading_is_buying_groceries() -> None:
    assert (
        action_lists.shopping_task(
            "eggs x6, flour 1kg, butter, milk, apples, rice, tea bags", None, "groceries:"
        )
        == "buy groceries"
    )


def test_a_label_without_a_list_is_no_errand() -> None:
    assert action_lists.shopping_task("dinner: pasta with pesto", None) is None
    assert action_lists.shopping_task("eggs, flour", None, "menu:") is None


def test_someone_elses_shopping_list_is_not_the_users() -> None:
    text = "Jo: groceries: milk, eggs, bread\nMe: ok"
    assert _descriptions(text) == []


# ------------------------------------------------------------ missed sentence breaks


def test_a_request_after_an_abbreviation_is_found() -> None:
    text = (
        "From: Rates Office <rates@council.example>\nTo: me@example.com\nSubject: Notice\n\n"
        "Your assessment hearing is at the Civic Centre, 14 Hill St. Bring the rates notice "
        "with you."
    )
    assert any("rates notice" in d for d in _descriptions(text, "other_text", "email"))


def test_an_abbreviation_before_a_name_splits_nothing() -> None:
    text = (
        "From: Rates Office <rates@council.example>\nTo: me@example.com\nSubject: Notice\n\n"
        "Your hearing is with Dr. Send Jones at the Civic Centre."
    )
    assert _descriptions(text, "other_text", "email") == []


def test_the_users_way_of_telling_keeps_the_topic() -> None:
    text = "Kemi: Can you let Dario know about the venue change?\nMe: Sure, I'll call him later."
    (description,) = _descriptions(text)
    assert description.startswith("Call Dario") and description.endswith("about the venue change")


def test_a_one_word_plan_does_not_name_the_confirmation() -> None:
    description = action_confirm.name_confirmation(
        "Reply to Dental to confirm", [_event("Cleaning")], "Dental"
    )
    assert description == "Reply to Dental to confirm"


# ------------------------------------------------------------ more task verbs


def test_learning_and_redoing_are_tasks() -> None:
    text = "Mina: And learn the chorus of the closing song before Saturday.\nMe: Got it."
    assert any(d.startswith("Learn the chorus") for d in _descriptions(text))
    text = "Mina: Please rerun the survey export with the new filters.\nMe: ok"
    assert any(d.startswith("Rerun the survey export") for d in _descriptions(text))


def test_learning_to_do_something_is_a_goal() -> None:
    text = "goals for the year\nlearn to make sourdough\n"
    assert not any(d.startswith("Learn") for d in _descriptions(text, "other_text", "journal"))


def test_a_re_word_that_is_not_a_verb_is_not_a_task() -> None:
    text = "Mina: Really good session today.\nMe: agreed"
    assert _descriptions(text) == []


# ------------------------------------------------------------ how-to lines, order numbers, RSVPs


def test_order_numbers_and_cut_links_are_not_tasks() -> None:
    assert action_advice.not_a_task("Order #AB-77120", "imperative", False)
    assert action_advice.not_a_task("Go to https", "imperative", False)


def test_payment_and_booking_methods_are_not_tasks() -> None:
    assert action_advice.not_a_task("Pay in the app or online", "imperative", False)
    assert action_advice.not_a_task("Call (555) 010-9921 or book online", "imperative", False)


def test_ordering_and_calling_with_an_object_are_tasks() -> None:
    assert not action_advice.not_a_task("Order the cake from the bakery", "imperative", False)
    assert not action_advice.not_a_task("Call 555-0199 to book a service", "request", False)


def test_one_invitation_asks_for_one_rsvp() -> None:
    text = (
        "From: Lotte Brink <lotte@example.org>\nTo: me@example.com\n"
        "Subject: You're invited: Lotte's leaving drinks\n\n"
        "Please RSVP to the leaving drinks at the Anchor on Friday 24 April at 6pm. "
        "RSVP by Tuesday so I can book a table.\n\nGoing? Yes - No - Maybe"
    )
    rsvps = [d for d in _descriptions(text, "other_text", "email") if d.startswith("RSVP")]
    assert len(rsvps) == 1


# ------------------------------------------------------------ "don't forget <a thing>"


def test_dont_forget_a_thing_means_bring_it() -> None:
    text = "Coach Ria: Don't forget your shin pads, the new pitch is hard.\nMe: Got it."
    assert _descriptions(text) == ["Bring shin pads"]
    text = "Coach Ria: Don't forget the team banner on Saturday!"
    assert any(d.startswith("Bring the team banner") for d in _descriptions(text))


def test_dont_forget_a_plan_or_news_is_not_bringing() -> None:
    assert _descriptions("Ria: Don't forget your physio appointment on Monday.") == []
    assert _descriptions("Ria: Don't forget the pool closed for repairs.") == []


# ------------------------------------------------------------ what a task phrase drags along


def test_a_trailing_before_phrase_is_dropped() -> None:
    assert action_tidy.tidy("Pay the club fee before his first match") == "Pay the club fee"
    assert action_tidy.tidy("Call the bank before sending anything") == "Call the bank"


def test_a_trailing_when_clause_is_dropped() -> None:
    assert (
        action_tidy.tidy("Send the slides to Omar once the numbers are final")
        == "Send the slides to Omar"
    )


def test_a_run_on_phrase_stops_at_its_first_comma() -> None:
    long = (
        "Bring the candles for the table, and the napkins from the cupboard upstairs "
        "if there are any left"
    )
    assert action_tidy.tidy(long) == "Bring the candles for the table"


def test_short_phrases_and_alternatives_are_kept() -> None:
    assert action_tidy.tidy("Get bloods before the visit") == "Get bloods before the visit"
    assert action_tidy.tidy("Ask Mira if she still needs the chairs") == (
        "Ask Mira if she still needs the chairs"
    )
    alternative = (
        "Be home to let the technician in on Monday morning, or leave a key with the neighbour"
    )
    assert action_tidy.tidy(alternative) == alternative


# ------------------------------------------------------------ shared wishes


def test_a_shared_wish_without_a_day_is_not_a_task() -> None:
    text = "Me: We should do a camping trip this summer, like old times.\nIvo: Yes!!"
    assert _descriptions(text, "audio_transcript", "ambient") == []
    text = "Me: we should grab dinner again soon\nIvo: deffo"
    assert _descriptions(text) == []


def test_a_shared_plan_with_a_day_stays() -> None:
    text = "Ivo: dinner Friday?\nMe: yes, I'll book the table at Rocco's for Friday at 8"
    assert any("Book the table" in d for d in _descriptions(text))
    assert not action_rules.is_wish("we should get the tickets for Friday's show")
    assert action_rules.is_wish("we should get the band back together again")


# ------------------------------------------------------------ where to send a promised thing


def test_where_to_send_a_promised_thing_is_the_same_task() -> None:
    text = (
        "Clinic: All done for today.\nMe: I'll email you the referral letter tonight.\n"
        "Clinic: Lovely, send it to the reception address."
    )
    assert len(_descriptions(text, "audio_transcript", "wearable")) == 1
    text = "Ana: Thanks.\nMe: I'll post you the keys tomorrow.\nAna: Post them to my office."
    assert len(_descriptions(text)) == 1


def test_send_it_without_a_promise_is_a_request() -> None:
    text = "Ana: I've attached the form.\nAna: Sign it and send it to HR by Friday."
    assert any("HR" in d for d in _descriptions(text))


# ------------------------------------------------------------ driving there, sessions called off


def test_driving_without_an_object_drives_people_to_the_plan() -> None:
    text = (
        "Nell: lake swim Saturday 8am at Fernhill, who's coming?\n"
        "Me: me! I'll bring towels\nNell: amazing. can you drive too?\nMe: yep, room for 3"
    )
    assert any(d.startswith("Drive to the") for d in _descriptions(text))


def test_driving_without_a_plan_is_still_vague() -> None:
    text = "Nell: can you drive too?\nMe: yep"
    assert not any(d.startswith("Drive") for d in _descriptions(text))


def test_a_session_called_off_is_not_advice() -> None:
    text = "Coach Ada: No practice Thursday, the hall is booked. Games resume next week."
    assert _descriptions(text) == []


def test_no_running_after_an_injury_is_still_advice() -> None:
    text = "Physio: No running for two weeks, then start slowly.\nMe: ok"
    assert any(d.startswith("Avoid running") for d in _descriptions(text))
