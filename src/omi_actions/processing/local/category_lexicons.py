"""The original per-category lexicons: the words that name each of OMI's topics.

Kept apart from the scoring so the word lists can grow without touching the
code; the order of the categories here also breaks ties in ``classify``.
"""

from __future__ import annotations

from omi_actions.processing.schemas import ConversationCategory

# Lexicon entries: "word" (weight 1) or "word*3"; multi-word phrases allowed.
LEXICONS: dict[ConversationCategory, str] = {
    "personal": """passport*2 registration*2 car*1 bike*1 errands*2 todo*2 library*1 goals*1
        resolution*2 cabin*1 weekend*1 myself feelings birthday*2 diary journal goals
        personal*2 life selfcare self-care haircut chores errands apartment laundry""",
    "education": """tutor*3 chapter*2 problems*1 course*3 portal*1 professor*3 deadline*1 summer*0
        recommendation*2 application*1 school*2 class*2 classes homework*3 exam*3
        exams*3 teacher*2 student*2 students course*2 lecture*3 university*3 college*3
        semester*3 professor*3 study*2 studying*2 assignment*3 grade grades tuition*2
        campus*2 thesis*3 degree*2 quiz*2 curriculum*2 learn learning*2 tutor*2
        syllabus*3 textbook*3 enrollment*2 scholarship*2""",
    "health": """stitches*3 nurse*3 mri*3 knee*2 tendinitis*3 physical*2 blood*2 fast*1
        dentist*3 eye*1 exam*1 prescription*3 doctor*3 dr*2 appointment*2 medication*3
        medications*3 medicine*3 hospital*3 clinic*3 insurance*1 symptoms*3 pain*2
        sick*2 fever*3 health*3 healthy*2 therapy*2 prescription*3 dentist*3 dental*3
        checkup*3 check-up*3 nurse*2 surgery*3 allergy*2 allergic*2 diet*2 sleep*1
        blood*2 vaccine*3 flu*3 covid*3 pharmacy*3 pills*3 physical*1 injury*2
        recovery*1 calories*2 nutrition*2 cardio*1 mental*1 pediatrician*2 headache*3
        cough*3 cold*1 diagnosis*3 treatment*2 physiotherapy*3 vitamins*2 weight*1""",
    "finance": """portfolio*3 equities*3 bonds*3 ira*3 roth*3 statement*2 autopay*3
        electricity*1 money*3 budget*3 bank*3 invest*3 investment*3 investing*3
        stocks*3 stock*2 savings*3 loan*3 mortgage*3 tax*3 taxes*3 credit*2 debt*3
        salary*2 payment*2 pay*1 bill*2 bills*2 invoice*3 expenses*3 expense*3
        retirement*2 401k*3 crypto*3 bitcoin*3 portfolio*3 refund*2 dollars*1 rent*2
        accountant*3 financial*3 finances*3 spending*2 paycheck*3 venmo*2 paypal*2
        insurance*1 premium*1 transfer*1""",
    "legal": """clauses*3 indemnification*3 esq*3 engagement*1 lawyer*3 attorney*3 contract*3
        court*3 lawsuit*3 legal*3 law*2 judge*3 sue*3 custody*3 lease*2 agreement*1
        notary*3 will*0 trial*2 settlement*2 compliance*2 copyright*3 trademark*3
        patent*2 nda*3 litigation*3 police*1 ticket*1 fine*0""",
    "philosophy": """free*1 will*0 illusion*3 compatibilism*3 freedom*3 determinism*3 uncaused*3
        choice*1 reasons*1 philosophy*3 meaning*2 existence*3 ethics*3 moral*3
        morality*3 truth*2 consciousness*3 stoic*3 stoicism*3 nietzsche*3 socrates*3
        plato*3 free*0 purpose*1 existential*3 metaphysics*3 virtue*2""",
    "spiritual": """god*3 prayer*3 pray*3 church*3 faith*3 spiritual*3 meditation*3 meditate*3
        soul*2 bible*3 temple*3 mosque*3 worship*3 religion*3 religious*3 karma*3
        yoga*1 blessed*2 mindfulness*2 sermon*3 pastor*3 rabbi*3 imam*3""",
    "science": """science*3 research*2 experiment*3 scientist*3 physics*3 chemistry*3 biology*3
        lab*2 laboratory*3 hypothesis*3 study*1 data*1 theory*2 quantum*3 species*2
        astronomy*3 telescope*3 dna*3 genome*3 molecule*3 evolution*2 nasa*3 space*1
        climate*1 paper*1 journal*0 peer*1""",
    "entrepreneurship": """startup*3 founder*3 founders*3 cofounder*3 co-founder*3
        investors*3 investor*3
        pitch*3 funding*3 seed*2 vc*3 venture*3 entrepreneur*3 bootstrapped*3 mvp*3
        product-market*3 fundraising*3 valuation*3 accelerator*3 incubator*3 runway*2
        traction*2 launch*2 side*0 hustle*2""",
    "parenting": """school*2 teacher*2 permission*3 slip*2 daycare*3 orientation*1 lunchbox*3
        noah*0 kids*3 kid*3 child*2 children*3 baby*3 son*2 daughter*2 toddler*3
        parenting*3 diaper*3 daycare*3 babysitter*3 nanny*3 pediatrician*3 homework*1
        bedtime*2 playdate*3 stroller*3 preschool*3 kindergarten*3 nap*2 teething*3""",
    "romantic": """date*2 dating*3 girlfriend*3 boyfriend*3 love*0.5 romantic*3 anniversary*3
        valentine*3 crush*3 relationship*2 wedding*2 proposal*2 propose*3 engaged*2
        honeymoon*3 kiss*3 partner*1 sweetheart*3 babe*2 darling*2""",
    "travel": """flight*3 flights*3 airport*3 hotel*3 trip*3 travel*3 traveling*3 vacation*3
        passport*3 visa*2 luggage*3 boarding*3 itinerary*3 airline*3 booking*1
        reservation*1 destination*3 tour*2 tourist*3 beach*2 resort*3 jfk*3 cdg*3
        lax*3 sfo*3 departure*3 arrival*3 abroad*3 road*1 hiking*2 hike*2 mountain*1
        paris*2 london*1 tokyo*1 sightseeing*3 cruise*3 backpacking*3 layover*3
        check-in*2 train*1 airbnb*3""",
    "inspiration": """quote*3 rise*1 systems*1 level*1 remember*1 inspired*3 inspiring*3
        inspiration*3 motivation*3 motivated*3 dream*2 dreams*2 proud*2
        accomplishment*3 achievement*3 goal*1 goals*1 journey*1 believe*1 success*1
        grateful*2 gratitude*2 milestone*2 chapter*1 excited*1""",
    "technology": """502s*3 5xx*3 limiter*3 rolling*1 alert*2 rollback*3 eval*2 model*1 config*2
        postgres*3 cve*3 staging*3 vault*3 keys*1 network*2 software*3 app*2 code*3
        coding*3 programming*3 computer*3 laptop*3 phone*1 iphone*3 android*3 ai*3
        api*3 server*3 database*3 bug*3 deploy*3 deployment*3 cloud*2 python*3
        javascript*3 developer*3 engineer*2 engineering*2 tech*3 technology*3
        website*2 internet*2 wifi*3 github*3 algorithm*3 machine*1 robot*2 gadget*3
        startup*1 data*1 backend*3 frontend*3 kubernetes*3 linux*3 chatgpt*3 llm*3
        update*1 release*1 repo*3 pull*1 merge*1 docker*3 password*2 cybersecurity*3""",
    "business": """business*3 client*3 clients*3 customer*3 customers*3 sales*3 revenue*3
        marketing*3 meeting*2 proposal*2 deal*3 partnership*3 quarterly*3 q1*3 q2*3
        q3*3 q4*3 strategy*2 market*2 profit*3 company*2 contract*1 vendor*3
        stakeholders*3 kpi*3 roadmap*2 product*1 pricing*3 negotiation*3 board*1 ceo*2
        b2b*3 quote*1 invoice*1""",
    "social": """drinks*3 congrats*2 miss*1 housewarming*3 hang*2 bbq*2 party*2 lunch*1 food*1
        invite*1 rsvp*3 friends*3 catch*1 wedding*1 married*1 brunch*3 save*0 dinner*2
        party*3 friends*3 friend*2 hang*2 hangout*3 drinks*3 bar*2 restaurant*2
        brunch*2 lunch*1 coffee*1 catch*1 gathering*3 bbq*3 barbecue*3 invite*2
        invitation*2 celebrate*2 celebration*2 get-together*3 guests*2 neighbors*2
        grab*1 weekend*1 fun*1 meet*1 hanging*2 pub*3 club*1 reunion*2""",
    "work": """prod*2 incident*2 pr*2 eod*2 slammed*2 newsletter*2 invoices*2 vendor*2
        lunches*1 onboarding*2 redesign*2 mockups*2 roadmap*2 slide*2 kickoff*3
        all-hands*3 migration*2 retro*3 sow*3 sync*2 deck*2 spreadsheet*2 workday*2 pto*3
        headcount*3 offsite*3 shift*2 coworker*3 dialing*2 laura*0 forecast*1 hr*2
        q1*2 q4*2 work*2 job*3 boss*3 manager*3 colleague*3 colleagues*3 coworker*3
        coworkers*3 office*2 meeting*2 meetings*2 deadline*3 project*2 report*2
        presentation*3 team*2 standup*3 promotion*3 career*3 interview*2 hired*3
        hiring*3 position*2 role*1 salary*1 shift*2 overtime*3 hr*3 performance*2
        review*1 slides*3 agenda*2 email*1 emails*1 quarterly*1 okrs*3 sprint*3
        ticket*1 client*1 workload*3 resume*3 newjob*3 onboarding*3 employer*3
        employee*2 techcorp*1 senior*1""",
    "sports": """hiking*2 refs*3 ref*3 goal*2 league*3 playoffs*3 fc*3 spin*2 pickup*1 rec*1 ball*2
        marathon*3 running*2 run*1 race*3 game*2 match*2 team*1 score*2 soccer*3
        football*3 basketball*3 baseball*3 tennis*3 golf*3 gym*3 workout*3 training*2
        coach*3 league*3 tournament*3 championship*3 miles*2 km*2 cycling*3 bike*2
        swim*3 swimming*3 fitness*3 yoga*2 player*2 playoffs*3 season*1 goal*1 nba*3
        nfl*3 olympics*3 athlete*3 sprint*0 laps*3 triathlon*3 hiking*1 climbing*2
        ski*3 skiing*3 surf*3 surfing*3""",
    "politics": """debate*3 candidate*3 candidates*3 polls*3 levy*2 turnout*3 ballot*3 voting*3
        vote*3 polling*3 senate*3 election*3 vote*3 voting*3 president*3 government*3
        senator*3 congress*3 policy*2 political*3 politics*3 democrat*3 republican*3
        campaign*2 parliament*3 minister*3 law*1 legislation*3 protest*2 ballot*3
        mayor*2""",
    "literature": """book*3 books*3 novel*3 author*3 reading*2 read*1 poetry*3 poem*3 chapter*1
        library*2 writer*2 fiction*3 story*1 stories*1 kindle*3 bookclub*3
        literature*3 memoir*3 shakespeare*3""",
    "history": """century*3 historical*3 ancient*3 emperor*3 1800s*3 medieval*3 roebling*0
        history*3 historical*3 war*2 ancient*3 century*3 empire*3 museum*2
        civilization*3 medieval*3 revolution*2 historian*3 archaeology*3 dynasty*3""",
    "architecture": """cantilever*3 brutalist*3 concrete*2 firm*1 facade*3 bridge*2 building*2
        construction*2 tower*2 architecture*3 architect*3 building*2 buildings*2
        skyscraper*3 renovation*2 blueprint*3 floor*1 design*1 construction*2 facade*3
        interior*1 remodel*2 house*1 structural*3""",
    "music": """metronome*3 scales*3 movement*1 lesson*1 music*3 song*3 songs*3 concert*3
        band*3 album*3 guitar*3 piano*3 singing*3 sing*2 playlist*3 spotify*3 drums*3
        gig*3 festival*2 musician*3 lyrics*3 melody*3 rehearsal*2 choir*3 violin*3
        jazz*3 rock*1 rap*3 dj*3 tickets*1""",
    "weather": """weather*3 rain*3 raining*3 snow*3 snowing*3 storm*3 sunny*3 forecast*3
        temperature*3 cold*1 hot*1 humid*3 wind*2 windy*3 hurricane*3 tornado*3
        degrees*2 umbrella*3 cloudy*3 heatwave*3 freezing*2""",
    "news": """evacuation*3 wildfire*2 breaking*3 updates*2 closed*1 stay*0 county*2
        announced*2 news*3 headline*3 headlines*3 reported*2 breaking*3 announced*1
        article*2 journalist*3 newspaper*3 press*1 media*1 report*0""",
    "entertainment": """game*1 night*0 catan*3 board*1 concert*1 ticket*1 movie*3 movies*3 film*3
        show*2 series*2 netflix*3 tv*3 episode*3 watch*1 watching*2 theater*3 cinema*3
        actor*3 actress*3 comedy*3 game*1 games*1 gaming*3 video*1 youtube*2 podcast*2
        trailer*3 season*1 anime*3 streaming*2 hbo*3 disney*3 play*1 popcorn*3""",
    "psychology": """worries*3 therapist*3 routine*1 asleep*1 anxiety*3 stress*3 stressed*3
        depression*3 therapist*3 therapy*2 mental*2 emotions*3 emotional*2 feelings*2
        mood*2 burnout*3 psychology*3 behavior*2 mindset*2 overwhelmed*3 lonely*2
        trauma*3 self-esteem*3 cbt*3 counseling*3""",
    "real": """unit*2 square*2 bedrooms*3 bedroom*3 parking*1 move-in*3 sellers*3 viewing*3
        pre-approval*3 realty*3 real*1 estate*3 realtor*3 house*2 home*0 property*3
        apartment*2 mortgage*2 rent*1 landlord*3 tenant*3 listing*3 open*0 closing*2
        down*0 buyer*2 seller*2 condo*3 zillow*3 housing*3 lease*1 square*1 feet*0
        inspection*2 escrow*3""",
    "design": """design*3 designer*3 ui*3 ux*3 figma*3 logo*3 font*3 typography*3 layout*3
        mockup*3 wireframe*3 color*2 colors*2 palette*3 sketch*2 prototype*2
        branding*3 illustration*3 aesthetic*2""",
    "family": """sis*3 sister*3 grandpa*3 grandma*3 partner*1 dad's*3 mom's*3 brother*3 aunt*3
        uncle*3 kids*1 mom*3 dad*3 mother*3 father*3 mum*3 parents*3 sister*3
        brother*3 grandma*3 grandpa*3 grandmother*3 grandfather*3 aunt*3 uncle*3
        cousin*3 family*3 wife*2 husband*2 son*2 daughter*2 kids*1 niece*3 nephew*3
        in-laws*3 relatives*3 sibling*3 siblings*3 home*1 milk*1 bread*1 groceries*1
        thanksgiving*2 christmas*1""",
    "economics": """economy*3 economic*3 economics*3 inflation*3 recession*3 gdp*3 interest*1
        rates*2 unemployment*3 fed*3 markets*2 trade*2 tariffs*3 supply*2 demand*2
        economist*3 prices*1 monetary*3 fiscal*3""",
    "environment": """wildfire*2 composting*3 e-waste*3 earth*2 pilot*0 environment*3
        environmental*3 climate*3 recycling*3 recycle*3 pollution*3 carbon*3
        emissions*3 sustainability*3 sustainable*3 plastic*2 solar*3 renewable*3
        conservation*3 wildlife*3 trees*2 ocean*2 compost*3 green*1 nature*2
        ecosystem*3 deforestation*3 electric*1 ev*2""",
}
