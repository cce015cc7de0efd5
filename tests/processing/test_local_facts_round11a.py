"""Round 11 (A): labelled records of the user's own, notes kept by the user and notices
written to the user.

Every example is written for this test file (not taken from eval/).
"""

from __future__ import annotations

from tests.processing.record_helpers import facts, mail

# ------------------------------------------------------------------ health summaries


def test_weekly_health_summary_fields_become_one_fact_each() -> None:
    found = facts(
        "Weekly report (Apr 7 - Apr 13)\nSleep: avg 7h 05m\nResting heart rate: 61 bpm\n"
        "Steps: avg 11,200 / day\nWeight: 82.3 kg",
        spec="fitness_app",
    )
    assert "User sleeps about 7 hours 05 minutes a night on average" in found
    assert "User's resting heart rate is 61 bpm" in found
    assert "User walks about 11,200 steps a day on average" in found
    assert "User weighs 82.3 kg" in found


def test_workouts_field_names_the_activities() -> None:
    found = facts(
        "This week\nWorkouts: 4 (3 rides, 1 yoga)\nResting HR: 55 bpm", spec="watch_summary"
    )
    assert "User works out about 4 times a week" in found
    assert "User cycles and does yoga" in found


def test_zero_or_none_fields_say_nothing() -> None:
    found = facts("Weekly recap\nMindful minutes: 0\nSleep: none\nSteps: n/a", spec="app")
    assert not any("sleeps" in f or "steps" in f for f in found)


# ------------------------------------------------------------------ language apps


def test_language_app_recap_is_learning_not_speaking() -> None:
    found = facts(
        "Lingo - weekly recap\nLanguage: Portuguese\nStreak: 45 days\nLevel: A2 (Elementary)",
        spec="app_summary",
    )
    assert "User is learning Portuguese" in found
    assert "User's Portuguese is at A2 level" in found
    assert "User has a 45-day Portuguese streak on Lingo" in found
    assert "User speaks Portuguese" not in found


def test_a_language_field_without_app_fields_is_still_a_spoken_language() -> None:
    found = facts("Name: Ines Duarte\nLanguage: Portuguese\nCity: Porto", spec="profile")
    assert "User speaks Portuguese" in found
    assert "User is learning Portuguese" not in found


# ------------------------------------------------------------------ profile and employee cards


def test_profile_card_title_email_and_foreign_address() -> None:
    found = facts(
        "About me\nName: Lars Holm\nTitle: Lead Carpenter, Nordtre Byg\n"
        "Email: lars@nordtre.dk\nAddress: Vestergade 9, 8000 Aarhus",
        spec="profile_card",
    )
    assert "User is a Lead Carpenter at Nordtre Byg" in found
    assert "User's email is lars@nordtre.dk" in found
    assert "User's address is Vestergade 9, 8000 Aarhus" in found


def test_employee_record_desk_start_date_and_manager() -> None:
    found = facts(
        "STAFF RECORD - Harbour Freight Co\nName: Mei Tan\nDepartment: Customs\n"
        "Desk: 2B-07\nStart date: 2023-09-04\nManager: Rohan Das",
        spec="employee_profile",
    )
    assert "User's desk is 2B-07" in found
    assert "User started at Harbour Freight Co on 2023-09-04" in found
    assert "User's manager is Rohan Das" in found


def test_a_relatives_contact_card_gives_no_email_or_title_to_the_user() -> None:
    found = facts(
        "Contact: Luis Ortega (brother)\nEmail: luis@example.org\nTitle: Chef, Casa Luz",
        spec="contact",
    )
    assert not any(f.startswith("User's email") for f in found)
    assert not any("Chef" in f for f in found)


def test_desk_without_a_work_record_is_not_a_desk() -> None:
    found = facts("Furniture list\nDesk: oak, 120 cm\nChair: grey", spec="note")
    assert not any("desk is" in f for f in found)


# ------------------------------------------------------------------ medical cards


def test_emergency_contact_without_relation_is_stated_once() -> None:
    found = facts("Name: Omar Said\nEmergency contact: Nadia Said, 555-0144", spec="medical_card")
    assert sum(f.startswith("User's emergency contact") for f in found) == 1


# ------------------------------------------------------------------ benefits


def test_benefit_elections_one_fact_per_line() -> None:
    found = facts(
        mail(
            "benefits@corvid.example",
            "Your 2026 benefits elections",
            "Your elections:\n- Medical: HMO Silver (employee + child)\n- Dental: Premium\n"
            "- Vision: declined\n- 401(k): 4% Roth\n- HSA: $2,000",
        ),
        "email",
    )
    assert "User has HMO Silver medical coverage for employee + child" in found
    assert "User has Premium dental coverage" in found
    assert "User waived vision coverage" in found
    assert "User contributes 4% Roth to their 401(k)" in found
    assert "User has a $2,000 HSA" in found


def test_covered_dependents_are_family() -> None:
    found = facts(
        mail(
            "benefits@corvid.example",
            "Coverage confirmed",
            "Medical: PPO\nCovered dependents: Ana Ruiz (spouse), Leo Ruiz (son)",
        ),
        "email",
    )
    assert "User's spouse is Ana Ruiz" in found
    assert "User has a son named Leo Ruiz" in found


def test_medical_field_without_benefits_context_is_not_coverage() -> None:
    found = facts("Patient: me\nMedical: asthma\nDental: braces until June", spec="note")
    assert not any("coverage" in f for f in found)


# ------------------------------------------------------------------ plans and welcome mail


def test_welcome_mail_plan_price_and_first_delivery() -> None:
    found = facts(
        mail(
            "Harvest Crate <hello@harvestcrate.example>",
            "Welcome!",
            "Your plan: Family Box (vegetarian)\nPrice: $59/week\nDelivery: Tuesdays 8:00-12:00\n"
            "First delivery: Tuesday 27 May 2025",
        ),
        "email",
    )
    assert "User has a Family Box plan" in found
    assert "User pays $59/week" in found
    assert "User's delivery is on Tuesdays 8:00-12:00" in found
    assert "User's first delivery is on 2025-05-27" in found


def test_tariff_and_monthly_direct_debit() -> None:
    found = facts(
        mail(
            "Northwind Power <hi@northwind.example>",
            "Your energy account",
            "Tariff: Flex Saver (variable)\nMonthly direct debit: £74 on the 12th",
        ),
        "email",
    )
    assert "User is on the Flex Saver tariff" in found
    assert "User pays £74 a month by direct debit on the 12th" in found


def test_a_one_off_price_is_not_a_payment_plan() -> None:
    found = facts(
        mail("Tix <orders@tix.example>", "Your order", "Event: Jazz night\nPrice: $35\nSeats: 2"),
        "email",
    )
    assert not any(f.startswith("User pays") for f in found)


def test_plan_field_with_policy_terms_is_not_a_plan_name() -> None:
    found = facts(
        mail("Cover Co <c@cover.example>", "Policy", "Plan: Accident only, $500 excess\nRef: 1"),
        "email",
    )
    assert not any("plan (" in f or "Accident only, " in f for f in found)


# ------------------------------------------------------------------ notes kept by the user


def test_budget_note_lines_without_currency() -> None:
    found = facts(
        "BUDGET MARCH\nrent 980\nstudent loan 150 (ends Jun 2029)\nfood ~420\ngym 35\n"
        "savings 250/mo -> new car",
        spec="budget",
    )
    assert "User pays 980 a month in rent" in found
    assert "User pays 150 a month on a student loan that ends in June 2029" in found
    assert "User spends about 420 a month on food" in found
    assert "User pays 35 a month for gym" in found
    assert "User saves 250 a month toward a new car" in found


def test_lines_with_amounts_without_a_budget_heading_are_not_a_budget() -> None:
    found = facts("shopping\neggs 12\nmilk 2\nflour 1", spec="list")
    assert not any(f.startswith(("User pays", "User spends")) for f in found)


def test_house_notes_codes_landlord_and_bins() -> None:
    found = facts(
        "flat info\ngate code 2580\nlandlady Mrs Costa 555-0190\nbins out thurs night\n"
        "recycling fortnightly",
        spec="note",
    )
    assert "User's gate code is 2580" in found
    assert "User's landlady is Mrs Costa, phone 555-0190" in found
    assert "User puts the bins out on Thursday nights" in found
    assert "User's recycling is collected fortnightly" in found


def test_a_task_to_put_the_bins_out_is_not_a_routine() -> None:
    found = facts("remember to put the bins out friday night", spec="note")
    assert not any("bins out" in f for f in found)


def test_weekly_schedule_lines_start_with_weekdays() -> None:
    found = facts(
        "weekly routine\nTue + Thu  run 7:00 riverside\nWed  cello lesson 17:30\nSun  family lunch",
        spec="note",
    )
    assert "User runs on Tuesdays and Thursdays at 7:00 at riverside" in found
    assert "User has cello lesson on Wednesdays at 17:30" in found
    assert "User has family lunch on Sundays" in found


def test_a_dated_week_plan_is_not_a_routine() -> None:
    found = facts(
        "WEEK PLAN (routine after the break)\nMon\n- Dentist 8:30\nTue\n- Submit the report",
        spec="note",
    )
    assert not any(" on Mondays" in f or " on Tuesdays" in f for f in found)


def test_list_of_documents_and_loyalty_numbers() -> None:
    found = facts(
        "Travel stuff\n- Passport expires 2 February 2030\n"
        "- Northern Air frequent flyer #: NA 5512 0098",
        spec="note",
    )
    assert "User's passport expires on 2030-02-02" in found
    assert "User's Northern Air frequent flyer number is NA 5512 0098" in found


def test_training_plan_days() -> None:
    found = facts("SPRING PLAN\nhill repeats Tuesdays, long ride Saturdays", spec="training_note")
    assert "User does hill repeats on Tuesdays" in found
    assert "User does long ride on Saturdays" in found


def test_opening_days_are_not_the_users_training() -> None:
    found = facts("CLUB PLAN\nclosed Sundays, open Mondays", spec="training_note")
    assert not any(f.startswith("User does") for f in found)


# ------------------------------------------------------------------ notices to the user


def test_account_opened_notice() -> None:
    found = facts(
        mail(
            "Pine Bank <alerts@pinebank.example>",
            "Account open",
            "Your new savings account is now open. Account ending 9021.",
        ),
        "email",
    )
    assert "User has a savings account, ending 9021" in found


def test_joint_account_names_the_other_holder() -> None:
    found = facts(
        mail(
            "Pine Bank <alerts@pinebank.example>",
            "Welcome",
            "Your joint current account with Sam Reid has been opened.",
        ),
        "email",
    )
    assert "User has a joint current account with Sam Reid" in found


def test_admission_offer_and_award() -> None:
    found = facts(
        mail(
            "Westmoor University Admissions <adm@westmoor.example>",
            "Decision",
            "We are pleased to offer you a place on the BSc in Nursing, starting in September "
            "2025. You have also been awarded a bursary of £1,000.",
        ),
        "email",
    )
    assert (
        "User has been admitted to the BSc in Nursing at Westmoor University starting "
        "September 2025" in found
    )
    assert "User was awarded a bursary of £1,000 by Westmoor University" in found


def test_adoption_and_access_until() -> None:
    adopted = facts(
        mail(
            "Happy Tails <hi@tails.example>",
            "Thank you for adopting Pip!",
            "Pip, our 1-year-old terrier mix, is going to love it with you.",
        ),
        "email",
    )
    assert "User adopted a 1-year-old terrier mix named Pip" in adopted
    access = facts(
        mail(
            "Readly <r@readly.example>",
            "Cancelled",
            "Your plan is cancelled and you'll keep access until 30 June 2025.",
        ),
        "email",
    )
    assert "User has Readly access until 2025-06-30" in access


def test_volunteer_rota_and_assignment_list() -> None:
    rota = facts(
        mail(
            "Shelter <v@shelter.example>",
            "Rota",
            "You're on the kitchen team every other Sunday, 10:00-14:00, starting next month.",
        ),
        "email",
    )
    assert "User is on the kitchen team every other Sunday, 10:00-14:00" in rota
    assigned = facts(
        mail(
            "Choir <c@choir.example>",
            "Solo rota",
            "- Jun 1 opening hymn: Maria\n- Jun 8 psalm: you\n- Jun 15 anthem: Tom",
            to="singers@choir.example",
        ),
        "email",
    )
    assert "User is assigned psalm on 2025-06-08" in assigned


def test_a_list_naming_only_others_assigns_nothing() -> None:
    found = facts(
        mail(
            "Choir <c@choir.example>",
            "Solo rota",
            "- Jun 1 opening hymn: Maria\n- Jun 8 psalm: Ivo\n- Jun 15 anthem: Tom",
        ),
        "email",
    )
    assert not any("assigned" in f for f in found)


def test_talk_accepted_domain_and_parent_of() -> None:
    talk = facts(
        mail(
            "PyNorth <cfp@pynorth.example>",
            "Accepted",
            'Your talk "Testing with Hypothesis" has been accepted for PyNorth Oslo.',
        ),
        "email",
    )
    assert "User is speaking at PyNorth Oslo on Testing with Hypothesis" in talk
    domain = facts(
        mail("Registrar <r@reg.example>", "Renewal", "Your domain bakeshop.example expires soon."),
        "email",
    )
    assert "User owns the domain bakeshop.example" in domain
    school = facts(
        mail(
            "School <office@school.example>", "Trip", "Dear parent of Noah,\nYear 4 go to the zoo."
        ),
        "email",
    )
    assert "User has a child named Noah in Year 4" in school


def test_appointment_record_with_labelled_fields() -> None:
    found = facts(
        "Lakeside Health - appointment confirmation\nPatient: Ana Lima\n"
        "Clinician: Dr. Paul Meyer (Cardiology)\nDate: Monday 2 June 2025, 09:40\n"
        "Location: Lakeside Health, Block C",
        "email",
        "appointment_confirmation",
    )
    assert (
        "User has a cardiology appointment with Dr. Paul Meyer at Lakeside Health on "
        "2025-06-02 at 09:40" in found
    )
    assert not any(f.startswith("User has a date on") for f in found)


def test_ticket_with_departs_and_arrives_lines() -> None:
    found = facts(
        mail(
            "Northline Rail <t@northline.example>",
            "Your e-ticket: Leeds to York",
            "Departs: Leeds Station, Friday 6 June 2025, 08:10\nArrives: York Station, 08:35",
        ),
        "email",
    )
    assert "User has a train from Leeds to York on 2025-06-06 at 08:10" in found


def test_onboarding_team_manager_appositive_and_buddy() -> None:
    found = facts(
        mail(
            "People <people@quill.example>",
            "Welcome to Quill!",
            "You're joining us as a Product Designer on the Growth team. Your manager, "
            "Ines Barros, will meet you at 9. Tomas will be your onboarding buddy.",
        ),
        "email",
    )
    assert any("Product Designer on the Growth team" in f for f in found)
    assert "User's manager is Ines Barros" in found
    assert "User's onboarding buddy is Tomas" in found


def test_solicitor_signing_a_letter_to_the_user() -> None:
    found = facts(
        mail(
            "Dana Whitfield <dana@whitfieldgray.example>",
            "Your lease review",
            "Dear Ms Kerr,\nI have reviewed the lease.\n\nKind regards,\nDana Whitfield\n"
            "Whitfield & Gray Solicitors",
        ),
        "email",
    )
    assert "User's solicitor is Dana Whitfield at Whitfield & Gray" in found
    assert "User's surname is Kerr" in found


def test_a_colleague_at_the_same_firm_is_not_the_users_solicitor() -> None:
    found = facts(
        mail(
            "Dana Whitfield <dana@whitfieldgray.example>",
            "Can you take this one?",
            "Please call the client back.\n\nDana Whitfield\nWhitfield & Gray Solicitors",
            to="me@whitfieldgray.example",
        ),
        "email",
    )
    assert not any("solicitor" in f for f in found)


def test_formal_greeting_without_to_header_gives_the_surname() -> None:
    found = facts(
        "Subject: Your account\n\nDear Mr Novak,\nYour account is ready.", "email", "bank_mail"
    )
    assert "User's surname is Novak" in found


def test_fee_paid_is_not_an_id_number() -> None:
    found = facts(
        mail("College <c@college.example>", "Enrolled", "Student ID: ST-4410\nFee paid: £90"),
        "email",
    )
    assert "User's student number is ST-4410" in found
    assert not any("fee" in f.lower() and "number" in f for f in found)


def test_place_on_a_course_and_first_rota_shift() -> None:
    course = facts(
        mail(
            "Adult Ed <ae@college.example>",
            "Booked",
            "Your place on Beginner Ceramics is confirmed.",
        ),
        "email",
    )
    assert "User is enrolled in Beginner Ceramics" in course
    rota = facts(
        mail(
            "Park Friends <pf@park.example>",
            "Welcome",
            "You're on the litter-pick team every first Sunday, starting Sunday 1 June 2025.",
        ),
        "email",
    )
    assert "User's first shift is on 2025-06-01" in rota


def test_a_registration_for_a_term_is_not_a_course() -> None:
    found = facts(
        mail(
            "Registrar <r@uni.example>", "Term", "Your registration for Autumn 2025 is confirmed."
        ),
        "email",
    )
    assert not any(f.startswith("User is enrolled in") for f in found)


def test_school_enrolment_teacher_and_bus() -> None:
    found = facts(
        mail(
            "Oak Primary <office@oak.example>",
            "Enrolment",
            "Your son Milo has been enrolled in Year 1 at Oak Primary. His teacher is Mr. Reyes. "
            "Milo is assigned to bus route 7.",
        ),
        "email",
    )
    assert "User's son Milo's teacher is Mr Reyes" in found
    assert "User's son Milo takes bus route 7" in found


def test_race_date_and_shoes_in_a_training_note() -> None:
    found = facts(
        "RACE PLAN\nrace: 26/10/2025\nshoes: Cloudflow 3\nhill repeats Wednesdays",
        spec="training_note",
    )
    assert "User has a race on 2025-10-26" in found
    assert "User's shoes are Cloudflow 3" in found


def test_emergency_contact_in_a_sentence_names_the_relative() -> None:
    found = facts("About me: I swim. Emergency contact: my sister Ruth, 555-0133.", spec="note")
    assert "User's sister is Ruth, phone 555-0133" in found
    asked = facts(
        "Please change my emergency contact to my husband, Ian Shaw, on 555-0121. Thanks!",
        spec="note",
    )
    assert "User's emergency contact is Ian Shaw, 555-0121" in asked
    assert "User's husband is Ian Shaw, phone 555-0121" in asked


def test_flight_leg_with_its_date_on_the_line_below() -> None:
    found = facts(
        "Skyways - Booking confirmation\nFlight SK 402  Malmö (MMX) -> Kraków (KRK)\n"
        "14/07/2025  dep 07:15  arr 09:05",
        "email",
        "flight_confirmation",
    )
    assert "User has a flight from Malmö to Kraków on 2025-07-14 at 07:15" in found


def test_admission_for_a_term_with_a_scholarship() -> None:
    found = facts(
        mail(
            "Admissions <admissions@northfield.example>",
            "Decision",
            "You have been admitted to the MA in History for Spring 2026 with a full "
            "scholarship of $9,000 per year.",
        ),
        "email",
    )
    assert any(
        f.startswith("User has been admitted to the MA in History for Spring 2026") for f in found
    )
    assert "User was awarded a full scholarship of $9,000 per year" in found
    assert not any("at Admissions" in f for f in found)


def test_allergy_notes_give_the_degree_and_the_epipen() -> None:
    found = facts(
        "HEALTH CARD\nName: Rosa Lind\nAllergies: shellfish (severe, EpiPen), dust (mild)",
        spec="medical_card",
    )
    assert "User is severely allergic to shellfish" in found
    assert "User is mildly allergic to dust" in found
    assert "User carries an EpiPen" in found


def test_allergies_without_notes_stay_plain() -> None:
    found = facts("Name: Rosa Lind\nAllergies: latex, penicillin (rash)", spec="intake_form")
    assert "User is allergic to latex" in found
    assert "User is allergic to penicillin" in found
    assert not any("EpiPen" in f or "mildly" in f for f in found)
