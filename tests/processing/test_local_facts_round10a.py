"""Round 10 (A): facts from written records addressed to or kept for the user.

Every example is written for this test file (not taken from eval/).
"""

from __future__ import annotations

from tests.processing.record_helpers import facts, mail

# ------------------------------------------------------------------ recurring entries


def test_recurring_calendar_entries_keep_their_weekday_and_time() -> None:
    found = facts(
        "Recurring: Pottery class, Mondays 18:30. Recurring: Choir practice, Wednesdays 8pm.",
        spec="calendar",
    )
    assert "User takes pottery class every Monday at 18:30" in found
    assert "User has choir practice every Wednesday at 20:00" in found
    assert not any("on 2025-" in f for f in found)


def test_sessions_booked_every_week_in_a_welcome_mail() -> None:
    text = mail(
        "frontdesk@riverclimb.example",
        "Welcome!",
        "Your climbing lessons with instructor Tomas are booked every Friday at 6pm.",
    )
    assert "User has climbing lessons with instructor Tomas every Friday at 18:00" in facts(
        text, "email"
    )


def test_a_one_off_calendar_entry_is_not_recurring() -> None:
    found = facts("One-off: Dentist, June 3, 10:00.", spec="calendar")
    assert not any("every" in f for f in found)


# ------------------------------------------------------------------ pets


def test_pet_profile_with_breed_names_the_species() -> None:
    found = facts("Pet profile: Biscuit, 5-year-old Beagle. Next vaccination due: 2025-09-01.")
    assert "User has a Beagle dog named Biscuit" in found
    assert "User's dog Biscuit is due for vaccination on 2025-09-01" in found


def test_insured_pet_in_parentheses() -> None:
    found = facts(
        "Policy active. Insured pet: Nori (cat, Siamese, 2 years). Plan: Accident only.",
        "email",
        "insurance",
    )
    assert "User has a Siamese cat named Nori" in found
    assert "User has pet insurance for Nori" in found


def test_pet_profile_of_an_unknown_breed_word_is_not_guessed() -> None:
    found = facts("Pet profile: Pixel, 2-year-old Rescue. Microchip registered.")
    assert not any("named Pixel" in f and ("cat" in f or "dog" in f) for f in found)


# ------------------------------------------------------------------ budget notes


def test_budget_note_bills() -> None:
    found = facts(
        "Budget: rent $980 due on the 5th. Student loan $210/month until June 2029.",
        spec="finance_app",
    )
    assert "User pays $980 rent on the 5th of each month" in found
    assert "User has a student loan of $210 per month until June 2029" in found


def test_a_listing_price_is_not_the_users_rent() -> None:
    found = facts("Saw a flat on Elm Road, rent $1,200, two bedrooms. Might call them.")
    assert not any("pays" in f for f in found)


# ------------------------------------------------------------------ onboarding and notices


def test_onboarding_mail_role_start_date_and_manager() -> None:
    text = mail(
        "people@brightforge.example",
        "Welcome aboard",
        "Welcome to Brightforge! We're excited you're joining the data team as a Data Analyst. "
        "Your start date is Monday, June 2, 2025, and your manager will be Priya Raman.",
    )
    found = facts(text, "email", "onboarding")
    assert "User is joining Brightforge as a Data Analyst" in found
    assert "User starts at Brightforge on 2025-06-02" in found
    assert any("manager" in f and f.endswith("Priya Raman") for f in found)


def test_newsletter_welcome_is_not_a_job() -> None:
    text = mail(
        "news@gardenclub.example",
        "Welcome",
        "Welcome to the Garden Club newsletter! Every month we share planting tips.",
    )
    found = facts(text, "email")
    assert not any(f.startswith(("User is joining", "User starts")) for f in found)


def test_school_enrolment_notice() -> None:
    text = (
        "We are happy to confirm that your daughter Ines has been enrolled in Grade 4 at "
        "Lakeview Primary."
    )
    found = facts(text, "email", "school")
    assert "User's daughter Ines attends Lakeview Primary" in found
    assert "User's daughter Ines is in Grade 4" in found


def test_account_notices() -> None:
    assert "User has a mortgage with Cedar Trust" in facts(
        "Your mortgage statement from Cedar Trust is available. Property: 14 Fern Lane.",
        "email",
        "bank",
    )
    assert "User completed the Basic First Aid course at Red Harbor Academy" in facts(
        "Well done! You've completed 'Basic First Aid' at Red Harbor Academy.", "email"
    )
    assert "User has a Schengen visa valid from 2025-07-01 to 2025-09-30" in facts(
        "Your Schengen visa has been approved. Single entry, valid from 2025-07-01 to 2025-09-30.",
        "email",
    )
    assert "User cancelled their Spotify Premium subscription" in facts(
        "Your Spotify Premium subscription has been cancelled.", "email"
    )
    assert "User has a Riverside City Library card valid through 2026-03-31" in facts(
        "Your Riverside City Library card has been renewed and is valid through 31 March 2026.",
        "email",
    )


def test_an_approved_invoice_is_not_a_visa() -> None:
    found = facts("Your invoice has been approved and is valid until 30 June.", "email")
    assert not any("visa" in f for f in found)


# ------------------------------------------------------------------ contact cards


def test_contact_card_of_a_relative() -> None:
    found = facts(
        "Contact: Marta Silva (sister). Mobile: (555) 014-2288. Birthday: March 3. "
        "Notes: vegetarian.",
        spec="contacts",
    )
    assert "User's sister is Marta Silva" in found
    assert "User's sister Marta's phone is (555) 014-2288" in found
    assert "User's sister Marta's birthday is March 3" in found
    assert "User was born on March 3" not in found


def test_emergency_and_secondary_contacts() -> None:
    found = facts(
        "Emergency contact: Ravi Patel (husband), 555-0181. Secondary: Asha Patel (mother), "
        "555-0182.",
        spec="profile_update",
    )
    assert any(f.startswith("User's husband is Ravi Patel") for f in found)
    assert "User's mother is Asha Patel" in found


def test_emergency_contact_update_in_a_mail_to_hr() -> None:
    text = mail(
        "me@lumen.example",
        "My details",
        "Hi Dana,\n\nPlease set my emergency contact to my wife, Chloe Marsh, on 555-0133.\n\n"
        "Thanks,\nOwen",
        to="hr@lumen.example",
    )
    found = facts(text, "email")
    assert "User's emergency contact is Chloe Marsh, 555-0133" in found


def test_greeting_of_a_mail_to_an_office_is_not_the_users_name() -> None:
    text = mail(
        "pat.lee@orbit.example",
        "Leave request",
        "Hi Sam,\n\nI'd like to book two days of leave next month.\n\nPat",
        to="hr@orbit.example",
    )
    assert "User's name is Sam" not in facts(text, "email")


def test_title_and_surname_greeting_gives_the_surname() -> None:
    text = mail(
        "service@lakeauto.example",
        "Your service",
        "Dear Mr. Okafor,\n\nYour car is ready for collection.",
    )
    assert "User's surname is Okafor" in facts(text, "email")
    forwarded = mail(
        "service@lakeauto.example",
        "Your service",
        "Dear Mr. Okafor,\n\nYour car is ready for collection.",
        to="garage-team@lakeauto.example",
    )
    assert "User's surname is Okafor" not in facts(forwarded, "email")


# ------------------------------------------------------------------ profile fields


def test_profile_fields() -> None:
    found = facts(
        "Profile: Lena Vogel · Product Designer · Team: Growth · Time zone: CET · "
        "Pronouns: she/her",
        spec="profile_update",
    )
    assert "User's name is Lena Vogel" in found
    assert "User works on the Growth team" in found
    assert "User's time zone is CET" in found


def test_form_fields_about_habits_and_documents() -> None:
    found = facts(
        "Preferred name: Gabi\nHome city: Lyon, France\nUsual wake-up time: 6:15am\n"
        "Passport expires: Nov 2028\nFrequent flyer: Flying Blue\nFavourite cuisines: Korean, "
        "Greek\nDrinks: no alcohol",
        spec="form",
    )
    assert "User prefers to be called Gabi" in found
    assert "User lives in Lyon, France" in found
    assert "User usually wakes up at 6:15am" in found
    assert "User's passport expires in November 2028" in found
    assert "User is a Flying Blue member" in found
    assert "User likes Korean food" in found
    assert "User doesn't drink alcohol" in found


def test_inline_diagnosis_and_medication_reminder() -> None:
    found = facts(
        "Clinic: Dr. Nia Brooks, (555) 013-4410. Diagnosis: left ankle sprain. Rest for a week.",
        spec="health_app",
    )
    assert "User has left ankle sprain" in found
    found = facts(
        "Daily summary: 9,100 steps. Medication reminder: levothyroxine 50 mcg daily, before "
        "breakfast.",
        spec="health_app",
    )
    assert "User takes levothyroxine 50 mcg daily" in found


def test_a_medication_reminder_without_a_dose_is_not_taken() -> None:
    found = facts("Medication reminder: ask the pharmacist about generics.", spec="health_app")
    assert not any(f.startswith("User takes") for f in found)


# ------------------------------------------------------------------ trips and orders


def test_car_rental_pick_up_and_return() -> None:
    text = (
        "Your Avis reservation is confirmed. Pick-up: Seattle Airport, Friday June 6 at 9:00 AM. "
        "Drop-off: same location, June 9 at 5:00 PM. Vehicle: compact."
    )
    found = facts(text, "email", "car_rental")
    assert "User has a Avis rental car pickup at Seattle Airport on 2025-06-06 at 09:00" in found
    assert "User returns the rental car on 2025-06-09 at 17:00" in found
    assert not any("drop-off on" in f for f in found)


def test_train_ticket_with_an_arrow() -> None:
    found = facts(
        "Your e-ticket: Intercity 512, Leeds Station → York Station, Saturday May 17, departs "
        "10:05 AM, coach B.",
        "email",
        "travel_confirmation",
    )
    assert "User has a train from Leeds to York on 2025-05-17 at 10:05" in found


def test_flight_leg_under_its_flight_number_and_return_flight() -> None:
    text = mail(
        "trips@airline.example",
        "Trip confirmation",
        "Passenger: Ms. Ada Moreno\nAirPoints Silver\n\nXY 221 — Monday, 9 June 2025\n"
        "Lisbon (LIS) 07:10 → Madrid (MAD) 09:25\nSeat 3C",
    )
    found = facts(text, "email", "travel_confirmation")
    assert "User has a flight from Lisbon to Madrid on 2025-06-09 at 07:10" in found
    assert "User's name is Ada Moreno" in found
    assert "User is a AirPoints Silver member" in found
    found = facts(
        "Flight QQ 10 from Oslo (OSL) to Rome (FCO) on June 2nd, 2025, departing 08:00. "
        "Return flight QQ 11 on June 8th departing 19:30.",
        "email",
    )
    assert "User has a return flight from Rome to Oslo on 2025-06-08 at 19:30" in found


def test_order_line_with_a_size() -> None:
    text = mail(
        "orders@trailhouse.example",
        "Your order has shipped",
        "Your order is on its way.\n\n1 × Trail hiking boots, Women's size 7.5, Brown\n",
    )
    found = facts(text, "email", "order")
    assert "User ordered Trail hiking boots" in found
    assert "User wears women's shoe size 7.5" in found


def test_new_home_address_in_own_mail() -> None:
    text = mail(
        "me@example.com",
        "Change of address",
        "Hello,\n\nmy new home address is 41 Quarry Road, Apt 2, Denton, TX 76201. Thanks.",
        to="office@gym.example",
    )
    assert "User lives at 41 Quarry Road, Apt 2, Denton, TX 76201" in facts(text, "email")


def test_a_company_office_move_is_not_the_users_address() -> None:
    text = mail(
        "news@printshop.example",
        "We have moved",
        "We've moved our print shop, new address is 9 Market Street. Come visit!",
    )
    assert not any(f.startswith("User lives at") for f in facts(text, "email"))


def test_train_legs_outbound_and_return_with_times() -> None:
    text = mail(
        "tickets@westrail.example",
        "Your journey",
        "Outbound: Saturday, Exeter 09:10 → Bristol 10:15, Coach C, Seat 12.\n"
        "Return: Sunday, Bristol 17:40 → Exeter 18:45, Coach A, Seat 3.",
    )
    found = facts(text, "email", "travel_confirmation")
    assert "User has a train from Exeter to Bristol on 2025-05-17 at 09:10" in found
    assert "User has a return train from Bristol to Exeter on 2025-05-18 at 17:40" in found


def test_train_ticket_with_a_day_first_dotted_date() -> None:
    found = facts(
        "Your ticket\nIC 2021 Köln Hbf → Hamburg Hbf\nFri, 20.06.2025  dep 07:44  arr 11:50\n"
        "Coach 9, seat 61",
        "email",
    )
    assert "User has a train from Köln to Hamburg on 2025-06-20 at 07:44" in found


def test_an_arrow_in_a_subject_line_is_not_a_trip() -> None:
    text = mail("news@rail.example", "Spring offers: London → Paris", "Save on trains this spring.")
    assert not any(f.startswith("User has a train") for f in facts(text, "email"))


def test_sessions_on_a_weekday_and_things_due_for_service() -> None:
    found = facts(
        "Your swim lessons with coach Ilse are on Thursdays at 5:30pm. See you at the pool!",
        "email",
    )
    assert "User has swim lessons with coach Ilse every Thursday at 17:30" in found
    found = facts(
        "Your 2019 Corolla (plate ending 77) is due for its 60,000-mile service.", "email"
    )
    assert "User's Corolla is due for its 60,000-mile service" in found


def test_a_delivery_is_not_a_thing_due_for_service() -> None:
    found = facts("Your parcel is due for delivery tomorrow between 9 and 12.", "email")
    assert not any("is due for" in f for f in found)


def test_hotel_named_in_the_subject_of_a_booking() -> None:
    text = mail(
        "stay@posadaverde.example",
        "Booking confirmed: Posada Verde, Cusco",
        "Your reservation is confirmed.\nCheck-in: Friday, July 11, 2025, from 2:00 PM\n"
        "Check-out: Monday, July 14, 2025, by 10:00 AM\n",
    )
    found = facts(text, "email", "travel_confirmation")
    assert any(
        f.startswith("User has a hotel reservation at Posada Verde in Cusco from July 11")
        for f in found
    )


def test_train_leg_dated_on_the_line_above() -> None:
    text = mail(
        "tickets@northline.example",
        "Your e-ticket",
        "Booking reference: 99ZZ1\nOutward: Fri 23 May 2025\nYork 07:05 -> Durham 07:55\nCoach B",
    )
    found = facts(text, "email", "travel_confirmation")
    assert "User has a train from York to Durham on 2025-05-23 at 07:05" in found


def test_form_skills_availability_alcohol_and_yes_answers() -> None:
    found = facts(
        "Volunteer sign-up - Eastside Library\nName: Mina Cho\nLanguages: Korean, BSL\n"
        "Availability: Saturdays\nHas a first aid certificate: yes\nTechnical: Excel, Canva\n"
        "Alcohol: 3 drinks per week",
        spec="form",
    )
    assert "User speaks British Sign Language" in found
    assert "User is available to volunteer on saturdays" in found
    assert "User has a first aid certificate" in found
    assert "User knows Excel" in found
    assert "User knows Canva" in found
    assert "User drinks 3 alcoholic drinks per week" in found


def test_a_no_answer_is_not_a_possession() -> None:
    found = facts("Name: Ivo Petrov\nHas a car: no\nAge: 40", spec="form")
    assert not any(f.startswith("User has a car") for f in found)


def test_names_with_accented_letters() -> None:
    text = mail("office@school.example", "Your place", "Hi Inés,\n\nYour place is confirmed.")
    assert "User's name is Inés" in facts(text, "email")
    assert "User's name is Renée Dubois" in facts("Guest: Renée Dubois", spec="form")


def test_a_greeting_to_everyone_with_accents_is_not_a_name() -> None:
    text = mail("club@choir.example", "Rehearsal", "Hi Everyone,\n\nRehearsal moves to Monday.")
    assert not any(f.startswith("User's name is") for f in facts(text, "email"))
