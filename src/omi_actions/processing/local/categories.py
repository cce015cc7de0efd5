"""Conversation category and emoji from weighted keyword lexicons.

Each of OMI's 33 categories has a lexicon of words (weight 1) and strong cue
words or phrases (weight 3). A conversation's score per category is the sum of
the weights of the words it contains (each distinct word counted once, so one
word repeated does not dominate); the best category wins when it clears a
minimum score, otherwise the conversation is ``other``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from omi_actions.processing.local.category_deals import deal_cues
from omi_actions.processing.local.category_domains import DOMAINS, NEUTRAL_PHRASES, OVERRIDES
from omi_actions.processing.local.category_everyday import (
    EVERYDAY,
    INJURY,
    NEUTRAL,
    VERB_FORMS,
    role_scores,
    spec_scores,
)
from omi_actions.processing.local.category_kin import kin_occasions
from omi_actions.processing.local.category_register import (
    book_club_cues,
    career_move_cues,
    date_for_two,
    gig_ticket_cues,
    job_search_cues,
    mind_cues,
    one_time_code,
    pet_patient,
    status_notice,
)
from omi_actions.processing.local.category_school import coursework_cues
from omi_actions.processing.local.category_signals import (
    flat_text,
    scattered_topics,
    structural_scores,
)
from omi_actions.processing.local.category_social import SOCIAL_SOURCES, friendly_cues
from omi_actions.processing.local.category_talk import PRAISE_JOB, TALK, TALK_NEUTRAL, praise
from omi_actions.processing.local.category_vocab import VOCAB
from omi_actions.processing.local.text import Document
from omi_actions.processing.schemas import ConversationCategory

# Lexicon entries: "word" (weight 1) or "word*3"; multi-word phrases allowed.
_LEXICONS: dict[ConversationCategory, str] = {
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

# Broad, general topic vocabularies (what any text on the topic tends to use),
# added on top of the lexicons above. "a_b" is the phrase "a b" (weighted higher:
# a phrase is a more specific cue than either of its words).
_GENERAL: dict[str, str] = {
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

# Emoji per category, and a few word-level cues that are more specific.
_CATEGORY_EMOJI: dict[str, str] = {
    "personal": "🙂", "education": "📚", "health": "🩺", "finance": "💰", "legal": "⚖️",
    "philosophy": "🤔", "spiritual": "🙏", "science": "🔬", "entrepreneurship": "🚀",
    "parenting": "👶", "romantic": "❤️", "travel": "✈️", "inspiration": "✨",
    "technology": "💻", "business": "💼", "social": "🎉", "work": "💼", "sports": "🏅",
    "politics": "🏛️", "literature": "📖", "history": "📜", "architecture": "🏗️",
    "music": "🎵", "weather": "🌦️", "news": "📰", "entertainment": "🎬", "psychology": "🧠",
    "real": "🏠", "design": "🎨", "family": "👨‍👩‍👧", "economics": "📈", "environment": "🌱",
    "other": "💬",
}  # fmt: skip
_WORD_EMOJI: dict[str, str] = {
    "dinner": "🍽️", "lunch": "🥪", "breakfast": "🍳", "brunch": "🥞", "coffee": "☕",
    "marathon": "🏃", "running": "🏃", "hiking": "🥾", "hike": "🥾", "flight": "✈️",
    "hotel": "🏨", "milk": "🛒", "groceries": "🛒", "grocery": "🛒", "doctor": "🩺",
    "dentist": "🦷", "birthday": "🎂", "wedding": "💒", "movie": "🎬", "concert": "🎤",
    "book": "📖", "job": "💼", "interview": "🤝", "meeting": "📅", "party": "🎉",
    "gym": "🏋️", "soccer": "⚽", "basketball": "🏀", "tennis": "🎾", "rain": "🌧️",
    "snow": "❄️", "dog": "🐶", "cat": "🐱", "baby": "👶", "car": "🚗", "money": "💰",
    "exam": "📝", "homework": "📝", "code": "💻", "bug": "🐛",
}  # fmt: skip

MIN_SCORE = 2.0
COURSE_CUE = 1.5  # per coursework cue, up to four, when a text is about a class
COURSE_WORK = 0.5  # what is left of the work score then
DEAL_CUE = 1.5  # per deal cue, up to four, when a text is about a sale
DEAL_WORK = 0.7  # what is left of the work score then
KIN_OCCASION = 3.0  # per relative's occasion ("Dad's birthday"), up to two
SOCIAL_CUE = 2.0  # per friendly-chat cue in a chat or talk, up to three
BOOK_CLUB_CUE = 3.0  # per reading-group cue ("next month's pick"), up to two
JOB_CUE = 3.0  # per recruiting cue ("the data role at ...", "intro call"), up to two
GIG_CUE = 3.0  # per concert-ticket cue ("Doors 7pm", "General Admission"), two or more
DATE_CUE = 3.0  # a one-to-one evening plan with hearts or kisses: a date
CAREER_CUE = 3.0  # per career-move cue in a post ("my last day at ..."), up to two
PET_ERRAND = 4.0  # a pet's vet visit: the owner's own errand
STATUS_MAX = 4.0  # a status notice with no stronger topic than this is "other"
# Priors: everyday categories win ties against niche ones that share words
# ("kids" is family before parenting, "meeting" is work before business).
_PRIOR: dict[str, float] = {
    "work": 1.3, "social": 1.2, "family": 1.2, "personal": 1.05, "health": 1.1, "finance": 1.05,
    "business": 0.8, "literature": 0.75, "romantic": 0.8, "music": 0.9, "travel": 0.9,
    "parenting": 0.8, "legal": 0.9, "technology": 0.95, "education": 0.9, "real": 0.9,
}  # fmt: skip
_OLD_YEAR = re.compile(r"\b1[0-8]\d\d\b|\b19[0-4]\d\b")


def _parse_lexicons() -> dict[str, dict[str, float]]:
    lexicons: dict[str, dict[str, float]] = {}
    for category, spec in _LEXICONS.items():
        entries: dict[str, float] = {}
        extra = " ".join(
            (
                _GENERAL.get(category, ""),
                DOMAINS.get(category, ""),
                VOCAB.get(category, ""),
                EVERYDAY.get(category, ""),
                TALK.get(category, ""),
            )
        )
        for token in f"{spec} {extra}".split():
            word, _, weight = token.partition("*")
            value = float(weight) if weight else 1.0
            word = word.lower().replace("_", " ")
            # A word listed twice keeps its strongest weight.
            entries[word] = max(value, entries.get(word, value))
        entries.update(OVERRIDES.get(category, {}))
        lexicons[category] = entries
    return lexicons


_LEXICON_WEIGHTS = _parse_lexicons()
# Inverted index: word -> [(category, weight)], built once at import.
_INDEX: dict[str, list[tuple[str, float]]] = {}
for _category, _entries in _LEXICON_WEIGHTS.items():
    for _word, _weight in _entries.items():
        if _weight > 0:
            _INDEX.setdefault(_word, []).append((_category, _weight))

# Letters with accents belong to their word ("fiancé", "café", "résumé").
_TOKEN = re.compile(r"[^\W_](?:[^\W_]|['+-])*")
_NEUTRAL: dict[str, dict[str, float]] = {**NEUTRAL_PHRASES, **NEUTRAL, **TALK_NEUTRAL}
# Words that say the health talk is about an animal: the vet's, not the user's.
_PHYSIO = frozenset(
    {"physio", "physiotherapist", "physiotherapy", "physical therapy", "physical therapist"}
)
# The shape of a news item: a bulletin's opening, an alert's subject line.
_NEWS_FORMAT = re.compile(
    r"(?im)\b(?:here\s+are\s+(?:the|today'?s|this\s+\w+'?s)\s+(?:headlines|top\s+stories)|"
    r"news\s+alert|this\s+just\s+in|in\s+other\s+news|top\s+stories\s+(?:this|today)|"
    r"(?:^|subject:\s*)breaking(?:\s+news)?\s*[:\-\u2014])"
)
_RUNNING_LATE = re.compile(r"(?i)\brunning\s+(?:[\w-]+\s+){1,3}?(?:late|behind)\b")
_LATE_RUN = 2.0  # the weight of "running" in the sports lexicon
_PET_CARE = frozenset({"vet", "vets", "veterinary", "veterinarian", "vet nurse", "animal clinic"})


def word_forms(token: str) -> Iterable[str]:
    """The token and a few crude de-inflections, enough for lexicon lookups."""
    yield token
    if token in VERB_FORMS:
        return
    if token.endswith("'s"):
        token = token[:-2]
        yield token
    if len(token) > 4 and token.endswith("ies"):
        yield token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        yield token[:-1]
    if len(token) > 5 and token.endswith("ing"):
        yield token[:-3]
        yield token[:-3] + "e"
    if len(token) > 4 and token.endswith("ed"):
        yield token[:-2]
        yield token[:-1]


# "401(k)", "403(b)": retirement plans written with brackets.
_PLAN_BRACKETS = re.compile(r"\b(\d{3})\(([a-z])\)")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(_PLAN_BRACKETS.sub(r"\1\2", text.casefold()))


def category_scores(
    text: str, hashtags: Iterable[str] = (), speakers: Iterable[str] = ()
) -> dict[str, float]:
    return _scores(text, hashtags, speakers, {})


def _scores(
    text: str, hashtags: Iterable[str], speakers: Iterable[str], hits: dict[str, int]
) -> dict[str, float]:
    """Scores per category; ``hits`` is filled with the number of distinct lexicon
    words and phrases behind each category's score (its breadth of evidence)."""
    seen: set[str] = set()
    scores: dict[str, float] = {}
    words = tokens(text) + [t.casefold() for t in hashtags]
    if _OLD_YEAR.search(text):
        scores["history"] = scores.get("history", 0.0) + 3.0
    for token in words:
        for form in word_forms(token):
            if form in seen or form not in _INDEX:
                continue
            seen.add(form)
            for category, weight in _INDEX[form]:
                scores[category] = scores.get(category, 0.0) + weight
                hits[category] = hits.get(category, 0) + 1
            break
    for first, second in itertools.pairwise(words):
        for form in word_forms(second):
            phrase = f"{first} {form}"
            if phrase in _INDEX and phrase not in seen:
                seen.add(phrase)
                for category, weight in _INDEX[phrase]:
                    scores[category] = scores.get(category, 0.0) + weight
                    hits[category] = hits.get(category, 0) + 1
                break
        neutral = _NEUTRAL.get(f"{first} {second}")
        if neutral is not None and f"~{first} {second}" not in seen:
            seen.add(f"~{first} {second}")
            for category, weight in neutral.items():
                if category in scores:
                    scores[category] = max(0.0, scores[category] + weight)
    for tag in hashtags:
        _score_hashtag(tag.casefold().lstrip("#"), seen, scores)
    for category, weight in _cue_scores(text).items():
        scores[category] = scores.get(category, 0.0) + weight
    roles = role_scores(list(speakers))
    if "health" in roles and mind_cues(text):
        # "Dr. Hale" asking about the anxiety: a psychologist, not a physician.
        roles["psychology"] = roles.get("psychology", 0.0) + roles.pop("health")
    for category, weight in roles.items():
        scores[category] = scores.get(category, 0.0) + weight
    if "health" in scores and (seen & _PET_CARE or pet_patient(text)):
        scores["health"] *= 0.4  # a pet's check-up is the owner's errand
        scores["personal"] = scores.get("personal", 0.0) + PET_ERRAND
    if "sports" in scores and _RUNNING_LATE.search(text):
        # "running 10 min late": a delay, not a run ("running late" is a neutral phrase).
        scores["sports"] = max(0.0, scores["sports"] - _LATE_RUN)
    if "sports" in scores and (seen & INJURY):
        scores["sports"] *= 0.6  # a runner's knee and the physio: a health matter
    if "psychology" in scores and (seen & _PHYSIO):
        scores["psychology"] *= 0.3  # a physical therapist treats the body, not the mind
    if _NEWS_FORMAT.search(text) and scores:
        # A bulletin or news alert is news whatever it reports on (rates, a match...).
        top = max(scores.values())
        scores["news"] = max(scores.get("news", 0.0) + 3.0, top + 1.0)
    return {category: score * _PRIOR.get(category, 1.0) for category, score in scores.items()}


def _score_hashtag(tag: str, seen: set[str], scores: dict[str, float]) -> None:
    """ "#localmusic", "#trailrunning": a lexicon word inside a run-together hashtag."""
    if tag in seen or len(tag) < 6:
        return
    for size in range(len(tag) - 1, 3, -1):
        for begin in (0, len(tag) - size):
            part = tag[begin : begin + size]
            if part in _INDEX and part not in seen:
                seen.add(part)
                for category, weight in _INDEX[part]:
                    scores[category] = scores.get(category, 0.0) + weight
                return


# "Aunt Mei:", "Mom:", "Grandpa Joe" talking: a family conversation. "Mia's mom" is
# another child's parent: a parenting one (school, playdates).
_KIN = r"(?:mom|mum|dad|mother|father|grandma|grandpa|granny|nana|aunt|auntie|uncle|sis|bro)"
_KIN_SPEAKER = re.compile(rf"(?im)^\s*{_KIN}(?:\s+[A-Z][a-z]+)?\s*:")
_OTHER_PARENT = re.compile(
    r"\b[A-Z][a-z]+['’]s\s+(?:[Mm]om|[Mm]um|[Dd]ad|[Mm]other|[Ff]ather|[Pp]arents)\b"
)
_SCHOOL_SENDER = re.compile(
    r"(?i)\b(?:elementary|primary\s+school|middle\s+school|preschool|kindergarten|pta|"
    r"grade\s+\d|\d(?:st|nd|rd|th)\s+grade|dear\s+(?:parents|families))\b"
)


def _cue_scores(text: str) -> dict[str, float]:
    cues: dict[str, float] = {}
    if _KIN_SPEAKER.search(text):
        cues["family"] = 3.0
    others = len(_OTHER_PARENT.findall(text))
    if others:
        cues["parenting"] = 3.0 * min(others, 2)
        cues["family"] = cues.get("family", 0.0) - 2.0 * min(others, 2)
    if _SCHOOL_SENDER.search(text):
        cues["parenting"] = cues.get("parenting", 0.0) + 3.0
    occasions = kin_occasions(text)
    if occasions:
        # "Mom's 60th", "Dad's surgery": the text is about that relative.
        cues["family"] = cues.get("family", 0.0) + KIN_OCCASION * min(occasions, 2)
    return cues


# Marketing and automated mail: "other" rather than a guessed topic.
_PROMOTIONAL = re.compile(
    r"\b(?:unsubscribe|% off|shop now|sale ends|promo code|limited time|newsletter|"
    r"view in browser|no-reply|noreply|do not reply|reply stop|opt out|claim now|claim your|"
    r"gift card|act now|you'?ve been selected|you have been selected|winner|free trial)\b",
    re.IGNORECASE,
)
# The opt-out line every automated text carries ("Reply STOP to opt out") is one
# cue, not two: a pharmacy or bank notice is not marketing because of it.
_OPT_OUT = frozenset(
    {"unsubscribe", "reply stop", "opt out", "no-reply", "noreply", "do not reply"}
)


def _promo_kind(cue: str) -> str:
    cue = cue.lower()
    return "opt-out" if cue in _OPT_OUT else cue


_FALLBACK: dict[str, ConversationCategory] = {
    "chat": "social", "transcript": "personal", "post": "personal", "note": "personal",
    "text": "personal", "voicemail": "personal", "email": "personal",
}  # fmt: skip


# Where a text comes from shifts what it is likely about: a workplace chat tool or
# a meeting is about work even when it is full of technical words; a note or voice
# memo to oneself leans personal. Keys are ``text_source_spec`` values (lower case).
_WORK_CHANNELS = frozenset(
    {"slack", "teams", "ms_teams", "microsoft_teams", "calendar_invite", "calendar", "standup",
     "linkedin", "workplace", "mattermost"}
)  # fmt: skip
# Meetings are about work more often than not, but also about a design, a deal...
_MEETINGS = frozenset({"meeting", "meeting_minutes", "minutes", "standup_notes"})
_SPEC_PRIORS: dict[str, dict[str, float]] = {
    **{spec: {"work": 1.5, "technology": 0.8} for spec in _WORK_CHANNELS},
    **{spec: {"work": 1.1, "technology": 0.6} for spec in _MEETINGS},
    "voice_note": {"personal": 1.4, "work": 0.8},
    "note": {"personal": 1.2},
}


def classify(
    text: str,
    hashtags: Iterable[str] = (),
    source: str | None = None,
    spec: str | None = None,
    speakers: Iterable[str] = (),
    document: Document | None = None,
    raw: str | None = None,
) -> ConversationCategory:
    """The best-scoring category; with too little evidence, a sane default for the
    kind of text (``source``: a chat is social, a note personal) or ``other``.
    ``spec`` (the ``text_source_spec``, e.g. "slack") adjusts the weights;
    ``document`` (the parsed text) and ``raw`` (the text as given, with its e-mail
    headers) add structural signals: who wrote, from where, who said what."""
    if document is not None:
        text = flat_text(document, raw or "")
    hits: dict[str, int] = {}
    scores = _scores(text, hashtags, speakers, hits)
    for category, weight in structural_scores(document, raw or "", source).items():
        scores[category] = scores.get(category, 0.0) + weight
    if "work" in scores and praise(
        [s.text for s in document.sentences] if document is not None else [text]
    ):
        scores["work"] = max(0.0, scores["work"] - PRAISE_JOB * _PRIOR["work"])
    spec_key = (spec or "").strip().lower().replace("-", "_")
    if source in SOCIAL_SOURCES and spec_key not in _WORK_CHANNELS:
        cues = friendly_cues(text)
        if cues:
            scores["social"] = scores.get("social", 0.0) + SOCIAL_CUE * min(cues, 3)
        if not _KIN_SPEAKER.search(text) and date_for_two(text, len(set(speakers))):
            scores["romantic"] = scores.get("romantic", 0.0) + DATE_CUE
    for category, weight in spec_scores(spec_key).items():
        scores[category] = scores.get(category, 0.0) + weight
    course = coursework_cues(text)
    if course >= 2:
        # A class's project, deadline and presentation are school work.
        scores["education"] = scores.get("education", 0.0) + COURSE_CUE * min(course, 4)
        if "work" in scores:
            scores["work"] *= COURSE_WORK
    deals = deal_cues(text)
    if deals >= 2:
        # Pricing, a quote, so many seats: a sale to a client, not office routine.
        scores["business"] = scores.get("business", 0.0) + DEAL_CUE * min(deals, 4)
        if "work" in scores:
            scores["work"] *= DEAL_WORK
    for category, count, weight in (
        ("literature", book_club_cues(text), BOOK_CLUB_CUE),
        ("work", job_search_cues(text), JOB_CUE),
        ("music", gig_ticket_cues(text) // 2 * 2, GIG_CUE),
        ("work", career_move_cues(text) if source == "post" else 0, CAREER_CUE),
    ):
        if count:
            scores[category] = scores.get(category, 0.0) + weight * min(count, 2)
    priors = _SPEC_PRIORS.get(spec_key)
    if priors:
        scores = {c: v * priors.get(c, 1.0) for c, v in scores.items()}
    if document is not None and scores and scattered_topics(document, raw or text, category_scores):
        # Errands on unrelated topics: the user's own life admin.
        scores["personal"] = max(scores.values()) + 1.0
    order: list[str] = list(_LEXICONS)
    best = (
        max(scores, key=lambda c: (scores[c], -order.index(c))) if scores else "other"
    )  # ties break by the lexicon order above, which keeps the result deterministic
    if len({_promo_kind(m.group(0)) for m in _PROMOTIONAL.finditer(text)}) >= 2:
        return "other"  # marketing mail is about nothing in particular
    if one_time_code(text, len(tokens(text))):
        return "other"  # "your login code is 4821": an automated text with no topic
    if status_notice(text) and (not scores or scores[best] < STATUS_MAX):
        return "other"  # "your parcel was delivered": nothing to do, no topic
    if scores and scores[best] >= MIN_SCORE:
        return best  # type: ignore[return-value]
    if source is None or _PROMOTIONAL.search(text) or len(tokens(text)) < 6:
        return "other"
    if source == "transcript" and document is not None and len(document.others()) >= 2:
        return "social"  # a group talking about nothing in particular: socialising
    return _FALLBACK.get(source, "other")


# Categories where a word's emoji also fits although the word is not in that
# category's lexicon (a birthday cake suits a family chat, a dinner a date).
_WORD_EMOJI_ALSO: dict[str, frozenset[str]] = {
    "birthday": frozenset({"family", "social", "parenting"}),
    "dinner": frozenset({"family", "romantic"}),
    "brunch": frozenset({"family", "romantic"}),
    "wedding": frozenset({"family", "romantic"}),
    "baby": frozenset({"family"}),
}


def _emoji_fits(word: str, category: str) -> bool:
    """The word belongs to the chosen category: its emoji does not contradict it
    (no book for "book a check-up", no sandwich for a work lunch meeting)."""
    if category in _WORD_EMOJI_ALSO.get(word, ()):
        return True
    return any(c == category for c, _ in _INDEX.get(word, ()))


def pick_emoji(text: str, category: str) -> str:
    """A word's emoji when the word is about the chosen category, else the
    category's own emoji: the emoji never says something else than the category."""
    for token in tokens(text):
        for form in word_forms(token):
            if form in _WORD_EMOJI:
                if _emoji_fits(form, category):
                    return _WORD_EMOJI[form]
                break
    return _CATEGORY_EMOJI.get(category, "💬")
