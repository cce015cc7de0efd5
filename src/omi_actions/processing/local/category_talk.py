"""How people talk about a topic among themselves, beyond its headline words.

Friends discussing a film talk about "the twist" and "the second act", not about
"cinema"; a band's bassist talks about "the drummer" and "the setlist"; a runner
about "the long run"; a language learner about "the dative" and "grammar". These
entries (same ``word*w`` / ``a_b`` syntax as the other lexicon modules) widen
each domain with such conversational words; weights stay low for words that are
common outside their domain ("track", "scene", "station").

``TALK_NEUTRAL``: collocations that cancel a word's category: an exclamation
("oh my god") is not a prayer, a "barrel vault" is a ceiling, not a secrets store,
"big news" is one's own, not the news, "of course" is not a class.

``praise``: "you did a great job" is praise, not a job (checked per sentence).
"""

from __future__ import annotations

import re

TALK: dict[str, str] = {
    "sports": """long_run*4 tempo_run*5 easy_run*4 training_run*5 intervals*2 splits*1
        running_shoes*4 training_plan*2 belay*4 belayer*4 belaying*4 crag*3 climbing_gym*5
        climbing_wall*5 top_rope*5 chalk_bag*5 pull-ups*2 push-ups*2 personal_record*5
        warm_down*3 cool-down*2 sets*1 trail_run*5 time_trial*4""",
    "entertainment": """twist*2 plot_twist*5 scene*1 scenes*1 second_act*4 third_act*4
        first_act*4 screenplay*3 cinematography*4 rewatch*3 rewatched*3 rom-com*4 romcom*4
        thriller*2 horror*2 sci-fi*2 blockbuster*3 subtitles*2 dubbed*2 showrunner*3
        cinematic*2 special_effects*4 the_credits*3 post-credits*4 the_cast*3 casting*1
        director's_cut*5 the_sequel*3 the_prequel*4 prequel*3""",
    "music": """bassist*3 drummer*3 guitarist*3 pianist*3 keyboardist*3 vocalist*3 saxophone*3
        sax*2 trumpet*3 trombone*3 ukulele*3 banjo*3 bassline*3 riff*3 riffs*3 chord_progression*5
        encore*3 soundcheck*4 headliner*3 headlining*3 opening_act*3 jam_session*5 jamming*2
        harmony*2 harmonies*3 cover_song*5 covers*1 track*1 tracks*1 songwriting*4 songwriter*3
        tune*1 tunes*2 acoustic*2 amp*2 tempo*1 key_change*4 open_mic*4 the_band*3 our_band*4""",
    "architecture": """barrel_vault*5 vaulted*3 vaulting*2 column*1 columns*2 cladding*3 foyer*2
        load-bearing*3 steel_frame*4 arch*1 domes*2 facades*3 façade*3 façades*3 cornice*3
        colonnade*3 portico*3 gable*2 nave*3 mezzanine*2 site_visit*3 drawings*1 elevations*2
        floor_plans*5 listed_building*5 art_nouveau*4 mid-century*2 bauhaus*3""",
    "technology": """domain_name*4 dns*3 web_hosting*5 hosting_plan*5 ssl*3 tls*2 caching*3
        cache*2 cdn*3 load_balancer*5 uptime*3 downtime*2 dev_conference*3 tech_talk*4
        hackathon*3 open_source*4 firmware*3 router*2 wi-fi*3 bluetooth*2 browser*2
        extension*1 plugin*2 browser_extension*5""",
    "travel": """journey*1 travelling*3 travelled*2 trains*2 rail_pass*5 seat_reservation*4
        sightsee*3 guesthouse*3 hostel*3 backpack*1 jet_lag*5 jetlag*4 day_trip*4
        getaway*3 the_islands*2 island_hopping*5 road-trip*4""",
    "social": """nye*2 year's_eve*2 years_eve*2 baby_shower*5 bridal_shower*5
        bachelorette*4 bachelor_party*5 hen_do*5 stag_do*5 dance_floor*2 house_party*5
        game_night*4 pub_quiz*4 trivia_night*5 leaving_do*5 farewell_drinks*5 karaoke*3""",
    "entrepreneurship": """cap_table*5 pre-seed*4 demo_day*5 investor_update*5 business_plan*4
        business_idea*4 own_business*4 lean_startup*5
        unit_economics*5 burn_rate*5 angel_investor*5 the_raise*3 we're_raising*4""",
    "education": """grammar*3 dative*3 accusative*3 genitive*3 conjugation*3 conjugate*3
        pronunciation*2 fluent*2 fluency*3 vocab*2 language_exchange*5 language_class*5
        language_lessons*5 native_speaker*3 subjunctive*3 past_tense*3 german*1 italian*1
        japanese*1 mandarin*2 portuguese*1 korean*1 arabic*1""",
    "finance": """403b*3 457b*3 treasurer*3 treasurer's*3
        reconcile*2 reconciled*2 bookkeeping*3""",
    "design": """grout*2 backsplash*3 splashback*3 countertop*2 countertops*2 worktop*2
        worktops*2 tiles*1 tile*1 finishes*2 paint_colour*4 paint_color*4 swatches*3
        swatch*3 colour_scheme*5 color_scheme*5 mood_board*5 cabinet_colour*4""",
    "philosophy": """hypothetical*2 thought_experiment*5 happiness*2
        trolley_problem*5 personal_identity*5 moral_dilemma*5""",
    "family": """oma*3 opa*3 nonna*3 nonno*3 abuela*3 abuelo*3 abuelita*3 abuelito*3
        babushka*3 yiayia*3""",
    "weather": """pouring*2 pouring_rain*5 bucketing*2 sunny_spells*5 clear_up*2""",
    "health": """medicare*3 medicaid*3 health_insurance*4 health_plan*4 part_d*3""",
    "science": """dinosaur*3 dinosaurs*3 megafauna*3 ice_age*4 cambrian*3 jurassic*3
        wavelength*3 wavelengths*3 photosynthesis*4 tectonic*3 big_bang*4""",
    "spiritual": """reverend*3 vicar*3 chaplain*3 deacon*2""",
    "work": """inventory_count*4 stocktake*3 stock_take*4 availability*1
        the_schedule*1 rota*3 shift_swap*5 on_shift*3 clock_in*4""",
}

TALK_NEUTRAL: dict[str, dict[str, float]] = {
    "my god": {"spiritual": -3.0},
    "oh god": {"spiritual": -3.0},
    "thank god": {"spiritual": -3.0},
    "god knows": {"spiritual": -3.0},
    "god's sake": {"spiritual": -3.0},
    "barrel vault": {"technology": -3.0},
    # One's own news ("big news, we're moving!") is not the news.
    **{f"{first} news": {"news": -3.0} for first in ("big", "some", "exciting", "sad", "bad")},
    # Idioms: "of course" is not a class, "this is not sustainable" not ecology.
    "of course": {"education": -3.0},
    "not sustainable": {"environment": -3.0},
    "unsustainable pace": {"environment": -3.0},
}

# Praise ("you did a great job", "Nice job!") is not about a job; "she got a great
# job at the bank" is.
_PRAISE = re.compile(
    r"(?i)(?:\b(?:did|do|doing|done|does)\s+(?:a|such\s+a)\s+(?:really\s+)?|^\W*)"
    r"(?:great|good|nice|amazing|fantastic|awesome|brilliant|excellent)\s+job\b"
)
_JOB = re.compile(r"(?i)\bjobs?\b")
PRAISE_JOB = 3.0  # the weight of "job" in the work lexicon


def praise(sentences: list[str]) -> bool:
    """Whether "job" occurs only as praise ("you did a great job", "Great job, team!")."""
    praised = sum(len(_PRAISE.findall(s)) for s in sentences)
    return praised > 0 and praised == sum(len(_JOB.findall(s)) for s in sentences)
