"""Calendar events: a plan (dinner, meeting, flight...) with a future date and time.

Plans are often pinned down over several turns ("game night saturday?" ...
"next one, the 21st, 7pm"), so events are built from *frames*: a sentence that
names a plan opens a frame with whatever day and time it states; the next few
sentences that only give a day or a time refine it; a reply that declines
("I can't") drops it. A frame becomes an event when it has a day and a clock
time (or is a multi-day plan such as a trip), the date is not in the past and
the plan is not told in the past tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.event_context import (
    PART_CLOCK,
    VENUE_PLANS,
    game_title,
    named_venue,
    not_the_users,
    played_team,
    someone_elses,
)
from omi_actions.processing.local.event_followup import (
    class_outing,
    followup_events,
    with_forwarded,
)
from omi_actions.processing.local.event_holidays import HOLIDAY_RE, holiday_in
from omi_actions.processing.local.event_itinerary import itinerary_events
from omi_actions.processing.local.event_rescue import (
    GENERIC_PLANS,
    SPELLED_AGE,
    job_visit,
    numeric_age,
    visit_purpose,
)
from omi_actions.processing.local.event_titles import (
    booked_venue,
    is_person_name,
    meal_for,
    place_in,
)
from omi_actions.processing.local.grammar import TASK_VERBS
from omi_actions.processing.local.text import Document, Sentence
from omi_actions.processing.schemas import Event

# Plan nouns -> title word.
_PLANS: dict[str, str] = {
    "appointment": "Appointment", "appt": "Appointment", "checkup": "Checkup",
    "check-up": "Checkup", "physical": "Physical", "cleaning": "Cleaning",
    "follow-up": "Follow-up", "interview": "Interview", "flight": "Flight", "dinner": "Dinner",
    "lunch": "Lunch", "breakfast": "Breakfast", "brunch": "Brunch", "coffee": "Coffee",
    "drinks": "Drinks", "meeting": "Meeting", "standup": "Standup", "stand-up": "Standup",
    "call": "Call", "zoom": "Call", "party": "Party", "birthday": "Birthday",
    "wedding": "Wedding", "concert": "Concert", "show": "Show", "movie": "Movie",
    "game": "Game", "match": "Match", "class": "Class", "lecture": "Lecture", "exam": "Exam",
    "quiz": "Quiz", "presentation": "Presentation", "demo": "Demo", "review": "Review",
    "conference": "Conference", "workshop": "Workshop", "webinar": "Webinar",
    "session": "Session", "practice": "Practice", "rehearsal": "Rehearsal",
    "recital": "Recital", "date": "Date", "trip": "Trip", "vacation": "Vacation",
    "hike": "Hike", "run": "Run", "workout": "Workout", "yoga": "Yoga", "haircut": "Haircut",
    "dentist": "Dentist appointment", "doctor": "Doctor appointment", "surgery": "Surgery",
    "therapy": "Therapy session", "vet": "Vet appointment", "reservation": "Reservation",
    "check-in": "Check-in", "playdate": "Playdate", "sync": "Sync",
    "1:1": "1:1", "one-on-one": "One-on-one", "kickoff": "Kickoff", "kick-off": "Kickoff",
    "ceremony": "Ceremony", "funeral": "Funeral", "graduation": "Graduation",
    "barbecue": "Barbecue", "bbq": "Barbecue", "picnic": "Picnic", "visit": "Visit",
    "tour": "Tour", "viewing": "Viewing", "open house": "Open house", "hangout": "Hangout",
    "get-together": "Get-together", "catch-up": "Catch-up", "festival": "Festival",
    "tournament": "Tournament", "massage": "Massage", "lesson": "Lesson",
    "training": "Training", "shift": "Shift", "service": "Service", "reunion": "Reunion",
    "celebration": "Celebration", "offsite": "Offsite", "off-site": "Offsite",
    "all-hands": "All-hands", "housewarming": "Housewarming", "shower": "Shower",
    "critique": "Critique", "orientation": "Orientation", "tutoring": "Tutoring session",
    "flu shot": "Flu shot", "vaccination": "Vaccination", "screening": "Screening",
    "basketball": "Basketball", "soccer": "Soccer", "tennis": "Tennis", "football": "Football",
    "volleyball": "Volleyball", "golf": "Golf", "game night": "Game night",
    "movie night": "Movie night", "date night": "Date night", "retreat": "Retreat",
    "hearing": "Hearing", "closing": "Closing", "inspection": "Inspection",
    "consultation": "Consultation", "office hours": "Office hours",
    "parent-teacher": "Parent-teacher conference", "meetup": "Meetup", "meet-up": "Meetup",
    "race": "Race", "marathon": "Marathon", "performance": "Performance", "play": "Play",
    "exhibition": "Exhibition", "gala": "Gala", "fundraiser": "Fundraiser",
    "landing": "Flight landing", "lands": "Flight landing", "pickup": "Pickup",
    "summit": "Summit", "expo": "Expo", "fair": "Fair", "married": "Wedding",
    "drop-off": "Drop-off", "appointments": "Appointment", "conferences": "Conference",
    "potluck": "Potluck", "sleepover": "Sleepover", "karaoke": "Karaoke", "trivia": "Trivia",
    "book club": "Book club", "happy hour": "Happy hour", "baby shower": "Baby shower",
    "physio": "Physio appointment", "physiotherapy": "Physio appointment",
    "chiropractor": "Chiropractor appointment", "optometrist": "Optometrist appointment",
    "eye exam": "Eye exam", "oil change": "Oil change", "test drive": "Test drive",
    "showing": "Showing", "walkthrough": "Walkthrough", "video call": "Video call",
    "phone call": "Phone call", "facetime": "FaceTime call", "audition": "Audition",
    "tryout": "Tryout", "tryouts": "Tryouts", "premiere": "Premiere", "parade": "Parade",
    "seminar": "Seminar", "town hall": "Town hall", "tasting": "Tasting", "bowling": "Bowling",
    "camping": "Camping trip", "train": "Train", "ferry": "Ferry", "open mic": "Open mic",
    "bake sale": "Bake sale", "yard sale": "Yard sale", "garage sale": "Garage sale",
    "debrief": "Debrief", "committee": "Committee meeting", "board meeting": "Board meeting",
    "blood test": "Blood test", "blood work": "Blood work", "bloodwork": "Blood work",
    "lab work": "Lab work", "x-ray": "X-ray", "mri": "MRI", "ultrasound": "Ultrasound",
    "scan": "Scan", "swim meet": "Swim meet", "lap swim": "Lap swim", "rota": "Rota",
    "meet and greet": "Meet and greet",
    "road trip": "Road trip", "bday": "Birthday",
    "b-day": "Birthday", "doctor's": "Doctor appointment", "dentist's": "Dentist appointment",
    "trailhead": "Hike", "cabin": "Cabin trip", "campsite": "Camping trip", "raid": "Raid",
    "blood draw": "Blood draw", "cleanup": "Cleanup", "clean-up": "Cleanup", "gig": "Gig",
    "deposition": "Deposition", "mediation": "Mediation", "jury duty": "Jury duty",
    "jury service": "Jury service", "bridal shower": "Bridal shower",
    "wedding shower": "Wedding shower", "opener": "Opener", "recheck": "Recheck",
    "court date": "Court date", "arraignment": "Arraignment", "appraisal": "Appraisal",
    "scrimmage": "Scrimmage", "track meet": "Track meet", "tee time": "Tee time",
    "photo shoot": "Photo shoot", "pilates": "Pilates", "spin class": "Spin class",
    "volunteer shift": "Volunteer shift", "sprint planning": "Sprint planning",
    "retro": "Retro", "retrospective": "Retrospective", "onsite": "Onsite",
    "stitches removal": "Stitches removal", "infusion": "Infusion", "colonoscopy": "Colonoscopy",
    "mammogram": "Mammogram", "biopsy": "Biopsy", "procedure": "Procedure",
    # School and community days: all-day events for the family.
    # (A class outing is the pupils' plan, not the parent's: see _NOT_PLAN_CONTEXT.)
    "picture day": "Picture day", "photo day": "Photo day", "sports day": "Sports day",
    "field day": "Field day", "spirit day": "Spirit day", "career day": "Career day",
    "science fair": "Science fair", "book fair": "Book fair", "demo day": "Demo day",
    "open day": "Open day", "move-in day": "Move-in day", "pajama day": "Pajama day",
    "midterm": "Midterm", "midterms": "Midterms", "final exam": "Final exam",
    "finals": "Finals",
    # Sports said the short way ("bball tmrw 6pm?").
    "bball": "Basketball", "b-ball": "Basketball", "hoops": "Basketball", "footy": "Football",
    "pickup game": "Pickup game",
    # Groups that meet: "philosophy circle", "study group", "reading group".
    "circle": "Circle", "study group": "Study group", "reading group": "Reading group",
    "discussion group": "Discussion group", "support group": "Support group",
    # Services at a set time ("delivery Thursday between 7 and 9", "printer setup at 10").
    "delivery": "Delivery", "installation": "Installation", "install": "Installation",
    "setup": "Setup", "set-up": "Setup", "repair": "Repair", "replacement": "Replacement",
    "fitting": "Fitting", "site visit": "Site visit",
    # Medical tests named by their kind.
    "smear test": "Smear test", "pap smear": "Pap smear", "eye test": "Eye test",
    "sight test": "Sight test", "hearing test": "Hearing test", "allergy test": "Allergy test",
    "final round": "Final round interview", "final-round": "Final round interview",
    "stress test": "Stress test", "driving test": "Driving test", "road test": "Road test",
    # Operations and scopes named by their kind ("hip operation", "knee arthroscopy").
    "operation": "Operation", "arthroscopy": "Arthroscopy", "endoscopy": "Endoscopy",
    "gastroscopy": "Gastroscopy", "bronchoscopy": "Bronchoscopy", "cystoscopy": "Cystoscopy",
    "laparoscopy": "Laparoscopy", "tonsillectomy": "Tonsillectomy",
    "appendectomy": "Appendectomy", "vasectomy": "Vasectomy", "hysterectomy": "Hysterectomy",
    "c-section": "C-section", "neutering": "Neutering", "spaying": "Spaying",
    "adjustment": "Adjustment", "booster": "Booster", "jab": "Jab",
    # Time off work is a plan on the calendar ("I'm on leave Thursday").
    "on leave": "Leave", "annual leave": "Annual leave", "parental leave": "Parental leave",
    # Performances, shoots and signings.
    "soundcheck": "Soundcheck", "sound check": "Soundcheck", "shoot": "Shoot",
    "signing": "Signing", "nativity": "Nativity play", "pantomime": "Pantomime",
    "panto": "Panto", "ballet": "Ballet", "opera": "Opera", "matinee": "Matinee",
    "christening": "Christening", "baptism": "Baptism", "bar mitzvah": "Bar mitzvah",
    "bat mitzvah": "Bat mitzvah", "prom": "Prom", "hen do": "Hen do", "stag do": "Stag do",
    "parents' evening": "Parents' evening", "parents evening": "Parents' evening",
    "open evening": "Open evening", "lightning talk": "Lightning talk", "keynote": "Keynote",
    "hackathon": "Hackathon", "induction": "Induction", "away day": "Away day",
    "planning": "Planning", "on-call": "On-call shift", "babysitting": "Babysitting",
    "maintenance window": "Maintenance window", "upgrade window": "Upgrade window",
    "safety check": "Safety check", "moving day": "Moving day",
    # Round-7 vocabulary: reviews of work, rites, tastings and rehearsals said by their kind.
    "crit": "Crit", "puja": "Puja", "pooja": "Puja", "unveiling": "Unveiling",
    "cupping": "Cupping", "run-through": "Run-through", "run through": "Run-through",
    "dry run": "Dry run", "dress rehearsal": "Dress rehearsal", "tutorial": "Tutorial",
    "grand opening": "Grand opening", "opening night": "Opening night",
    "private view": "Private view", "launch party": "Launch party", "vigil": "Vigil",
    "kayaking": "Kayaking", "snowshoeing": "Snowshoeing", "skiing": "Skiing",
    "bouldering": "Bouldering", "climbing": "Climbing", "surfing": "Surfing",
    "paddleboarding": "Paddleboarding", "sailing": "Sailing", "canoeing": "Canoeing",
    "bike ride": "Bike ride", "group ride": "Group ride", "long run": "Long run",
    "parkrun": "Parkrun", "quiz night": "Quiz night", "pub quiz": "Pub quiz",
    "knit night": "Knit night", "board games": "Board games", "mahjong": "Mahjong",
    "bible study": "Bible study", "choir practice": "Choir practice", "iftar": "Iftar",
    "seder": "Seder", "boosters": "Boosters", "vaccinations": "Vaccinations",
    "jabs": "Jabs",
}  # fmt: skip
# Holidays named as the plan ("hosting Thanksgiving"); weaker than any plan noun.
_HOLIDAY_PLANS: dict[str, str] = {
    "christmas": "Christmas", "christmas eve": "Christmas Eve", "xmas": "Christmas",
    "thanksgiving": "Thanksgiving", "easter": "Easter", "new year's eve": "New Year's Eve",
    "halloween": "Halloween", "nye": "New Year's Eve", "new years eve": "New Year's Eve",
}  # fmt: skip
_MULTI_DAY = frozenset(
    {"Trip", "Vacation", "Conference", "Festival", "Retreat", "Wedding", "Summit", "Expo", "Fair"}
)
# Parts of a plan said after it ("check-in is 4pm", "drop-off 8:15-8:45"): they time
# the open plan rather than start another one.
_PLAN_PARTS = frozenset({"Check-in", "Drop-off", "Pickup", "Doors", "Arrival", "Boarding"})
_EVENING = frozenset(
    {"Dinner", "Drinks", "Party", "Concert", "Show", "Movie", "Game night", "Movie night",
     "Date night", "Date", "Housewarming", "Gala", "Birthday", "Hangout"}
)  # fmt: skip
# Nouns that are not plans in these contexts ("on call", "conference room").
_NOT_PLAN_CONTEXT = re.compile(
    r"\b(?:on\s+call|conference\s+room|meeting\s+room|date\s*:|due\s+date|start\s+date|"
    r"field\s+trip\s+permission|review\s+(?:it|them|this|that|the)|call\s+(?:us|me|him|her|them|"
    r"this|the|back|mom|dad)|game\s+plan|shift\s+(?:key|focus)|show\s+(?:me|you|us|him|her|them)|"
    r"run\s+(?:them|it|this|that|out|late|into|past|by)|"
    r"physical\s+therapy|ready\s+for\s+pick\s*-?up|round\s+trip|(?:class|field|school)\s+trip|"
    r"(?:picture|photo|sports|field|spirit|career|pajama)\s+day\s+(?:forms?|slips?|fees?|orders?)|"
    r"(?:i'?ll|i\s+will|we'?ll|will|to|let\s+me|gonna|please|i\s+can|i\s+could)\s+(?:also\s+)?call\b|"
    r"(?:will|'ll|'ve|have|has|had|to|can|could|should|would|we|they|i|you|who)\s+(?:also\s+)?run\b|"
    r"(?:call|email|text|contact|ask|pay|phone)\s+(?:the\s+|my\s+|your\s+)?(?:vet|doctor|dentist)|play\s+(?:it|with)|visit\s+(?:our|the\s+website)|"
    r"circle\s+(?:back|around|up)|dry\s+cleaning|(?:leave|write|post|give)\s+(?:us\s+|me\s+|them\s+)?(?:a\s+)?(?:\w+\s+)?review|"
    r"(?:free|fast|same-day|next-day|express|standard|home)\s+delivery|delivery\s+(?:fee|charge|address|options?|"
    r"instructions|driver|window\s+closes)|(?:install|setup|set-up|repair|replacement)\s+(?:guide|instructions|"
    r"costs?|fee|parts?|kit)|(?:self|easy|quick)[\s-](?:install|setup)|"
    r"(?:ring|call|phone|contact|email)\s+(?:the\s+)?surgery|surgery\s+(?:unit|reception|number|opens|closes)|"
    r"signing\s+(?:up|off|in|out))",
    re.IGNORECASE,
)
_VISITOR = re.compile(
    r"\b(?P<who>plumber|electrician|technician|cleaner|cleaners|contractor|repairman|mechanic|"
    r"inspector|movers|handyman|exterminator|installer|nanny|babysitter|tutor|engineer|surveyor|"
    r"architect|assessor|appraiser|courier|locksmith|painter|roofer|gardener|landscaper|fitter|"
    r"(?<=boiler\s)man|(?<=gas\s)man|(?<=cable\s)guy|(?<=repair\s)(?:man|guy)|(?<=alarm\s)(?:man|guy))\s+"
    r"(?:(?:(?:is|are|will\s+be|'s)\s+)?(?:coming|stopping\s+by|arriving|here)|"
    r"(?:can|will|'ll|could|is\s+going\s+to)\s+(?:come|stop\s+by|be\s+here|swing\s+by))\b",
    re.IGNORECASE,
)
# "the structural engineer is coming on site": the trade keeps its qualifier.
_VISITOR_QUALIFIER = re.compile(
    r"\b(?P<q>structural|electrical|gas|building|home|pest|tree|pool|solar|hvac|boiler|repair|alarm|"
    r"furnace|roofing|cable|internet|window|carpet)\s+$",
    re.IGNORECASE,
)
_INVITED_TO = re.compile(
    r"\binvit(?:ed|es|ing|ation)\s+(?:you\s+)?to\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+|his\s+|her\s+)?"
    r"(?P<what>[\w'’ -]{3,40}?)(?=\s*(?:[.,!@:(]|\bon\b|\bat\b|$))",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"\b(?:see\s+you\s+(?:again|next|then|on|at|in)|same\s+time\s+next|next\s+(?:time|session)|"
    r"let'?s\s+(?:meet|check\s+in|catch\s+up|talk|do\s+it|reconvene)|"
    r"(?:can|could|shall\s+we|we\s+could|want\s+to|wanna|i'?ll)\s+meet(?:\s+up)?)\b",
    re.IGNORECASE,
)
# A dated plan said with a verb rather than a noun ("see you Friday at 6",
# "we're going to the zoo Saturday", "the walkthrough is scheduled for ...").
_PLAN_VERB = re.compile(
    r"\b(?:see\s+you|let'?s\s+(?:meet|go|get\s+together|hang\s+out|grab|do)|"
    r"(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:going|heading|driving|flying)\s+(?:to|out)|"
    r"(?:is|are)\s+scheduled|(?:starts?|begins?|kicks?\s+off)\s+at|"
    r"meet(?:ing)?\s+(?:up|you|at|there|for)|come\s+over|stop\s+by|swing\s+by|"
    r"pick\s+you\s+up|hang\s+out|get\s+together|catch\s+up|come\s+in|dial\s+in|"
    r"(?:booked|reserved)\s+(?:(?:us\s+)?(?:a\s+table\s+)?at\s+)?(?:a\s+table|[A-Z][\w'-]+)|(?:hosting|throwing)\s+(?:a|an|my|our)|"
    r"scheduled\s+(?:(?:a|an|the|your)\s+[\w-]+\s+)?(?:for|on|at)|(?:signed|signing)\s+up\s+for|registered\s+for|"
    r"reminder\s+(?:of|for|about)\s+your)\b",
    re.IGNORECASE,
)
# The user travelling somewhere on a day ("I fly to Lisbon on the 26th", "we fly out on
# October 11th", "I'm off to Portugal on the 26th", "driving down to my parents' tomorrow").
_TRAVEL_GO = re.compile(
    r"\b(?i:i|we)(?i:'m|’m|'re|’re|\s+am|\s+are|'ll|’ll|\s+will)?\s+(?:also\s+)?"
    r"(?P<verb>fly(?:ing)?|flies|travel(?:l?ing)?|driv(?:e|ing)|head(?:ing)?|off|leav(?:e|ing)|"
    r"set(?:ting)?\s+off)\s+(?:out\s+|off\s+|down\s+|up\s+|over\s+|back\s+|home\s+)?"
    r"(?:(?:to|for)\s+(?P<where>(?:my\s+|our\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|"
    r"(?:my|our)\s+(?:parents|mum|mom|dad|folks|family|grandparents|in-laws|sister|brother)['’]?s?)|"
    r"(?<=out)\s|(?<=off)\s+(?=on\b))|"
    r"\b(?i:i|we)(?i:'re|’re|\s+are|'ll|’ll|\s+will)?\s+(?P<out>fly(?:ing)?\s+out|"
    r"(?:off|away)\s+on\s+(?:holiday|vacation))\b",
)
# Taking part in something named ("I'll be speaking at PyCon on Nov 7", "we're playing
# at the Crown on Saturday"): the user's own dated plan without a plan noun.
_TAKING_PART = re.compile(
    r"\b(?i:i'?ll\s+be|i\s+will\s+be|i'?m|i\s+am|we'?re|we\s+are|we'?ll\s+be)\s+"
    r"(?P<verb>(?i:speaking|presenting|performing|playing|exhibiting|volunteering|competing|"
    r"running|teaching|giving\s+a\s+talk))\s+(?i:at|in)\s+(?:the\s+)?"
    r"(?P<where>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3})"
)
_TAKING_PART_PLANS = {
    "speaking": "Talk", "presenting": "Presentation", "performing": "Performance",
    "playing": "Gig", "exhibiting": "Exhibition", "volunteering": "Volunteering",
    "competing": "Competition", "running": "Race", "teaching": "Class",
    "giving a talk": "Talk",
}  # fmt: skip
_GOING_TO = re.compile(
    r"\b(?:going|heading|driving|flying)\s+to\s+(?:the\s+)?(?P<where>[A-Za-z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
# A habit, not one calendar event ("on Tuesday evenings", "every Monday").
_RECURRING = re.compile(
    r"\b(?:every|each)\s+(?:day|week|month|morning|evening|night|other|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:mornings|evenings|nights|afternoons)\b",
    re.IGNORECASE,
)
_FOR_WHAT = re.compile(
    r"\bfor\s+(?:the\s+|a\s+|an\s+|your\s+|my\s+|our\s+)?"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:on|at|this|next|tomorrow|today|tonight)\b"
)
_VISITOR_NOUN = re.compile(
    r"\b(?:plumber|electrician|technician|contractor|repairman|mechanic|inspector|movers|"
    r"handyman|exterminator|installer|adjuster|appraiser|surveyor|locksmith|painter)\b",
    re.IGNORECASE,
)
_SCHEDULED_SUBJECT = re.compile(
    r"\b(?:the|our|my|your)\s+(?P<what>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
    r"(?:is|are)\s+(?:scheduled|set|booked|planned|reserved)\b"
)
_PRONOUNS = frozenset("you me us him her them it this that everyone".split())
_REMINDER_OF = re.compile(
    r"\breminder\s+(?:of|for|about)\s+your\s+(?P<what>[\w&' -]{2,40}?)"
    r"(?=\s+(?:with|on|at|tomorrow|today|tonight|this|next)\b)",
    re.IGNORECASE,
)
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_NOT_PLACES = frozenset(
    """bed sleep work school it that this be see do get have make take go meet pick""".split()
)
_PAST = re.compile(
    r"\b(?:went|had|was|were|did|met|saw|ate|came|got\s+back|finished|attended|enjoyed|"
    r"loved|visited|yesterday|last\s+(?:night|week|weekend|month|year|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|summer|spring|fall|autumn|winter|time)|ago|"
    r"throwback|tbt)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|going\s+to|gonna|let'?s|would\s+you|want\s+to|wanna|shall|can\s+we|"
    r"could\s+we|are\s+we|is\s+(?:on|at|scheduled)|scheduled|booked|confirmed|planned|"
    r"planning|upcoming|next|see\s+you|don'?t\s+forget|remember|reminder|is\s+set|starts?|"
    r"begins?|moved\s+to|has\s+moved|tomorrow|tonight)\b",
    re.IGNORECASE,
)
_CANCELLED = re.compile(
    r"\b(?:cancel(?:led|ed)|called\s+off|postponed\s+indefinitely)\b", re.IGNORECASE
)
# The plan just named is off: "that got cancelled", "it's been called off".
_CANCELLED_SINCE = re.compile(
    r"\b(?:that|it|this|they|which)(?:'s|’s|\s+is|\s+was|\s+has|\s+have|\s+got|\s+were)?\s+"
    r"(?:been\s+|got\s+|all\s+)?(?:cancel(?:led|ed)|called\s+off|scrapped)\b",
    re.IGNORECASE,
)
_DECLINE = re.compile(
    r"\b(?:i\s+can'?t|i\s+cannot|can'?t\s+make\s+it|won'?t\s+make\s+it|not\s+going|"
    r"no\s+thanks|i'?ll\s+pass|i'?m\s+out|not\s+this\s+time|rain\s+check|i'?m\s+busy|"
    r"not\s+(?:interested|looking|available)|have\s+to\s+pass|(?:politely\s+)?decline|"
    r"i'?m\s+away|i'?ll\s+be\s+away|out\s+of\s+town|won'?t\s+be\s+(?:there|around|able)|"
    r"i'?m\s+not\s+around|can'?t\s+do\s+it|i'?m\s+on\s+(?:annual\s+)?(?:leave|holiday|vacation)|i'?m\s+off\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|"
    r"tomorrow|that\s+day)|(?:ask|get|have)\s+\w+\s+to\s+(?:cover|take|handle)\s+(?:that|this|it)|"
    r"^\W*(?:can'?t|cannot)\s+(?:do\s+|make\s+)?(?:it\s+)?(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|"
    r"tomorrow|tonight|today|that|(?:this|that|next)\s+(?:weekend|week)))\b",
    re.IGNORECASE,
)
# ("shift" as a verb only: "your shift: Sat 9am to noon" is a work shift.)
_RESCHEDULE = re.compile(
    r"\b(?:mov\w+|reschedul\w+|push\w*|chang\w+|shift(?:ed|ing)|shift\s+(?:it|that|this|to))\b",
    re.IGNORECASE,
)
_DEADLINE_LEAD = re.compile(
    r"\b(?:(?<!come\s)(?<!stop\s)(?<!drop\s)(?<!swing\s)(?<!pop\s)by|before|until|till|"
    r"due(?:\s+(?:on|by))?|no\s+later\s+than|deadline\s+is)\s*$",
    re.IGNORECASE,
)
# Plans that are events on their own day even without a clock time ("my
# interview is on the 12th"); weaker nouns ("review", "practice", "call") need a time.
_ALL_DAY_PLANS = frozenset(
    """appointment checkup physical cleaning interview flight dinner lunch brunch party
    wedding concert game match class lecture exam presentation conference workshop recital trip
    vacation hike surgery reservation playdate ceremony funeral graduation barbecue picnic visit
    tour viewing open house festival tournament reunion celebration offsite housewarming shower
    orientation vaccination screening retreat hearing closing inspection consultation
    parent-teacher conference meetup race marathon performance play exhibition gala fundraiser
    summit expo fair pickup drop-off haircut massage dentist doctor vet night date birthday mic
    sale train ferry committee test work x-ray mri ultrasound scan meet greet day midterm midterms
    finals gig opener reunion service""".split()
)
# Words before the plan noun that make the sentence a task about the plan
# ("call the dentist Monday", "book the venue for the party").
_TASK_ABOUT_PLAN = re.compile(
    r"\b(?:call|book|schedule|reschedule|cancel|email|text|phone|ring|confirm|plan|organi[sz]e|"
    r"arrange|prepare|prep|review|finish|submit|send|buy|order|pay)\b[^.?!]*$",
    re.IGNORECASE,
)
_MONTH_WORD = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
# Periods too vague to put a plan on a calendar day.
_VAGUE_DAY = re.compile(
    r"\b(?:week|month|year|soon|sometime)\b|^(?:in\s+\w+\s+(?:minutes?|mins?|hours?|hrs?))$",
    re.IGNORECASE,
)
# A later bare clock that replaces the planned one ("I've got 6:45", "how about 8:15").
_RESCHEDULE_HINT = re.compile(
    r"\b(?:i'?ve\s+got|we\s+have|how\s+about|what\s+about|instead|works|open|free|then|"
    r"earliest|latest|can\s+do|any\s+chance|"
    r"available|make\s+it|let'?s\s+do|is\s+full|full)\b",
    re.IGNORECASE,
)
_SAME_TIME = re.compile(r"\bsame\s+time\b", re.IGNORECASE)
_WITH = re.compile(
    r"\bwith\s+(?P<who>(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
_NAMES_NOT_PEOPLE = frozenset(
    """The My Your Our His Her Their A An This That Me Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December""".split()
)
_TO = re.compile(r"\b(?:to|in)\s+(?P<where>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")
_DOCTOR = re.compile(r"\b(?P<who>Dr\.?\s+[A-Z][\w'-]+)")
_MODIFIER_STOP = frozenset(
    """a an the my your our his her their this that next last first our new same quick
    for to at in on of and or with is are was be it its any some every each just forget
    don't dont remember reminder about also still then so maybe probably really actually too
    even already hey hi hello ok okay yes yeah yep sure oh um uh well up out off as ones one
    where when what who location venue time date little big small""".split()
)
_DURATION = re.compile(
    r"\bfor\s+(?:about\s+|around\s+)?(?P<n>an?|one|two|three|half\s+an|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?)\b"
    r"|\b(?:from\s+)?(?P<a>\d{1,2}(?::\d{2})?)\s*(?P<ap>am|pm)?\s*(?:to|-|–|until|till)\s*"
    r"(?P<b>\d{1,2}(?::\d{2})?)\s*(?P<bp>am|pm)\b",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "half an": 0.5}
DEFAULT_DURATION = 30
# How many following sentences may refine an open frame.
_FRAME_WINDOW = 4


@dataclass
class _Frame:
    plan: str
    sentence: Sentence
    index: int
    day: date | None = None
    clock: time | None = None
    ambiguous: bool = False
    # The clock was written with minutes ("10:00"), not as a bare hour ("at 10").
    clock_minutes: bool = False
    # The day was named precisely ("Friday", "the 3rd", "tomorrow"), not a
    # vague period ("next week", "this month"): enough for an all-day event.
    specific_day: bool = False
    # The day came from the sentence that named the plan.
    day_in_plan_sentence: bool = False
    explicit_day: bool = False
    # The day starts a span of days ("July 17-19", "the 3rd to the 9th"): a multi-day plan.
    ranged: bool = False
    # The plan noun is the object of a task verb ("call the dentist Monday").
    task_about_plan: bool = False
    duration: int = DEFAULT_DURATION
    declined: bool = False
    past: bool = False
    # Only a past date beside the plan made it past ("adopted a dog last week, she needs
    # a checkup"): a later day and time for it is the plan's.
    soft_past: bool = False
    subject: str | None = None
    venue: str | None = None
    # The last sentence that said something about the plan.
    last: int = 0
    # Opened by a tradesperson coming round ("the engineer can come on the 4th").
    visitor: bool = False
    # Opened by a modal future ("we can install it Thursday"): not a past plan.
    future: bool = False


# One alternation of every plan noun, longest first, so a sentence is scanned once.
_PLAN_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted(_PLANS, key=lambda w: (-len(w), w)))
    + r")(?![\w-])"
)


def _plan_of(text: str) -> tuple[str, int, int] | None:
    """(title, start, end) of the plan noun in ``text``, preferring longer nouns."""
    lowered = text.lower()
    blocked: list[tuple[int, int]] | None = None
    best: tuple[str, int, int] | None = None
    for match in _PLAN_RE.finditer(lowered):
        start, end = match.span()
        if blocked is None:
            blocked = [m.span() for m in _NOT_PLAN_CONTEXT.finditer(lowered)]
        if any(a <= start < b for a, b in blocked):
            continue
        before = lowered[max(0, start - 12) : start]
        if re.search(
            r"\b(?:before|after|since)\s+(?:the\s+|that\s+|my\s+|our\s+|last\s+)?$", before
        ):
            continue  # "since the game on Saturday": a past reference point
        if match.group(0) == "birthday" and re.search(r"\bon\s+(?:\w+\s+)?$", before):
            continue  # "expires on your birthday": a date, not a party
        if not _PLAN_WORD_OK.get(match.group(0), _ANY).search(lowered[:start]):
            continue  # "the shower is leaking", "that's fair", "the tree service"
        if (
            match.group(0) in _MEALS
            and _MEAL_AS_TIME.search(before)
            and not re.match(r"\s+with\b", lowered[end:])
        ):
            continue  # "I'll check it at lunch": a time of day, not a plan
        if best is None or (end - start) > (best[2] - best[1]):
            best = (_PLANS[match.group(0)], start, end)
    if best is None:
        final = _FINAL.search(lowered)
        if final is not None:
            return ("Final exam", final.start(), final.end())
        holiday = HOLIDAY_RE.search(text)
        if holiday is not None:
            name = holiday.group(0).lower().replace("’", "'")
            if name in _HOLIDAY_PLANS:
                return (_HOLIDAY_PLANS[name], holiday.start(), holiday.end())
    return best


_ANY = re.compile("")
# Plan nouns that are ordinary words unless qualified: a bathroom "shower", "that's
# fair", "customer service" — the word before must make them an occasion.
_PLAN_WORD_OK: dict[str, re.Pattern[str]] = {
    "shoot": re.compile(
        r"\b(?:engagement|photo|video|wedding|family|newborn|maternity|fashion|product|portrait|"
        r"film|headshot|music|the|our|my|your|a)\s+$"
    ),
    "signing": re.compile(r"\b(?:the|will|contract|lease|book|mortgage|deed|document)\s+$"),
    "adjustment": re.compile(r"\b(?:brace|braces|next|chiropractic|wire|her|his|my|your)\s+$"),
    "planning": re.compile(
        r"\b(?:sprint|release|quarterly|q[1-4]|roadmap|capacity|iteration|pi|annual|"
        r"(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december)\s+$"
    ),
    "on-call": re.compile(r"\b(?:the|my|an|her|his|their|your)\s+$"),
    "jab": re.compile(r"\b(?:flu|covid|booster|my|your|the)\s+$"),
    "booster": re.compile(r"\b(?:covid|flu|tetanus|my|your|the|a)\s+$"),
    "prom": re.compile(r"\b(?:the|senior|junior|school|her|his|my|our)\s+$"),
    "operation": re.compile(
        r"\b(?:hip|knee|heart|back|eye|the|my|your|her|his|an|shoulder|"
        r"cataract|hernia|spine|spinal|foot|hand|bowel)\s+$"
    ),
    "shower": re.compile(r"\b(?:baby|bridal|wedding|couples'?)\s+$"),
    "service": re.compile(
        r"\b(?:church|memorial|funeral|worship|sunday|evening|morning|prayer|candlelight|"
        r"remembrance|baptism|wedding|communion|vigil|easter|christmas|advent|carol|carols|healing|sunrise|"
        r"car|vehicle|boiler|annual|van|bike|furnace|interim|full|major|minor)\s+$"
    ),
    "fair": re.compile(
        r"\b(?:the|a|county|state|job|career|craft|street|book|science|art|food|trade|"
        r"world'?s|summer|winter|spring|fall|autumn|school|christmas|farm|village)\s+$"
    ),
}
_MEALS = frozenset({"lunch", "breakfast", "dinner", "brunch"})
_MEAL_AS_TIME = re.compile(
    r"(?<!see\syou\s)(?<!meet\s)(?<!meet\syou\s)\b(?:at|over|during|by|till|until|through|"
    r"around|on\s+(?:my|our|the|your))\s+$"
)


# "the stats final is on the 14th": an exam called by its adjective.
_FINAL = re.compile(r"(?<![\w-])final(?=\s+(?:is|on|at|starts|begins|will\s+be)\b)")


def _modifiers(text: str, start: int) -> str:
    """Up to two words before the plan noun that qualify it ("team offsite")."""
    clause = re.split(r"[,;:!?()]|\.\s|\s[-–—]\s", text[:start])[-1]  # "Hi Dana, lunch ..."
    words = re.findall(r"[\w'’-]+", clause)[-2:]
    kept: list[str] = []
    for word in reversed(words):
        if (
            word.lower() in _MODIFIER_STOP
            or word.lower() in TASK_VERBS
            or not word[:1].isalpha()
            or word.lower() in ("am", "pm", "a.m", "p.m")
        ):
            break
        if re.fullmatch(
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|"
            r"tonight|morning|afternoon|evening|night|weekend|week|\w+(?:'re|’re|'m|’m)|"
            r"getting|get|got|be|being|been)(?:s|'s|’s)?",
            word,
            re.I,
        ):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _clock_minutes(raw: str, ampm: str | None) -> int:
    hour, _, minute = raw.partition(":")
    h = int(hour) % 24
    if ampm and ampm.lower() == "pm" and h < 12:
        h += 12
    return h * 60 + int(minute or 0)


def duration_of(text: str) -> int:
    match = _DURATION.search(text)
    if match is None:
        return DEFAULT_DURATION
    if match.group("n"):
        count = re.sub(r"\s+", " ", match.group("n").lower())
        amount = _WORD_NUMBERS.get(count) or float(count)
        unit = match.group("unit").lower()
        minutes = amount * 60 if unit.startswith("h") else amount
        return max(5, min(int(minutes), 24 * 60))
    ampm = match.group("bp") or match.group("ap")
    start = _clock_minutes(match.group("a"), match.group("ap") or ampm)
    end = _clock_minutes(match.group("b"), ampm)
    if end <= start:
        return DEFAULT_DURATION
    return max(5, min(end - start, 24 * 60))


def _person(sentence: Sentence, document: Document) -> str | None:
    """Who the plan is with: named in the sentence, else the other party when that is a
    person (not a role such as "Agent", nor an organisation)."""
    named = _named_person(sentence)
    if named is not None:
        return named
    if sentence.from_user is False and sentence.speaker:
        return sentence.speaker if is_person_name(sentence.speaker) else None
    if document.kind == "email" and document.user_sent:
        # The user wrote the mail: the plan is with its addressee, never with the
        # name the user signs with.
        who = document.recipient
        return who if who and is_person_name(who) and who != document.sender else None
    if document.kind == "email" and document.sender:
        return document.sender if is_person_name(document.sender) else None
    others = document.others()
    if len(others) == 1 and document.kind in ("chat", "transcript"):
        return others[0] if is_person_name(others[0]) else None
    return None


def _named_person(sentence: Sentence) -> str | None:
    who = _WITH.search(sentence.text) or _DOCTOR.search(sentence.text)
    if who is None or who.group("who").split()[0] in _NAMES_NOT_PEOPLE:
        return None
    name = re.sub(r"(?:'s|’s)$", "", who.group("who"))
    return name if is_person_name(name) or name.startswith("Dr") else None


def _subject_modifiers(plan: str, document: Document) -> str | None:
    """ "Hearing" read in a mail whose subject says "Small claims hearing notice"."""
    subject = document.subject or ""
    if not subject or " " in plan:
        return None
    match = re.search(rf"(?<![\w-]){re.escape(plan.lower())}(?![\w-])", subject.lower())
    if match is None:
        return None
    modifiers = _modifiers(subject, match.start())
    if not modifiers or find_dates(modifiers, _EPOCH) or not modifiers[:1].isalpha():
        return None
    return f"{modifiers} {plan.lower()}"


# A generic plan with someone in a role is that role's session ("Meeting" with
# the tutor is a tutoring session).
_ROLE_SESSIONS: dict[str, str] = {
    "therapist": "Therapy session", "counselor": "Counseling session",
    "counsellor": "Counseling session", "psychologist": "Therapy session",
    "psychiatrist": "Psychiatry appointment", "tutor": "Tutoring session",
    "trainer": "Training session", "coach": "Coaching session", "advisor": "Advisor meeting",
    "adviser": "Advisor meeting", "doctor": "Doctor appointment",
    "dentist": "Dentist appointment", "vet": "Vet appointment", "lawyer": "Meeting with lawyer",
    "attorney": "Meeting with attorney", "accountant": "Meeting with accountant",
    "recruiter": "Recruiter call", "realtor": "Meeting with realtor", "landlord": "Landlord visit",
    "teacher": "Teacher meeting", "mentor": "Mentoring session", "stylist": "Hair appointment",
}  # fmt: skip
_GENERIC_PLANS = frozenset({"Meeting", "Follow-up", "Meetup", "Session", "Call", "Check-in"})


def _role_session(plan: str, sentence: Sentence, document: Document) -> str | None:
    if plan not in _GENERIC_PLANS:
        return None
    others = document.others()
    roles = [sentence.speaker or "", *(others if len(others) == 1 else [])]
    for role in roles:
        for word in re.findall(r"[a-z]+", role.lower()):
            if word in _ROLE_SESSIONS:
                return _ROLE_SESSIONS[word]
    return None


def _title(frame: _Frame, document: Document) -> str:
    if frame.subject:
        return frame.subject
    text = frame.sentence.text
    plan = _subject_modifiers(frame.plan, document) or frame.plan
    plan = plan[:1].upper() + plan[1:]
    game = game_title(plan, text)
    if game is not None:
        return game
    if plan.split()[-1] in VENUE_PLANS and _named_person(frame.sentence) is None:
        # "Doors 7 PM · Show 8 PM" under "Roxy Hall": the show at the hall.
        venue = named_venue(text) or named_venue(f"{document.subject or ''}\n{document.body}")
        if venue is not None and venue.lower() not in plan.lower():
            return f"{plan} at {venue}"
    if plan.split()[-1] in ("Flight", "Trip", "Vacation"):
        where = _TO.search(text)
        if where is not None and where.group("where").split()[0] not in _NAMES_NOT_PEOPLE:
            return f"{plan} to {where.group('where')}"
    named = _named_person(frame.sentence)
    if named is not None:
        return f"{plan} with {named}"
    place = place_in(text)
    if place is not None and place.lower() not in plan.lower():
        return f"{plan} at {place}"
    role = _role_session(plan, frame.sentence, document)
    if role is not None:
        return role
    person = _person(frame.sentence, document)
    if person is None and re.search(
        r"appointment|checkup|check-up|cleaning|physical|follow-up", plan, re.I
    ):
        # A medical plan is with the doctor the text names, wherever it names them.
        doctor = _DOCTOR.search(document.body) or _DOCTOR.search(document.subject or "")
        person = re.sub(r"(?:'s|’s)$", "", doctor.group("who")) if doctor else None
    if person and person.lower() not in ("me", "user", "i"):
        return f"{plan} with {person}"
    return plan


def _usable(mention: DateMention, text: str) -> bool:
    """A mention that can be an event's start (not a deadline, not the past, not the
    opening hours of a place)."""
    if mention.past or re.match(r"(?:by|before|until|till)\b", mention.phrase, re.I):
        return False
    before = text[: mention.start]
    if re.search(r"\bsince\s+(?:last\s+)?$", before, re.I):
        return False  # "leaking since Monday": a past state, not a plan
    if _POSSESSIVE_DAY.match(text, mention.start):
        return True  # "before Tuesday's investor meeting": the day of the meeting
    return not (_DEADLINE_LEAD.search(before) or _OPENING_HOURS.search(before))


_POSSESSIVE_DAY = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun|to)day['’]s\s+(?!been\b|gone\b|got\b)[a-z]",
    re.IGNORECASE,
)
# "the lab opens at seven", "we're open until 9": when a place is open, not a plan.
_OPENING_HOURS = re.compile(
    r"\b(?:opens?|closes?|shuts?|open\s+(?:from|until|till|til)|closing|open\s+daily)\s*(?:at\s*)?$",
    re.IGNORECASE,
)


_DEICTIC = re.compile(
    r"(?:today|tonight|tomorrow|tmrw|tmr)(?:\s+(?:morning|afternoon|evening|night))?|"
    r"this\s+(?:morning|afternoon|evening)",
    re.IGNORECASE,
)


def _soft(mention: DateMention) -> bool:
    """A part of the day ("tonight", "Friday afternoon"), not a clock time."""
    return not re.search(r"\d|\b(?:noon|midnight|midday)\b", mention.phrase, re.IGNORECASE)


# Lines that time the end of a plan rather than its start ("Arrives 09:40",
# "Check-out: Sunday by 11:00").
_END_PART = re.compile(
    r"\b(?:arriv(?:e|es|al|ing)|check-?out|ends?\s+(?:at|by)|finish(?:es)?\s+(?:at|by)|"
    r"wraps?\s+up|back\s+(?:home\s+)?by)\b",
    re.IGNORECASE,
)
_SAME_TIME_NEXT_WEEK = re.compile(r"\bsame\s+time\s+next\s+week\b", re.IGNORECASE)


def _ambiguous(mention: DateMention) -> bool:
    """ "at 8", "8ish": a clock time without am/pm."""
    return mention.ambiguous or bool(re.search(r"\d\s*-?\s*ish\b", mention.phrase, re.I))


# "Meet at 14 Elm St": a house number, not 14:00.
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|"
    r"Drive|Way|Ct|Court|Pl|Place|Sq|Square|Terrace|Hwy|Highway)\b\.?"
)


def _find_dates(text: str, reference: datetime) -> list[DateMention]:
    return [
        m
        for m in find_dates(text, reference)
        if not (m.has_time and not m.has_day and _STREET_AFTER.match(text, m.end))
    ]


_CLOCK_IN_PHRASE = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*$", re.I)


def _part_clock(mention: DateMention, text: str) -> bool:
    """A clock that times a part of the plan ("Doors 6:30 PM"), wherever the date parser
    put the start of its phrase ("Fri, Apr 2 · Doors 6:30 PM" is one mention)."""
    clock = _CLOCK_IN_PHRASE.search(mention.phrase)
    at = mention.start
    if clock is not None:
        found = text.find(clock.group(0).strip(), mention.start, mention.end + 1)
        at = found if found >= 0 else at
    return bool(PART_CLOCK.search(text[max(0, at - 24) : at]))


def _apply(frame: _Frame, mentions: list[DateMention], text: str, reference: datetime) -> None:
    if _SAME_TIME_NEXT_WEEK.search(text):
        # "same time next week": the anchor's day and time, a week on.
        moment = reference.astimezone(UTC) + timedelta(days=7)
        frame.day, frame.clock, frame.ambiguous = moment.date(), moment.time(), False
        frame.clock = frame.clock.replace(second=0, microsecond=0)
        frame.specific_day = frame.explicit_day = True
        frame.day_in_plan_sentence = frame.sentence.text == text
        return
    usable = [m for m in mentions if _usable(m, text)]
    if not usable:
        return
    if (
        frame.day is not None
        and frame.clock is None
        and frame.specific_day
        and frame.sentence.text != text
        and not _RESCHEDULE.search(text)
        and all(_DEICTIC.fullmatch(m.phrase.strip()) for m in usable)
    ):
        return  # "lunch on Sunday?" ... "I'll call her back tonight": another matter
    if (
        frame.day is not None
        and frame.clock is None
        and frame.explicit_day
        and frame.sentence.text != text
        and not _RESCHEDULE.search(text)
        and not any(m.has_time or re.search(rf"\d|{_MONTH_WORD}", m.phrase, re.I) for m in usable)
    ):
        return  # "July 17-19" ... "I'll book it this weekend": the task's day, not the plan's
    if (
        frame.day is not None
        and frame.clock is not None
        and frame.sentence.text != text
        and not _RESCHEDULE.search(text)
    ):
        if _END_PART.search(text):
            return  # "Arrives: Sat 09:40" is the end of the journey, not its start
        if not any(re.search(r"\d", m.phrase) or (m.has_time and not _soft(m)) for m in usable):
            # A complete plan is not moved by a later, vaguer day or part of a day
            # ("tomorrow", "I'll pay you tonight", "Friday afternoon works").
            return
        if frame.explicit_day and not any(m.has_time for m in usable):
            return  # "the 5th" said after "February 13 at 6pm" is another matter
        if not frame.ambiguous and all(m.ambiguous or not m.has_time for m in usable):
            if not any(m.has_day for m in usable):
                # "6:45 in lane 3" after "6am": a bare clock keeps the half of the day
                # the plan was set in ("7:30 is brutal" after "7:30am" stays 7:30am).
                said = [m.value.time() for m in usable if m.has_time]
                if said and _RESCHEDULE_HINT.search(text):
                    hour = said[0].hour % 12 + (12 if frame.clock.hour >= 12 else 0)
                    frame.clock = said[0].replace(hour=hour)
                return
    if _RESCHEDULE.search(text) and len(usable) >= 1:
        clocks = [m for m in usable if m.has_time]
        days = [m for m in usable if m.has_day]
        if days:
            # "moved to January 6 at 10, since half the team is out next week"
            specific = [m for m in days if not _VAGUE_DAY.search(m.phrase)]
            chosen = next((m for m in specific if m.has_time), None) or (specific or days)[-1]
            frame.day = chosen.value.date()
            frame.specific_day = not _VAGUE_DAY.search(chosen.phrase)
        if clocks:
            last = clocks[-1]
            frame.clock, frame.ambiguous = last.value.time(), last.ambiguous
        return
    # Explicit month-day beats a relative day said earlier ("in two weeks" ... "Nov 10").
    days = [m for m in usable if m.has_day]
    if days:
        explicit = [m for m in days if re.search(r"\d", m.phrase)]
        # A day said with its clock time ("wed 8pm") is the plan's day, more than a
        # bare day mentioned beside it ("reset tuesday, we run it wed 8pm").
        timed_days = [m for m in days if m.has_time]
        chosen = (explicit or days)[0]
        if timed_days and not chosen.has_time and (not explicit or timed_days[0] in explicit):
            chosen = timed_days[0]
        frame.day = chosen.value.date()
        frame.specific_day = not _VAGUE_DAY.search(chosen.phrase)
        frame.day_in_plan_sentence = frame.sentence.text == text
        frame.explicit_day = bool(re.search(rf"\d|{_MONTH_WORD}", chosen.phrase, re.I))
        frame.ranged = chosen.until is not None and chosen.until > chosen.value
    clocks = [m for m in usable if m.has_time]
    starts = [m for m in clocks if not _part_clock(m, text)]
    clocks = starts or clocks  # "Doors 7 PM · Show 8 PM": the show starts at 8
    if clocks:
        frame.clock, frame.ambiguous = clocks[0].value.time(), _ambiguous(clocks[0])
        frame.clock_minutes = bool(re.search(r"\d[:.]\d\d", clocks[0].phrase))
    elif _SAME_TIME.search(text) and frame.specific_day:  # not "same time next month?"
        frame.clock = reference.astimezone(UTC).time().replace(second=0, microsecond=0)
    frame.duration = duration_of(text) if frame.duration == DEFAULT_DURATION else frame.duration


_TRAVEL_WORDS = re.compile(
    r"\b(?:booked|flights?|flying|fly|hotel|airbnb|hostel|resort|cabin|trip|vacation|holiday|"
    r"getaway|itinerary|check-?in|road\s+trip|travel(?:l?ing)?|visiting|staying)\b",
    re.IGNORECASE,
)
_DESTINATION = re.compile(
    r"\b(?:trip|flights?|fly(?:ing)?|travel(?:l?ing)?|going|heading|vacation|holiday|"
    r"getaway|visit(?:ing)?)\s+(?:back\s+)?(?:to|in)\s+(?P<a>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
    r"|^(?P<b>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:is|are)\s+(?:booked|confirmed|on|happening)\b"
)
_DAY_RANGE = re.compile(
    r"\d(?:st|nd|rd|th)?\s*(?:[-–—]|to|until|through|thru)\s*(?:the\s+)?\d", re.IGNORECASE
)


def _is_range(mentions: list[DateMention], text: str) -> bool:
    days = [m for m in mentions if m.has_day and not m.has_time]
    if any(m.until is not None and m.until > m.value for m in days):
        return True  # "the 3rd to the 9th", "3rd–9th March": one mention with its last day
    if any(_DAY_RANGE.search(m.phrase) for m in days):
        return True
    if len(days) >= 2:
        between = text[days[0].end : days[1].start]
        return bool(re.fullmatch(r"\s*(?:-|–|—|to|until|through|thru|and)\s*", between, re.I))
    return False


def _destination(document: Document, index: int) -> str | None:
    for sentence in document.sentences[max(0, index - 2) : index + 3]:
        match = _DESTINATION.search(sentence.text)
        if match is not None:
            place = match.group("a") or match.group("b")
            if place.split()[0] not in _NAMES_NOT_PEOPLE:
                return place
    return None


def _trip_frame(
    sentence: Sentence, index: int, document: Document, mentions: list[DateMention]
) -> _Frame | None:
    """A span of days with travel words around it is a trip ("Aug 21-25, flights booked")."""
    if not _is_range(mentions, sentence.text):
        return None
    near = " ".join(s.text for s in document.sentences[max(0, index - 1) : index + 2])
    if not _TRAVEL_WORDS.search(near):
        return None
    where = _destination(document, index)
    found = _plan_of(sentence.text)
    plan = found[0] if found is not None and found[0].split()[-1] in _MULTI_DAY else "Trip"
    title = f"{plan} to {where}" if where else plan
    return _Frame(plan, sentence, index, subject=title)


# "Training is Tuesdays 6-7:30pm, starting on the 28th": a series whose first day is said.
_SERIES_START = re.compile(
    r"\b(?:starting|starts|start|beginning|begins|begin|kicks?\s+off|commencing|from)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _first_of_series(text: str, mentions: list[DateMention]) -> bool:
    return any(
        m.has_day
        and not m.past
        and not _VAGUE_DAY.search(m.phrase)
        and _SERIES_START.search(text[max(0, m.start - 20) : m.start])
        for m in mentions
    )


def _open_frame(
    sentence: Sentence, index: int, document: Document, mentions: list[DateMention]
) -> _Frame | None:
    text = sentence.text
    if _CANCELLED.search(text):
        return None
    if _RECURRING.search(text) and not _first_of_series(text, mentions):
        return None
    visitor = _VISITOR.search(text)
    if visitor is not None:
        who = visitor.group("who").lower()
        qualifier = _VISITOR_QUALIFIER.search(text[: visitor.start()])
        if qualifier is not None:
            who = f"{qualifier.group('q').lower()} {who}"
        return _Frame(f"{who[:1].upper()}{who[1:]} visit", sentence, index, visitor=True)
    invited = _INVITED_TO.search(text)
    if invited is not None:
        what = invited.group("what").strip()
        return _Frame(
            what[:1].upper() + what[1:], sentence, index, subject=what[:1].upper() + what[1:]
        )
    trip = _trip_frame(sentence, index, document, mentions)
    if trip is not None:
        return trip
    found = _plan_of(text)
    job = job_visit(text)
    if (
        job is not None
        and (found is None or found[1] < job[1])
        and any(
            m.has_day and not m.past and not _VAGUE_DAY.search(m.phrase) and m.start > job[1]
            for m in mentions
        )
    ):
        # "the new unit came in, so we can install it Thursday between 8 and 10": the
        # installation is the plan.
        return _Frame(job[0], sentence, index, visitor=True, future=True)
    if found is not None and not _plan_stands(text, found[1]):
        return None
    if found is not None and someone_elses(text, found[1], found[0], sentence.from_user):
        return None  # "Ben: I'm out Monday, dentist", "he's at a wedding that Saturday"
    part = _TAKING_PART.search(text) if found is None else None
    if part is not None and any(
        m.has_day and not m.past and not _VAGUE_DAY.search(m.phrase) for m in mentions
    ):
        head = _TAKING_PART_PLANS[re.sub(r"\s+", " ", part.group("verb").lower())]
        frame = _Frame(head, sentence, index, subject=f"{head} at {part.group('where')}")
        frame.plan = "Presentation" if head == "Talk" else head  # an all-day plan
        return frame
    travel = _TRAVEL_GO.search(text) if found is None else None
    own = sentence.from_user is True or (sentence.from_user is None and not sentence.speaker)
    if travel is not None and (own or travel.group(0)[:2].lower() == "we"):
        if any(
            m.has_day
            and not m.past
            and not _VAGUE_DAY.search(m.phrase)
            and m.start > travel.start()
            for m in mentions
        ):
            verb = (travel.group("verb") or travel.group("out")).lower()
            flying = verb.startswith(("fl", "flies"))
            return _Frame("Flight" if flying else "Trip", sentence, index)
    if found is not None and found[0] == "Office hours" and not _ATTENDING.search(text):
        return None  # a lecturer's office hours are open to all, not the user's plan
    if found is None and any(m.has_day and m.has_time and not m.past for m in mentions):
        hosted = _HOSTED.search(text)
        if (
            hosted is not None
            and _HOST_PLACE.search(text)
            and not find_dates(hosted.group("what"), _EPOCH)
            and hosted.group("what").split()[0].lower() not in _MODIFIER_STOP | _PRONOUNS
        ):
            what = hosted.group("what")
            return _Frame(what[:1].upper() + what[1:], sentence, index)
    aged = _ORDINAL_BIRTHDAY.search(text) if found is None else None
    if aged is not None and not any(m.past for m in mentions):
        return _Frame("Birthday", sentence, index, subject=f"{numeric_age(aged.group(0))} birthday")
    if found is None and any(m.has_day and not m.past for m in mentions):
        team = played_team(text)
        if team is not None:
            return _Frame("Game", sentence, index, subject=f"Game vs. {team}")
    if found is None:
        up_for = _UP_FOR_VENUE.search(text)
        if up_for is not None:
            frame = _Frame("Dinner", sentence, index)
            frame.venue = up_for.group("what")
            return frame
        joint = _WE_VERB.search(text)
        if joint is not None and any(m.has_time and not m.past for m in mentions):
            return _Frame(_JOINT_PLANS[joint.group("verb").lower()], sentence, index)
    if found is not None:
        title, start, _ = found
        modifiers = _modifiers(text, start)
        plan = f"{modifiers} {title.lower()}".strip() if modifiers else title
        plan = plan[:1].upper() + plan[1:]
        dated_for = any(
            re.search(r"\bfor\s+(?:the\s+)?$", text[: m.start]) for m in mentions if m.has_day
        )
        about = bool(
            (_TASK_ABOUT_PLAN.search(text[:start]) and not dated_for)
            or re.match(r"\W*(?:call|book|schedule|email|text)\b", text[found[2] :], re.I)
            or re.search(r"\b(?:due|deadline)\b", text, re.I)
        )
        return _Frame(plan, sentence, index, task_about_plan=about)
    slot = _SLOT_OFFER.search(text)
    if slot is not None and any(
        m.has_day and m.has_time and not m.past and not _MINUTES_AWAY.match(m.phrase)
        for m in mentions
    ):
        # "I can come Friday the 2nd at 8am", "we can see her today at 11:40": a time
        # offered for the plan talked about before.
        physical = bool(re.search(r"come|pop|be\s+(?:there|round|over)", slot.group(0), re.I))
        earlier = _earlier_plan(document, index, physical)
        purpose = visit_purpose(text[slot.end() :])
        if purpose is None:
            return _Frame(earlier, sentence, index)
        if earlier in ("Appointment", "Visit"):
            return _Frame(earlier, sentence, index, subject=purpose)
        return _Frame(earlier, sentence, index, subject=f"{earlier} to {purpose.lower()}")
    verb = _PLAN_VERB.search(text)
    if verb is not None and not _FOLLOW_UP.search(text):
        # Only a precise day and clock time makes a verb-only plan an event.
        timed = [m for m in mentions if m.has_time and not m.past]
        # "table's booked at Lucca for 8": a loose clock; the day may be said just before.
        loose = _loose_clock(text) if not timed and not any(m.past for m in mentions) else None
        if timed or (loose is not None and booked_venue(text) is not None):
            venue = booked_venue(text)
            if venue is not None:
                hour = timed[0].value.hour if timed else loose[0].hour if loose else 0
                ambiguous = timed[0].ambiguous if timed else True
                if ambiguous and hour < 12:
                    hour += 12 if hour < 11 else 0
                meal = meal_for(hour)
                return _Frame(meal, sentence, index, subject=f"{meal} at {venue}")
            going = _GOING_TO.search(text)
            where = going.group("where") if going else None
            if where and where.lower() not in _MODIFIER_STOP and where.lower() not in _NOT_PLACES:
                title = f"{where[:1].upper()}{where[1:]} visit"
                return _Frame(title, sentence, index)
            visitor_noun = _VISITOR_NOUN.search(text)
            if visitor_noun is not None:
                return _Frame(f"{visitor_noun.group(0).capitalize()} visit", sentence, index)
            named = _SCHEDULED_SUBJECT.search(text) or _REMINDER_OF.search(text)
            if named is not None and not find_dates(named.group("what"), _EPOCH):
                label = named.group("what").strip()
                return _Frame(label[:1].upper() + label[1:], sentence, index)
            what = _FOR_WHAT.search(text)
            if (
                what is not None
                and not find_dates(what.group("what"), _EPOCH)
                and what.group("what").split()[0].lower() not in _PRONOUNS
            ):
                label = what.group("what")
                return _Frame(label[:1].upper() + label[1:], sentence, index)
            return _Frame("Meetup", sentence, index)
    if (
        index > 0
        and _PROPOSED_TIME.search(text)
        and any(m.has_day and m.has_time and not m.past for m in mentions)
        and any(
            _MEET_WISH.search(before.text) and not _PAST.search(before.text)
            for before in document.sentences[max(0, index - 2) : index]
        )
    ):
        # "I'd like to meet in person. Would Thursday at 3:30 work?"
        return _Frame("Meeting", sentence, index)
    if _FOLLOW_UP.search(text):
        plan = "Follow-up" if re.search(r"see\s+you", text, re.I) else "Meeting"
        if re.search(r"\bcatch\s+up\b", text, re.I):
            plan = "Catch-up"
        return _Frame(plan, sentence, index)
    return None


_SLOT_OFFER = re.compile(
    r"\b(?:(?:i|we)\s+(?:can|could)\s+(?:come|pop\s+(?:round|over|by)|do|see\s+(?:you|her|him|them)|"
    r"fit\s+(?:you|her|him|them)\s+in|be\s+(?:there|round|over))|"
    r"can\s+(?:we|you)\s+(?:move|do|make)\s+(?:it\s+)?(?:to\s+)?|"
    r"(?:i|we)\s+(?:have|'ve\s+got)\s+(?:a\s+slot|an?\s+opening|space|availability)|"
    r"(?:i'?ll|we'?ll)\s+(?:come\s+(?:by|round|over)|pop\s+(?:round|over|by)))",
    re.IGNORECASE,
)


# "I'll pop round in 10 min": on the way now, not a calendar plan.
_MINUTES_AWAY = re.compile(
    r"\s*in\s+(?:\w+|an?)\s*(?:min|mins|minutes?|hours?|hrs?|sec\w*)\b", re.I
)


# A time put forward for a meeting wished for just before.
_PROPOSED_TIME = re.compile(
    r"^\W*(?:how|what)\s+about\b|\b(?:would|does|do|can|could|will|is)\b[^.?!]*\b(?:work|suit|"
    r"good|ok|okay|free|available|possible)\b[^.!]*\?",
    re.IGNORECASE,
)
_MEET_WISH = re.compile(
    r"\b(?:i'?d|we'?d|i\s+would|we\s+would|i\s+want|we\s+want|let'?s|can\s+we|could\s+we|"
    r"should)\s+(?:like\s+to\s+|love\s+to\s+)?(?:meet|get\s+together|sit\s+down|catch\s+up|"
    r"talk\s+in\s+person|have\s+a\s+(?:chat|meeting))\b",
    re.IGNORECASE,
)


def _earlier_plan(document: Document, index: int, physical: bool = False) -> str:
    """What an offered time is for: the last plan named before it, a tradesperson the
    text names, the role of the other party, else an appointment (a visit when the
    offer is to come round, named by what the caller rang about)."""
    for sentence in reversed(document.sentences[max(0, index - 10) : index]):
        found = _plan_of(sentence.text)
        if found is not None and not (physical and found[0] == "Call"):
            return found[0]
    visitor = _VISITOR_NOUN.search(document.body)
    if visitor is not None:
        return f"{visitor.group(0).capitalize()} visit"
    for who in [*document.others(), *document.roles]:
        trade = _VISITOR_NOUN.search(who)  # "Gary (plumber)": the trade visits
        if trade is not None:
            return f"{trade.group(0).capitalize()} visit"
    for who in document.others():
        for word in re.findall(r"[a-z]+", who.lower()):
            if word in _ROLE_SESSIONS:
                return _ROLE_SESSIONS[word]
    if physical:
        for sentence in document.sentences[max(0, index - 10) : index]:
            topic = _ABOUT_TOPIC.search(sentence.text)
            if topic is not None:
                return f"Visit about the {topic.group('what').lower()}"
        return "Visit"
    return "Appointment"


# "calling about the leaking kitchen sink": what a tradesperson comes round for.
_ABOUT_TOPIC = re.compile(
    r"\b(?:calling|call|ringing|rang|called|message|messaging|enquiry|inquiry)\s+"
    r"(?:back\s+)?(?:\w+\s+){0,2}?about\s+(?:the|your|my|our)\s+"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s*(?:[.,;!?]|$|\s+(?:and|but|so|that|which)\b))"
)


# "the asado is on Saturday at mine", "Knit night is at Helen's Thursday at 7": a
# gathering named by whatever the host calls it.
_HOSTED = re.compile(
    r"(?:^|\b(?:the|our|my)\s+)(?P<what>[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+"
    r"(?:is|will\s+be|'s)\s+(?:on|at|this|next|tomorrow|tonight)\b"
)
_HOST_PLACE = re.compile(
    r"\bat\s+(?:mine|ours|my\s+(?:place|house|flat)|our\s+(?:place|house|flat)|"
    r"[A-Z][\w-]+['’]s(?:\s+(?:place|house|flat))?)(?!\w)"
)
# "Nana's 80th!": a birthday named by the age.
_ORDINAL_BIRTHDAY = re.compile(
    r"\b[A-Z][\w-]+['’]s\s+\d{1,3}(?:st|nd|rd|th)\b(?=\s*(?:[!.?,🎉]|$))|"
    r"\b(?:[A-Za-z][\w-]+['’]s|(?i:my|our|his|her|their))\s+"
    rf"(?:(?:[1-9]\d)(?:st|nd|rd|th)|(?i:{SPELLED_AGE}))\b"
    r"(?=\s+(?:is|will\s+be|party|bash|celebration|dinner|on|at|this|next)\b)"
)


# Going to office hours oneself ("I'll stop by office hours Thursday").
_ATTENDING = re.compile(
    r"\b(?:i'?ll|i\s+will|i'?m\s+going|i\s+am\s+going|we'?ll|let'?s|see\s+you|"
    r"meet\s+(?:me|you)|come\s+(?:to|by)|stop\s+by|swing\s+by|going\s+to|head(?:ing)?\s+to)\b",
    re.IGNORECASE,
)


# A plan the sentence does not hold: conditional ("If they accept, I'd book the
# inspection for Monday"), negated ("he won't be able to attend class Monday") or
# the topic of a task ("call Mom tonight about the trip").
_CONDITIONAL = re.compile(
    r"^\W*if\b[^,;]*,.*\b(?:i'?d|we'?d|would|might|could)\b"
    r"(?!\s+(?:(?:really\s+)?(?:like|love)\s+(?:you|for\s+you)|be\s+(?:happy|glad)\s+to\s+have\s+you)\b)",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:won'?t|will\s+not|can'?t|cannot|couldn'?t|unable\s+to|not\s+be\s+able\s+to|"
    r"not\s+(?:going|coming|attending))\b(?!\s+wait)"
    r"(?:(?!,\s*(?:it'?s|it\s+is|that'?s|i'?ve\s+got|i\s+have|because|cause|cuz|got))[^.;!?])*$",
    re.IGNORECASE,
)
_ABOUT_PLAN = re.compile(
    r"\b(?:about|regarding|re:?)\s+(?:the\s+|my\s+|our\s+|your\s+|this\s+|that\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun|to)day'?s?\s+|tomorrow'?s?\s+|tonight'?s?\s+)?$",
    re.IGNORECASE,
)


def _plan_stands(text: str, start: int) -> bool:
    before = text[:start]
    if _CONDITIONAL.search(text[: start + 1]) or _NEGATED.search(before):
        return False
    return not (_ABOUT_PLAN.search(before) and _TASK_ABOUT_PLAN.search(before))


# "are you still up for the ramen place on Saturday?": a meal out named by its venue.
_UP_FOR_VENUE = re.compile(
    r"\b(?:up|down|in|on)\s+for\s+(?:the|that|this)\s+(?P<what>[a-z][\w'-]*\s+"
    r"(?:place|spot|restaurant|joint|bistro|diner|cafe|café|bar|pub|grill|trattoria))\b",
    re.IGNORECASE,
)
# "can we rehearse the pitch on Tuesday at 5pm?": a joint plan said with a verb.
_WE_VERB = re.compile(
    r"\b(?:can|could|shall|should|let'?s)\s+(?:we\s+)?(?P<verb>rehearse|practi[cs]e|study|"
    r"train|jam|run\s+through|go\s+over)\b",
    re.IGNORECASE,
)
_JOINT_PLANS = {
    "rehearse": "Rehearsal", "practice": "Practice", "practise": "Practice",
    "study": "Study session", "train": "Training", "jam": "Jam session",
    "run through": "Run-through", "go over": "Review",
}  # fmt: skip
# "Great date tonight. We talked for hours": an evening told after it happened.
_NARRATED = re.compile(
    r"\b(?:i|we|she|he|they)\s+(?:\w+ed|went|had|was|were|did|met|saw|ate|came|spent|got|"
    r"took|sat|ran|drank|left|felt|laughed)\b",
    re.IGNORECASE,
)
# A bare hour answering "what time?": "8?", "around 7".
_BARE_HOUR = re.compile(
    r"^\W*(?:at\s+|around\s+|maybe\s+|how\s+about\s+)?(\d{1,2})\s*(?:\?|!|\.|,|$|"
    r"(?=\s+(?:at|@)\s+(?:the\s+)?[A-Z][\w'’-]+\W*$))"
)


# Evening plans: a clock time without am/pm is in the evening ("dinner at 8").
_STRICT_EVENING = frozenset({"Dinner", "Drinks", "Concert", "Gala", "night"})
# Plans that happen in the day: "surgery at 7", "breakfast at 7" are in the morning.
_DAY_HOURS: dict[str, tuple[int, int]] = {
    "Breakfast": (5, 11), "Brunch": (9, 15), "Coffee": (6, 18), "Standup": (7, 12),
    "Surgery": (5, 17), "Procedure": (5, 17), "Colonoscopy": (5, 17), "Biopsy": (6, 17),
    "Infusion": (6, 18), "test": (6, 18), "work": (6, 18), "draw": (6, 18), "Scan": (6, 18),
    "MRI": (6, 18), "X-ray": (6, 18), "Ultrasound": (6, 18), "Mammogram": (6, 18),
    "Appointment": (7, 18), "appointment": (7, 18), "Checkup": (7, 18), "Cleaning": (7, 18),
    "Physical": (7, 18), "Consultation": (7, 18), "Vaccination": (7, 18), "Screening": (7, 18),
    "Interview": (7, 18), "Exam": (7, 18), "Orientation": (7, 18), "Drop-off": (6, 10),
    "Lecture": (7, 18), "Inspection": (7, 18), "Hearing": (7, 18), "Shift": (5, 23),
    "Operation": (5, 17), "Arthroscopy": (5, 17), "Endoscopy": (5, 17), "Gastroscopy": (5, 17),
    "Neutering": (6, 17), "Spaying": (6, 17), "Adjustment": (7, 18), "Soundcheck": (9, 20),
    "Delivery": (7, 19), "Installation": (7, 19), "Repair": (7, 19), "Fitting": (7, 19),
    "Removal": (7, 19), "Collection": (7, 19), "Survey": (7, 19), "Measuring": (7, 19),
    "Replacement": (7, 19),
}  # fmt: skip


def _half_of_day(frame: _Frame, clock: time) -> time:
    """An hour said without am/pm ("at 7", "10:00") in the half of the day the plan
    fits: the date parser reads 1-7 as pm; dinner is in the evening, surgery and
    breakfast in the morning, a work party at 10:00 in the morning."""
    head = frame.plan.split()[-1]
    other = clock.replace(hour=(clock.hour + 12) % 24)
    hours = _DAY_HOURS.get(head) or _DAY_HOURS.get(head.capitalize())
    if hours is None and head.lower() == "visit" and _VISITOR_NOUN.search(frame.plan):
        hours = (7, 19)  # a plumber or an electrician calls in working hours
    if hours is not None:
        low, high = hours
        if not low <= clock.hour < high and low <= other.hour < high:
            return other
        return clock
    if clock.hour >= 12:
        return clock
    if head in _STRICT_EVENING or head.capitalize() in _STRICT_EVENING:
        return other
    evening = head.capitalize() in {p.split()[-1] for p in _EVENING}
    if evening and not (frame.clock_minutes and clock.hour >= 10):
        return other  # "party at 9" is 21:00; "party ... 10:00" stays in the morning
    return clock


_HOUR_NAMES = {
    w: i + 1
    for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())
}
_HOUR_WORD = "|".join(_HOUR_NAMES)
_NOT_A_COUNT = r"(?!\s*(?:people|persons|guests|of\s+us|ppl|pax|adults|kids|%|[.:/]\d))"
# Clock times the date parser leaves alone because they are only times in context:
# "booked Alfredo's for 7", "Sunday 11 at the café", "next Sunday, 9 to 12",
# "one o'clock", "from six to eight in the evening".
_LOOSE_CLOCK = re.compile(
    rf"\b(?:booked|reserved|table|reservation)\b[^.?!]{{0,30}}?\bfor\s+(?P<a>\d{{1,2}}){_NOT_A_COUNT}\b|"
    rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:from\s+)?(?P<b>\d{{1,2}})"
    rf"(?=\s+at\s|\s*(?:-|–|to|till|until)\s*\d{{1,2}}\b{_NOT_A_COUNT})|"
    rf"\bfrom\s+(?P<c>\d{{1,2}}|{_HOUR_WORD})\s*(?:-|–|to|till|until)\s*(?:\d{{1,2}}|{_HOUR_WORD})\b"
    rf"{_NOT_A_COUNT}(?:\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight))?|"
    rf"\b(?P<d>{_HOUR_WORD})\s+o'?clock\b|"
    rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+from\s+(?P<e>\d{{1,2}}){_NOT_A_COUNT}(?![\w:.])",
    re.IGNORECASE,
)


def _loose_clock(text: str) -> tuple[time, bool] | None:
    """(clock, ambiguous) of a clock time said loosely, or None."""
    match = _LOOSE_CLOCK.search(text)
    if match is None:
        return None
    raw = (
        match.group("a")
        or match.group("b")
        or match.group("c")
        or match.group("d")
        or match.group("e")
    )
    hour = _HOUR_NAMES.get(raw.lower()) or int(raw)
    if not 1 <= hour <= 12:
        return None
    part = (match.group("part") or "").lower()
    if part and "morning" not in part:
        return time(hour % 12 + 12, 0), False
    if part:
        return time(hour % 12, 0), False
    # Like the date parser: a bare 1-7 is read as pm, the plan's kind may say otherwise.
    return time(hour + 12 if hour <= 7 else hour, 0), True


def _finish(frame: _Frame, document: Document, reference: datetime) -> Event | None:
    if frame.declined or frame.past or frame.day is None:
        return None
    if frame.clock is None:
        # A plan on a named day without a clock time is an all-day event.
        all_day = bool(re.search(r"\ball[- ]day\b", frame.sentence.text, re.I))
        multi_day = frame.plan.split()[-1].capitalize() in _MULTI_DAY and not (
            frame.task_about_plan and not frame.explicit_day
        )  # "can you book the cabin?" ... "I'll book it this weekend": the booking's day
        strong = (
            frame.specific_day
            and frame.day_in_plan_sentence
            and not frame.task_about_plan
            and frame.plan.split()[-1].lower() in _ALL_DAY_PLANS
        )
        if not (strong or multi_day or all_day or frame.ranged):
            return None
        clock = time(0, 0)
    else:
        clock = _half_of_day(frame, frame.clock) if frame.ambiguous else frame.clock
    start = datetime.combine(frame.day, clock).replace(tzinfo=UTC)
    if start < reference - timedelta(hours=1):
        return None
    if frame.venue is not None and frame.clock is not None:
        frame.subject = f"{meal_for(clock.hour)} at the {frame.venue}"
    if frame.subject is None and frame.plan in GENERIC_PLANS:
        _rescue_generic(frame, document, start.date(), reference)
    return Event(
        title=_title(frame, document)[:120],
        description=frame.sentence.text.strip()[:500],
        start=start,
        duration_minutes=frame.duration,
    )


def _rescue_generic(frame: _Frame, document: Document, day: date, reference: datetime) -> None:
    """Name a "Meetup"/"Meeting"/"Appointment" by the occasion said around it: the
    visit's purpose, the mail's subject ("April book club"), the sentence before
    ("You coming to Dave's fortieth on Saturday?")."""
    purpose = visit_purpose(frame.sentence.text)
    if purpose is not None:
        frame.subject = purpose
        return
    texts = [document.subject or ""] if document.kind == "email" else []
    lo = max(0, frame.index - 2)
    texts += [s.text for s in reversed(document.sentences[lo : frame.index])]
    for text in texts:
        if not text or _PAST.search(text) or _CANCELLED.search(text):
            continue
        if any(
            m.has_day and m.value.date() != day and not _VAGUE_DAY.search(m.phrase)
            for m in _find_dates(text, reference)
        ):
            continue  # another day's plan
        aged = _ORDINAL_BIRTHDAY.search(text)
        if aged is not None:
            frame.subject = f"{numeric_age(aged.group(0))} birthday"
            return
        found = _plan_of(text)
        if found is None or found[0] in GENERIC_PLANS or found[0] in ("Follow-up", "Call"):
            continue
        modifiers = _modifiers(text, found[1])
        plan = f"{modifiers} {found[0].lower()}".strip() if modifiers else found[0]
        frame.plan = plan[:1].upper() + plan[1:]
        return


_OTHER_QUESTION = re.compile(
    r"\b(?:anything\s+else|something\s+else|any\s+other\s+(?:questions?|way)|"
    r"any\s+questions|help\s+with\s+today)\b",
    re.IGNORECASE,
)


def _answers_other_question(sentences: list[Sentence], index: int, frame: _Frame) -> bool:
    """ "No thanks" to "anything else I can help with?" does not decline the plan."""
    if index - frame.last > 3:
        return True
    previous = sentences[index - 1] if index > 0 else None
    return previous is not None and bool(_OTHER_QUESTION.search(previous.text))


_BARE_WEEKDAY = re.compile(
    r"(?:on\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    re.IGNORECASE,
)
_CLOCK_WORDS = re.compile(
    r"\b(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|\b(?:at\s+)?(?:noon|midnight)\b",
    re.IGNORECASE,
)


def _anchored(mentions: list[DateMention], frame: _Frame) -> list[DateMention]:
    """A bare weekday said after an explicit date means that date's week: "weekend of
    Oct 10 ... check-in is 4pm Friday" is Friday Oct 10, not the coming Friday."""
    if frame.day is None or not frame.explicit_day:
        return mentions
    result: list[DateMention] = []
    for mention in mentions:
        day_words = _CLOCK_WORDS.sub("", mention.phrase).strip(" ,")
        named = _BARE_WEEKDAY.fullmatch(day_words)
        if mention.has_day and named is not None:
            target = _WEEKDAY_INDEX[named.group("day").lower()]
            delta = (target - frame.day.weekday() + 7) % 7
            if delta > 3:
                delta -= 7
            day = frame.day + timedelta(days=delta)
            if day != mention.value.date():
                mention = replace(mention, value=datetime.combine(day, mention.value.timetz()))
        result.append(mention)
    return result


_WEEKDAY_INDEX = {
    name: i
    for i, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}


def _same_plan(a: str, b: str) -> bool:
    last = a.split()[-1].lower()
    if last == "day":  # "photo day", "sports day": the head noun says little
        return a.lower().endswith(b.lower()) or b.lower().endswith(a.lower())
    return last == b.split()[-1].lower()


def _refines(opened: _Frame, frame: _Frame, text: str, index: int) -> bool:
    """Whether a sentence that names a plan only adds to the open one."""
    gap = index - frame.index
    if opened.plan in ("Follow-up", "Meeting", "Meetup", "Catch-up") and _plan_of(text) is None:
        return gap <= _FRAME_WINDOW
    if gap > _FRAME_WINDOW + 2:
        return False
    if _same_plan(opened.plan, frame.plan) and gap <= _FRAME_WINDOW:
        return True  # the hike, then "see you at the trailhead": one hike
    if opened.plan in _PLAN_PARTS and frame.day is not None and frame.clock is None:
        return True  # "bake sale next Thursday" ... "drop-off 8:15": the sale's time
    if (
        frame.plan.split()[-1].capitalize() in _MULTI_DAY
        and frame.explicit_day
        and frame.clock is None
        and gap <= _FRAME_WINDOW
        and not any(
            m.has_time or re.search(rf"\d|{_MONTH_WORD}", m.phrase, re.I)
            for m in find_dates(text, _EPOCH)
        )
    ):
        return True  # "cabin booked for Oct 10" ... "groceries for Friday dinner": the trip
    # "the load test is Sunday 19:30 ... can you be on the bridge call?": an undated
    # plan in the same turn as a complete one is part of it.
    return (
        frame.day is not None
        and frame.clock is not None
        and opened.sentence.turn == frame.sentence.turn
        and opened.sentence.speaker == frame.sentence.speaker
        and not find_dates(text, _EPOCH)
        and gap <= 2
    )


# "Friday 7:30 dinner party" in a note, read as the speaker "Friday 7" saying "30 dinner".
_CLOCK_AS_SPEAKER = re.compile(r"(?:^|\s)\d{1,2}$")
# "Speaker 0: 11 at Maple?": a diarised speaker label, not a clock cut at its colon.
_SPEAKER_LABEL = re.compile(r"(?i)^(?:speaker|spk|person|participant|voice|guest)[\s_-]*\d+$")


def _unsplit_clock(sentence: Sentence, document: Document) -> Sentence:
    speaker = sentence.speaker
    if (
        speaker
        and _CLOCK_AS_SPEAKER.search(speaker)
        and not _SPEAKER_LABEL.match(speaker)
        and re.match(r"\d\d\b", sentence.text)
    ):
        from_user = True if document.kind in ("note", "text", "post") else None
        return replace(
            sentence, text=f"{speaker}:{sentence.text}", speaker=None, from_user=from_user
        )
    return sentence


# A question about something else tacked onto the plan ("Jo's party is Sunday at 2, did
# you get the invite?"): its past tense is not the plan's.
_SIDE_QUESTION = re.compile(
    r"[,;]\s*(?:and\s+|so\s+|oh\s+)?(?:did|have|has|had)\s+(?:you|u|they|he|she|we|y'all)\b[^,.;!?]*\?",
    re.IGNORECASE,
)


def _without_side_question(text: str) -> str:
    """``text`` without a trailing question that does not name the plan."""
    stripped = _SIDE_QUESTION.sub("", text)
    if stripped != text and _plan_of(stripped) is not None:
        return stripped
    return text


# A sentence that moves to another topic: the open plan takes no more from it.
_TOPIC_SHIFT = re.compile(
    r"\W*(?:lastly|secondly|thirdly|another\s+thing|one\s+more\s+thing|on\s+another\s+note|"
    r"unrelated(?:ly)?|changing\s+the\s+subject)\s*[,:;—-]",
    re.IGNORECASE,
)


def extract_events(document: Document, reference: datetime) -> list[Event]:
    if not_the_users(document):
        return []  # a declined invitation, a promotion, a broadcast to its listeners
    document = with_forwarded(document)
    events: list[Event] = []
    frame: _Frame | None = None
    sentences = [_unsplit_clock(s, document) for s in document.sentences]

    def close() -> None:
        nonlocal frame
        if frame is not None:
            event = _finish(frame, document, reference)
            if event is not None and not any(
                e.start == event.start and e.title.lower() == event.title.lower() for e in events
            ):
                events.append(event)
        frame = None

    last_day: tuple[int, date] | None = None

    def _note_day(index: int, mentions: list[DateMention], text: str) -> None:
        nonlocal last_day
        days = [m for m in mentions if m.has_day and _usable(m, text)]
        if days and not _VAGUE_DAY.search(days[0].phrase):
            last_day = (index, days[0].value.date())

    for index, sentence in enumerate(sentences):
        text = sentence.text
        mentions = _find_dates(text, reference)
        opened = _open_frame(sentence, index, document, mentions)
        refining = False
        if (
            opened is not None
            and frame is not None
            and opened.visitor
            and frame.day is None
            and not frame.past
            and index - frame.last <= 2
        ):
            # "The annual gas safety check is due. The engineer can come on the 4th":
            # the visit is the plan just named.
            opened, refining = None, True
        if opened is not None and frame is not None and _refines(opened, frame, text, index):
            opened, refining = None, True  # "see you at the trailhead" refines the open plan
        elif (
            opened is not None
            and frame is not None
            and opened.plan == "Trip"
            and frame.day is None
            and not frame.past
            and index - frame.index <= 2
        ):
            # "FAMILY REUNION IS HAPPENING!! July 17-19 at the lake": the reunion's days.
            opened, refining = None, True
        if opened is not None:
            if (
                frame is not None
                and sentence.from_user is not False
                and sentence.turn != frame.sentence.turn
                and _DECLINE.search(text)
                and index - frame.last <= 2
            ):
                frame.declined = True  # "can't make it sat, it's my cousin's wedding"
            close()
            frame = opened
            frame.last = index
            frame.past = bool(
                _PAST.search(_without_side_question(text))
                and not _FUTURE.search(text)
                and not frame.future
            )
            if frame.past:
                spans = [(m.start, m.end) for m in mentions if m.past]
                frame.soft_past = all(
                    any(a <= p.start() < b for a, b in spans) for p in _PAST.finditer(text)
                )
            _apply(frame, mentions, text, reference)
            if frame.clock is None and not any(m.has_time for m in mentions):
                loose = _loose_clock(text)
                if loose is not None:
                    frame.clock, frame.ambiguous = loose
            holiday = holiday_in(text, reference.date())
            if holiday is not None and (frame.day is None or not frame.specific_day):
                # "Christmas Eve dinner at 6pm", "hosting Thanksgiving this year".
                frame.day, frame.specific_day = holiday[1], True
                frame.day_in_plan_sentence = frame.explicit_day = True
            if frame.day is None and frame.clock is not None and last_day is not None:
                # "Bake sale is next Thursday! ... Drop-off 8:15-8:45": the day said just before.
                if index - last_day[0] <= 2:
                    frame.day = last_day[1]
                    frame.specific_day = True
            _note_day(index, mentions, text)
            continue
        _note_day(index, mentions, text)
        if frame is None:
            continue
        if _TOPIC_SHIFT.match(text) and sentence.turn != frame.sentence.turn:
            close()  # "Lastly, your promotion went through from July 1st": another topic
            continue
        if index - frame.index > _FRAME_WINDOW and not refining:
            close()
            continue
        if (
            sentence.from_user is not False
            and _DECLINE.search(text)
            and sentence.turn != frame.sentence.turn
            and not _answers_other_question(sentences, index, frame)
        ):
            frame.declined = True
            continue
        if index - frame.last <= 2 and _CANCELLED_SINCE.search(text):
            frame.declined = True  # "your work party's on Thursday?" "No, that got cancelled."
            continue
        if (
            index == frame.index + 1
            and sentence.speaker == frame.sentence.speaker
            and frame.day == reference.date()
            and _NARRATED.search(text)
            and not _FUTURE.search(text)
        ):
            frame.past = True  # "great date tonight. We talked for hours": already over
        if frame.day is not None and frame.clock is None and not any(m.has_time for m in mentions):
            loose = _loose_clock(text)
            if loose is not None and (not mentions or any(m.has_day for m in mentions)):
                if mentions:
                    _apply(frame, mentions, text, reference)
                frame.clock, frame.ambiguous = loose
                frame.last = index
                continue
        if not mentions and frame.day is not None and frame.clock is None:
            bare = _BARE_HOUR.match(text)
            if bare is not None and 1 <= int(bare.group(1)) <= 12:
                frame.clock, frame.ambiguous = time(int(bare.group(1)), 0), True
                frame.last = index
                continue
        if (
            frame.past
            and frame.soft_past
            and frame.day is None
            and any(m.has_day and m.has_time and not m.past for m in mentions)
        ):
            frame.past = False
        if mentions:
            anchored = _anchored(mentions, frame)
            explicit = frame.explicit_day and anchored != mentions
            _apply(frame, anchored, text, reference)
            frame.explicit_day = frame.explicit_day or explicit
            frame.last = index
    close()
    legs = itinerary_events(document, reference)
    if legs:
        # A listed leg is the journey; a plan read from the same line repeats it.
        said = {e.description for e in legs}
        events = legs + [e for e in events if e.description not in said]
    events = [e for e in events if not class_outing(e.description)]
    for extra in followup_events(document, reference):
        # A session booked at the end of a visit, unless read already.
        if not any(abs(e.start - extra.start) <= timedelta(hours=1) for e in events):
            events.append(extra)
    # An all-day event on the day of a timed one is the same plan said twice.
    timed = {e.start.date() for e in events if e.start.time() != time(0, 0)}
    return [e for e in events if e.start.time() != time(0, 0) or e.start.date() not in timed]
