"""Everyday vocabulary of the niche categories, written from the domains themselves.

The lexicons in ``category_lexicons.py`` and ``category_domains.py`` name each topic
by its headline words ("philosophy", "election", "novel"). People rarely do:
a conversation about politics talks about a "precinct", "canvassing" or "the
incumbent"; one about design about "kerning", "whitespace" and "the hero
image"; a spiritual one about "grace", "the rosary" or "the sangha". These
entries add such words, one domain per key, with the same syntax (``word*w``,
``a_b`` for the phrase "a b"). A word already weighted elsewhere keeps its
strongest weight, so listing it here can only widen a domain, never narrow one.
Words that are common outside their domain ("service", "record", "state") are
left out or weighted 1.
"""

from __future__ import annotations

VOCAB: dict[str, str] = {
    "science": """scientific*3 researcher*3 researchers*3 postdoc*4 grad_student*2 pi*1
        lab_meeting*5 lab_bench*5 assay*4 assays*4 reagent*4 reagents*4 pipette*4 centrifuge*4
        spectrometer*4 mass_spec*5 spectroscopy*4 chromatography*4 sequencing*4 pcr*4 protein*1
        proteins*2 enzyme*3 enzymes*3 antibody*2 antibodies*2 bacteria*2 microbe*3 microbes*3
        microbiome*3 neuron*3 neurons*3 gene*3 genes*3 genetic*3 mutation*3 organism*3 organisms*3
        physicist*4 chemist*4 biologist*4 ecologist*4 neuroscience*4 astrophysics*4 particle*2
        particles*2 electron*3 electrons*3 photon*3 photons*3 gravity*3 relativity*4 black_hole*5
        black_holes*5 supernova*4 exoplanet*4 mars_rover*5 rover*2 asteroid*3 meteorite*3
        observatory*4 spacecraft*3 satellite*2 launch_window*4 experiment*3 experiments*3 data_set*2
        dataset*2 replication*3 replicate*2 peer_review*4 preprint*4 journal_paper*4 publication*2
        citation*1 grant_proposal*3 control_group*5 variable*1 variables*2 measurement*2
        measurements*3 calibration*3 instrument_time*5 beamline*5 petri_dish*5 specimen*3 samples*2
        field_work*3 fieldwork*3 findings*2 discovery*1 theory*2 evidence*1 periodic_table*5
        element*1 isotope*4 isotopes*4 chemical*2 reaction*1 compound*2 volcanoes*2 earthquake*2
        tectonic*4 climate_model*4 biology_class*2 chemistry_lab*4 physics_lab*4""",
    "design": """designed*1 redesign*2 visual_design*5 graphic_design*5 web_design*5
        product_design*4 user_research*4 usability*4 user_testing*5 user_flow*5 user_flows*5
        persona*2 personas*3 hero_image*5 whitespace*4 white_space*3 grid*1 alignment*1 contrast*1
        kerning*4 leading*0 serif*4 sans-serif*4 sans_serif*4 typeface*4 typefaces*4 hex*2
        hex_code*5 gradient*3 gradients*3 icon*2 icons*3 iconography*4 illustration*3 illustrator*3
        vector*2 svg*3 pixel*2 pixels*2 pixel-perfect*4 mock-up*4 mock-ups*4 prototype*2
        prototypes*3 wireframing*4 storyboard*3 style_guide*5 design_system*5 component_library*4
        moodboard*4 mood_board*5 color_palette*5 colour*1 colours*1 colour_palette*5
        brand_guidelines*5 visual_identity*5 rebrand*3 rebranding*3 packaging*1 poster*2 posters*2
        flyer*1 brochure*2 infographic*3 sketches*2 sketching*2 drafts*1 revisions*1 figma_file*5
        artboard*4 canvas*1 render*2 renders*3 rendering*2 3d_model*4 cad*3 aesthetics*3
        minimalist*3 minimalism*3 interior*1 furniture_layout*3 textile*2 fabric_swatches*4 swatch*3
        swatches*3 creative_brief*5 art_director*4 creative_director*4 ux_writer*3 accessibility*2
        responsive*1 mobile_layout*4 landing_page*3 screens*1 dribbble*4 behance*4""",
    "politics": """precinct*4 precincts*4 polling_place*5 polling_station*5 canvass*4 canvassing*4
        canvasser*4 phone_bank*5 phonebank*4 phone_banking*5 door_knocking*5 campaign_office*5
        incumbent*4 challenger*2 primaries*4 caucus*4 electorate*4 constituents*4 constituency*4
        district*1 redistricting*5 gerrymandering*5 absentee*4 mail-in*3 mail-in_ballot*5
        early_voting*5 voter_registration*5 registered_voter*5 ballot_measure*5 proposition*2
        measure*1 initiative*1 amendment*1 ordinance*3 bipartisan*4 partisan*4 lobbying*4 lobbyist*4
        filibuster*5 veto*4 impeachment*5 cabinet*1 administration*1 white_house*4 capitol*3
        lawmakers*4 legislature*4 legislator*4 legislators*4 councilmember*4 councilwoman*4
        councilman*4 alderman*4 school_board*3 commissioner*2 statehouse*4 left-wing*4 right-wing*4
        progressive*2 conservatives*3 liberals*3 activist*3 activism*3 rally*2 march*0 endorsement*3
        endorse*3 endorsed*2 platform*0 manifesto*3 op-ed*2 civic*1 civics*3 democracy*4
        democratic*2 authoritarian*4 sanctions*2 diplomacy*3 diplomat*3 foreign_policy*5
        immigration*2 public_comment*4 town_hall*4 constituent*4 campaign_volunteer*5 yard_sign*4
        yard_signs*4 debate_night*5 stump_speech*5 polls_close*5""",
    "philosophy": """philosophical*4 philosophers*4 ethicist*4 ethics_class*4 epistemic*4 ontology*4
        ontological*4 phenomenology*4 dialectic*4 dialectics*4 logic*2 logical*1 premise*3
        premises*3 syllogism*4 fallacy*3 fallacies*3 a_priori*4 empiricism*4 rationalism*4
        materialism*2 dualism*4 nihilism*4 nihilist*4 absurdism*4 absurd*1 camus*4 sartre*4
        kierkegaard*4 hume*3 locke*2 spinoza*4 hegel*4 marx*2 wittgenstein*4 heidegger*4 confucius*3
        laozi*3 seneca*3 marcus_aurelius*5 epictetus*4 rawls*4 mill*0 trolley_problem*5
        categorical_imperative*5 good_life*3 human_nature*4 personal_identity*4 selfhood*3
        mind-body*4 qualia*4 sentience*3 objective*1 subjective*2 relativism*4 moral_relativism*5
        justice*1 virtue_ethics*5 happiness*1 mortality*2 what_makes*1 thought_experiments*5
        socratic*4 philosophy_circle*5 philosophy_club*5 reading_group*2 ethically*3 morally*3
        dilemma*2 dilemmas*2 paradoxes*3""",
    "romantic": """boyfriend's*3 girlfriend's*3 bf*3 gf*3 my_love*4 soulmate*4 sweetie*3 honey*1
        hubby*2 wifey*2 beloved*3 romance*3 candlelight*3 candle-lit*3 roses*2 bouquet*2
        love_letter*5 love_note*5 flirt*3 flirting*3 flirty*3 smitten*3 butterflies*2 second_date*5
        third_date*5 blind_date*5 dating_app*5 matched*1 went_out*1 proposing*3 propose_to*4
        engagement*1 engagement_ring*5 ring_shopping*5 fiancé*3 fiancée*3 anniversary_dinner*5
        our_anniversary*5 valentines*3 couples*2 couple's*3 together_forever*4 in_together*4
        long-distance*3 long_distance*3 hold_hands*3 holding_hands*3 cuddling*3 kisses*3 xoxo*2
        date_idea*4 date_ideas*4 romantic_getaway*5 surprise_him*3 surprise_her*3 our_first*3
        crushing*2""",
    "literature": """novelist*4 poets*3 poetry_reading*5 reading_list*4 tbr_pile*5 read_it*1
        characters*2 character_arc*5 plot_twist*4 narrative*2 narrator*3 prose*4 verse*1 stanza*4
        stanzas*4 sonnet*4 haiku*3 metaphor*2 symbolism*3 allegory*4 themes*1 genre*1
        literary_fiction*5 classic_novel*5 classics*2 bookstore*3 bookshop*3 book_signing*5
        author_talk*5 bookmark*1 annotate*2 annotating*2 anthology*4 short_story*4 short_stories*4
        novella*4 epilogue*3 prologue*3 first_edition*4 publishing*2 publish*1 literary_agent*5
        editor*1 draft_chapter*4 chapter_one*4 orwell*3 austen*3 tolstoy*4 dostoevsky*4 hemingway*3
        dickens*3 tolkien*3 woolf*2 homer*1 dante*2 kafka*3 fitzgerald*2 steinbeck*3 morrison*1
        rowling*3 murakami*3 reading_group*3 book_review*4 page*0 pages*1 storyline*3 whodunit*4
        mystery_novel*5 thriller*1 fantasy_series*4 audiobooks*3 e-reader*3 ereader*3 libby*2""",
    "history": """historic*3 historically*3 ancestors*2 ancestry*2 genealogy*3 archives*3 archive*2
        archival*4 primary_sources*5 documentary*1 war_memorial*5 memorial*1 battlefield*4 battles*2
        general*0 generals*2 army*1 soldiers*2 troops*2 siege*4 conquest*4 conquered*4 invasion*3
        colonies*3 colonization*4 independence*1 monarchy*4 kings*2 queens*1 throne*3 aristocracy*4
        feudal*4 renaissance*3 enlightenment*2 industrial_revolution*5 cold_war*5 the_1920s*4
        the_1960s*4 bronze_age*5 iron_age*5 stone_age*5 prehistoric*4 antiquity*4 mesopotamia*4
        byzantine*4 ottoman*4 mongol*4 samurai*3 egyptians*3 pyramids*3 aztec*3 mayan*3 greeks*2
        romans*3 spartans*4 napoleon*4 lincoln*2 churchill*3 cleopatra*4 caesar*3
        historical_society*5 historical_fiction*2 history_podcast*4 history_buff*5 heritage_site*5
        old_photos*2 chronicle*2 chronicles*2 manuscripts*2 tombs*3 excavation*4""",
    "architecture": """architect's*3 architecture_firm*5 floor_plans*5 elevation*1 elevations*2
        section_drawing*4 site_plan*5 massing*4 cantilevered*4 atrium*3 courtyard*2 vaulted*3
        arches*3 arch*2 columns*0.5 colonnade*4 dome*2 spire*3 gothic*3 baroque*3 art_deco*4
        modernist*3 modernism*3 mid-century*3 victorian*2 neoclassical*4 postmodern*3 brutalism*4
        load-bearing*4 load_bearing*4 structural_engineer*5 beam*1 joists*3 truss*3 masonry*3
        brickwork*3 timber_frame*4 glass_facade*5 curtain_wall*5 building_permit*5 permits*1
        zoning*3 skyline*3 high-rise*3 highrise*3 urbanism*4 urban_design*5 landmarked*4
        preservation*2 restoration*2 adaptive_reuse*5 footprint*1 square_footage*3 daylight*1
        natural_light*3 open-plan*3 open_plan*3 mezzanine*3 loft*1 pavilion*2 cathedral*2
        lloyd_wright*5 le_corbusier*5 bauhaus*4 scale_model*4 rendering*2 renderings*3 drafting*2
        revit*4 autocad*4 sketchup*4 contractor*1 general_contractor*2 foundation*1 renovate*2
        extension*1""",
    "economics": """economists*4 macroeconomics*5 microeconomics*5 economy's*3 growth_rate*4
        interest_rate*3 rate_hikes*5 rate_cuts*5 basis_points*5 bond_yields*5 yields*2 treasury*2
        treasuries*3 central_banks*5 quantitative_easing*5 stimulus*3 austerity*4 deficits*3
        national_debt*5 consumer_prices*5 purchasing_power*5 wage_growth*5 labor_market*5
        job_market*2 jobless*3 layoffs*2 hiring_freeze*2 consumer_spending*5 consumer_confidence*5
        housing_prices*4 home_prices*3 price_index*5 stagflation*5 deflation*4 hyperinflation*5
        soft_landing*4 downturn*3 boom*1 bust*1 business_cycle*5 globalization*4 exports*2 imports*2
        trade_deficit*5 trade_policy*4 currency*2 exchange_rate*4 dollar*1 euro*1 yen*2 commodity*2
        commodities*3 oil_prices*4 gas_prices*3 minimum_wage*4 income_inequality*5 inequality*2
        incentives*1 opportunity_cost*5 externalities*4 market_failure*5 the_fed*4 imf*4
        world_bank*4 recession_fears*5 economic_outlook*5""",
    "environment": """eco-friendly*4 environmentally*4 environmentalist*4 climate_crisis*5
        carbon_footprint*5 net_zero*5 net-zero*5 greenhouse_gas*5 greenhouse_gases*5 fossil_fuels*5
        fossil_fuel*5 methane*3 wind_turbines*4 wind_farm*4 heat_pump*3 heat_pumps*3
        energy_efficiency*4 clean_energy*5 green_energy*5 upcycle*4 upcycling*4 reuse*1 zero-waste*4
        landfill*3 landfills*3 microplastics*4 plastic_bags*3 straws*1 packaging_waste*4
        compost_bin*5 composting*3 worm_bin*4 rain_barrel*4 pollinators*4 pollinator*4 bees*1
        native_species*5 invasive_species*5 rewilding*5 reforestation*4 tree_planting*5
        plant_trees*4 wetlands*4 wetland*4 coral*2 reef*2 coral_reef*5 glaciers*3 glacier*2
        sea_level*4 sea_levels*4 smog*3 air_pollution*5 water_pollution*5 oil_spill*5 toxic*1
        pesticides*3 organic_farming*4 community_garden*4 garden_club*2 beach_cleanup*5
        park_cleanup*5 earth_hour*5 conservationist*4 national_park*1 wildlife_refuge*5
        endangered_species*5 extinction*3 ecology*4 ecological*4 green_roof*4 bike_lanes*2
        public_transit*2 car-free*3""",
    "news": """news_alert*5 latest*1 developing_story*5 press_conference*5 spokesperson*3
        spokesman*3 spokeswoman*3 officials_said*5 police_said*4 sources_say*4 reportedly*3
        correspondent*3 anchor*1 broadcast*2 newsroom*4 editorial*2 coverage*1 front_page*4 op-ed*2
        wire_service*4 associated_press*5 reuters*4 bbc*3 cnn*3 npr*3 nyt*3 york_times*5
        washington_post*5 the_guardian*4 news_app*4 news_story*5 story_developing*4 live_updates*5
        casualties*3 injured*1 killed*1 death_toll*5 crash*1 collision*1 arrested*2 charged*1
        investigators*3 evacuated*3 declared*1 breaking_news*5 the_news*2 local_paper*4
        press_release*4 announces*2 announced_today*5 earlier_today*1""",
    "entertainment": """tv_show*5 tv_series*5 sitcom*4 drama_series*4 miniseries*4 docuseries*4
        documentary*2 documentaries*3 rom-com*4 romcom*4 blockbuster*4 sequel*1 franchise*1 marvel*3
        star_wars*4 pixar*4 oscars*4 oscar*2 emmys*4 golden_globes*5 red_carpet*4 celebrity*3
        celebrities*3 celeb*3 gossip*2 reality_show*5 reality_tv*5 talk_show*4 late-night*2
        sketch_comedy*5 stand-up*1 improv*3 comedy_club*5 magic_show*4 circus*3 amusement_park*5
        theme_park*5 roller_coaster*4 arcade*3 escape_room*5 bowling_alley*3 watch_party*5
        movie_theater*5 imax*4 matinee*3 showtime*3 screening*1 director's_cut*5 cast*1 casting*2
        plot*1 cliffhanger*4 finale*3 season_two*4 new_season*4 rewatch*4 rewatching*4
        binge-watching*4 binged*4 watchlist*4 apple_tv*4 paramount*3 peacock*1 crunchyroll*4
        podcasts*2 podcaster*2 influencer*2 tiktok*2 memes*3 meme*3 video_game*5 videogame*4
        playthrough*4 multiplayer*4 co-op*2 speedrun*4 zelda*4 mario*3 pokemon*4 minecraft*4
        fortnite*4 puzzle*1 crossword*2 sudoku*2""",
    "weather": """forecast*3 forecasts*3 meteorologist*4 weather_service*5 advisory*1
        weather_advisory*5 winter_storm*5 storm_warning*5 flood_warning*5 flash_flood*5
        heat_advisory*5 wind_chill*5 windchill*4 feels_like*1 high_of*3 low_of*3 highs*2 lows*1
        showers*2 drizzle*3 downpour*4 thunder*3 lightning*2 sleet*4 snowfall*4 snowstorm*4
        inches_of*2 of_snow*3 of_rain*2 blizzard*4 hailstorm*4 fog*3 foggy*3 overcast*3 muggy*4
        chilly*3 breezy*3 gusts*4 gusty*4 mph_winds*5 celsius*2 fahrenheit*2 uv_index*5
        pollen_count*4 precipitation*4 sunshine*1 sunny_skies*5 clear_skies*4 cold_front*5
        warm_front*5 heat_wave*5 cold_snap*5 frost_warning*5 typhoon*4 cyclone*4 monsoon*4
        rainstorm*4 snow_day*4 raincoat*3 rain_jacket*3 stay_dry*3 bundle_up*3 scorcher*3""",
    "spiritual": """spiritually*4 divine*3 holy*2 sacred*3 blessing*2 blessings*3 grace*0.5
        prayers*3 praying_for*4 pray_for*4 bible_study*5 devotion*3 devotions*3 rosary*4 communion*3
        baptism*4 baptized*4 confirmation_class*4 confession*2 chapel*3 cathedral*1 vespers*4
        psalm*4 psalms*4 gospel*3 jesus*3 christ*4 lord*1 heaven*1 angel*0 allah*4 quran*4 koran*4
        mosque*3 eid*4 hajj*4 torah*4 shabbat*4 passover*3 yom_kippur*5 rosh_hashanah*5 hanukkah*3
        seder*3 buddha*4 buddhism*4 sangha*4 zen*2 mantra*2 chanting*3 chant*1 enlightenment*1
        nirvana*3 reincarnation*4 hindu*3 hinduism*4 puja*4 gurdwara*4 sikh*3 pilgrimage*4
        monastery*4 monk*3 monks*3 nun*2 spirit*1 higher_power*5 universe*1 manifest*2 manifesting*3
        energy_healing*5 reiki*4 chakra*4 chakras*4 tarot*3 astrology*3 crystals*1 sunday_service*5
        church_service*5 worship_team*5 youth_group*3 small_group*1 fellowship*2 ministry*3 deacon*4
        elder*1 vicar*4 minister*1""",
    "inspiration": """inspire*3 inspires*3 motivate*3 motivates*3 uplifting*4 encouraging*2
        encouragement*3 empowering*3 empowered*2 hopeful*2 dream_big*5 follow_your*1 your_dreams*4
        never_give*4 give_up*2 in_yourself*3 push_through*3 hard_work*2 discipline*1 consistency*1
        small_steps*4 one_step*2 progress_not*4 keep_pushing*4 rise_up*3 grind*1 level_up*2
        greatness*3 potential*1 purpose*1 passion*1 fearless*3 courageous*3 overcome*3 overcoming*3
        obstacles*2 setbacks*2 setback*2 comeback_story*5 underdog*3 role_model*4 mentor*1
        life_lesson*4 life_lessons*4 lesson_learned*3 mantra*1 daily_quote*5 live_by*2
        #inspiration*4 #goals*3 #mindset*3 #grateful*3 #blessed*1 self-belief*4 you_got_this*5""",
}
