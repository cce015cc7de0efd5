"""Action items of the local engine, round 11: requests put to a group that the user
volunteers for ("could someone …?" - "I'll take it"), polite "it'd be great if you
could", @-mentions of someone else, e-mails the user is cc'd on that ask everyone,
shifts agreed to (events, not tasks), what "it" stands for when the sentence before
says where it is, vague objects, causative "have it finished". Every example was
written for these tests (not taken from any evaluation split); each rule has
counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from omi_actions.processing.local import action_accept, action_verbs
from tests.processing.engine_helpers import action_descriptions, action_items

# A Wednesday afternoon.
REF = datetime(2026, 4, 15, 14, 0, tzinfo=UTC)


_items = partial(action_items, reference=REF)
_descriptions = partial(action_descriptions, reference=REF)


# ------------------------------------------------------------ volunteering for a group request


def test_volunteering_for_that_takes_the_thing_just_mentioned() -> None:
    text = (
        "Lou: The supplier list is badly out of date and the auditors arrive Monday. "
        "Could someone take that?\n"
        "Me: I'll take it. I'll have it revised by Friday.\n"
        "Lou: Great."
    )
    items = _items(text, "audio_transcript")
    assert [i.description.lower() for i in items] == ["revise the supplier list"]
    assert items[0].due_at is not None and items[0].due_at.day == 17


def test_who_can_request_answered_with_ill_take_her() -> None:
    text = (
        "Dad: who can drive Nana to her physio on the 22nd?\n"
        "Priya: not me, I'm away\n"
        "Me: I'll take her"
    )
    descriptions = _descriptions(text, "message", "group_chat")
    assert len(descriptions) == 1
    assert "Nana to her physio" in descriptions[0]


def test_someone_needs_to_then_do_it_keeps_the_concrete_task() -> None:
    text = (
        "Kim: someone needs to reserve the pavilion at Elm Park before it's gone. "
        "could someone do it today?\n"
        "Me: I'll do it, reserving now"
    )
    descriptions = _descriptions(text, "message", "whatsapp")
    assert any(d.lower().startswith("reserve the pavilion") for d in descriptions)


def test_me_then_ill_take_is_one_task() -> None:
    text = "Ana: could someone handle the raffle?\nMe: me!! I'll take the raffle\nBo: nice"
    descriptions = _descriptions(text, "message", "group_chat")
    assert len(descriptions) == 1


def test_a_yes_no_question_to_the_household_is_not_volunteering() -> None:
    text = (
        "Tech: I can come Thursday morning. Will someone be home?\n"
        "Me: Yes, I'm working from home that day.\n"
        "Tech: Great, see you then."
    )
    assert _descriptions(text, "audio_transcript", "phone_call") == []


def test_group_request_answered_by_someone_else_is_not_the_users() -> None:
    text = "Ana: could someone book the minibus?\nRob: I'll do it\nMe: thanks Rob"
    assert _descriptions(text, "message", "group_chat") == []


def test_done_verb_and_resolution_helpers() -> None:
    assert action_accept.done_verb("I'll have it updated by Friday") == "update"
    assert action_accept.done_verb("I'll have the slides exported tonight") == "export"
    assert action_accept.done_verb("I'll have a think") is None
    assert action_accept.resolved("take that", "the budget sheet") == "take the budget sheet"
    assert action_accept.resolved("book the hall", None) == "book the hall"
    assert action_accept.resolved("do it", None) is None


def test_export_is_a_task_verb() -> None:
    assert action_verbs.is_task_verb("export")
    assert not action_verbs.is_task_verb("exporter")
    text = "Nia: could you export the survey results before the offsite?\nMe: on it"
    assert _descriptions(text, "message", "slack") == ["Export the survey results"]


# ------------------------------------------------------------ polite "it'd be great if you could"


def test_it_would_be_great_if_you_could_is_a_request() -> None:
    text = "Omar: It'd be great if you could proofread the grant summary before Friday.\nMe: Sure."
    assert any("proofread the grant summary" in d.lower() for d in _descriptions(text))
    text = "Lena: It would be really helpful if you could send the floor plan.\nMe: ok"
    assert any("floor plan" in d for d in _descriptions(text))


def test_a_wish_about_the_world_is_not_a_request() -> None:
    text = "Omar: It'd be great if the rain held off for the picnic.\nMe: fingers crossed"
    assert _descriptions(text) == []


# ------------------------------------------------------------ @-mentions


def test_a_request_at_mentioning_someone_else_is_theirs() -> None:
    text = "Ravi: @Mona can you fix the footer before the demo?\nMona: yep\nMe: thx"
    assert _descriptions(text, "message", "slack") == []
    text = "Ravi: @Mona the nightly build failed, can you take a look\nMona: on it"
    assert _descriptions(text, "message", "slack") == []


def test_a_notification_starting_with_a_mention_is_not_addressed_elsewhere() -> None:
    text = (
        "From: GitHub <noreply@github.com>\nTo: me@example.com\n"
        "Subject: [acme/web] Review requested on PR #31\n\n"
        "@kpatel requested your review on pull request #31."
    )
    assert any("#31" in d for d in _descriptions(text, "other_text", "email"))


# ------------------------------------------------------------ cc'd e-mails


def test_cc_email_asking_everyone_concerns_the_user() -> None:
    text = (
        "From: Hana Ito <hana@corp.example>\nTo: leads@corp.example\nCc: me@corp.example\n"
        "Subject: Offsite\n\nHi all,\n\nCould everyone send me their dietary needs by Monday?\n\n"
        "Thanks,\nHana"
    )
    assert any("dietary needs" in d for d in _descriptions(text, "other_text", "email"))


def test_cc_email_asking_the_cc_reader_concerns_the_user() -> None:
    text = (
        "From: Hana Ito <hana@corp.example>\nTo: raj@corp.example\nCc: me@corp.example\n"
        "Subject: Trip\n\nRaj, please send me your passport number.\n\n"
        "And for you on cc: could you book the airport transfer by Friday?\n\nHana"
    )
    descriptions = _descriptions(text, "other_text", "email")
    assert any("airport transfer" in d for d in descriptions)
    assert not any("passport" in d for d in descriptions)


# ------------------------------------------------------------ shifts are events


def test_an_agreed_shift_is_not_an_action_item() -> None:
    text = "Jo: can you cover my Sunday shift, 8 to 4?\nMe: yes, I can do it\nJo: legend"
    assert _descriptions(text) == []
    text = "Manager: can anyone work the late shift on Friday?\nMe: I can take it."
    assert _descriptions(text, "message", "group_chat") == []
    assert action_accept.covers_shift("Cover Dana's opening shift")
    assert not action_accept.covers_shift("Call Dana back about the shift")


# ------------------------------------------------------------ what "it" stands for


def test_it_is_not_the_place_where_it_arrived() -> None:
    text = (
        "Flat: the water bill's in your name, right? It came in the post.\n"
        "Me: Yeah, it's due on the 30th. I'll pay it."
    )
    descriptions = _descriptions(text, "audio_transcript")
    assert any("water bill" in d for d in descriptions)
    assert not any("post" in d for d in descriptions)


def test_it_is_not_what_the_thing_is_like() -> None:
    text = (
        "Neighbour: could I borrow your pressure washer? The patio tiles are a state.\n"
        "Me: Sure, I'll bring it over Sunday."
    )
    descriptions = _descriptions(text, "audio_transcript")
    assert any("pressure washer" in d for d in descriptions)
    assert not any("state" in d for d in descriptions)


def test_it_still_finds_a_noun_in_a_prepositional_phrase() -> None:
    text = (
        "Teacher: The left hand is rushing in the second movement.\n"
        "Teacher: Practise it slowly this week."
    )
    descriptions = _descriptions(text, "audio_transcript")
    assert any("second movement" in d for d in descriptions)


# ------------------------------------------------------------ vague objects and manners


def test_nothing_named_is_not_a_task() -> None:
    text = "Ola: we should get together soon\nMe: yes!! we should totally organise something"
    assert _descriptions(text, "message", "whatsapp") == []
    text = "Ben: barbecue at mine Sunday, bring whoever you like\nMe: see you there"
    assert _descriptions(text, "message", "whatsapp") == []
    text = "Coach: The course is long, so start early."
    assert _descriptions(text, "audio_transcript") == []


def test_something_with_a_description_is_still_a_task() -> None:
    text = "Lead: For the offsite on Friday, please bring something you made this year."
    assert any("something you made" in d for d in _descriptions(text, "other_text", "email"))


# ------------------------------------------------------------ "have it finished by then"


def test_have_it_read_by_then_names_the_book() -> None:
    text = (
        "Host: This month we're reading The Glass Hotel.\n"
        "Host: We meet on the 30th. Everyone please have it read by then.\n"
        "Me: Will do."
    )
    descriptions = _descriptions(text, "audio_transcript")
    assert any(d.lower().startswith("read the glass hotel") for d in descriptions)


def test_undo_have_only_for_what_people_do_themselves() -> None:
    assert action_accept.undo_have("have the boxes packed by Friday") == "pack the boxes by Friday"
    assert action_accept.undo_have("get the essay written tonight") == "write the essay tonight"
    assert action_accept.undo_have("have the form signed by your GP") == (
        "have the form signed by your GP"
    )
    assert action_accept.undo_have("have the updated deck") == "have the updated deck"


# ------------------------------------------------------------ "you're on snacks"


def test_being_on_snacks_is_buying_them() -> None:
    text = "Tess: quiz night at mine Friday at 7!\nTess: and you're on crisps\nMe: deal"
    descriptions = _descriptions(text, "message", "whatsapp")
    assert any(d.startswith("Buy crisps") for d in descriptions)
    text = "Dad: Sunday lunch at ours. You're on dessert.\nMe: ok"
    assert any(d.startswith("Buy dessert") for d in _descriptions(text, "audio_transcript"))


def test_someone_else_on_snacks_is_theirs() -> None:
    text = "Tess: quiz night Friday!\nTess: Marco you're on crisps\nMarco: fine"
    assert _descriptions(text, "message", "whatsapp") == []
    text = "Lead: Ben, you're on the release notes.\nBen: ok"
    assert _descriptions(text, "audio_transcript") == []


def test_a_shopping_run_dates_the_share_instead_of_adding_a_task() -> None:
    text = "Tess: and you're on drinks\nMe: got it, I'll do a Lidl run tomorrow"
    items = _items(text, "message", "whatsapp")
    assert [i.description for i in items] == ["Buy drinks"]
    assert items[0].due_at is not None and items[0].due_at.day == 16
    text = "Sam: I'll drive. You're on food.\nMe: sure, I'll do the grocery run on Friday"
    assert _descriptions(text, "message", "whatsapp") == ["Do the grocery run"]
    assert action_accept.is_errand("do a big Aldi run")
    assert not action_accept.is_errand("do the dishes")


# ------------------------------------------------------------ "come pick him up"


def test_come_and_do_is_the_errand() -> None:
    assert action_accept.drop_motion("come pick him up by noon") == "pick him up by noon"
    assert action_accept.drop_motion("go and collect the parcel") == "collect the parcel"
    assert action_accept.drop_motion("come back in two weeks") == "come back in two weeks"
    assert action_accept.drop_motion("come grab it whenever") == "come grab it whenever"
    text = (
        "Office: Hi, this is the school office. Your daughter Mia has a temperature. "
        "Please come collect her by 2pm today. Thanks."
    )
    descriptions = _descriptions(text, "audio_transcript", "voicemail")
    assert any(d.lower().startswith("collect") for d in descriptions)


# ------------------------------------------------------------ "let me know if that works"


def test_let_me_know_if_that_works_is_a_reply_about_the_subject() -> None:
    text = (
        "From: Aldo Ruiz <aldo@example.com>\nTo: me@example.com\nSubject: Re: Lunch next week\n\n"
        "Could we do Wednesday at 1 instead? Let me know if that works.\n\nAldo"
    )
    descriptions = _descriptions(text, "other_text", "email")
    assert any(d.startswith("Reply to Aldo about lunch") for d in descriptions)


def test_let_me_know_with_a_real_question_keeps_it() -> None:
    text = (
        "From: Aldo Ruiz <aldo@example.com>\nTo: me@example.com\nSubject: Re: Lunch next week\n\n"
        "Let me know which of the two menus you prefer.\n\nAldo"
    )
    descriptions = _descriptions(text, "other_text", "email")
    assert not any(d.startswith("Reply to Aldo about lunch") for d in descriptions)


# ------------------------------------------------------------ "in the meantime, please"


def test_please_after_a_time_adverbial_is_a_request() -> None:
    text = "Agent: In the meantime please upload the receipts to the portal.\nMe: Will do."
    assert any("upload the receipts" in d.lower() for d in _descriptions(text, "audio_transcript"))
    text = "Tutor: Before then please reread chapter two.\nMe: ok"
    assert any("chapter two" in d for d in _descriptions(text, "audio_transcript"))


# ------------------------------------------------------------ "put X in your letterbox"


def test_it_is_what_was_put_somewhere_not_the_place() -> None:
    text = (
        "Landlord: I've put the new contract in your mailbox. "
        "Please sign it and return it to me by Friday.\nMe: Thanks."
    )
    descriptions = _descriptions(text)
    assert any("contract" in d for d in descriptions)
    assert not any("mailbox" in d for d in descriptions)


# ------------------------------------------------------------ one errand, two verbs


def test_a_reply_doing_the_request_another_way_is_one_task() -> None:
    text = (
        "Nan: Can you send me the photos from the wedding?\n"
        "Me: Of course. I'll email the wedding photos to you on Sunday."
    )
    descriptions = _descriptions(text)
    assert len(descriptions) == 1 and descriptions[0].startswith("Email")
    text = "Jo: can you get some ice on the way?\nMe: sure, I'll grab two bags of ice"
    assert len(_descriptions(text)) == 1


def test_a_different_errand_in_the_reply_stays_separate() -> None:
    text = "Jo: can you send me the invoice?\nMe: sure, and I'll buy the printer paper tomorrow too"
    assert len(_descriptions(text)) == 2
