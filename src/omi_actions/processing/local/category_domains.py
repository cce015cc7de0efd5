"""More domain vocabulary for the category lexicons, and collocations that cancel words.

``category_lexicons.py`` holds the original lexicons; these entries widen each domain
with the everyday words of its trade (an insurer's mail says "policyholder",
"premium", "renewal"; a court's says "plaintiff", "courtroom", "docket") so that
a text by a writer who never uses the category's name is still recognised.
Same syntax: ``word*weight`` (weight 1 when omitted), ``a_b`` for the phrase
"a b". A word listed here and in ``category_lexicons.py`` keeps its higher weight,
except in ``OVERRIDES``, which replace the weight outright.
"""

from __future__ import annotations

DOMAINS: dict[str, str] = {
    "personal": """salon*3 hair*2 haircut*3 stylist*2 barber*3 manicure*3 pedicure*3 nails*2
        spa*2 membership*1 gym_membership*2 errand*3 errands*3 to-do*3 chores*3
        household*2 power_outage*4 outage*1 utility*2 utilities*2 electricity*2 water_heater*3
        unplug*2 dry_cleaning*4 return_label*3 returns*1 amazon*1 car_registration*4
        registration*1 dmv*3 renew*2 oil_change*3
        diary*3 grocery*2 meal_prep*4 recipe*1""",
    "finance": """insurance*3 insurer*3 policyholder*4 premium*3 premiums*3 deductible*3
        coverage*2 claim*2 claims*2 adjuster*3 underwriting*3 renewal*1 discount*1
        credit_union*5 card_ending*5 purchase*2 purchases*2 transaction*3 fraud*3
        suspicious*2 statement*2 bill*2 billing*3 autopay*3 overdue*2 past_due*4 balance*2
        account_ending*5 direct_deposit*5 wire_transfer*5 hsa*3 fsa*3 1099*3 w-2*3
        tax_return*5 cpa*3 accountant*3 bookkeeping*3 receipts*2 receipt*1 reimbursement*3
        self-assessment*3 self_assessment*4 tax_year*4 p60*4 p45*3 hmrc*4 irs*4
        apr*3 lender*3 loan*3 refinance*3 cap_table*2 budget*3 savings*3 invest*3
        brokerage*3 dividend*3 etf*3 portfolio*2 advisor*1 financial_advisor*5""",
    "legal": """court*3 courtroom*4 courthouse*4 plaintiff*4 defendant*4 small_claims*5
        docket*4 case_number*4 summons*4 subpoena*4 hearing*2 judge*3 attorney*3
        lawyer*3 counsel*2 lawsuit*3 litigation*3 testimony*3 witness*2 verdict*3 appeal*2
        affidavit*4 notarize*3 notarized*3 statute*3 custody*3 probate*4 will_and*2 estate_plan*4
        legal*3 jury*3 jury_duty*5 mediation*3 arbitration*3 deposition*4
        cease_and_desist*5 contract_dispute*5 tenant_rights*4 landlord-tenant*4""",
    "real": """landlord*4 tenant*3 tenants*3 rent*3 rental*3 lease*3 lease_renewal*5 unit*2
        apartment*2 condo*3 property_manager*5 property_management*5 move-in*3 move-out*3
        security_deposit*5 plumber*2 leak*2 maintenance_request*5 super*1 superintendent*3
        hoa*3 listing*3 open_house*5 realtor*4 real_estate*5 mortgage*2
        escrow*4 closing_costs*5 appraisal*3 home_inspection*5 offer*1 bid*1 square_feet*4
        sq_ft*4 bedroom*3 bedrooms*3 viewing*3 showing*2 house_hunting*5 zillow*3 redfin*3""",
    "parenting": """your_child*5 your_son*4 your_daughter*4 families*2 grade*1
        elementary*4 preschool*4 kindergarten*4 pta*4 pto*1 room_parent*5 chaperone*4
        chaperones*4 field_trip*4 permission_slip*5 picture_day*5
        bake_sale*5 science_fair*4 book_fair*4 report_card*5 parent-teacher*5 recess*3
        school_pickup*5 carpool*3 reading_log*5 homework*2 playdate*4 daycare*4 nanny*3
        babysitter*3 toddler*4 kids*3 pediatrician*4 orthodontist*2 braces*2 swim_meet*2
        student*1 students*1 class_trip*4 school_supplies*5 lunchbox*3""",
    "sports": """hike*3 hiking*3 trailhead*4 trail*2 trails*2 trekking*4 elevation*2
        backpack*1 climb*2 climbing*3 bouldering*4 kayak*2 kayaking*3 paddle*2
        run*1 pace*2 splits*2 tempo*2 mile*1 miles*2 5k*3 10k*3 half_marathon*5 marathon*4
        race*3 bib*3 finish_line*5 tournament*3 match*2 game_day*4 scrimmage*4 practice*1
        coach*3 team*1 league*2 season*1 workout*3 gym*2 lifting*3 reps*3 sets*1 cardio*3
        swim*3 swimming*3 cycling*3 ride*1 pickleball*4 tennis*3 golf*3 soccer*3 basketball*3
        volleyball*3 baseball*3 softball*3 hockey*3 rugby*3 ski*3 skiing*3 snowboarding*3""",
    "travel": """cabin*3 lake*1 lodge*2 chalet*3 campsite*2 camping*2 kayak*1 check-in*3
        checkout*2 check-out*2 airbnb*4 hotel*4 hostel*4 itinerary*4 e-ticket*4 outbound*4
        return_trip*4 booking_reference*5 confirmation_number*3 seat*1 coach*1 platform*1
        departure*3 arrival*2 flight*3 flights*3 airport*3 passport*4 visa*2 luggage*3
        layover*3 trip*3 vacation*4 getaway*3 day_tour*4 sightseeing*4 tourist*3
        road_trip*5 travel_insurance*5 rail*3 railway*3 train*2 ferry*3""",
    "music": """music*3 musician*3 band*4 gig*4 open_mic*5 setlist*4 song*3 songs*3 album*3
        single*1 vinyl*3 guitar*4 bass*2 drums*4 piano*4 violin*4 cello*4 choir*3 rehearsal*2
        recital*2 concert*3 jam*2 jam_session*5 studio*1 lyrics*3 chords*3 cover*1 cover_song*5
        playlist*3 spotify*3 orchestra*4 symphony*4 tickets*1 stage*2""",
    "science": """astronomer*4 astronomy*4 telescope*4 planet*3 planets*3 saturn*3 jupiter*3
        rings*1 moons*2 comet*3 nebula*4 galaxy*3 constellation*3 eclipse*3 orbit*3 physicist*4
        chemist*4 biologist*4 geologist*4 neuroscientist*4 scientist*3 experiment*3 lab*2
        hypothesis*3 specimen*3 microscope*3 fossil*3 species*2 research*2 study*1 physics*3
        chemistry*3 biology*3 molecule*3 cells*2 dna*3 quantum*3""",
    "history": """history*3 historian*4 centuries*3 century*3 medieval*4 ancient*4 empire*4
        kingdom*3 dynasty*4 reign*3 ruled*2 monarch*3 king*1 queen*1 treaty*3 league*1
        trade_route*4 trade_routes*4 merchants*2 crusades*4 colonial*3
        civil_war*5 world_war*5 revolution*3 archaeology*4 ruins*3 artifact*3 artifacts*3
        museum*2 castle*2 capital*1 founded*2 era*2 pharaoh*4 roman*3 romans*3 vikings*4""",
    "psychology": """therapist*4 therapy*3 therapy_session*5 counselor*4
        counseling*4 psychologist*4 worry*3 worries*3 worrying*3 anxious*3 anxiety*3
        breathing*2 breathing_exercise*5 journal*1 journaling*3 coping*3 cbt*4
        rumination*4 ruminating*4 intrusive*3 panic*3 stress*3 burnout*3 mood*2 feelings*2
        emotions*3 self-talk*4 mindfulness*2 grounding*3 trigger*2 triggers*2 boundaries*3""",
    "literature": """novel*4 novels*4 book*3 books*3 author*4 authors*3 ending*2 chapter*2
        chapters*2 plot*3 protagonist*4 narrator*4 character*2 characters*2 prose*4
        reread*3 re-read*3 read*1 reading*2 poem*3 poetry*4 poet*3 memoir*4 fiction*3
        fantasy_novel*5 sci-fi*1 book_club*5 library*2 kindle*3 audiobook*3 hardcover*3
        paperback*3 sequel*3 trilogy*3 series*1 writer*3 wrote*1 published*2""",
    "family": """grandma's*3 grandpa's*3 mom*3 dad*3 aunt*3 uncle*3 cousin*3 cousins*3
        niece*3 nephew*3 sister*3 brother*3 grandparents*3 in-laws*3 relatives*3 family*3""",
    "entertainment": """raid*3 raids*3 guild*3 tank*1 dps*4 server*1 loot*4
        quest*3 boss_fight*5 respawn*4 patch*1 gamer*3 gaming*3 console*3 playstation*3 xbox*3
        nintendo*3 steam*2 twitch*3 esports*4 board_game*5 board_games*5 game_night*3
        movie*3 movies*3 film*3 series*2 episode*3 season*1 netflix*3 show*2 shows*2""",
    "technology": """router*4 modem*4 wifi*4 wi-fi*4 fiber*3 broadband*4 internet*3 isp*4
        technician*1 firmware*3 outage*1 latency*3 bandwidth*4 ethernet*4 load_test*5 pr*2
        rate-limiter*4 deploy*3 build*1 release*1 bug*3 repo*3 merge*2 staging*3""",
    "business": """pricing*3 churn*4 retention*2 consultant*2 client*3
        clients*3 customers*3 revenue*3 margin*3 margins*3 go-to-market*4 sales*3 pipeline*1
        quarterly*2 vendor*3 procurement*3 proposal*2 invoice*2 rfp*4 stakeholder*3""",
    "spiritual": """ pastor*4 congregation*4
        worship*4 hymn*4 hymns*4 sermon*4 scripture*4 prayer*4 church*4 parish*4""",
    "environment": """cleanup*3 clean-up*3 creek*3 litter*3 volunteers*1 watershed*4 invasive*3
        native_plants*5 recycling*3 compost*3 reusable*3 plastic*2""",
    "romantic": """valentine's*4 valentine*4 anniversary*4 date_night*5 girlfriend*3
        boyfriend*3 love_you*4 roses*2 candlelit*3""",
    "education": """registrar*4 enrollment*3 semester*3
        courses*3 course*3 transcript*2 tuition*3 professor*3 prof*2 syllabus*3 thesis*3
        midterm*3 finals*2 gpa*3 financial_aid*5 sat*2 act*0 practice_test*4 tutoring*3""",
    "work": """ recruiter*4 candidate*2 questionnaire*1 offer_letter*5
        on-call*4 on_call*4 runbook*4 rota*3 shift*2 swap*1 sprint*3 kickoff*3
        standup*3 all-hands*3 manager*2 boss*3 expense_report*5 expense_reports*5
        night_shift*4 night_shifts*4 day_shift*4 staffing*3 release_notes*4 timesheet*4
        timesheets*4 payroll*2 coworkers*3 colleague*3 performance_review*5 self-assessment*3
        notice_period*5 final_round*4 job_offer*5 references*1""",
}

# Weights that replace the lexicon's own (a word that misled more than it helped).
OVERRIDES: dict[str, dict[str, float]] = {
    "politics": {"policy": 0.5, "bill": 0.0},
    "economics": {"rates": 1.0, "trade": 1.0, "prices": 0.5},
    "travel": {"hiking": 0.5, "hike": 0.5, "mountain": 0.5},
    "social": {"open mic": 0.0, "hosting": 1.0},
    "finance": {"rent": 1.0, "account": 0.5},
    # A "self-assessment" is a tax return as often as a performance review.
    "work": {"self-assessment": 1.0},
    "sports": {"league": 2.0},
    "design": {"color": 1.0, "colors": 1.0},
    "personal": {"registration": 1.0},
    "science": {"fair": 0.0, "science fair": 0.0},
}

# Collocations that cancel their words ("business days" says nothing about business).
NEUTRAL_PHRASES: dict[str, dict[str, float]] = {
    "business days": {"business": -3.0},
    "data rates": {"economics": -2.0},
    "rates may": {"economics": -2.0},
    "science fair": {"science": -3.0},
    "science center": {"science": -2.0},
    "book the": {"literature": -3.0},
    "book a": {"literature": -3.0},
    "book your": {"literature": -3.0},
    # A voice memo is a note to oneself; working from home says where, not what.
    "voice memo": {"work": -3.0},
    "work from": {"work": -2.0},
    "working from": {"work": -2.0},
}
