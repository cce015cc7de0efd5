"""Round 13 (B): facts about the user from records and mail: holder names, addresses,
terms, amounts, pets' records, lab results, visit summaries, loans, cards, onboarding.

Every example is written for this test file (not taken from eval/).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from omi_actions.processing.local import LocalEngine
from omi_actions.processing.schemas import ConversationInput, FactsInput

_ENGINE = LocalEngine()
_START = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)


def rec(text: str, source: str = "email", spec: str | None = None) -> list[str]:
    """Facts the local engine finds in a record submitted on its own."""
    result = _ENGINE.extract_facts(
        FactsInput(
            text=text,
            text_source=source,
            text_source_spec=spec,
            reference_time=_START,
            language="en",
        )
    )
    return [f.content for f in result.facts]


def mail(text: str) -> list[str]:
    """Facts the local engine finds in an e-mail conversation."""
    result = _ENGINE.process_conversation(
        ConversationInput(
            text=text,
            started_at=_START,
            finished_at=_START + timedelta(minutes=5),
            text_source="other_text",
            text_source_spec="email",
            language="en",
        )
    )
    return [f.content for f in result.facts]


def has(facts: list[str], *words: str) -> bool:
    return any(all(w.lower() in f.lower() for w in words) for f in facts)


# ------------------------------------------------------------------ holder names


def test_holder_labels_name_the_user() -> None:
    water = "Aqualine Water - Welcome\n\nAccount holder: Petra Lindqvist\nMeter: 55120"
    assert "User's name is Petra Lindqvist" in rec(water)
    cover = "Motor cover details\n\nPolicyholder: Mr. Dev Anand\nExcess: £300"
    assert "User's name is Dev Anand" in rec(cover)
    hire = "Zoom Car Hire\n\nMain driver: Oskar Brandt\nVehicle: Kia Ceed or similar"
    assert "User's name is Oskar Brandt" in rec(hire)
    lease = "Welcome to Elm Court\n\nResident: Yara Haddad\nParking bay: 14"
    assert "User's name is Yara Haddad" in rec(lease)


def test_patient_name_with_fields_on_one_line() -> None:
    summary = (
        "Visit summary - Oakridge Clinic\n\nPatient: Lorna Quist | DOB: 1990-02-11\n"
        "Seen by: Dr. Kemp"
    )
    assert "User's name is Lorna Quist" in rec(summary)


def test_holder_counter_examples() -> None:
    # a child's school record names the pupil, not the parent reading it
    school = "Dear Parent,\n\nStudent: Ivo Marsh\nClass: 3B\nTeacher: Mrs Flint"
    assert not has(rec(school), "name is Ivo")
    # a company or a fare class is no person
    assert not has(rec("Account holder: Brightside Ltd\nBalance: $40"), "name is")
    assert not has(rec("Lead passenger: Adult\nFare: Standard"), "name is")


# ------------------------------------------------------------------ addresses and terms


def test_supply_address_start_and_payment() -> None:
    text = (
        "Welcome to Brightgrid Power!\n\nAccount holder: Nell Sorensen\n"
        "Supply address: 22 Wattle Street, Geelong VIC 3220\n"
        "Supply start date: 3 March 2026\nPayment: quarterly direct debit on the 10th"
    )
    facts = rec(text)
    assert has(facts, "lives at 22 Wattle Street")
    assert "User's supply starts on 2026-03-03" in facts
    assert "User pays by quarterly direct debit on the 10th" in facts


def test_insurance_renewal_and_premium() -> None:
    text = (
        "Your home insurance renewal\n\nPolicyholder: Ms Ada Kerr\n"
        "Renewal date: 9 October 2025\nAnnual premium: £488.10"
    )
    facts = rec(text)
    assert "User's home insurance renews on 2025-10-09" in facts
    assert "User's annual home insurance premium is £488.10" in facts


def test_move_in_lease_end_and_rent() -> None:
    text = (
        "Welcome to Harbor Lofts!\n\nResident: Cass Mendel\n"
        "Apartment: 5D, 310 Quarry Road, Tacoma, WA\nMove-in date: April 1, 2026\n"
        "Lease term: 12 months (ends March 31, 2027)\nMonthly rent: $1,720"
    )
    facts = rec(text)
    assert has(facts, "moving into Apartment 5D", "2026-04-01")
    assert "User's lease ends on 2027-03-31" in facts
    assert "User's monthly rent is $1,720" in facts


def test_weekly_fee_for_a_membership() -> None:
    text = "Welcome to PeakForm Gym!\n\nMembership: Flex\nPayment: $19.50 weekly direct debit"
    assert "User pays $19.50 a week for the membership" in rec(text)


def test_term_counter_examples() -> None:
    # a course's or event's start date is no term of the user's record
    course = "Pottery for beginners\n\nStart date: 4 June 2025\nVenue: Clay Lab"
    assert not has(rec(course), "starts on")
    # a listing's property is not where the user lives
    listing = "New listing alert\n\nProperty: 9 Ash Grove, Leeds\nPrice: £240,000"
    assert not has(rec(listing), "lives at")
    # a hotel's address in a booking is not the user's
    stay = "Booking confirmed\n\nGuest: Ines Roth\nCheck-in: 4 July\nAddress: 12 Quay Street, Cork"
    assert not has(rec(stay), "address is", "Quay")
    # a gym's start date is no first day at work
    gym = "Welcome to Fitbox!\n\nMember: Rui Sato\nPlan: Basic\nStart date: 1 August 2025"
    assert not has(rec(gym), "started work")


# ------------------------------------------------------------------ pets


def test_vet_record_speaks_of_the_pet() -> None:
    text = (
        "Northgate Vets - Vaccination record\n\n"
        "Patient: Pickle (canine, border terrier, neutered male, born 02/2020)\n"
        "Owner: Mr. T. Olsen\n\nVaccines given 2025-03-14: DHP booster, lepto\n"
        "Next vaccinations due: 2026-03-14\nWeight: 8.1 kg"
    )
    facts = rec(text)
    assert has(facts, "dog named Pickle")
    assert "User's dog Pickle got DHP booster, lepto on 2025-03-14" in facts
    assert "User's dog Pickle is due for vaccination on 2026-03-14" in facts
    assert not has(facts, "weighs")


def test_user_weight_still_read_outside_a_pet_record() -> None:
    text = "Weekly check-in\n\nWeight: 71.5 kg\nSleep: 7h 10m"
    assert "User weighs 71.5 kg" in rec(text, source="other")


def test_british_spelling_reads_days_first() -> None:
    text = (
        "Meadow Animal Centre\n\nPatient: Figo (feline, tabby)\nNext vaccinations due: 04/09/2026"
    )
    assert "User's cat Figo is due for vaccination on 2026-09-04" in rec(text)


# ------------------------------------------------------------------ labs and visits


def test_lab_results_and_referral() -> None:
    text = (
        "Message from Dr. Ruth Imani\n\nYour results are in. Your HDL cholesterol came back "
        "at 38 mg/dL, a little low. I've referred you to our cardiology clinic."
    )
    facts = rec(text)
    assert "User's HDL cholesterol is 38 mg/dL" in facts
    assert "User has been referred to cardiology clinic" in facts
    labelled = "Portal - new result\n\nTest: HbA1c\nResult: 5.9 % (range 4.0-5.6)"
    assert "User's HbA1c is 5.9%" in rec(labelled)


def test_lab_counter_examples() -> None:
    # a target is no reading; a relative's result is not the user's
    goal = "Dr. Ng's notes: aim to get your LDL is 100 or under. His LDL was 190 last test."
    assert not has(rec(goal), "LDL is 190")
    # no clinical context at all: a recipe's sugar is no blood sugar
    assert not has(rec("Cake recipe: sugar is 200 g", source="other"), "sugar is")


def test_visit_summary_lists_and_reason() -> None:
    text = (
        "Clinic visit summary\n\nPatient: Omar Fenn\n\nDiagnoses:\n - Plantar fasciitis\n"
        " - Vitamin D deficiency\n\nMedications started:\n - Naproxen 250 mg, twice daily\n\n"
        "Reason for visit: Left heel pain - initial assessment"
    )
    facts = rec(text)
    assert "User has plantar fasciitis" in facts
    assert "User has vitamin D deficiency" in facts
    assert "User takes naproxen 250 mg, twice daily" in facts
    assert "User is being treated for left heel pain" in facts


def test_pill_tracker_lines() -> None:
    text = "PillPal report - May\nMetformin 500 mg - twice daily, 8:00am: 55/60 doses taken"
    assert "User takes metformin 500 mg twice daily, 8:00am" in rec(text, source="other")


def test_visit_counter_examples() -> None:
    # a shopping list's bullets after a heading that is no medical heading
    shop = "Groceries:\n - Oat milk\n - Bread"
    assert not has(rec(shop, source="other"), "User has oat")
    # a reason field outside any clinical record
    refund = "Refund request\n\nReason: Item arrived damaged"
    assert not has(rec(refund), "treated for")


# ------------------------------------------------------------------ loans, cards, greetings


def test_loan_instalment_notice() -> None:
    text = (
        "Dear Ms. Kavya Menon,\n\nThe EMI of Rs 18,400 for your Car Loan A/c XXXX5521 will be "
        "debited from your account on 07-03-2026.\n\nRegards,\nKaveri Bank - Loan Services"
    )
    facts = rec(text)
    assert "User's name is Kavya Menon" in facts
    assert "User has a car loan with Kaveri Bank" in facts
    assert "User's car loan EMI is Rs 18,400" in facts
    assert "User's next car loan EMI is debited on 2026-03-07" in facts


def test_loan_counter_example() -> None:
    # a payment for someone else's loan is not stated as the user's
    text = "Your brother's EMI of Rs 9,000 for his bike loan was received."
    assert not has(rec(text), "loan")


def test_branded_card_ending() -> None:
    text = "Your new Mastercard credit card ending in 7730 has been dispatched."
    assert "User has a Mastercard credit card ending in 7730" in rec(text)


def test_card_ending_counter_examples() -> None:
    old = "Your old card ending 1188 will stop working once the new one is active."
    assert not has(rec(old), "1188")
    library = "Your Fairview Library card ending in 3301 has been renewed."
    assert not has(rec(library), "ending in 3301")


def test_insurance_renewal_in_prose() -> None:
    text = "Your Pinecrest contents insurance policy renews on August 2, 2025."
    assert has(rec(text), "contents insurance policy renews on 2025-08-02")
    bare = "Your policy ZX-1100 renews on August 2, 2025."
    assert not has(rec(bare), "renews")


def test_visa_card_expiry_is_no_travel_visa() -> None:
    text = "Your Visa debit card ending 2208 expires on June 30, 2025."
    assert not has(rec(text), "visa expires")


def test_doctor_name_stops_at_the_line_end() -> None:
    text = "Portal - new message from Dr. Amal\nYour iron levels look fine."
    assert not has(rec(text), "Amal Your")


# ------------------------------------------------------------------ onboarding and rentals


def test_onboarding_role_team_and_manager() -> None:
    text = (
        "Welcome to Quillwork, Noor!\n\nWe're happy you're joining us as Staff Data Scientist "
        "on the Pricing team. Your manager: Ewa Kowal, Head of Data"
    )
    facts = rec(text)
    assert has(facts, "joining Quillwork as a Staff Data Scientist on the Pricing team")
    assert "User's manager is Ewa Kowal" in facts
    team = "Welcome to Brindle! You'll join the Mobile team reporting to Femi Cole."
    facts = rec(team)
    assert "User joins the Mobile team at Brindle" in facts
    assert "User's manager is Femi Cole" in facts


def test_onboarding_counter_example() -> None:
    # a team named with the role is stated once, with the role
    text = "Welcome to Arcwell! You'll be joining the Search team as a Data Engineer."
    assert not has(rec(text), "joins the Search team")


def test_rental_pickup_said_tomorrow_and_drop_off_place() -> None:
    text = (
        "Hi Lou, your car is ready for pick-up tomorrow!\n\nVehicle: Mazda CX-5 or similar\n"
        "Pick-up: Hobart Airport, 09:15\nDrop-off: Launceston depot, Fri 20 Jun, 17:00"
    )
    facts = rec(text)
    assert "User has a rental car pickup at Hobart Airport on 2025-05-15 at 09:15" in facts
    assert has(facts, "drops off the rental car at Launceston depot", "17:00")


def test_formal_greeting_in_a_users_own_mail_is_not_their_name() -> None:
    text = "From: me@home.example\nTo: office@school.example\n\nDear Mr. Alan Pryce,\n\nThanks."
    assert not has(mail(text), "name is Alan")


def test_vcard_own_and_others() -> None:
    own = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Mina Sato (me)\nTEL;TYPE=CELL:+44 7700 900123\n"
        "ADR;TYPE=HOME:;;4 Elm Row;Bath;;BA1 2AB;UK\nBDAY:1988-04-30\nEND:VCARD"
    )
    facts = rec(own, source="other")
    assert "User's name is Mina Sato" in facts
    assert "User's mobile number is +44 7700 900123" in facts
    assert "User lives at 4 Elm Row, Bath" in facts
    assert "User's birthday is 1988-04-30" in facts
    other = (
        "BEGIN:VCARD\nFN:Dr. Paul Reyes\nORG:Hillside Eye Care\nEMAIL:p.reyes@hillside.example\n"
        "NOTE:my optometrist - yearly exam\nEND:VCARD"
    )
    facts = rec(other, source="other")
    assert has(facts, "User's optometrist is Dr. Paul Reyes")
    assert not has(facts, "User's email")
    assert not has(facts, "name is Paul")


def test_passenger_list_and_french_title() -> None:
    text = (
        "Air Kestrel e-ticket\n\nPassengers:\n 1. Mr. Ravi Pillai\n 2. Ms. Leela Pillai\n\n"
        "Flight KS 201 Chennai (MAA) -> Pune (PNQ)"
    )
    facts = rec(text)
    assert "User's name is Ravi Pillai" in facts
    assert "User is travelling with Leela Pillai" in facts
    ticket = "Rail ticket\n\nLead passenger: Mme Claire Dubois\nCoach: 4\nSeat: 22"
    assert "User's name is Claire Dubois" in rec(ticket)


def test_rental_returned_to_the_same_place() -> None:
    text = (
        "Sunline Rentals\nVehicle: compact\nPick-up: Perth Airport, June 3 at 10:00\n"
        "Drop-off: same location, June 8 at 10:00"
    )
    facts = rec(text)
    assert not has(facts, "drops off the rental car at same")


def test_school_letter_about_a_child() -> None:
    text = (
        "Dear Mrs Lund,\n\nWe are delighted that your daughter Freya has a place in Year 2 at "
        "Brookfield Primary School. Her start date will be Tuesday 2 September 2025. Her class "
        "teacher will be Ms. Okoro."
    )
    facts = rec(text)
    assert "User's daughter Freya's class teacher is Ms. Okoro" in facts
    assert "User's daughter Freya starts at Brookfield Primary School on 2025-09-02" in facts


def test_school_counter_example() -> None:
    # a teacher's own school news names no child of the user's
    text = "Staff news: Elm Hill School term starts on 3 September. Class teacher: Mr. Abbott."
    assert not has(rec(text), "class teacher is")


def test_new_hire_office() -> None:
    text = (
        "Welcome to Larkspur Labs!\n\nRole: QA Lead\nStart date: 7 July 2025\n"
        "Location: Bristol office, 2nd floor\nManager: Jo Finch"
    )
    assert "User's office is at the Larkspur Labs Bristol office" in rec(text)
    arrive = (
        "Welcome to Tidewater, Sam! You're joining us as Product Analyst. Please arrive at "
        "8:30 at 77 Harbour Street, 3rd floor (Halifax) on your first day."
    )
    assert "User's office is at 77 Harbour Street in Halifax" in rec(arrive)


def test_office_counter_example() -> None:
    # a shop's location in a welcome to its loyalty club is no workplace
    text = "Welcome to Beanery Rewards!\n\nLocation: Camden store\nPoints: 20"
    assert not has(rec(text), "office is")


def test_vehicle_registration_and_renewal_premium() -> None:
    garage = "MOT passed\n\nVehicle: 2017 Ford Focus\nReg: AB17 XYZ\nMileage: 61,200"
    assert "User's car registration is AB17 XYZ" in rec(garage)
    notice = (
        "Renewal notice\n\nPolicyholder: Ian Roe\nPolicy: Pet insurance (lifetime)\n"
        "Renewal premium: £210.00"
    )
    assert "User's pet insurance renewal premium is £210.00" in rec(notice)


def test_registration_counter_example() -> None:
    # a course registration code is no number plate
    text = "Course booking\n\nCourse: Welding 1\nRegistration: W1-2025\nRoom: 4"
    assert not has(rec(text), "car registration")


def test_organisations_and_customers_are_not_the_user() -> None:
    assert not has(rec("Account holder: Ridgeway Corp\nBalance: $10"), "name is")
    # on an invoice the client is the one billed, not the user reading it
    assert not has(rec("Invoice 114\n\nClient: Dana Wells\nAmount: $400"), "name is Dana")
