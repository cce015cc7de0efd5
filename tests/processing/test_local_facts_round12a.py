"""Round 12 (A): facts from the user's own words and from what is said to the user.

Every example is written for this test file (not taken from eval/).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from tests.processing.engine_helpers import conversation_facts, submitted_facts

_START = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)


conv = partial(conversation_facts, source="message", reference=_START)
post = partial(submitted_facts, reference=_START)


# ------------------------------------------------------------------ a sibling on the phone


def test_speaker_sharing_a_parent_with_the_user_is_a_sibling() -> None:
    found = conv(
        "Ingrid: Dad's scan got moved to Thursday. Can you drive him?\n"
        "Me: Sure, I'll take the morning off.\n"
        "Ingrid: Thanks. Remind him to bring his glasses.",
        source="audio_transcript",
        spec="phone_call",
    )
    assert "User has a sibling named Ingrid" in found


def test_our_mum_names_a_sibling_too() -> None:
    found = conv("Rory: our mum wants a call tonight\nMe: will ring her after work")
    assert "User has a sibling named Rory" in found


def test_a_child_calling_the_user_mom_is_not_a_sibling() -> None:
    found = conv(
        "Tess: Mom, can Grandpa pick me up after practice?\nMe: I'll ask him tonight.\n"
        "Tess: Thanks!"
    )
    assert not any("sibling" in f for f in found)


def test_a_client_talking_about_my_dad_is_not_a_sibling() -> None:
    found = conv(
        "Odile: Can we add my mum and Dad to the group photos?\nMe: Of course.\n"
        "Odile: Dad will love that."
    )
    assert not any("sibling" in f for f in found)


def test_a_partner_talking_about_your_mum_is_not_a_sibling() -> None:
    found = conv("Kofi: your mum called, and Dad's birthday is on Friday\nMe: I'll call her back")
    assert not any("sibling" in f for f in found)


def test_a_group_chat_names_no_sibling() -> None:
    found = conv("Ana: Mum's lunch is at one\nBea: I'll bring dessert\nMe: I'll bring wine")
    assert not any("sibling" in f for f in found)


# ------------------------------------------------------------------ spouse named in passing


def test_my_wife_named_in_passing_says_the_marriage() -> None:
    found = conv("Gus: fancy a pint?\nMe: can't tonight, my wife Ottilie has her book club")
    assert "User is married to Ottilie, their wife" in found


def test_my_husband_named_in_passing_says_the_marriage() -> None:
    found = conv("Lou: lunch?\nMe: my husband Bram is picking me up at one, sorry")
    assert "User is married to Bram, their husband" in found


def test_a_friend_named_is_not_a_marriage() -> None:
    found = conv("Lou: lunch?\nMe: my friend Bram is picking me up at one, sorry")
    assert not any("married" in f for f in found)


# ------------------------------------------------------------------ playing in a band


def test_band_chat_with_the_users_bass_line() -> None:
    found = conv(
        "Mira: rehearsal Sunday at 4, and the gig at the Lantern is confirmed!\n"
        "Mira: could you tighten up your bass line in the chorus?\n"
        "Me: on it, will have it ready"
    )
    assert "User plays bass in a band" in found
    assert "User plays bass" not in found  # one statement, not split in two


def test_band_chat_with_the_users_own_drums() -> None:
    found = conv(
        "Jonas: setlist for the gig is up\nMe: nice, I'll bring my drums to rehearsal on Friday"
    )
    assert "User plays drums in a band" in found


def test_band_chat_without_an_instrument() -> None:
    found = conv(
        "Elif: rehearsal room is booked for Tuesday, please learn the bridge for the new song\n"
        "Elif: we open with it at the gig\nMe: got it"
    )
    assert "User plays in a band" in found


def test_going_to_a_gig_is_not_playing_in_a_band() -> None:
    found = conv(
        "Nils: tickets for the gig on Friday are sorted\nMe: amazing, I love their guitar sound"
    )
    assert not any("band" in f for f in found)


def test_a_childs_school_rehearsal_is_not_the_users_band() -> None:
    found = conv(
        "Coach Amy: the rehearsal for the school concert is Tuesday and the gig is Friday\n"
        "Me: thanks, I'll drop Ezra off"
    )
    assert not any("band" in f for f in found)


# ------------------------------------------------------------------ renting a home


def test_landlord_raising_the_rent_makes_the_user_a_tenant() -> None:
    found = conv(
        "Mrs. Dunleavy: Just so you know, the rent goes up to £980 from March.\n"
        "Me: Thanks for the heads up."
    )
    assert "User rents their home for £980 per month from March" in found


def test_the_users_own_rent_complaint() -> None:
    found = conv(
        "Me: the rent went up again, third time since we moved in\nJo: that's criminal",
        source="audio_transcript",
        spec="wearable",
    )
    assert "User rents their home" in found


def test_an_agents_rent_at_a_viewing_is_not_the_users_rent() -> None:
    found = conv(
        "Agent: This one is a one-bed, rent is 1,300 a month.\nMe: Does it have parking?",
        source="audio_transcript",
    )
    assert not any("rent" in f for f in found)


def test_a_landlord_user_is_not_a_tenant() -> None:
    found = conv(
        "Me: my tenant says the rent goes up to $1,100 in June is too much\nSal: tell him tough"
    )
    assert not any("rents their home" in f for f in found)


# ------------------------------------------------------------------ diets counted in years


def test_span_of_a_diet_also_says_the_diet() -> None:
    found = post("Finally two years vegetarian today 🥕 not missing bacon at all")
    assert "User is vegetarian" in found
    assert "User has been vegetarian for two years" in found


def test_ordinal_year_of_a_diet_after_an_emoji() -> None:
    found = post("Batch cooking again 🍲 Fourth year fully plant-based, still loving it.")
    assert "User follows a plant-based diet" in found
    assert "User has been plant-based for four years" in found


def test_a_sobriety_milestone_is_only_its_span() -> None:
    found = post("Three years sober today. One day at a time.")
    assert "User is sober" not in found


# ------------------------------------------------------------------ a role and where


def test_as_a_job_on_a_ward_says_the_job_and_the_ward() -> None:
    found = post("As a midwife on a busy maternity ward I can promise you nobody sleeps.")
    assert "User is a midwife" in found
    assert "User works on a busy maternity ward" in found


def test_as_a_visitor_is_no_job() -> None:
    found = post("As a visitor in the city I kept getting lost.")
    assert not any(f.startswith("User is a visitor") or "works in" in f for f in found)


# ------------------------------------------------------------------ asides cut from facts


def test_btw_and_in_case_are_cut_from_a_statement() -> None:
    found = post(
        "oh I'm allergic to sulfa drugs btw, in case the pharmacist asks you when you collect",
        source="other",
    )
    assert "User is allergic to sulfa drugs" in found


# ------------------------------------------------------------------ introductions


def test_intro_without_an_age_is_split() -> None:
    found = post("Hello all, I'm Tereza, data analyst in Brno, mostly SQL and Python.")
    assert "User's name is Tereza" in found
    assert "User lives in Brno" in found
    assert "User is a data analyst" in found


def test_name_with_a_remark_is_no_intro() -> None:
    found = post("I'm Tereza, the one who keeps asking about bikes.")
    assert not any(f.startswith("User is a the") for f in found)


# ------------------------------------------------------------------ asking locals


def test_asking_for_a_local_service_says_where_the_user_lives() -> None:
    assert "User lives in Kraków" not in post("Anyone know a decent hotel in Kraków?")
    assert "User lives in Dundee" in post("Does anyone know a reliable electrician in Dundee?")
    assert "User lives in Norwich" in post("Anyone in Norwich recommend a good dentist?")


def test_asking_for_a_restaurant_is_not_where_the_user_lives() -> None:
    assert not any("lives" in f for f in post("anyone know a good restaurant in Porto? visiting"))


# ------------------------------------------------------------------ anniversaries


def test_wedding_anniversary_post_says_how_long_and_to_whom() -> None:
    found = post("Happy 7th anniversary to my wonderful husband Teodor 💍 here's to 70 more")
    assert "User has been married for 7 years" in found
    assert "User is married to Teodor, their husband" in found


def test_anniversary_with_a_partner_is_not_a_marriage() -> None:
    found = post("Happy 2nd anniversary to my partner Wren!")
    assert not any("married" in f for f in found)


def test_parents_anniversary_is_not_the_users_marriage() -> None:
    found = post("Happy 35th anniversary to my parents, still dancing in the kitchen")
    assert not any("married" in f for f in found)


# ------------------------------------------------------------------ household in a list


def test_children_and_a_pet_in_a_post_list() -> None:
    found = post("Twelve years, three cities, three kids, one very noisy budgie. Love us.")
    assert "User has three kids" in found
    assert "User has a budgie" in found


def test_children_and_a_pet_coming_along() -> None:
    found = post("Road trip done: 900 km with two boys and a slightly carsick rabbit.")
    assert "User has two boys" in found
    assert "User has a rabbit" in found


def test_children_in_the_news_are_not_the_users() -> None:
    found = post("Two kids were rescued from the river near our town today.")
    assert not any("kids" in f for f in found)


def test_a_class_with_children_who_are_not_the_users() -> None:
    found = post("Ran a workshop with two kids who had never held a saw before.")
    assert not any("User has two kids" in f for f in found)


# ------------------------------------------------------------------ the home's town


def test_our_new_place_in_a_town_is_where_the_user_lives() -> None:
    assert "User lives in Ghent" in post("Keys in hand! Our new flat in Ghent has a balcony.")
    assert "User lives in Bergen" in post("Cosy night in my tiny studio apartment in Bergen.")


def test_a_holiday_home_or_an_old_home_is_not_where_the_user_lives() -> None:
    assert not any("lives" in f for f in post("Back at our holiday cottage in Kerry for a week."))
    assert not any("lives" in f for f in post("Drove past my old house in Preston today."))


# ------------------------------------------------------------------ classes the user takes


def test_my_class_of_a_hobby_is_a_class_the_user_takes() -> None:
    found = conv("Pia: drinks Thursday?\nMe: after 8, my salsa class runs till half seven")
    assert "User takes salsa classes" in found


def test_a_teachers_class_of_pupils_is_not_a_hobby() -> None:
    found = conv("Pia: how was work?\nMe: my class of year sixes was wild today")
    assert not any("takes" in f for f in found)


# ------------------------------------------------------------------ races run


def test_finisher_post_with_the_race_and_time() -> None:
    found = post("Dublin Marathon ✅ 3:58:12. Legs gone, heart full.")
    assert "User ran the Dublin Marathon in 3:58:12" in found


def test_first_marathon_post_with_the_city_before_the_time() -> None:
    found = post("First marathon: finished! 🏅 Rotterdam, 4:31:05. Never again (until next year).")
    assert "User ran their first marathon in Rotterdam in 4:31:05" in found


def test_a_goal_time_is_not_a_result() -> None:
    found = post("Training for the Dublin Marathon, aiming for 3:45. Long run done ✅")
    assert not any(f.startswith("User ran") for f in found)


def test_a_marathon_on_tv_at_a_clock_time_is_not_a_result() -> None:
    found = post("Watching the London Marathon at 9:30am with coffee, done with chores ✅")
    assert not any(f.startswith("User ran") for f in found)


# ------------------------------------------------------------------ shifts


def test_long_shifts_said_by_the_user() -> None:
    found = conv(
        "Noor: what's the rota like?\nMe: four ten-hour shifts a week, then three days off",
        source="audio_transcript",
    )
    assert "User works four ten-hour shifts a week" in found


def test_night_work_in_the_users_words() -> None:
    assert "User works night shifts" in conv("Ola: you ok?\nMe: I've gone back on nights, so no")
    assert "User works night shifts" in post("I work nights so brunch is my dinner.", "other")


def test_someone_elses_shifts_are_not_the_users() -> None:
    found = post("My sister does twelve-hour shifts and still calls me every day.", "other")
    assert not any("shifts" in f for f in found)
    found = conv("Ola: he works nights now\nMe: poor guy")
    assert "User works night shifts" not in found


# ------------------------------------------------------------------ language streaks


def test_day_count_of_a_language_on_an_app() -> None:
    found = post("Day 45 of Korean on Memrise and I can finally read menus 🎉")
    assert "User is learning Korean" in found
    assert "User has a 45-day Memrise streak" in found


def test_day_count_of_a_trip_is_no_language() -> None:
    found = post("Day 6 of our Greece holiday, Greek salad for every meal")
    assert not any("learning" in f for f in found)


# ------------------------------------------------------------------ age shorthand


def test_profile_age_and_the_job_after_it() -> None:
    found = post("About me: 47, landscape gardener by day, bad guitarist by night.", "other")
    assert "User is 47 years old" in found
    assert "User is a landscape gardener" in found


def test_forum_age_and_sex_shorthand() -> None:
    found = post("First post here. 33F, pastry chef in Ghent, looking for a running club.")
    assert "User is 33 years old" in found
    assert "User lives in Ghent" in found


def test_age_tag_is_dropped_from_a_statement() -> None:
    found = post("I (38M) was diagnosed with asthma last spring.")
    assert "User is 38 years old" in found
    assert not any("(38M)" in f for f in found)


def test_a_childs_age_in_brackets_is_not_the_users() -> None:
    found = post("My daughter Ines (9) started violin today.")
    assert not any("years old" in f and f.startswith("User is") for f in found)


# ------------------------------------------------------------------ home baking


def test_sourdough_habit_and_a_named_starter_that_is_no_pet() -> None:
    found = post(
        "Saturday = bread day. Sourdough batch #12 out of the oven; my starter is named Crusty."
    )
    assert "User bakes sourdough" in found
    assert "User has a sourdough starter named Crusty" in found
    assert not any("dog named Crusty" in f or "pet named Crusty" in f for f in found)


def test_feeding_a_starter_is_keeping_one() -> None:
    found = post("Morning list: coffee, feed the sourdough starter, walk to work.", "other")
    assert "User keeps a sourdough starter" in found


def test_sourdough_on_a_shopping_list_or_as_a_goal_is_no_habit() -> None:
    assert not any("sourdough" in f for f in post("Shopping: milk, sourdough, apples", "other"))
    found = post("This year I want to learn to make sourdough and run 10k.", "other")
    assert "User bakes sourdough" not in found


# ------------------------------------------------------------------ a relative is not a child


def test_a_named_sister_is_not_also_a_child() -> None:
    found = conv("Raf: pub quiz tomorrow?\nMe: can't, it's my sister Livia's dance show at 7")
    assert "User's sister is named Livia" in found
    assert "User has a child named Livia" not in found


# ------------------------------------------------------------------ a new pet's age


def test_age_said_right_after_a_pet_is_introduced() -> None:
    found = post("Meet Sprout, our new rescue whippet! She's 6, hates rain, loves blankets.")
    assert "User has a whippet named Sprout" in found
    assert "User's whippet Sprout is 6 years old" in found


def test_a_puppy_in_weeks_and_a_childs_age_are_not_the_pets_age() -> None:
    found = post("Meet Dot, our new cocker spaniel! She's 9 weeks and already rules the house.")
    assert not any("years old" in f for f in found)
    found = post("Meet Fig, our new beagle! My son Aldo is 8 years old and in love.")
    assert not any("beagle Fig is" in f for f in found)
