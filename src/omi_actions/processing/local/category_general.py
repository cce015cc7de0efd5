"""Broad topic vocabularies that widen each category's lexicon.

The lexicons in ``category_lexicons.py`` name each topic's distinctive words;
these add the everyday words any text on the topic tends to use.
"""

from __future__ import annotations

# Broad, general topic vocabularies (what any text on the topic tends to use),
# added on top of the lexicons in ``category_lexicons.py``. "a_b" is the phrase
# "a b" (weighted higher: a phrase is a more specific cue than either of its words).
GENERAL: dict[str, str] = {
    "personal": """to-do to-dos reminder reminders dmv license renew renewal chore
        self-improvement habit habits routine morning_routine clean cleaning declutter
        organize organizing haircut barber dry_cleaning post_office package groceries*0.5""",
    "education": """school*1 teacher*2 lesson*1 lessons*1 tutoring*3 tutor*3 midterm*3 midterms*3
        final_exam*4 finals*2 essay*2 gpa*3 sat*1 act*0 admissions*3 admission*2 transcript*1
        enrolled*2 enroll*2 register*1 registration*1 classroom*3 principal*2 lecturer*3
        academic*3 academy*2 faculty*2 dean*2 study_group*4 flashcards*3 revision*1 bootcamp*2
        certification*2 certificate*1 workshop*1 seminar*2 grad_school*4 phd*3 masters*2
        undergrad*3 dissertation*3 research_paper*3 office_hours*3 coursework*3 tutorial*2
        quizzes*2 test*1 tests*1 studying*2 studied*2 learned*1 math*2 algebra*3 calculus*3
        vocabulary*2 spanish*1 french*1 language*1 duolingo*3 online_course*4""",
    "health": """health*3 doctor*3 clinic*3 appointment*1 physician*3 md*2 lab*1 labs*2 results*1
        cholesterol*3 blood_pressure*4 blood_test*4 blood_work*4 bloodwork*3 diabetes*3 insulin*3
        thyroid*3 mg*2 dose*3 dosage*3 tablet*2 tablets*2 refill*2 rx*3 pharmacist*3
        antibiotics*3 ibuprofen*3 tylenol*3 inhaler*3 asthma*3 migraine*3 nausea*3 rash*3
        infection*3 sore*2 throat*1 ache*2 back_pain*4 physio*3 physical_therapy*4 orthopedic*3
        x-ray*3 scan*1 ultrasound*3 er*2 urgent_care*4 emergency_room*4 vaccination*3 shot*1
        booster*2 checkup*3 annual_physical*4 dermatologist*3 cardiologist*3 optometrist*3
        glasses*1 contacts*0 hearing*1 pregnant*2 pregnancy*3 ob*1 fasting*2 steps*1
        sleep*1 insomnia*3 protein*1 weight_loss*4 bmi*3 hydrate*2 patient*3 referral*2
        mychart*3 copay*2 stitches*3 cast*1 fracture*3 sprain*3 surgeon*3 recovering*2""",
    "finance": """bank*3 banking*3 account*1 checking*1 savings*3 deposit*2 withdrawal*3
        transaction*2 transactions*2 charge*1 charges*1 fee*1 fees*1 overdraft*3 balance*2
        statement*2 credit_card*4 debit*2 card*1 interest_rate*4 apr*3 loan*3 lender*3
        refinance*3 mortgage*3 budget*3 budgeting*3 expenses*3 spending*2 saving*2 save*1
        invest*3 investing*3 index_fund*4 etf*3 etfs*3 dividend*3 dividends*3 brokerage*3
        401k*3 ira*3 pension*3 retirement*2 tax*3 taxes*3 irs*3 tax_return*4 w-2*3 1099*3
        deduction*2 refund*2 invoice*2 paid*1 payment*2 payments*2 billing*2 autopay*3
        subscription*1 price*1 cost*1 costs*1 $*0 usd*2 venmo*2 zelle*3 paypal*2 wire*1
        reimbursement*2 reimburse*2 payroll*2 paycheck*3 bonus*1 net_worth*4 crypto*3
        insurance_premium*3 claim*1 deductible*2 split*1 owe*1 owes*1 cash*2 fraud*2""",
    "legal": """legal*3 lawyer*3 attorney*3 counsel*2 law_firm*4 contract*3 agreement*2
        terms*1 clause*3 clauses*3 redlines*3 redline*3 msa*3 nda*3 liability*3 indemnity*3
        lawsuit*3 sue*3 court*3 hearing*1 judge*3 jury*3 subpoena*3 summons*3 filing*2
        notary*3 notarized*3 will_and_testament*4 estate_planning*4 power_of_attorney*4
        divorce*3 custody*3 settlement*2 dispute*2 claim*1 tenant_rights*4 eviction*3
        violation*2 citation*2 parking_ticket*3 speeding_ticket*4 fine*1 gdpr*3 privacy*1
        compliance*2 regulation*1 signed*1 signature*1 sign*0 paralegal*3 deposition*3""",
    "philosophy": """philosophy*3 philosopher*3 ethics*3 ethical*2 moral*3 morality*3 meaning*2
        meaning_of_life*5 existence*3 consciousness*3 free_will*5 determinism*3 stoic*3
        stoicism*3 kant*3 aristotle*3 plato*3 socrates*3 nietzsche*3 descartes*3
        epistemology*3 metaphysics*3 utilitarian*3 utilitarianism*3 virtue*2 existential*3
        paradox*2 argument*1 reason*1 truth*2 identity*1 mind*1 thought_experiment*4""",
    "spiritual": """god*3 prayer*3 pray*3 praying*3 church*3 faith*3 spiritual*3 spirituality*3
        meditation*3 meditate*3 soul*2 bible*3 scripture*3 verse*2 temple*3 mosque*3
        synagogue*3 worship*3 religion*3 religious*3 karma*3 blessed*2 sermon*3 pastor*3
        priest*3 rabbi*3 imam*3 mass*2 choir*1 service*1 candlelight*2 advent*3 easter*2
        christmas_eve*2 ramadan*3 lent*3 diwali*2 hymn*3 gospel*3 retreat*1 mindfulness*2
        congregation*3 parish*3 ministry*3 devotional*3 sabbath*3 buddhist*3 dharma*3""",
    "science": """science*3 scientific*3 scientist*3 research*2 researchers*3 study*1 experiment*3
        experiments*3 hypothesis*3 physics*3 chemistry*3 biology*3 neuroscience*3 genetics*3
        dna*3 cell*1 cells*2 molecule*3 atoms*3 quantum*3 astronomy*3 telescope*3 planet*3
        galaxy*3 nasa*3 rocket*2 orbit*3 eclipse*3 fossil*3 fossils*3 species*2 evolution*2
        lab*2 peer-reviewed*3 journal_article*4 data*1 sample*1 microscope*3 theory*2
        paleontology*3 geology*3 volcano*2 comet*3 meteor*3 science_fair*4""",
    "entrepreneurship": """startup*3 startups*3 founder*3 cofounder*3 co-founder*3 investors*3
        investor*3 pitch_deck*5 pitch*2 funding*3 seed_round*5 series_a*5 vc*3 venture*3
        venture_capital*5 entrepreneur*3 entrepreneurs*3 bootstrapped*3 mvp*3 fundraising*3
        valuation*3 accelerator*3 incubator*3 yc*3 runway*2 traction*2 side_hustle*5
        small_business*4 own_business*4 my_business*3 etsy*3 shopify*3 launch*1 equity*2
        term_sheet*5 angel*1 product_market_fit*5 customers*1 first_customer*4""",
    "parenting": """kids*3 kid*3 child*2 children*3 son*2 daughter*2 baby*3 toddler*3 infant*3
        newborn*3 parenting*3 parent*2 parents*1 diaper*3 diapers*3 daycare*3 babysitter*3
        nanny*3 pediatrician*3 bedtime*2 playdate*3 stroller*3 preschool*3 kindergarten*3
        elementary*3 grade*1 pta*3 parent-teacher*4 school_pickup*4 pickup*1 drop-off*2
        permission_slip*4 field_trip*4 chaperone*3 chaperones*3 report_card*4 homework*2
        reading_log*4 screen_time*4 tantrum*3 potty*3 formula*2 breastfeeding*3 nap*2
        teething*3 car_seat*4 lunchbox*3 recess*3 sleepover*2 tooth_fairy*4 allowance*2
        soccer_practice*3 teen*2 teenager*3 teens*2 his_teacher*3 her_teacher*3""",
    "romantic": """date*2 date_night*5 dating*3 girlfriend*3 boyfriend*3 romantic*3 romance*3
        anniversary*3 valentine*3 valentine's*3 crush*3 relationship*2 honeymoon*3 kiss*3
        sweetheart*3 love_you*4 miss_you*3 babe*2 darling*2 proposal*2 propose*3
        engaged*2 engagement_ring*5 fiance*3 fiancee*3 flowers*1 candlelit*3 tinder*3
        hinge*2 first_date*5 breakup*3 broke_up*4 ex*1 heart*1 cuddle*3""",
    "travel": """travel*3 trip*3 flight*3 flights*3 airport*3 airline*3 boarding*3 gate*2
        terminal*2 layover*3 passport*3 visa*2 hotel*3 hostel*3 airbnb*3 check-in*2
        checkout*1 itinerary*3 luggage*3 suitcase*3 carry-on*3 vacation*3 holiday*2
        destination*3 tourist*3 sightseeing*3 tour*2 cruise*3 road_trip*5 train*2 rail*2
        e-ticket*3 seat*1 coach*1 departure*3 arrival*3 arrives*1 departs*2 outbound*3
        return_trip*4 booking*2 confirmation*1 reservation*1 car_rental*4 rental_car*4
        abroad*3 overseas*3 jet_lag*5 customs*2 tsa*3 beach*2 resort*3 getaway*3
        backpacking*3 day_tour*4 guided_tour*4 museum*1 city*1 eurostar*3 amtrak*3""",
    "inspiration": """inspired*3 inspiring*3 inspiration*3 motivation*3 motivated*3 motivational*3
        dream*2 dreams*2 never_give_up*5 believe*1 proud*2 grateful*2 gratitude*2
        milestone*2 journey*1 growth*1 mindset*2 success*1 achieve*2 achieved*2
        accomplished*3 courage*3 perseverance*3 resilience*3 hustle*1 quote*3 reminder_that*3
        keep_going*4 one_day*2 first_step*3 comeback*2 transformation*2 #motivation*3""",
    "technology": """software*3 hardware*3 app*2 apps*2 code*3 coding*3 programming*3 developer*3
        engineer*2 api*3 server*3 servers*3 database*3 bug*3 bugs*3 deploy*3 deployed*3
        deployment*3 release*1 build*1 ci*2 pipeline*2 cloud*2 aws*3 gcp*3 azure*3 kubernetes*3
        docker*3 linux*3 python*3 javascript*3 typescript*3 rust*2 java*2 github*3 gitlab*3
        pr*2 pull_request*5 merge*1 repo*3 branch*1 commit*2 latency*3 outage*2 incident*1
        load_test*5 rate-limiter*3 rate_limiter*5 cache*3 cpu*3 gpu*3 memory*1 storage*1
        laptop*3 computer*3 iphone*3 android*3 smartphone*3 router*3 wifi*3 modem*3
        firmware*3 update*1 upgrade*2 password*2 2fa*3 login*2 security*1 hack*2 hacked*3
        ai*3 ml*3 llm*3 chatgpt*3 model*1 dataset*3 algorithm*3 tech*3 gadget*3 vr*3
        tablet*1 ipad*3 smartwatch*3 bluetooth*3 usb*3 printer*2 projector*1 cable*1""",
    "business": """business*3 client*3 clients*3 customer*3 customers*3 sales*3 revenue*3
        marketing*3 deal*3 deals*2 partnership*3 partners*1 quarterly*3 strategy*2 market*2
        market_share*5 profit*3 margin*2 margins*2 company*2 vendor*3 vendors*3 supplier*3
        suppliers*3 procurement*3 stakeholders*3 kpi*3 kpis*3 roadmap*2 pricing*3
        negotiation*3 negotiate*2 proposal*2 rfp*3 board_meeting*4 ceo*2 cfo*3 b2b*3 b2c*3
        churn*3 retention*2 acquisition*2 merger*3 brand*2 campaign*1 leads*2 pipeline*1
        account_manager*4 quarter*2 q1*3 q2*3 q3*3 q4*3 forecast*1 growth*1 expansion*2
        steering_committee*5 go-to-market*4 launch*1 product_launch*4 competitor*3""",
    "social": """friends*3 friend*2 buddy*2 buddies*2 party*3 parties*2 hang_out*5 hangout*3
        hanging_out*5 drinks*3 bar*2 pub*3 brunch*3 dinner*2 get-together*3 gathering*3
        bbq*3 barbecue*3 potluck*3 housewarming*3 invite*2 invited*2 invitation*2 rsvp*3
        celebrate*2 celebration*2 reunion*2 game_night*5 karaoke*3 trivia*3 bowling*2
        catch_up*4 coffee*1 meet_up*4 meetup*3 neighbors*2 neighbour*2 guests*2 host*1
        hosting*2 birthday_party*5 surprise_party*5 open_mic*3 club*1 group_chat*4
        sleepover*1 picnic*2 bonfire*3 cookout*3 wedding*1 congrats*2 cheers*1 lol*1""",
    "work": """work*2 job*3 boss*3 manager*3 colleague*3 colleagues*3 coworker*3 coworkers*3
        office*2 technical_interview*5 job_interview*5
        meeting*2 meetings*2 deadline*3 deadlines*2 project*2 projects*2 report*2
        presentation*3 team*2 standup*3 stand-up*3 sprint*3 retro*3 promotion*3 career*3
        interview*2 hired*3 hiring*3 recruiter*3 resume*3 cv*2 offer_letter*5 salary*1
        shift*2 shifts*2 overtime*3 pto*3 time_off*4 out_of_office*5 on_call*4 rota*3
        hr*3 performance_review*5 one-on-one*3 1:1*3 agenda*2 slides*3 deck*2 memo*3
        spreadsheet*2 okrs*3 workload*3 onboarding*3 employer*3 employee*2 employees*2
        contractor*1 freelance*2 client_call*4 kickoff*3 all-hands*3 offsite*3 workplace*3
        remote*1 wfh*3 commute*2 teammate*3 teammates*3 debrief*3 sync*2 jira*3 slack*2
        ticket*1 tickets*1 ship*1 launch*1 quarterly*1 manager's*3 workday*2 payroll*1""",
    "sports": """game*2 games*1 match*2 team*1 season*1 league*3 playoffs*3 tournament*3
        championship*3 coach*3 practice*1 training*2 workout*3 gym*3 fitness*3 soccer*3
        football*3 basketball*3 baseball*3 softball*3 hockey*3 tennis*3 golf*3 volleyball*3
        pickleball*3 cricket*2 rugby*3 marathon*3 half_marathon*5 5k*3 10k*3 race*3
        running*2 run*1 runner*3 cycling*3 bike_ride*4 swim*3 swimming*3 lap_swim*5 pool*1
        laps*3 climbing*2 bouldering*3 ski*3 skiing*3 snowboarding*3 surf*3 surfing*3
        yoga*2 pilates*3 crossfit*3 lifting*2 squat*3 deadlift*3 reps*3 score*2 scored*3
        goal*1 goals*0 win*1 won*1 lost*0 ref*3 referee*3 stadium*3 jersey*3 cleats*3
        kickoff*1 nba*3 nfl*3 mlb*3 nhl*3 fifa*3 olympics*3 athlete*3 personal_best*5 pr*0""",
    "politics": """politics*3 political*3 election*3 elections*3 vote*3 voting*3 voter*3 voters*3
        ballot*3 ballots*3 polls*3 poll*2 polling*3 candidate*3 candidates*3 campaign*2
        senator*3 senate*3 congress*3 congressman*3 congresswoman*3 representative*1
        governor*3 mayor*3 city_council*5 council*2 president*3 government*3 policy*2
        legislation*3 bill*0 law*1 democrat*3 democrats*3 republican*3 republicans*3
        liberal*2 conservative*2 parliament*3 minister*3 debate*3 referendum*3 protest*2
        petition*2 town_hall*4 primary*1 midterm_election*5 registered_to_vote*5""",
    "literature": """book*3 books*3 novel*3 novels*3 author*3 authors*3 reading*2 read*1
        poetry*3 poem*3 poems*3 poet*3 chapter*1 chapters*1 library*2 writer*2 writing*1
        fiction*3 nonfiction*3 non-fiction*3 story*1 stories*1 kindle*3 audiobook*3
        book_club*5 bookclub*3 literature*3 literary*3 memoir*3 biography*2 shakespeare*3
        paperback*3 hardcover*3 bestseller*3 publisher*2 manuscript*3 goodreads*3 sequel*2
        trilogy*3 page-turner*3 finished_reading*5 tbr*3 #booktok*3 #bookstagram*3""",
    "history": """history*3 historical*3 historian*3 ancient*3 century*3 centuries*3 medieval*3
        empire*3 emperor*3 dynasty*3 war*2 wwii*3 ww2*3 civil_war*5 world_war*5
        revolution*2 colonial*3 archaeology*3 archaeologist*3 artifacts*3 museum*2
        heritage*2 monument*2 ruins*3 pharaoh*3 rome*1 roman*2 greek*1 viking*3 vikings*3
        founded*1 era*2 1900s*3 1800s*3 anniversary_of*3 battle*2 treaty*3 civilization*3""",
    "architecture": """architecture*3 architect*3 architects*3 architectural*3 building*2
        buildings*2 skyscraper*3 facade*3 cantilever*3 brutalist*3 gothic*2 bauhaus*3
        blueprint*3 blueprints*3 floor_plan*5 floorplan*3 structure*1 structural*3
        construction*2 renovation*2 remodel*2 extension*1 zoning*2 concrete*2 steel*1
        beams*2 cathedral*2 tower*2 bridge*1 urban_planning*5 landmark*2 interior*1""",
    "music": """music*3 musical*2 musician*3 song*3 songs*3 album*3 albums*3 concert*3 gig*3
        band*3 guitar*3 piano*3 drums*3 violin*3 cello*3 bass*1 singing*3 sing*2 singer*3
        vocals*3 choir*3 playlist*3 spotify*3 lyrics*3 melody*3 chord*3 chords*3 rehearsal*2
        recital*3 orchestra*3 symphony*3 jazz*3 hip-hop*3 rap*3 dj*3 setlist*3 open_mic*4
        #localmusic*3 vinyl*3 record*1 tour_dates*4 metronome*3 scales*2 practice_piano*4""",
    "weather": """weather*3 forecast*2 rain*3 raining*3 rainy*3 snow*3 snowing*3 storm*3 storms*3
        thunderstorm*3 sunny*3 cloudy*3 temperature*3 degrees*2 heat*2 heatwave*3 heat_wave*5
        humid*3 humidity*3 wind*2 windy*3 hurricane*3 tornado*3 blizzard*3 hail*2 frost*3
        freezing*2 icy*2 umbrella*3 flood*2 flooding*2 drought*2 weather_alert*5""",
    "news": """news*3 breaking*3 headline*3 headlines*3 reported*2 reports*1 reporter*3
        journalist*3 newspaper*3 article*2 press_release*4 announced*2 announcement*1
        officials*3 authorities*3 evacuation*3 outage*1 road_closure*4 closures*2 update*0
        according_to*3 statement*1 investigation*2 breaking_news*5 local_news*5""",
    "entertainment": """movie*3 movies*3 film*3 films*3 cinema*3 theater*3 theatre*3 show*2 shows*2
        series*2 episode*3 episodes*3 season_finale*5 netflix*3 hulu*3 hbo*3 disney*3
        prime_video*5 tv*3 binge*3 binge-watch*3 streaming*2 trailer*3 premiere*3 actor*3
        actress*3 comedy*3 comedian*3 standup_comedy*5 musical*1 broadway*3 video_game*5
        video_games*5 gaming*3 gamer*3 playstation*3 xbox*3 nintendo*3 switch*1 steam*1
        raid*3 guild*3 discord*2 twitch*3 youtube*2 podcast*2 anime*3 manga*3 popcorn*3
        box_office*5 spoiler*3 spoilers*3 tickets*1 board_game*5 catan*3 d&d*3 dnd*3""",
    "psychology": """anxiety*3 anxious*3 stress*3 stressed*3 depression*3 depressed*3 therapist*3
        therapy*2 counseling*3 counselor*3 mental_health*5 emotions*3 emotional*2 feelings*2
        mood*2 burnout*3 burned_out*4 overwhelmed*3 lonely*2 loneliness*3 trauma*3
        self-esteem*3 confidence*1 cbt*3 psychology*3 psychologist*3 behavior*2 habits*1
        procrastination*3 procrastinate*3 overthinking*3 panic*2 panic_attack*5 coping*3
        boundaries*3 journaling*2 self-care*2 motivation*1 attachment*2 mindset*1""",
    "real": """real_estate*5 realtor*3 agent*0 listing*3 listings*3 open_house*5 showing*2
        offer*1 bid*2 closing*2 escrow*3 appraisal*3 inspection*2 home_inspection*5
        mortgage*2 pre-approval*3 preapproval*3 down_payment*5 property*3 properties*3
        landlord*3 tenant*3 tenants*3 lease*2 rent*2 rental*2 apartment*2 condo*3
        townhouse*3 house_hunting*5 bedroom*3 bedrooms*3 bathroom*1 sq*2 sqft*3
        square_feet*5 hoa*3 zillow*3 redfin*3 move-in*3 moving*1 movers*2 buyer*2 buyers*2
        seller*2 sellers*2 homeowner*2 hail_damage*2 roof*1 plumber*1 leak*1""",
    "design": """design*3 designer*3 designers*3 ui*3 ux*3 figma*3 sketch*2 logo*3 logos*3
        font*3 fonts*3 typography*3 layout*3 mockup*3 mockups*3 wireframe*3 wireframes*3
        prototype*2 color*2 colors*2 palette*3 branding*3 brand_identity*5 illustration*3
        aesthetic*2 moodboard*3 mood_board*5 graphic*2 graphics*2 portfolio*1 interior_design*5
        canva*3 adobe*3 photoshop*3 illustrator*3 visual*2 kerning*3""",
    "family": """family*3 mom*3 dad*3 mother*3 father*3 mum*3 parents*3 sister*3 brother*3
        sis*3 bro*1 grandma*3 grandpa*3 grandmother*3 grandfather*3 grandparents*3 aunt*3
        uncle*3 cousin*3 cousins*3 niece*3 nephew*3 wife*2 husband*2 in-laws*3 mother-in-law*3
        father-in-law*3 relatives*3 sibling*3 siblings*3 family_dinner*5 thanksgiving*2
        holidays*1 christmas*1 reunion*1 stepmom*3 stepdad*3 twins*2 household*2 mom's*3
        dad's*3 grandma's*3 aunt_mei*0""",
    "economics": """economy*3 economic*3 economics*3 economist*3 inflation*3 recession*3 gdp*3
        unemployment*3 jobs_report*5 interest_rates*5 rate_hike*5 rate_cut*5 fed*3
        federal_reserve*5 central_bank*5 monetary*3 fiscal*3 tariffs*3 tariff*3 trade*2
        trade_war*5 supply_chain*4 supply*1 demand*1 prices*1 cpi*3 housing_market*4
        stock_market*4 markets*2 wages*2 productivity*2 deficit*3 debt_ceiling*5""",
    "environment": """environment*3 environmental*3 climate*3 climate_change*5 global_warming*5
        recycling*3 recycle*3 pollution*3 carbon*3 emissions*3 sustainability*3
        sustainable*3 plastic*2 single-use*3 solar*3 solar_panels*5 renewable*3 wind_power*5
        conservation*3 wildlife*3 trees*2 tree_planting*5 ocean*2 compost*3 composting*3
        nature*2 ecosystem*3 deforestation*3 ev*2 electric_vehicle*5 cleanup*3 clean-up*3
        litter*3 creek*2 river*1 volunteer*1 biodiversity*3 endangered*3 e-waste*3
        zero_waste*5 earth_day*5 greenhouse*2 air_quality*5 habitat*3""",
}
