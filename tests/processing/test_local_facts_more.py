"""Fact rules for records, self-descriptions and filters (own examples, not from eval/)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.facts import extract_facts
from omi_actions.processing.local.text import parse

# Wednesday 14 May 2025, 09:00 UTC.
REF = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)


def facts(text: str, source: str = "other_text", spec: str | None = "note") -> list[str]:
    doc = parse(text, source, spec)
    return [f.content for f in extract_facts(doc, REF, text, extract_events(doc, REF))]


def conv_facts(text: str, source: str = "message", spec: str | None = None) -> list[str]:
    doc = parse(text, source, spec)
    return [f.content for f in extract_facts(doc, REF, text, [], conversation=True)]


def mail(sender: str, subject: str, body: str) -> str:
    return f"From: {sender}\nTo: me@example.com\nSubject: {subject}\n\n{body}"


# ------------------------------------------------------------------ providers


def test_sender_of_a_reminder_is_the_users_provider() -> None:
    text = mail(
        "Oak Hill Veterinary Clinic <desk@oakhillvet.example>",
        "Pepper's annual visit",
        "Pepper (Labrador, 3 yrs) is due for her annual vaccines. Call us at (415) 555-0101.",
    )
    found = facts(text, "email", "reminder")
    assert "User's vet is Oak Hill Veterinary Clinic, phone (415) 555-0101" in found
    assert "User has a 3-year-old Labrador named Pepper" in found


def test_credentialed_sender_names_the_profession() -> None:
    text = mail(
        "Marcus Lee, CPA <marcus@leetax.example>",
        "Quarterly estimates",
        "Hi,\n\nYour Q2 estimate is attached.",
    )
    assert "User's accountant is Marcus Lee" in facts(text, "email", None)


def test_pharmacy_and_prescription() -> None:
    text = mail(
        "Corner Pharmacy <rx@corner.example>",
        "Refill ready",
        "Your prescription for lisinopril 10 mg is ready for pickup.",
    )
    found = facts(text, "email", None)
    assert "User's pharmacy is Corner Pharmacy" in found
    assert "User takes lisinopril 10 mg" in found
    assert not any("ready for pickup" in f for f in found)


def test_marketing_mail_names_no_provider() -> None:
    text = mail(
        "Bright Dental <promo@bright.example>",
        "Summer smiles",
        "Get 20% off whitening this month! Shop now. Unsubscribe here.",
    )
    assert not any("dentist" in f for f in facts(text, "email", None))


def test_insurer_with_a_vehicle_on_the_policy() -> None:
    text = mail(
        "Northgate Insurance <help@northgate.example>",
        "Your policy documents",
        "Dear policyholder,\n\nYour policy for the 2017 Honda Civic renews next month. "
        "Your premium is $612.",
    )
    found = facts(text, "email", None)
    assert "User has car insurance with Northgate Insurance" in found
    assert "User drives a 2017 Honda Civic" in found


# ------------------------------------------------------------------ forms and records


def test_form_fields_of_a_pay_stub() -> None:
    text = mail(
        "HR - Bluefin Labs <hr@bluefin.example>",
        "Your pay stub",
        "Name: J. Ortiz | Position: Lab Technician | Department: Genomics\n"
        "Pay frequency: Biweekly\nOrder #: 55120",
    )
    found = facts(text, "email", None)
    assert "User works as a Lab Technician" in found
    assert "User works in the Genomics department" in found
    assert "User is paid biweekly" in found
    assert not any("order" in f.lower() for f in found)


def test_loyalty_numbers_but_not_booking_references() -> None:
    text = "Frequent flyer #: 88120044\nBooking reference: QZ81KD\nCustomer ID: 7781-22"
    found = facts(text, "other", None)
    assert "User's Frequent flyer number is 88120044" in found or any(
        "frequent flyer number is 88120044" in f.lower() for f in found
    )
    assert any("customer number is 7781-22" in f.lower() for f in found)
    assert not any("QZ81KD" in f for f in found if "reference" not in f.lower())


def test_home_address_from_a_utility_and_a_note() -> None:
    utility = mail(
        "River City Power <notices@rcp.example>",
        "Work on your street",
        "Crews will replace a transformer serving 27 Willow Lane on Monday.",
    )
    assert "User lives at 27 Willow Lane" in facts(utility, "email", None)
    note = "Moving day done! New address as of June 2: 310 Cedar Street, Apt 4B, Salem OR 97301"
    assert any(f.startswith("User lives at 310 Cedar Street") for f in facts(note))


def test_a_street_in_an_event_invitation_is_not_the_users_home() -> None:
    text = mail(
        "Parks Dept <events@parks.example>",
        "Cleanup day",
        "Join the cleanup at 14 Harbor Road on Saturday.",
    )
    assert not any(f.startswith("User lives at") for f in facts(text, "email", None))


def test_tenancy_and_rent() -> None:
    text = mail(
        "Dana Wu <dana@elmrealty.example>",
        "Lease renewal",
        "Hi,\n\nYour rent will be $1,950/month starting September 1. Unit 12 lease attached.\n\n"
        "Thanks,\nDana Wu\nElm Street Property Management",
    )
    found = facts(text, "email", None)
    assert any(f.startswith("User's rent") and "$1,950/month" in f for f in found)
    assert "User rents Unit 12 from Elm Street Property Management" in found


def test_bank_account_and_autopay() -> None:
    text = mail(
        "Lakeshore Credit Union <alerts@lakeshore.example>",
        "Autopay confirmation",
        "AutoPay is now active for your credit card ending in 9912. Payments will be made on "
        "the 3rd of each month.",
    )
    found = facts(text, "email", None)
    assert "User has autopay set up for credit card ending in 9912" in found
    assert "User's autopay pays on the 3rd of each month" in found


def test_membership_plan_and_gym() -> None:
    text = mail(
        "PeakFit Membership <hi@peakfit.example>",
        "Welcome aboard, Tomas!",
        "Your Annual Basic membership ($300/year) at PeakFit Riverside is now active.",
    )
    found = facts(text, "email", None)
    assert "User has a PeakFit Annual Basic membership at $300/year" in found
    assert "User's gym is PeakFit Riverside" in found
    assert "User's name is Tomas" in found


def test_school_mail_to_families() -> None:
    text = mail(
        "Cedar Grove Elementary <office@cedargrove.example>",
        "Field trip",
        "Dear Grade 2 families,\n\nThe field trip is on Friday.\n\nThanks,\nMs. Rao",
    )
    assert "User has a child in Grade 2 at Cedar Grove Elementary" in facts(text, "email", None)


def test_registrar_mail_to_a_student() -> None:
    text = mail(
        "Registrar <reg@hillview.example>",
        "Grades posted",
        "Dear student,\n\nYour spring grades are posted.\n\n"
        "Office of the Registrar\nHillview College",
    )
    assert "User is a student at Hillview College" in facts(text, "email", None)


def test_itinerary_legs_and_hotel_stay() -> None:
    text = mail(
        "Air Example <trips@air.example>",
        "Trip confirmation",
        "Tue, 10 Jun 2025  AX 210  Denver (DEN) 08:15 → Chicago (ORD) 11:50\n"
        "Sun, 15 Jun 2025  AX 977  Chicago (ORD) 18:00 → Denver (DEN) 19:45",
    )
    found = facts(text, "email", "travel_confirmation")
    assert "User has a flight from Denver to Chicago on 2025-06-10 at 08:15" in found
    assert "User has a flight from Chicago to Denver on 2025-06-15 at 18:00" in found
    hotel = mail(
        "Bayview Inn <stay@bayview.example>",
        "Booking confirmed",
        "Thanks for choosing Bayview Inn.\n"
        "Check-in: Fri, Jun 20, 2025\nCheck-out: Sun, Jun 22, 2025",
    )
    found = facts(hotel, "email", "travel_confirmation")
    assert "User has a hotel reservation at Bayview Inn from June 20 to June 22, 2025" in found
    assert not any("check-in" in f.lower() for f in found)


def test_tickets_in_the_subject() -> None:
    text = mail(
        "Tix <orders@tix.example>",
        "Your tickets: The Lumineers",
        "The Lumineers — Civic Arena\nFri, Aug 8, 2025 · doors 18:30\nOrder #T-9981",
    )
    found = facts(text, "email", None)
    assert "User has tickets to The Lumineers on August 8, 2025" in found
    assert not any("order" in f.lower() for f in found)


def test_order_contents() -> None:
    text = mail(
        "Shop <no-reply@shop.example>",
        "Shipped",
        "Your order #4471 (Rain jacket, size M) has shipped.",
    )
    assert "User ordered Rain jacket, size M" in facts(text, "email", None)


# ------------------------------------------------------------------ self-description


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friends just call me Jo.", "User prefers to be called Jo"),
        ("Please call me Rafa in the meeting notes.", "User prefers to be called Rafa"),
        (
            "I can finally play the F chord without buzzing!",
            "User can play the F chord without buzzing",
        ),
        ("Week 6 of learning Korean on my lunch breaks.", "User is learning Korean"),
        ("Now on levothyroxine 50 mcg daily.", "User takes levothyroxine 50 mcg daily"),
        ("Two years sober this week.", "User has been sober for Two years"),
        (
            "After 4 years at Brightline Media I'm moving to freelance.",
            "User worked at Brightline Media for 4 years",
        ),
        ("Our little Ada turned 5 today!", "User has a child named Ada"),
        ("I'm a night-shift paramedic.", "User works night shifts"),
        ("Window seats, always.", "User prefers window seats"),
    ],
)
def test_self_descriptions(text: str, expected: str) -> None:
    assert expected in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you call me back at 5?",  # a request, not a nickname
        "I can pick it up on Friday.",  # a commitment, not an ability
        "I can do that for you.",
        "Our neighbour turned 70 today.",  # not a named child
    ],
)
def test_not_self_descriptions(text: str) -> None:
    found = facts(text)
    assert not any(
        f.startswith(("User prefers to be called", "User can", "User has a child")) for f in found
    )


def test_learning_in_the_perfect() -> None:
    assert any("learning to sew" in f for f in facts("I've been learning to sew this spring."))


def test_kids_schedule_names_children_and_school() -> None:
    found = facts(
        "Kids' week: Noor has ballet Mondays at 5, Sami has chess Fridays. Both at Ridge Middle."
    )
    assert "User has children named Noor and Sami" in found
    assert "User's child Noor has ballet Mondays at 5" in found
    assert "User's children attend Ridge Middle" in found


def test_new_job_start_date() -> None:
    found = facts(
        "After 3 years at Kelp Co I'm joining Vantage Labs as a PM! Starting June 2nd 🎉",
        "social_post",
        None,
    )
    assert "User worked at Kelp Co for 3 years" in found
    assert "User starts at Vantage Labs on June 2, 2025" in found
    assert not any(f.startswith("User is starting") for f in found)


def test_plans_in_posts_drop_the_time() -> None:
    found = facts("Running the Lakeside 10K next Saturday! #running", "other_text", "social_post")
    assert "User is running the Lakeside 10K" in found


def test_gerund_subject_is_not_a_subjectless_statement() -> None:
    found = facts("Coaching them has been the best part of my year.", "other_text", "social_post")
    assert not any(f.startswith("User is coaching them has") for f in found)


# ------------------------------------------------------------------ filters


def test_someone_writing_to_the_user_is_not_the_user() -> None:
    text = (
        "Message from Dr. Kaur\n\n"
        "Hi, I've sent amoxicillin 500 mg to your pharmacy. Take it twice a day."
    )
    found = facts(text, "other_text", "patient_portal")
    assert not any("your pharmacy" in f or "User has sent" in f for f in found)
    assert "User takes amoxicillin 500 mg" in found


def test_a_weekday_is_not_what_the_user_does() -> None:
    found = conv_facts(
        "Sam: can you take the delivery?\nMe: I work Tuesday but my roommate is home"
    )
    assert not any(f == "User works Tuesday" for f in found)


def test_a_relatives_birthday_needs_a_date() -> None:
    assert not any(
        "birthday" in f for f in conv_facts("Me: Dad's birthday is Sunday, remind me", "message")
    )


def test_two_legs_with_different_dates_are_not_duplicates() -> None:
    found = facts(
        "Sat, 7 Jun 2025  ZZ 100  Boston (BOS) 07:00 → Miami (MIA) 10:30\n"
        "Sat, 14 Jun 2025  ZZ 101  Miami (MIA) 12:00 → Boston (BOS) 15:20",
        "email",
        "travel_confirmation",
    )
    assert sum(f.startswith("User has a flight") for f in found) == 2


def test_a_coordinated_negative_is_its_own_fact() -> None:
    found = facts("I'm gluten intolerant and can't have oats.")
    assert "User is gluten intolerant" in found
    assert "User can't have oats" in found


def test_relation_with_phone_is_not_repeated() -> None:
    found = facts("Emergency contact: my brother Omar, 312-555-0100.")
    assert found == ["User's brother is Omar, phone 312-555-0100"]


# ------------------------------------------------------------------ conversations


def test_clinician_states_a_condition() -> None:
    found = conv_facts(
        "Dr. Osei: The wrist pain is most likely carpal tunnel syndrome.\nMe: What now?\n"
        "Dr. Osei: A splint at night for a month.",
        "audio_transcript",
    )
    assert "User has carpal tunnel syndrome" in found
    found = conv_facts("Dr. Osei: The strain is mild. Rest it.\nMe: Okay.", "audio_transcript")
    assert "User has a mild strain" in found


def test_a_condition_outside_a_clinic_is_not_a_diagnosis() -> None:
    found = conv_facts("Jo: This traffic is most likely a disease of the city.\nMe: ha", "message")
    assert not any(f.startswith("User has") for f in found)


def test_a_parent_names_children_in_school_talk() -> None:
    found = conv_facts(
        "Coach Pat: Practice moved to 6 tomorrow.\nMe: Thanks, Mia will be there.",
        "message",
    )
    assert "User has a child named Mia" in found
    found = conv_facts(
        "Sam: teacher conferences are Monday\nMe: Ok, Ivy's at 3 and Max's at 3:20",
        "message",
    )
    assert "User has children named Ivy and Max" in found


def test_no_children_without_school_talk() -> None:
    found = conv_facts("Me: Let's grab dinner at Luigi's tonight.\nAna: sure", "message")
    assert not any("child" in f for f in found)
    found = conv_facts("Me: After school I'll stop at Trader Joe's.\nAna: ok", "message")
    assert not any("child" in f for f in found)


# ------------------------------------------------------------------ forms and sent mail


def test_intake_form_fields() -> None:
    form = (
        "REGISTRATION FORM\nName: Lena Fischer\nDate of birth: 3 Mar 1990\n"
        "Allergies: latex (rash), sulfa\nCurrent medications: none\nOccupation: Pharmacist\n"
        "Languages spoken: German, English\nSmoker: no\nEmergency contact: Jonas Fischer "
        "(husband), 555-0144"
    )
    found = facts(form, "other", "intake_form")
    assert "User's name is Lena Fischer" in found
    assert "User was born on 3 Mar 1990" in found
    assert "User is allergic to latex" in found and "User is allergic to sulfa" in found
    assert not any(f.startswith("User takes") for f in found)
    assert "User works as a pharmacist" in found
    assert "User speaks German" in found and "User speaks English" in found
    assert "User does not smoke" in found
    assert "User's husband is Jonas Fischer, phone 555-0144" in found


def test_a_label_with_a_number_needs_a_number() -> None:
    assert not any("number is" in f for f in facts("To remember #: pay rent by the 3rd"))


def test_mail_sent_by_the_user_is_first_person() -> None:
    text = (
        "From: me@example.com\nTo: Ray <ray@example.com>\nSubject: news\n\nHi Ray,\n\n"
        "I moved to Tucson in March and I work at a bike shop now.\n\nBest,\nKim"
    )
    found = facts(text, "email", "personal_email")
    assert any(f.startswith("User moved to Tucson") for f in found)
    assert "User's name is Ray" not in found


def test_mass_mailing_greeting_is_not_a_name() -> None:
    text = mail(
        "Hotel Club <offers@club.example>",
        "Offer",
        "Dear Valued Member,\n\nEnjoy a free night. Unsubscribe",
    )
    assert not any(f.startswith("User's name") for f in facts(text, "email", None))
