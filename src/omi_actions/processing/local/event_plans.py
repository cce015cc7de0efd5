"""Plan nouns and finding them: which words name a plan, which contexts do not,
and the words before a plan noun that qualify it ("team offsite")."""

from __future__ import annotations

import re

from omi_actions.processing.local.event_holidays import HOLIDAY_RE
from omi_actions.processing.local.grammar import TASK_VERBS

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
    # A new job's or school's first day ("Your first day is Monday 7 July").
    "first day": "First day",
    # A course said in the plural ("Classes meet Mondays, starting September 8").
    "classes": "Class",
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
     "Date night", "Date", "Housewarming", "Gala", "Birthday", "Hangout", "New Year's Eve"}
)  # fmt: skip
# Nouns that are not plans in these contexts ("on call", "conference room").
_NOT_PLAN_CONTEXT = re.compile(
    r"\b(?:on\s+call|conference\s+room|meeting\s+room|date\s*:|due\s+date|start\s+date|"
    r"field\s+trip\s+permission|review\s+(?:it|them|this|that|the)|call\s+(?:us|me|him|her|them|"
    r"this|the|back|mom|dad)|game\s+plan|shift\s+(?:key|focus)|show\s+(?:me|you|us|him|her|them)|"
    r"run\s+(?:them|it|this|that|out|late|into|past|by)|"
    r"physical\s+therapy|ready\s+for\s+pick\s*-?up|round\s+trip|(?:class|field|school)\s+trip|"
    r"(?:picture|photo|sports|field|spirit|career|pajama)\s+day\s+(?:forms?|slips?|fees?|orders?)|"
    r"(?:i'?ll|i\s+will|we'?ll|will|to|let\s+me|gonna|please|i\s+can|i\s+could|\w+'ll)\s+(?:also\s+)?call\b|"
    r"(?:will|'ll|'ve|have|has|had|to|can|could|should|would|we|they|i|you|who)\s+"
    r"(?:also\s+|only\s+|just\s+|usually\s+|always\s+|never\s+|mostly\s+)?run\b|"
    r"(?:call|email|text|contact|ask|pay|phone)\s+(?:the\s+|my\s+|your\s+)?(?:vet|doctor|dentist)|play\s+(?:it|with)|visit\s+(?:our|the\s+website)|"
    r"circle\s+(?:back|around|up)|dry\s+cleaning|(?:leave|write|post|give)\s+(?:us\s+|me\s+|them\s+)?(?:a\s+)?(?:\w+\s+)?review|"
    r"(?:free|fast|same-day|next-day|express|standard|home)\s+delivery|delivery\s+(?:fee|charge|address|options?|"
    r"instructions|driver|window\s+closes)|(?:install|setup|set-up|repair|replacement)\s+(?:guide|instructions|"
    r"costs?|fee|parts?|kit)|(?:self|easy|quick)[\s-](?:install|setup)|"
    r"(?:ring|call|phone|contact|email)\s+(?:the\s+)?surgery|surgery\s+(?:unit|reception|number|opens|closes)|"
    r"signing\s+(?:up|off|in|out)|"
    # "we moved it, because of Nora's flight": the cause of a change, not the plan.
    r"\b(?:because\s+of|due\s+to|thanks\s+to)\s+(?:[\w'’]+\s+){0,2}[\w-]+|"
    # "you're on drinks", "bring the drinks": a job at the party, not drinks out.
    r"\bon\s+drinks\b|\b(?:bring|buy|get|pick\s+up|grab)\s+(?:the|some)\s+drinks\b|"
    # "Classes resume Tuesday", "entries for the classes close": only classes that meet
    # or start are the course itself.
    r"classes\b(?!\s+(?:meet|start|begin|will\s+(?:meet|start|begin)|are\s+(?:on|held)))|"
    # "the doc is way out of date", "keep it up to date": not a date with anyone.
    r"(?:out\s+of|up\s+to|up-to)[\s-]date|"
    # "review my PR", "could someone call Greg?": the noun is a verb on an object.
    r"review\s+(?:my|your|his|her|our|their|these|those)\b|"
    r"(?:someone|somebody|anyone|anybody|could|would|should|must|might|can|pls|plz|"
    r"need\s+to|have\s+to|has\s+to|gotta)\s+(?:also\s+)?call\b|"
    # "I'll do a Costco run", "a grocery run": an errand, not a run.
    r"\b(?:grocery|groceries|shopping|supply|supplies|store|beer|booze|food|snack|coffee|"
    r"dump|bank|pharmacy|school|airport|milk|costco|target|walmart|ikea|tesco|aldi|lidl)\s+run)",
    re.IGNORECASE,
)
_VISITOR_NOUN = re.compile(
    r"\b(?:plumber|electrician|technician|contractor|repairman|mechanic|inspector|movers|"
    r"handyman|exterminator|installer|adjuster|appraiser|surveyor|locksmith|painter)\b",
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
    finals gig opener reunion service shift show quiz""".split()
)
# Words before the plan noun that make the sentence a task about the plan
# ("call the dentist Monday", "book the venue for the party").
_TASK_ABOUT_PLAN = re.compile(
    r"\b(?:call|book|schedule|reschedule|cancel|email|text|phone|ring|confirm|plan|organi[sz]e|"
    r"arrange|prepare|prep|review|finish|submit|send|buy|order|pay)\b[^.?!]*$",
    re.IGNORECASE,
)
_MODIFIER_STOP = frozenset(
    """a an the my your our his her their this that next last first our new same quick
    for to at in on of and or with is are was be it its any some every each just forget
    don't dont remember reminder about also still then so maybe probably really actually too
    even already hey hi hello ok okay yes yeah yep sure oh um uh well up out off as ones one
    where when what who location venue time date little big small will would can could
    should shall may might must i we you they he she only doing having going grabbing""".split()
)


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
        reference_point = re.search(
            r"\b(?P<w>before|after|since)\s+(?:the\s+|that\s+|my\s+|our\s+|last\s+)?$", before
        )
        if reference_point is not None and (
            reference_point.group("w") == "since" or not _DATED_AFTER.match(lowered, end)
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
# "before the trip on Thursday the 27th", "after the party on Friday": the plan's own
# day follows it, so the plan is ahead rather than a past reference point.
_DATED_AFTER = re.compile(
    r"\s+(?:on\s+|this\s+|next\s+)(?:mon|tue|wed|thu|fri|sat|sun|the\s+\d|\d|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
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
        r"car|vehicle|boiler|annual|van|bike|furnace|interim|full|major|minor)\s+$|"
        # "the 10:30 service", "the 9am service": a service named by its hour.
        r"\bthe\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+$"
    ),
    "first day": re.compile(r"\b(?:your|my|her|his|their|our)\s+$"),
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
