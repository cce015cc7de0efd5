"""Personal details mentioned in passing: health, medication, vehicles, a business of
one's own, children, from the user's own words or from a speaker addressing the user.

"can't this weekend, still recovering from my shoulder surgery" -> "User had shoulder
surgery"; "Can I take paracetamol with my thyroxine?" -> "User takes thyroxine";
"the Jeep fits 4" is too weak, "my Subaru" is not; "the bank loan for my bakery" ->
"User runs a bakery"; "Ben: Dad, look!" -> "User has a child named Ben".

Every pattern needs a first-person possessive ("my", "our") in the user's own text, or
"your" said to the user by the only other speaker of a conversation.
"""

from __future__ import annotations

import re

from omi_actions.processing.local import fact_own_profile
from omi_actions.processing.local.text import Document

# Long-lasting conditions a person "has" ("my asthma", "I have migraines").
_CONDITION = (
    r"asthma|diabetes|type\s+[12]\s+diabetes|arthritis|eczema|psoriasis|migraines|epilepsy|"
    r"ADHD|IBS|celiac\s+disease|coeliac\s+disease|sleep\s+apnea|sleep\s+apnoea|"
    r"high\s+blood\s+pressure|hypertension|high\s+cholesterol|tinnitus|hay\s+fever|"
    r"anxiety|depression|insomnia|scoliosis|gout|endometriosis|fibromyalgia|dyslexia"
)
_HAS_CONDITION = re.compile(
    rf"\b(?:my|I\s+have|I(?:'ve|’ve)\s+(?:got|had)|I\s+suffer\s+from|I\s+live\s+with|"
    rf"I(?:'ve|’ve|\s+have)?\s+(?:was\s+|been\s+|just\s+)?(?:got\s+)?diagnosed\s+with|"
    rf"because\s+of\s+my)\s+(?:chronic\s+|mild\s+|severe\s+|bad\s+)?"
    rf"(?P<cond>{_CONDITION})\b(?!\s*(?:'s|’s)(?!\s+(?:been|getting|gotten|worse|bad|awful|flaring|"
    r"acting|playing|back|terrible|horrible)\b))",
    re.IGNORECASE,
)
# "I'm lactose intolerant", "(lactose intolerant)", "celiac me".
_IS_STATE = re.compile(
    r"(?:\bI(?:'m|’m|\s+am)\s+(?:also\s+|severely\s+|mildly\s+|very\s+|still\s+)?|\(\s*|"
    r"(?:^|[,.!?]\s*)(?:no,?\s+|nope,?\s+|yeah,?\s+|sorry,?\s+)?still\s+)"
    r"(?P<state>lactose[\s-]intolerant|gluten[\s-]intolerant|asthmatic|epileptic|"
    r"short-?sighted|long-?sighted|colou?r-?blind|left-handed|deaf\s+in\s+one\s+ear)\b",
    re.IGNORECASE,
)
_BODY = r"knee|ankle|shoulder|back|hip|wrist|elbow|neck|hamstring|achilles|foot|calf|groin"
# "my shoulder surgery", "my knee injury", "my hip replacement".
_BODY_EVENT = re.compile(
    rf"\bmy\s+(?:bad\s+|dodgy\s+|(?:left|right)\s+)?(?P<part>{_BODY})\s+"
    r"(?P<what>surgery|operation|injury|replacement|op)\b",
    re.IGNORECASE,
)
# "I hurt my knee", "I tore my hamstring", "because of my knee", "my back is killing me".
_BODY_HURT = re.compile(
    rf"\bI\s+(?:hurt|injured|tore|twisted|sprained|broke|pulled|did|wrecked|busted)\s+my\s+"
    rf"(?:(?:left|right)\s+)?(?P<part>{_BODY})\b"
    rf"|\b(?:because\s+of|with|(?:recovering|rehab)\s+from)\s+my\s+(?:bad\s+|dodgy\s+)?"
    rf"(?P<part2>{_BODY})\b(?!\s*(?:'s|’s|[-–]|surgery|operation|op\b|replacement|injury))"
    rf"|\bmy\s+(?P<part3>{_BODY})\s+(?:is|has\s+been|'s|’s)\s+(?:still\s+|really\s+)?"
    r"(?:bad|sore|killing\s+me|playing\s+up|acting\s+up|bothering\s+me|injured|swollen)\b",
    re.IGNORECASE,
)
# Generic drug names by their stems, plus a few that have none.
_DRUG_NAME = (
    r"(?:[a-z]+(?:pril|sartan|olol|statin|formin|prazole|oxetine|xetine|traline|azepam|zolam|"
    r"profen|lukast|tidine|gliptin|gliflozin|dipine|semide|triptan|"
    r"thyroxine|thyronine|parin|glutide|phenidate|amfetamine|amphetamine)|insulin|warfarin|"
    r"lithium|prednisone|prednisolone|metformin|levothyroxine|thyroxine|apixaban|rivaroxaban)"
)
_MY_DRUG = re.compile(
    rf"\b(?:my|our)\s+(?:daily\s+|usual\s+|new\s+|regular\s+)?(?P<drug>{_DRUG_NAME})\b"
    r"(?!\s*(?:'s|’s))",
    re.IGNORECASE,
)
_YOUR_DRUG = re.compile(
    rf"\byour\s+(?:repeat\s+)?(?:(?:prescription|refill|supply|dose)\s+(?:for|of)\s+"
    rf"(?:the\s+|your\s+)?)?(?P<drug>{_DRUG_NAME})\b",
    re.IGNORECASE,
)
_DEVICE = re.compile(
    r"\b(?:my\s+|I\s+(?:(?:mostly|usually|normally)\s+wear|use|carry|wear)"
    r"\s+(?:an?\s+)?)(?P<dev>inhaler|EpiPen|hearing\s+aids?|"
    r"CPAP(?:\s+machine)?|insulin\s+pump|glucose\s+monitor|contact\s+lenses|contacts|"
    r"glasses|retainer)\b",
    re.IGNORECASE,
)
_MAKES = (
    r"Toyota|Honda|Ford|Chevrolet|Chevy|Nissan|Hyundai|Kia|Subaru|Mazda|Volkswagen|VW|BMW|"
    r"Mercedes|Audi|Lexus|Tesla|Jeep|Volvo|Porsche|Fiat|Acura|Skoda|Renault|Peugeot|Citroen|"
    r"Vauxhall|Opel|Mitsubishi|Suzuki|Dacia|Seat|Cupra|Mini|Rivian|Polestar"
)
# A few very common models named on their own ("your Civic's brake pads").
_MODELS = (
    r"Civic|Accord|Corolla|Camry|Prius|RAV4|CR-V|Outback|Forester|Impreza|Golf|Polo|Passat|"
    r"Fiesta|Focus|Mustang|F-150|Wrangler|Model\s+[3SXY]|Leaf|Yaris|Clio|Octavia|Qashqai|"
    r"Juke|Micra|Astra|Corsa|Mazda3|CX-5|Tucson|Elantra|Sportage|Sorento"
)
_VEHICLE = re.compile(
    rf"\b(?P<who>my|our|your)\s+(?:old\s+|new\s+|trusty\s+|little\s+)?"
    rf"(?P<car>(?:{_MAKES})(?:\s+(?!(?i:is|was|has|had|and|or|in|at|to|for|on|with)\b)"
    rf"[A-Z0-9][\w-]*)?|(?:{_MODELS}))(?![\w-])",
)
_VAN = re.compile(
    r"\b(?P<who>my|our|your)\s+(?P<car>van|pickup(?:\s+truck)?|motorbike|motorcycle)\b", re.I
)
# "my bakery", "our café": a business of one's own (not "my favourite café").
_BUSINESS = re.compile(
    r"\b(?:my|our)\s+(?:own\s+|little\s+|new\s+)?(?P<biz>bakery|caf[eé]|coffee\s+shop|"
    r"restaurant|bistro|deli|salon|barbershop|bookshop|bookstore|boutique|florist|food\s+truck|"
    r"bike\s+shop|flower\s+shop|gift\s+shop|tea\s+room|catering\s+business|small\s+business|"
    r"shop|store)\b(?!\s*(?:'s|’s)?\s*(?:card|loyalty|app|website\s+says))",
    re.IGNORECASE,
)
_SHOP_CONTEXT = re.compile(
    r"\b(?:customers?|staff|opening|open(?:s|ed)?|till|stock|rent|lease|loan|accounts|"
    r"bookkeeper|accountant|VAT|profits?|supplier|orders|employees|hire|hiring|launch)\b",
    re.IGNORECASE,
)
_STUDENTS = re.compile(r"\bmy\s+(?:year\s+\d+\s+|\w+\s+grade\s+)?(?:students|pupils)\b", re.I)
_PATIENTS = re.compile(r"\bmy\s+patients\b", re.I)
# A speaker who calls the user "Dad"/"Mum": the speaker is the user's child.
_VOCATIVE_PARENT = re.compile(
    r"(?:^|[.!?]\s+)(?:hi|hey|hiya|morning|night|thanks|love\s+you|bye)?,?\s*"
    r"(?P<p>dad|daddy|mum|mummy|mom|mommy|mama|papa)\s*[,!?]"
    r"|,\s*(?P<p2>dad|daddy|mum|mummy|mom|mommy|mama|papa)\s*[.!?]*\s*$"
    r"|^(?:hi|hey|hiya|morning|night|thanks|love\s+you|bye),?\s+(?:dad|daddy|mum|mummy|mom|"
    r"mommy|mama|papa)\b",
    re.IGNORECASE,
)
_NOT_CHILD_SPEAKER = re.compile(
    r"^(?:speaker|mom|mum|dad|mother|father|grandma|grandpa|granny|nan|aunt|auntie|uncle|"
    r"wife|husband|partner|dr|doctor|nurse|mr|mrs|ms|miss|coach|teacher|receptionist)\b",
    re.IGNORECASE,
)
_ABOUT_THEIR_OWN = re.compile(r"\b(?:my|our)\b", re.IGNORECASE)


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _canon(words: str) -> str:
    return re.sub(r"\s+", " ", words.strip())


def _condition(name: str) -> str:
    name = _canon(name)
    lowered = name.lower()
    if lowered in ("adhd", "ibs"):
        return name.upper()
    return lowered.replace("coeliac", "celiac").replace("apnoea", "apnea")


def health_facts(text: str) -> list[str]:
    """Conditions, injuries, medication and aids in the user's own ``text``."""
    facts: list[str] = []
    for match in _HAS_CONDITION.finditer(text):
        facts.append(f"User has {_condition(match.group('cond'))}")
    for match in _IS_STATE.finditer(text):
        state = re.sub(r"[\s-]+intolerant", " intolerant", _canon(match.group("state")).lower())
        facts.append(f"User is {state}")
    for match in _BODY_EVENT.finditer(text):
        part, what = match.group("part").lower(), match.group("what").lower()
        if what in ("surgery", "operation", "op", "replacement"):
            noun = "surgery" if what != "replacement" else "replacement"
            facts.append(f"User had {part} {noun}")
        else:
            facts.append(f"User has {_a(part)} {part} injury")
    for match in _BODY_HURT.finditer(text):
        part = (match.group("part") or match.group("part2") or match.group("part3")).lower()
        facts.append(f"User has {_a(part)} {part} injury")
    for match in _MY_DRUG.finditer(text):
        facts.append(f"User takes {match.group('drug').lower()}")
    for match in _DEVICE.finditer(text):
        device = _canon(match.group("dev"))
        if device.lower() in ("contacts", "contact lenses"):
            facts.append("User wears contact lenses")
        elif device.lower() in ("glasses", "hearing aid", "hearing aids", "retainer"):
            facts.append(f"User wears {'a ' if device.lower() == 'retainer' else ''}{device}")
        else:
            article = "an" if device[:1].lower() in "aeiou" else "a"
            facts.append(f"User uses {article} {device}")
    facts.extend(fact_own_profile.own_text_facts(text))
    return facts


def _vehicle_fact(car: str) -> str:
    car = _canon(car)
    if car.lower() in ("van", "pickup", "pickup truck", "motorbike", "motorcycle"):
        return f"User owns a {car.lower()}"
    return f"User drives a {car}"


def belongings_facts(text: str) -> list[str]:
    """A car or a business of the user's own, and work implied by "my students"."""
    facts: list[str] = []
    for match in _VEHICLE.finditer(text):
        if match.group("who").lower() != "your":
            facts.append(_vehicle_fact(match.group("car")))
    for match in _VAN.finditer(text):
        if match.group("who").lower() != "your":
            facts.append(_vehicle_fact(match.group("car")))
    for match in _BUSINESS.finditer(text):
        biz = _canon(match.group("biz")).lower().replace("cafe", "café")
        if biz in ("shop", "store", "small business") and not _SHOP_CONTEXT.search(text):
            continue
        article = "an" if biz[:1] in "aeiou" else "a"
        facts.append(f"User runs {article} {biz}")
    if _STUDENTS.search(text):
        facts.append("User is a teacher")
    return facts


def _two_party(document: Document) -> bool:
    """A conversation between the user and one other named speaker (or a mail, a voicemail)."""
    if document.kind in ("email", "voicemail"):
        return True
    if document.kind not in ("transcript", "chat"):
        return False
    others = {s.speaker for s in document.sentences if s.from_user is False and s.speaker}
    mine = any(s.from_user is True for s in document.sentences)
    return mine and len(others) == 1


def addressed_facts(document: Document) -> list[str]:
    """What another speaker says to the user about the user: "your insulin", "your Civic",
    and children calling the user "Dad"."""
    facts: list[str] = []
    if _two_party(document):
        for sentence in document.sentences:
            if sentence.from_user is not False:
                continue
            facts.extend(your_kin_named(sentence.text))
            for match in _YOUR_DRUG.finditer(sentence.text):
                facts.append(f"User takes {match.group('drug').lower()}")
            for match in _VEHICLE.finditer(sentence.text):
                if match.group("who").lower() == "your":
                    facts.append(_vehicle_fact(match.group("car")))
            for match in _VAN.finditer(sentence.text):
                if match.group("who").lower() == "your":
                    facts.append(_vehicle_fact(match.group("car")))
    if document.kind in ("transcript", "chat"):
        children: list[str] = []
        for sentence in document.sentences:
            speaker = sentence.speaker or ""
            if sentence.from_user is not False or not re.fullmatch(r"[A-Z][a-z]{2,}", speaker):
                continue
            if _NOT_CHILD_SPEAKER.match(speaker) or speaker in children:
                continue
            if _VOCATIVE_PARENT.search(sentence.text):
                children.append(speaker)
        if len(children) <= 3:
            facts.extend(f"User has a child named {name}" for name in children)
    return facts


_PROVIDER_FACT = re.compile(
    r"^User's (?:previous\s+|new\s+|regular\s+)?(?:doctor|dentist|GP|vet|therapist|"
    r"dermatologist|physio(?:therapist)?|orthodontist|optician|allergist|cardiologist|"
    r"pediatrician|paediatrician|psychiatrist|surgeon|counsel(?:l)?or|midwife|nurse)\b"
)


def keep_provider(content: str, document: Document) -> bool:
    """In a conversation with a clinician ("Dr. Patel: your blood pressure is ..."), the
    clinician speaking is the visit, not a fact about the user; a clinician named in a
    reminder or by the user stays."""
    if _PROVIDER_FACT.match(content) is None:
        return True
    for speaker in document.others():
        name = re.sub(r"^(?:Dr|Doctor)\.?\s+", "", speaker)
        if speaker != name and re.search(rf"\b{re.escape(name)}\b", content):
            return False
    return True


# "User sends the revised quote by Monday": a to-do with its deadline, not a fact.
_TASK = re.compile(
    r"^User (?!is\b|has\b|was\b|gets\b|got\b)\w+ .+\bby (?:(?:next |this )?(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day|tomorrow|tonight|end of (?:the )?(?:day|week|month)|eod|"
    r"the \d{1,2}(?:st|nd|rd|th)?)\.?$",
    re.IGNORECASE,
)


# "User is making the paella", "User is bringing the salad": one evening's contribution.
_CONTRIBUTION = re.compile(
    r"^User is (?:making|bringing|cooking|baking|picking up|grabbing|ordering|buying|"
    r"handling|doing) the \w+(?: \w+)?$"
)


def is_task(content: str) -> bool:
    return _TASK.match(content) is not None or _CONTRIBUTION.match(content) is not None


# "your son Theo has been enrolled", "the amoxicillin for your daughter Ada".
_YOUR_KIN_NAMED = re.compile(
    r"\b[Yy]our\s+(?:little\s+|baby\s+|eldest\s+|youngest\s+|big\s+|older\s+|younger\s+)?"
    r"(?P<kin>son|daughter|wife|husband|partner|dog|cat|puppy|kitten|sister|brother|sis|bro|"
    r"uncle|aunt|auntie|cousin|niece|nephew|grandson|granddaughter|stepson|stepdaughter)\s+"
    r"(?P<name>[A-Z][a-z]{2,})\b(?!\s+[A-Z])"
)
_NOT_A_NAME = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Has Is".split())


def your_kin_named(text: str) -> list[str]:
    """ "your son Theo" written or said to the user -> "User has a son named Theo"."""
    facts: list[str] = []
    for match in _YOUR_KIN_NAMED.finditer(text):
        name, kin = match.group("name"), match.group("kin")
        if name in _NOT_A_NAME:
            continue
        kin = {"puppy": "dog", "kitten": "cat", "sis": "sister", "bro": "brother"}.get(kin, kin)
        kin = {"auntie": "aunt"}.get(kin, kin)
        if kin in ("wife", "husband", "partner"):
            facts.append(f"User's {kin} is named {name}")
        else:
            article = "an" if kin[0] in "aeiou" else "a"
            facts.append(f"User has {article} {kin} named {name}")
    return facts


_WELCOME_TO = re.compile(
    r"\b[Ww]elcome\s+(?:back\s+)?to\s+(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?"
    r"[A-Z][\w&'’.-]*){0,4})"
)
_YOUR_MEMBERSHIP = re.compile(
    r"\byour\s+(?:[\w-]+\s+){0,3}?(?:membership|member\s+card|club\s+card)\b", re.IGNORECASE
)


def membership_org(text: str) -> list[str]:
    """ "Welcome to Crux Climbing Gym! Your Monthly Unlimited membership is active" ->
    "User is a member of Crux Climbing Gym"."""
    welcome = _WELCOME_TO.search(text)
    if welcome is None or _YOUR_MEMBERSHIP.search(text) is None:
        return []
    org = re.sub(r"\s+(?:Your|You|We|Our|This|The)$", "", welcome.group("org"))
    return [f"User is a member of {org}"]


__all__ = [
    "addressed_facts",
    "belongings_facts",
    "health_facts",
    "is_task",
    "keep_provider",
    "membership_org",
    "your_kin_named",
]
