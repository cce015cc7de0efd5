"""Round 12 (B): facts from records and mail written to the user (bookings, clinic, vet,
HR, benefits, tickets) and numeric dates read in the record's own day order."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local import fact_rec_dates as rd
from omi_actions.processing.local.engine import LocalEngine
from omi_actions.processing.schemas import FactsInput

_ENGINE = LocalEngine()
_WHEN = datetime(2025, 5, 20, 10, 0, tzinfo=UTC)


def facts(text: str, spec: str = "email") -> list[str]:
    result = _ENGINE.extract_facts(
        FactsInput(text=text, text_source="other", text_source_spec=spec, reference_time=_WHEN)
    )
    return [f.content for f in result.facts]


def mail(sender: str, subject: str, body: str) -> str:
    return f"From: {sender}\nTo: me@post.example\nSubject: {subject}\n\n{body}"


# ------------------------------------------------------------------ day order of numeric dates


def test_another_date_with_a_day_over_twelve_makes_the_record_day_first() -> None:
    text = "Collect: Porto depot, 03/07/2025 09:00\nDrop: Porto depot, 21/07/2025 18:00"
    assert rd.record_day_first(text) is True
    assert "3 July 2025" in rd.day_first_text(text)
    assert "21/07/2025" in rd.day_first_text(text)  # read right already


def test_a_month_first_date_keeps_the_record_month_first() -> None:
    text = "Statement date 4/18/2025. Next payment due 05/06/2025."
    assert rd.record_day_first(text) is False
    assert rd.day_first_text(text) == text


def test_country_of_the_record_decides_a_lone_ambiguous_date() -> None:
    assert rd.record_day_first("From: clinic@surgery.co.uk\nSeen on 02/03/2025") is True
    assert rd.record_day_first("Fee €40, booked for 02/03/2025") is True
    assert rd.record_day_first("Paid $40 for the 02/03/2025 class") is False
    # nothing to tell by: left as the date rules read it
    assert rd.record_day_first("Class on 02/03/2025") is None
    assert rd.day_first_text("Class on 02/03/2025") == "Class on 02/03/2025"


def test_mixed_orders_are_left_alone() -> None:
    text = "From 25/12/2025 to 12/26/2025, then 03/04/2026"
    assert rd.record_day_first(text) is None
    assert rd.day_first_text(text) == text


def test_numeric_day_of_birth() -> None:
    assert rd.numeric_day("23/08/1991", "") == "1991-08-23"
    assert rd.numeric_day("08/23/1991", "") == "1991-08-23"
    assert rd.numeric_day("04/05/1991", "Phone +44 7700 900123") == "1991-05-04"
    assert rd.numeric_day("04/05/1991", "Copay $25") == "1991-04-05"
    assert rd.numeric_day("04/05/1991", "") is None
    assert rd.numeric_day("next Tuesday", "") is None


def test_car_hire_record_reads_pick_up_day_first() -> None:
    text = (
        "Subject: Reservation confirmed - KX-4410\n\nThank you for booking with Atlantica Car "
        "Hire.\n\nCar: Economy, manual\nPick-up: Lisbon Airport, 05/08/2025 11:00\n"
        "Return: Lisbon Airport, 16/08/2025 09:00\nConfirmation number: KX-4410"
    )
    found = " ".join(facts(text))
    assert "2025-08-05" in found
    assert "2025-05-08" not in found


def test_birth_date_in_a_day_first_form_is_an_iso_day() -> None:
    text = (
        "NEW PATIENT FORM – Quayside Dental\nName: Ilse Baumann\nDate of birth: 07/02/1984\n"
        "Phone: +44 7700 900456\nOccupation: Architect"
    )
    assert "User was born on 1984-02-07" in facts(text, "form")


# ------------------------------------------------------------------ emergency contacts


def test_labelled_emergency_contact_with_relation_and_phone() -> None:
    found = facts("Name: Rosa Klein\nEmergency contact: Tomas Klein (husband), 555-0148", "form")
    assert "User's emergency contact is Tomas Klein, 555-0148" in found
    assert any(f.startswith("User's husband is Tomas Klein") for f in found)


def test_relative_named_without_a_phone_is_no_emergency_contact_fact() -> None:
    found = facts("Name: Rosa Klein\nEmergency contact: Tomas Klein (husband)", "form")
    assert not any(f.startswith("User's emergency contact") for f in found)


def test_secondary_contact_is_not_the_emergency_contact() -> None:
    found = facts(
        "Emergency contact: Ivo Marek (son), 555-0131. Secondary: Lena Marek (sister), 555-0132.",
        "profile",
    )
    emergency = [f for f in found if f.startswith("User's emergency contact")]
    assert emergency == ["User's emergency contact is Ivo Marek, 555-0131"]


# ------------------------------------------------------------------ flights, stays, tickets


def test_flight_number_line_above_a_leg() -> None:
    text = mail(
        "Aer Azul <noreply@aerazul.example>",
        "Your booking Q4ZT8P",
        "Flight AZ 713\nCork (ORK) → Faro (FAO)\nSat 6 Sep 2025, departs 07:10, arrives 10:35",
    )
    assert "User has a flight from Cork to Faro on 2025-09-06 at 07:10" in facts(text)


def test_a_route_without_a_flight_number_is_no_flight() -> None:
    text = mail(
        "Trail Club <hello@trailclub.example>",
        "Sunday walk",
        "Meeting point\nGlendale (GLD) → Ridge Top (RDT)\nSun 7 Sep 2025, 09:00",
    )
    assert not any("flight" in f for f in facts(text))


def test_labelled_departure_with_the_date_before_the_place() -> None:
    text = mail(
        "Nordic Air <trips@nordicair.example>",
        "Your trip",
        "Flight NA 204\nDeparting: Mon 9 June 2025 06:50, Oslo Gardermoen (OSL)\n"
        "Arriving: 08:05, Stockholm Arlanda (ARN)",
    )
    found = facts(text)
    assert "User has a flight from Oslo Gardermoen to Stockholm Arlanda on 2025-06-09 at 06:50" in (
        found
    )
    assert not any(f.startswith("User has a departing") for f in found)


def test_hotel_arrival_and_departure_labels() -> None:
    text = mail(
        "The Linnet Hotel <stay@linnethotel.example>",
        "Booking confirmation",
        "Dear Ms Varga,\n\nArrival: 2 July 2025\nDeparture: 5 July 2025\nRoom: Twin",
    )
    assert "User has a hotel reservation at The Linnet Hotel from July 2 to July 5, 2025" in (
        facts(text)
    )


def test_arrival_labels_of_a_flight_are_no_hotel_stay() -> None:
    text = mail(
        "Harbor Hotel Shuttle <rides@harborhotel.example>",
        "Your airport pickup",
        "Flight: UA 881\nArrival: 2 July 2025 14:20\nYour driver will wait at door 4.",
    )
    assert not any("hotel reservation" in f for f in facts(text))


def test_ticket_order_with_count_venue_and_show_time() -> None:
    text = mail(
        "SeatHop <orders@seathop.example>",
        "Your tickets for The Lumineers",
        "Order confirmed!\n\nThe Lumineers — Forest Hills Stadium\n"
        "Friday, August 8, 2025 · Doors 6:00 PM · Show 7:30 PM\n3 × Reserved Seating",
    )
    found = facts(text)
    assert (
        "User has 3 tickets to The Lumineers at Forest Hills Stadium on 2025-08-08 at 19:30"
        in found
    )
    assert not any(f.startswith("User has a show") for f in found)


def test_single_ticket_without_a_venue_line() -> None:
    text = mail(
        "SeatHop <orders@seathop.example>",
        "Your ticket for Jazz Night",
        "Order confirmed!\n\nSaturday, June 14, 2025\n1 × General Admission",
    )
    assert "User has tickets to Jazz Night on June 14, 2025" in facts(text)


# ------------------------------------------------------------------ vet, car, benefits


def test_pet_due_for_a_vaccination_on_a_day() -> None:
    text = mail(
        "Willow Vets <care@willowvets.example>",
        "Reminder",
        "Our records show Pippa (Cocker Spaniel, 5 yrs) is due for her annual booster on "
        "June 30, 2025. Call 555-0190 to book.",
    )
    found = facts(text)
    assert "User has a 5-year-old Cocker Spaniel named Pippa" in found
    assert "User's dog Pippa is due for her annual booster on 2025-06-30" in found


def test_pet_named_with_a_lower_case_species() -> None:
    text = mail(
        "Willow Vets <care@willowvets.example>",
        "Reminder",
        "Mochi (kitten, 1 year) is due for his vaccinations. Call 555-0190.",
    )
    found = facts(text)
    assert "User has a 1-year-old cat named Mochi" in found
    assert "User's cat Mochi is due for his vaccinations" in found


def test_unknown_breed_says_no_species() -> None:
    text = mail(
        "Willow Vets <care@willowvets.example>",
        "Reminder",
        "Kiwi (Budgie, 2 yrs) is due for her wing clip check-up. Call 555-0190.",
    )
    assert not any(" is due for" in f and "Kiwi" in f for f in facts(text))


def test_pet_clause_not_about_a_due_visit() -> None:
    text = mail(
        "Willow Vets <care@willowvets.example>",
        "Thanks",
        "Rolo (Labrador, 3 yrs) is doing great after the surgery. Call 555-0190 with questions.",
    )
    assert not any("due for" in f for f in facts(text))


def test_vehicle_on_a_card_stops_at_the_line_end() -> None:
    found = facts(
        "Policy number: QP-88120\nInsured: Omar Haddad\nVehicle: 2020 Kia Niro\n"
        "Renewal date: 14 March 2026\nInsurer: Lakeshore Mutual",
        "card",
    )
    assert "User drives a 2020 Kia Niro" in found
    assert "User is insured with Lakeshore Mutual" in found


def test_insurer_label_needs_a_company_name() -> None:
    found = facts("Policy number: QP-88120\nInsurer: see attached letter\nPlan: Basic", "card")
    assert not any(f.startswith("User is insured with") for f in found)


def test_medical_coverage_carries_its_start_day() -> None:
    text = mail(
        "Benefits <benefits@corvane.example>",
        "Your benefits elections",
        "Medical: HMO Silver (employee + child)\nDental: Plus\nCoverage starts March 1, 2026.",
    )
    found = facts(text)
    assert "User has HMO Silver medical coverage for employee + child from 2026-03-01" in found
    assert "User has Plus dental coverage" in found  # the start is said of the medical plan


def test_benefits_without_a_start_day() -> None:
    text = mail(
        "Benefits <benefits@corvane.example>",
        "Your benefits elections",
        "Medical: HMO Silver (employee + child)\nDental: Plus",
    )
    assert "User has HMO Silver medical coverage for employee + child" in facts(text)


# ------------------------------------------------------------------ offer letters


def test_offer_letter_role_start_and_manager() -> None:
    text = mail(
        "Talent <talent@quillworks.example>",
        "Your offer",
        "Dear Ana,\n\nWe are delighted to offer you the position of Product Analyst at Quillworks, "
        "starting on 7 July 2025. You will report to Marcus Bell.",
    )
    found = facts(text)
    assert "User was offered the Product Analyst position at Quillworks" in found
    assert "User starts at Quillworks on 2025-07-07" in found
    assert "User reports to Marcus Bell" in found


def test_offer_of_a_discount_is_no_job() -> None:
    text = mail(
        "Quillworks <deals@quillworks.example>",
        "A gift",
        "We are happy to offer you 20% off your next order, starting on 7 July.",
    )
    assert not any("offered" in f or f.startswith("User starts") for f in facts(text))


# ------------------------------------------------------------------ appointments and notices


def test_booked_appointment_with_a_titled_doctor_in_a_day_first_record() -> None:
    text = mail(
        "Hillside Practice <bookings@hillside.nhs.uk>",
        "Appointment booked",
        "Your appointment with Dr. Osei is booked for 02/07/2025 at 11:10 at Hillside "
        "Practice. To cancel, call 0113 496 0000.",
    )
    assert any(
        f.startswith("User has an appointment with Dr. Osei on 2025-07-02") for f in facts(text)
    )


def test_booked_appointment_day_stays_month_first_in_a_us_record() -> None:
    text = mail(
        "Hillside Clinic <bookings@hillside.example>",
        "Appointment booked",
        "Your appointment with Dr. Osei is booked for 02/07/2025 at 11:10. Copay: $30.",
    )
    assert any(
        f.startswith("User has an appointment with Dr. Osei on 2025-02-07") for f in facts(text)
    )


def test_a_class_of_parents_is_no_child() -> None:
    text = mail(
        "Brookside Primary <office@brookside.example>",
        "Class trip",
        "Dear Parents of Class 3 (Mr. Hale, Year 3),\nThe trip to the farm is on Friday.",
    )
    assert not any("child named Class" in f for f in facts(text))


def test_parent_of_a_named_child() -> None:
    text = mail(
        "Brookside Primary <office@brookside.example>",
        "Reading record",
        "Dear Parent/Carer of Imogen Blake,\nImogen's reading record is due back on Friday. "
        "She is in Year 2.",
    )
    assert any(f.startswith("User has a child named Imogen") for f in facts(text))


def test_account_number_written_in_groups() -> None:
    text = mail(
        "Severn Water <billing@severnwater.example>",
        "Your bill",
        "Your water bill is ready. Account number: 712 4409 318.",
    )
    assert "User's account number is 712 4409 318" in facts(text)


# ------------------------------------------------------------------ job applications


def _conversation_facts(text: str) -> list[str]:
    from omi_actions.processing.schemas import ConversationInput

    result = _ENGINE.process_conversation(
        ConversationInput(
            text=text,
            started_at=_WHEN,
            finished_at=_WHEN,
            language="en",
            text_source="other_text",
            text_source_spec="email",
        )
    )
    return [f.content for f in result.facts]


def test_thanks_for_applying_names_the_role() -> None:
    text = mail(
        "Priya Lal <plal@orchardbank.example>",
        "Your application",
        "Hi,\n\nThanks for applying for the Risk Analyst position at Orchard Bank. We'd like to "
        "invite you to a phone screen on Thursday at 2pm.\n\nPriya",
    )
    assert "User applied for the Risk Analyst role at Orchard Bank" in _conversation_facts(text)


def test_interview_subject_with_role_and_company() -> None:
    text = mail(
        "Leo Marsh <leo@northstar-search.example>",
        "Interview - Platform Engineer at Corvid",
        "Hi,\n\nCorvid would like to invite you to a technical interview next Tuesday at 10am. "
        "Can you confirm?\n\nLeo",
    )
    found = _conversation_facts(text)
    assert "User is interviewing for a Platform Engineer role at Corvid" in found


def test_role_in_the_subject_and_company_in_the_body() -> None:
    text = mail(
        "Leo Marsh <leo@northstar-search.example>",
        "Re: UX Designer - next steps",
        "Hi,\n\nGood news: the hiring team at Fernway would like to move you to the final round."
        "\n\nLeo",
    )
    assert "User is interviewing for a UX Designer role at Fernway" in _conversation_facts(text)


def test_interview_with_the_user_as_interviewer_is_no_application() -> None:
    text = mail(
        "Dana Ruiz <dana@oralhistory.example>",
        "Oral history interview - Kessler Bakery",
        "Hi,\n\nThanks again for agreeing to share your memories of the bakery. Could we do the "
        "interview on Friday at 3pm?\n\nDana",
    )
    assert not any("interviewing for" in f for f in _conversation_facts(text))


def test_a_mail_the_user_wrote_to_a_recruiter_is_not_read_as_theirs() -> None:
    text = (
        "From: me@post.example\nTo: hr@glasswing.example\nSubject: Interview - Data Engineer at "
        "Glasswing\n\nThanks for applying for the Data Engineer role at Glasswing is what your "
        "portal says, but I never got an interview date. Could you check?"
    )
    assert not any(f.startswith("User applied") for f in _conversation_facts(text))


def test_coach_leg_is_stated_once_as_the_ticketed_train() -> None:
    text = mail(
        "Vale Rail <tickets@valerail.example>",
        "Your journey",
        "Outbound: Saturday, Bath 08:05 → Cardiff 09:10, Coach B, Seat 44.",
    )
    found = facts(text, "travel_confirmation")
    assert not any(f.startswith("User has a bus") for f in found)


def test_a_session_with_a_named_coach_is_still_a_plan() -> None:
    text = mail(
        "Peak Gym <hello@peakgym.example>",
        "Booked",
        "Your session is booked: Coach Mia, Saturday, May 24 at 9:00 AM.",
    )
    assert any("2025-05-24" in f for f in facts(text))
