"""Facts the user's people state in passing, and the user's own passing mentions.

Conversations rarely say "I have a beagle": the vet says "Biscuit's ears look better"
and the user answers "typical beagle". This module reads such passing mentions:

* pets with their breed ("Meet Pepper, our 10-week-old border collie", a vet talking
  about "Ziggy" to a user who says "he's a ragdoll") -> "User has a border collie named
  Pepper";
* children named by a teacher, coach or clinician talking to the user about them
  ("Noah's got a temperature, he needs to go home") -> "User has a son named Noah";
* medication and findings a clinician or pharmacist states to the user ("drop the
  warfarin to four milligrams", "your blood pressure is still high") and the user's own
  "I've been taking the lisinopril";
* the user's own abstentions and diets ("I haven't eaten meat since May", "I'm sober
  now", "I don't own a car") and work implied by a shift or a role ("my late shift at
  the hospital", "as a nurse, I ...", "twelve years a nurse").

Every rule needs the user as the subject or the addressee: another person's news is not
a fact about the user.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_passing import _DRUG_NAME
from omi_actions.processing.local.fact_people import _NOT_CHILD
from omi_actions.processing.local.fact_self import is_job
from omi_actions.processing.local.fact_statements import _CONDITION_WORDS, _DRUG
from omi_actions.processing.local.text import Document

# Small helpers, compiled once (the ``re`` module's cache is shared by every rule).
_WS = re.compile(r"\s+")
_NAME_SPLIT = re.compile(r"[\s.()]+")
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms)\.?\s*$")
_AT_WORK_AFTER = re.compile(r"\s*(?:from|at|in)\b")
_CAP_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_COUNTABLE = re.compile(r"(?:stone|cyst|ulcer|hernia|fracture|tear|sprain|infection)$")
_TYPE_DIABETIC = re.compile(r"type\s+[12]\s+diabetic")
_PATIENT_LINE = re.compile(r"^\s*Patient\s*:", re.M | re.I)
_YOU_WORD = re.compile(r"\byour?\b", re.I)
_AFTER_YEARS_WORD = re.compile(r"\bafter\s+\w+\s+years\s+(?:at|with)\b", re.I)
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_FILLER_START = re.compile(r"^(?:finally|also|maybe)\s+")
_DIET_WORDS = re.compile(r"^the\s+|\s+diet$")

# --------------------------------------------------------------------------- pets

_DOG_BREEDS = (
    r"labrador(?:\s+retriever)?|golden\s+retriever|retriever|labradoodle|goldendoodle|"
    r"cockapoo|cavapoo|cavachon|poodle|beagle|greyhound|whippet|lurcher|border\s+collie|collie|"
    r"cocker\s+spaniel|springer\s+spaniel|spaniel|jack\s+russell(?:\s+terrier)?|"
    r"yorkshire\s+terrier|staffordshire\s+terrier|terrier|staffie|french\s+bulldog|frenchie|"
    r"bulldog|pug|husky|dachshund|corgi|chihuahua|shih\s+tzu|schnauzer|rottweiler|doberman|"
    r"great\s+dane|german\s+shepherd|vizsla|weimaraner|dalmatian|samoyed|akita|shiba\s+inu|"
    r"maltese|pomeranian|yorkie|bichon(?:\s+frise)?|sheepdog|mastiff|pit\s*bull|"
    r"basset\s+hound|bloodhound|boston\s+terrier|bernese(?:\s+mountain\s+dog)?|sheltie|"
    r"newfoundland\s+dog|malamute"
)
_CAT_BREEDS = (
    r"ragdoll|siamese|maine\s+coon|sphynx|british\s+shorthair|tabby|burmese|birman|"
    r"norwegian\s+forest\s+cat"
)
_BREED = re.compile(
    rf"\b(?P<breed>(?:{_DOG_BREEDS}|{_CAT_BREEDS}))(?P<mix>\s+(?:mix|cross))?\b", re.IGNORECASE
)
# The animal a post about a named pet shows: "Meet Biscuit 🐶".
_SPECIES = re.compile(r"\b(?:dog|puppy|pup|cat|kitten|rabbit|bunny|hamster|parrot)\b|🐶|🐕|🐱|🐈")
_SPECIES_CANON = {
    "puppy": "dog", "pup": "dog", "kitten": "cat", "bunny": "rabbit",
    "🐶": "dog", "🐕": "dog", "🐱": "cat", "🐈": "cat",
}  # fmt: skip
_CAT_BREED = re.compile(rf"^(?:{_CAT_BREEDS})$", re.IGNORECASE)


def _name(tag: str) -> str:
    return rf"(?P<{tag}>[A-Z][a-z]{{2,}})"


# How a post or a user's line names the animal it is about.
_PET_NAMING = re.compile(
    rf"\b(?:[Mm]eet|(?i:called|named|name\s+is|name's|name’s))\s+{_name('n1')}\b"
    rf"|(?:^|[.!?]\s+|,\s+)(?:this\s+is\s+)?{_name('n2')},\s+(?:who\s+is\s+|who's\s+|our\s+|my\s+|a\s+|an\s+)"
    rf"|\b(?i:greyhound|dog|puppy|pup|cat|kitten|rescue|mix|retriever|collie|spaniel|terrier|"
    rf"beagle|husky|labrador|poodle|ragdoll|tabby),\s+{_name('n3')}\b(?!\s+[A-Z])"
    rf"|\b{_name('n4')}(?:'s|’s)\s+owner\b"
)
# Capitalised at the start of a sentence, never a pet's or a child's name.
_COMMON = frozenset(
    """Everything Everyone Nothing Something Anything Thanks Sorry Yes Okay Great Good Well
    Right Sure Hello Lovely Perfect Brilliant Fine Also And But Then Now Just Let Our Your
    His Her Their That This There Today Tomorrow Tonight Which What Who Why Where""".split()
)
_VET = re.compile(
    r"\b(?:vet|vets|veterinar\w*|animal\s+(?:hospital|clinic)|pet\s+insur\w*|spay\w*|"
    r"neuter\w*|boosters?|rabies)\b",
    re.IGNORECASE,
)
_VET_SPEAKER = re.compile(r"^(?:vet|vet\s+nurse|vet\s+tech|veterinarian|dr\.?\s)", re.IGNORECASE)
# The patient of a vet visit: "Biscuit's ear infection", "Biscuit is due his boosters".
_PATIENT = re.compile(
    rf"\b{_name('n5')}(?:(?:'s|’s)\s+(?!been\b|got\b|going\b|doing\b|due\b|a\b|the\b)"
    rf"|\s+(?:is|was)\s+(?:due|doing|looking)\b|\s+looks\s+(?:healthy|good|great|well)\b"
    rf"|(?:'s|’s)\s+(?:been|due|doing)\b"
    # "Miso has a mild ear infection": the animal the vet is treating.
    rf"|\s+has\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}(?:infection|rash|allergy|cough|limp|lump|wound|"
    rf"fever|murmur|mites|fleas|worms)\b)"
)


def _pet_kind(breed: str, mix: str | None) -> str:
    breed = _WS.sub(" ", breed.lower())
    if mix:
        breed += " " + mix.strip().lower()
    if _CAT_BREED.match(breed) and "cat" not in breed:
        breed += " cat"
    return breed


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def pet_facts(document: Document) -> list[str]:
    """A named pet with its breed, from the user's own words or a vet visit."""
    own = [s.text for s in document.sentences if s.from_user is True]
    vet_visit = document.kind in ("transcript", "chat", "email", "voicemail") and bool(
        _VET.search(document.body) or any(_VET_SPEAKER.match(n) for n in document.speakers)
    )
    texts = own + (
        [s.text for s in document.sentences if s.from_user is False] if vet_visit else []
    )
    breeds = [m for t in texts for m in _BREED.finditer(t)]
    if not breeds and not vet_visit and not _SPECIES.search(" ".join(own)):
        return []
    speakers = {w.lower() for n in document.speakers for w in _NAME_SPLIT.split(n) if w}
    names: list[str] = []
    for text in own:
        for match in _PET_NAMING.finditer(text):
            name = next(g for g in match.groups() if g)
            if name not in _NOT_CHILD and name not in _COMMON and name.lower() not in speakers:
                names.append(name)
    if vet_visit and not names:
        for text in texts:
            for match in _PATIENT.finditer(text):
                name = match.group("n5")
                if name in _NOT_CHILD or name in _COMMON or name.lower() in speakers:
                    continue
                if name in names:
                    continue
                if _TITLE_BEFORE.search(text[: match.start()]):
                    continue
                names.append(name)
    names = list(dict.fromkeys(names))
    if len(names) != 1:
        return []
    if not breeds:
        species = _SPECIES.search(" ".join(own))
        if species is not None and not vet_visit:
            kind = _SPECIES_CANON.get(species.group(0).lower(), species.group(0).lower())
            return [f"User has a {kind} named {names[0]}"]
        return [f"User has a pet named {names[0]}"] if vet_visit else []
    breed = breeds[0]
    kind = _pet_kind(breed.group("breed"), breed.group("mix"))
    return [f"User has {_article(kind)} {kind} named {names[0]}"]


# --------------------------------------------------------------------------- children

_CHILD_CONTEXT = re.compile(
    r"\b(?:school|primary|teacher|[\w-]+\s+grade|grade\s+\d|year\s+\d|class|classroom|"
    r"(?:in|his|her)\s+reading|reading\s+(?:log|age|level)|spelling|phonics|multiplication|"
    r"times\s+tables|worksheets?|field\s+trip|permission\s+slip|"
    r"maths?|homework|nursery|daycare|preschool|kindergarten|p(?:a)?ediatric\w*|well-child|"
    r"orthodont\w*|brace|squad|swim\w*|consent\s+form|report\s+card|medical\s+room|pupils?|"
    r"term\s+fee|allergist|health\s+visitor|nappies|diapers|tutor\w*|one-year\s+check)\b",
    re.IGNORECASE,
)
_CHILD_NAMED = re.compile(
    rf"(?<![\w.])(?<!Mr\.\s)(?<!Mrs\.\s)(?<!Ms\.\s)(?<!Dr\.\s){_name('n6')}"
    rf"(?:(?:'s|’s)\b(?!\s+[A-Z])|\s+(?:is|has|was)\s+(?:been\s+)?(?:doing|selected|struggling|due|got)\b"
    rf"|\s+(?:made|won|passed|joined|got\s+into)\b)"
    rf"|\b(?:slot|appointment|place|form)\s+for\s+{_name('n7')}\b(?!\s+[A-Z])"
)
_HE = re.compile(r"\b(?:he|his|him|he's|he’s)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|she's|she’s)\b", re.IGNORECASE)


def _addressed(document: Document) -> bool:
    """The other side talks to the user: one other speaker, a mail or a voicemail."""
    if document.kind in ("email", "voicemail"):
        return True
    if document.kind not in ("transcript", "chat"):
        return False
    others = {s.speaker for s in document.sentences if s.from_user is False and s.speaker}
    return any(s.from_user is True for s in document.sentences) and 1 <= len(others) <= 2


# "Hi, it's Martin Hughes, your landlord": the caller's role for the user.
_YOUR_ROLE = re.compile(
    r"\b(?:it's|it’s|this\s+is|I'm|I’m|I\s+am)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?),\s+your\s+(?:new\s+)?(?P<role>landlord|landlady|accountant|lawyer|"
    r"solicitor|letting\s+agent|estate\s+agent|financial\s+advis[oe]r|personal\s+trainer|"
    r"trainer|tutor|coach|mechanic|therapist|physio|case\s+worker|caseworker)\b"
)
# "bring your guitar!": an instrument of the user's.
_YOUR_INSTRUMENT = re.compile(
    r"\byour\s+(?P<inst>guitar|violin|viola|cello|ukulele|banjo|saxophone|sax|trumpet|"
    r"trombone|clarinet|flute|fiddle|accordion|keyboard|bass\s+guitar|drum\s+kit|drums)\b",
    re.IGNORECASE,
)


_YOUR_THERAPY = re.compile(
    r"\b(?:how(?:'s|’s|\s+is)\s+(?:the|your)\s+therapy|your\s+therap(?:y|ist))\b",
    re.IGNORECASE,
)


def addressed_roles(document: Document) -> list[str]:
    """Who the other side is for the user, instruments they ask the user to bring, an
    offer on a home the user made."""
    if not (_addressed(document) or _single_sender(document)):
        return []
    facts: list[str] = []
    heard = " ".join(s.text for s in document.sentences if s.from_user is not True)
    if _YOUR_THERAPY.search(heard):
        facts.append("User sees a therapist")
    for match in _OFFER_ON.finditer(heard):
        facts.append(f"User is buying a house on {match.group('place')}")
    for match in _YOUR_ROLE.finditer(heard):
        role = _WS.sub(" ", match.group("role").lower())
        facts.append(f"User's {role} is {match.group('name')}")
    for match in _YOUR_INSTRUMENT.finditer(heard):
        inst = {"sax": "saxophone", "drum kit": "drums"}.get(
            match.group("inst").lower(), match.group("inst").lower()
        )
        facts.append(f"User plays {'the ' if inst != 'drums' else ''}{inst}")
    return list(dict.fromkeys(facts))


def children_named(document: Document) -> list[str]:
    """A child a teacher, coach or clinician talks to the user about: a son or daughter."""
    if not _addressed(document) or _VET.search(document.body):
        return []
    speakers = {w.lower() for n in document.speakers for w in _NAME_SPLIT.split(n) if w}
    sentences = document.sentences
    found: dict[str, int] = {}
    turns: dict[int, list[str]] = {}
    for sentence in sentences:
        turns.setdefault(sentence.turn, []).append(sentence.text)
    for index, sentence in enumerate(sentences):
        if sentence.from_user is None:
            continue
        turn = " ".join(turns[sentence.turn])
        if not _CHILD_CONTEXT.search(sentence.text) and not (
            sentence.from_user is False and _CHILD_CONTEXT.search(turn)
        ):
            continue
        for match in _CHILD_NAMED.finditer(sentence.text):
            name = next(g for g in match.groups() if g)
            if name in _NOT_CHILD or name in _COMMON or name.lower() in speakers or name in found:
                continue
            if re.search(
                r"\b(?:my|your|our)\s+(?:wife|husband|partner|friend|boss|colleague)\s*$",
                sentence.text[: match.start()],
                re.IGNORECASE,
            ):
                continue
            if re.search(r"\b(?:St|Saint|at)\.?\s+$", sentence.text[: match.start()]):
                continue  # "St. Anne's", "at Ines's birthday": a place or someone's party
            if _AT_WORK_AFTER.match(sentence.text[match.end() :]):
                continue  # "Carla from the surgery": a person at work
            start = match.start("n6") if match.group("n6") else match.start("n7")
            if _CAP_BEFORE.search(sentence.text[:start]) and match.group("n6"):
                continue  # part of a longer proper name: "Trader Joe's"
            found[name] = index
    if not 1 <= len(found) <= 2:
        return []
    facts = []
    for name, index in found.items():
        after = " ".join(s.text for s in sentences[index : index + 4])
        after = after[after.find(name) :]
        he, she = _HE.search(after), _SHE.search(after)
        if he and (not she or he.start() < she.start()):
            kin = "son"
        elif she:
            kin = "daughter"
        else:
            kin = "child"
        facts.append(f"User has a {kin} named {name}")
    return facts


# --------------------------------------------------------------------------- health

_TAKING = re.compile(
    rf"\bI(?:'ve|’ve|\s+have)\s+been\s+(?:taking|on)\s+(?:the\s+|my\s+)?(?P<drug>{_DRUG_NAME})\b"
    rf"(?!\s+\d)|\bI(?:'m|’m|\s+am)\s+(?:still\s+|now\s+)?(?:taking|on)\s+(?:the\s+|my\s+)?"
    rf"(?P<drug2>{_DRUG_NAME})\b(?!\s+\d)",
    re.IGNORECASE,
)
# What a clinician or pharmacist says about the user's medicine.
_THE_DRUG = re.compile(
    rf"(?<!\bstop\s)(?<!\bavoid\s)(?<!\bstopping\s)(?<!\bno\s)\b(?:the|your)\s+(?:repeat\s+)?(?:(?:prescription|refill|supply|dose)\s+(?:for|of)\s+"
    rf"(?:the\s+|your\s+)?)?(?P<drug>{_DRUG_NAME})\b"
    rf"(?![^.?!]{{0,12}}\bfor\s+(?:your|his|her|their)\s+\w+|[^.?!]{{0,12}}\bfor\s+[A-Z])",
    re.IGNORECASE,
)
_MEASURE_HIGH = re.compile(
    r"\byour\s+(?P<what>blood\s+pressure|cholesterol|blood\s+sugar)(?:\s+(?:reading|level)s?)?"
    r"\s+(?:is|was|'s|’s|has\s+been)\s+(?:still\s+)?(?:a\s+(?:bit|little|touch)\s+|slightly\s+|"
    r"quite\s+|very\s+|too\s+|rather\s+)?(?:high|up|raised|elevated)\b"
    r"(?!\s+(?:today|this\s+morning|this\s+time)\b)",
    re.IGNORECASE,
)
_FINDING_WORDS = rf"gallstones?|kidney\s+stones?|{_CONDITION_WORDS}"
_DIAGNOSIS_OF = re.compile(
    rf"\b(?:following|after|given|since)\s+your\s+(?:recent\s+)?"
    rf"(?P<cond>(?:[a-z0-9-]+\s+){{0,2}}?(?:{_FINDING_WORDS}))\s+diagnosis\b",
    re.IGNORECASE,
)
_FINDING = re.compile(
    r"\b(?:scan|x-?ray|ultrasound|MRI|CT|bloods|blood\s+tests?|tests?|results?|biopsy)\s+"
    r"(?:shows?|showed|found|confirms?|confirmed)\s+(?:that\s+you\s+have\s+)?(?:a\s+|an\s+)?"
    rf"(?P<sev>(?:small|mild|minor|slight)\s+)?(?P<cond>(?:[a-z]+\s+)?(?:{_FINDING_WORDS}))\b",
    re.IGNORECASE,
)
_ASSESSMENT = re.compile(
    r"^\s*(?:Assessment|Diagnosis|Impression)\s*:\s*(?P<cond>(?:mild|moderate|severe|"
    rf"early|chronic)?\s*(?:[a-z0-9-]+\s+){{0,2}}?(?:{_FINDING_WORDS}))\s*\.?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_PLAN_DRUG = re.compile(
    rf"^\s*(?:Plan|Medications?|Rx)\s*:\s*(?:start(?:ing)?|continue|begin|take)?\s*{_DRUG}",
    re.IGNORECASE | re.MULTILINE,
)
# A device of the user's named by the clinician or pharmacist: "your inhaler refill".
_YOUR_DEVICE = re.compile(
    r"\byour\s+(?:new\s+)?(?P<dev>inhaler|EpiPen|CPAP(?:\s+machine)?|insulin\s+pump|"
    r"hearing\s+aids?)\b(?!\s+(?:fitting|appointment|assessment|trial|consultation|review|test))",
    re.IGNORECASE,
)
_OWN_STATE = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+(?:also\s+)?(?P<adj>coeliac|celiac|diabetic|type\s+[12]\s+diabetic|"
    r"anaemic|anemic)\b"
    r"|\b(?P<label>coeliac|celiac|type\s+[12]\s+diabetic|diabetic)\s+me\b"
    r"|(?:^|[.:]\s*|\n)(?P<bare>type\s+[12]\s+diabetic)\b"
    r"|\b(?:as|from)\s+(?:someone|somebody|a\s+person)\s+(?:with|who\s+has)\s+"
    r"(?P<with>celiac\s+disease|coeliac\s+disease|type\s+[12]\s+diabetes|diabetes|asthma|"
    r"epilepsy|ADHD|autism|crohn's|IBS|anxiety|depression|migraines)\b",
    re.IGNORECASE,
)
_CONFIRMED = re.compile(
    r"\b(?:confirmed|diagnosed)\b[^.!?:]{0,25}:\s*(?P<cond>type\s+[12]\s+diabetes|diabetes|"
    r"asthma|ADHD|IBS|celiac\s+disease|coeliac\s+disease|sleep\s+apnea|hypertension|"
    r"arthritis|epilepsy|endometriosis)\b",
    re.IGNORECASE,
)


def _condition(name: str) -> str:
    name = _WS.sub(" ", name.strip())
    return name if name.isupper() else name.lower()


def _with_article(name: str) -> str:
    if _COUNTABLE.search(name):
        return f"{_article(name)} {name}"
    return name


def health_facts(document: Document, whole_text: str = "") -> list[str]:
    """Medication and findings the user or the user's clinician states."""
    facts: list[str] = []
    own = " ".join(s.text for s in document.sentences if s.from_user is True)
    for match in _TAKING.finditer(own):
        facts.append(f"User takes {(match.group('drug') or match.group('drug2')).lower()}")
    for match in _OWN_STATE.finditer(own):
        adj = (match.group("adj") or "").lower()
        if _TYPE_DIABETIC.match(adj):
            kind = _WS.sub(" ", adj).replace("diabetic", "diabetes")
            facts.append(f"User has {kind}")
        elif adj:
            facts.append(f"User is {adj}")
        elif match.group("label") or match.group("bare"):
            label = (match.group("label") or match.group("bare")).lower()
            if label in ("celiac", "coeliac"):
                facts.append("User has celiac disease")
            elif label == "diabetic":
                facts.append("User is diabetic")
            else:
                facts.append(f"User has {label.replace('diabetic', 'diabetes')}")
        else:
            facts.append(f"User has {_condition(match.group('with'))}")
    for match in _CONFIRMED.finditer(own):
        facts.append(f"User has {_condition(match.group('cond'))}")
    single = _single_sender(document)
    if _addressed(document) or single:
        heard = " ".join(
            s.text for s in document.sentences if s.from_user is False or (single and s.speaker)
        )
        for match in _THE_DRUG.finditer(heard):
            facts.append(f"User takes {match.group('drug').lower()}")
        for match in _YOUR_DEVICE.finditer(heard):
            device = _WS.sub(" ", match.group("dev"))
            if device.lower().startswith("hearing"):
                facts.append("User wears hearing aids")
            else:
                facts.append(f"User uses {_article(device)} {device}")
        for match in _MEASURE_HIGH.finditer(heard):
            facts.append(f"User has high {_condition(match.group('what'))}")
        for match in _DIAGNOSIS_OF.finditer(heard):
            facts.append(f"User has {_condition(match.group('cond'))}")
        for match in _FINDING.finditer(heard):
            cond = _condition((match.group("sev") or "") + match.group("cond"))
            facts.append(f"User has {_with_article(cond)}")
    if whole_text and not _PATIENT_LINE.search(whole_text):
        # A visit summary's labelled lines: "Assessment: mild asthma", "Plan: start X 5 mg".
        for match in _ASSESSMENT.finditer(whole_text):
            facts.append(f"User has {_with_article(_condition(match.group('cond')))}")
        for match in _PLAN_DRUG.finditer(whole_text):
            freq = _WS.sub(" ", match.group("freq") or "")
            facts.append(f"User takes {match.group('drug').lower()} {match.group('dose')}{freq}")
    return list(dict.fromkeys(facts))


def _single_sender(document: Document) -> bool:
    """A message from one sender to the user with no reply ("Pharmacy: your refill ...")."""
    if document.kind != "chat":
        return False
    senders = {s.speaker for s in document.sentences if s.speaker}
    return (
        len(senders) == 1
        and all(s.from_user is not True for s in document.sentences)
        and bool(_YOU_WORD.search(document.body))
    )


# --------------------------------------------------------------------------- habits

_ABSTAIN = re.compile(
    r"\bI\s+(?:haven't|haven’t|have\s+not)\s+(?:eaten|had)\s+(?P<food>meat|dairy|sugar|gluten)\b"
    r"|\bI\s+(?:don't|don’t|do\s+not|no\s+longer)\s+(?:eat|touch)\s+(?P<food2>meat|dairy|pork|"
    r"beef|fish)\b"
    r"|\bI(?:'m|’m|\s+am)\s+(?P<sober>sober|teetotal)\b"
    r"|\bI\s+(?:don't|don’t|do\s+not|no\s+longer)\s+drink(?:\s+alcohol)?(?=\s*(?:[,.;!?]|and\b|$))"
    r"|\bI\s+(?:don't|don’t|do\s+not)\s+(?:own|have)\s+a\s+(?P<thing>car|TV|television|"
    r"smartphone|dishwasher|microwave)\b"
    r"|\bI\s+(?:take|ride|get)\s+the\s+(?P<ride>bus|train|tube|subway|metro|ferry)\s+"
    r"(?P<where>everywhere|to\s+work)\b"
    r"|\bI(?:'m|’m|\s+am)\s+(?:now\s+)?(?P<diet>vegan|vegetarian|pescatarian)\s+now\b"
    r"|\bI(?:'ve|’ve|\s+have)\s+(?:gone|turned|become|been)\s+(?P<diet2>vegan|vegetarian|"
    r"pescatarian)\b"
    r"|\bI\s+work\s+(?P<remote>remote(?:ly)?)\b"
    r"|\bI(?:'m|’m|\s+am)\s+off\s+(?P<off>alcohol|booze|the\s+booze|drink|sugar)\s+"
    r"(?P<until>(?:till|until)\s+[A-Z][a-z]+)",
    re.IGNORECASE,
)


def habit_facts(text: str) -> list[str]:
    """Diets, abstentions and everyday ways in the user's own ``text``."""
    facts: list[str] = []
    for match in _ABSTAIN.finditer(text):
        food = match.group("food") or match.group("food2")
        if food:
            facts.append(f"User doesn't eat {food.lower()}")
        elif match.group("sober") or match.group(0).lower().split()[-1] in ("drink", "alcohol"):
            facts.append("User doesn't drink alcohol")
        elif match.group("thing"):
            facts.append(f"User doesn't own a {match.group('thing')}")
        elif match.group("ride"):
            where = match.group("where").lower()
            facts.append(f"User takes the {match.group('ride').lower()} {where}")
        elif match.group("diet") or match.group("diet2"):
            facts.append(f"User is {(match.group('diet') or match.group('diet2')).lower()}")
        elif match.group("remote"):
            facts.append("User works remotely")
        elif match.group("off"):
            what = "alcohol" if match.group("off").lower() != "sugar" else "sugar"
            verb = "drinking" if what == "alcohol" else "eating"
            facts.append(f"User is not {verb} {what} {match.group('until')}")
    return facts


# --------------------------------------------------------------------------- work

_WORKPLACES = (
    r"hospital|bakery|caf[eé]|restaurant|pub|bar|warehouse|factory|hotel|clinic|care\s+home|"
    r"nursing\s+home|supermarket|pharmacy|library|hospice|station|depot|call\s+centre|"
    r"call\s+center|mill|plant|mine|farm|garage|salon"
)
_SHIFT_AT = re.compile(
    rf"\b(?:my|a|an|the|on)\s+(?:\w+\s+)?(?:late|early|night|day|long|double|morning|evening|"
    rf"weekend|overnight)?\s*shifts?\s+at\s+the\s+(?P<place>{_WORKPLACES})\b"
    rf"|\bswitching\s+to\s+(?:night|day|early|late)\s+shifts?\s+at\s+the\s+(?P<place2>"
    rf"{_WORKPLACES})\b",
    re.IGNORECASE,
)
_YEARS_A = re.compile(
    r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"twenty-\w+|thirty|forty)\s+years\s+(?:as\s+)?(?:a|an)\s+(?P<job>[a-z]+(?:\s+[a-z]+)?)"
    r"(?=\s+(?:and|but|now|yet|so)\b|\s*[,.;!?]|$)",
    re.IGNORECASE,
)
_AS_A = re.compile(
    r"(?:^|[.!?]\s+|,\s+)[Aa]s\s+(?:a|an)\s+(?P<job>[a-z]+(?:[\s-][a-z]+)?),?\s+I\b"
    r"(?!\s+(?:would|'d|’d|wonder|imagine)\b)"
)
_FULL_TIME_AT = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+(?P<when>full[- ]time|part[- ]time)\s+at\s+"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})"
)
_NOTICE = re.compile(
    r"\b(?i:my)\s+notice\s+period\s+(?:at\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+)?"
    r"is\s+(?P<span>(?:\d+|one|two|three|four|five|six|eight|twelve)\s+(?:weeks?|months?))",
)
_NOT_ROLE = frozenset("parent mum mom dad mother father kid child woman man person".split())


def work_facts(text: str) -> list[str]:
    """Work the user mentions in passing: a shift's workplace, a role, a notice period."""
    facts: list[str] = []
    for match in _SHIFT_AT.finditer(text):
        place = (match.group("place") or match.group("place2")).lower()
        facts.append(f"User works at {_article(place)} {place}")
    for match in _YEARS_A.finditer(text):
        job = match.group("job").lower()
        if is_job(job):
            facts.append(
                f"User has been {_article(job)} {job} for {match.group('n').lower()} years"
            )
    for match in _AS_A.finditer(text):
        job = match.group("job").lower()
        if job not in _NOT_ROLE and (is_job(job) or job in ("sole trader", "freelancer")):
            facts.append(f"User is {_article(job)} {job}")
    for match in _FULL_TIME_AT.finditer(text):
        when = match.group("when").lower().replace(" ", "-")
        facts.append(f"User works {when} at {match.group('org')}")
    for match in _NOTICE.finditer(text):
        if match.group("org"):
            facts.append(f"User works at {match.group('org')}")
        facts.append(f"User's notice period is {match.group('span')}")
    return facts


# --------------------------------------------------------------------------- home, partner

_PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_YEARS = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty"
)
_ORIGIN = re.compile(
    rf"(?:^|[.!?;]\s+|,\s+(?:and\s+)?|\bI\s+was\s+)(?i:born)\s+(?:and\s+raised\s+)?in\s+"
    rf"(?P<born>{_PLACE})"
    rf"|(?:^|[.!?;]\s+|,\s+(?:and\s+)?|\bI\s+)(?i:grew)\s+up\s+in\s+(?P<grew>{_PLACE})"
    rf"|\bI(?:'ve|’ve|\s+have)\s+(?:lived|been)\s+in\s+(?P<lived>{_PLACE})\s+(?:for\s+)?"
    rf"(?P<n>{_YEARS})\s+years\b"
    rf"|\b(?i:after|following)\s+(?P<n2>{_YEARS})\s+years\s+in\s+(?P<was>{_PLACE})"
    rf"(?=\s*,?\s+(?i:we|I)\b)",
)
# "the dog", "one very spoiled cat" in the user's own words: the user's pet.
_THE_PET = re.compile(
    r"\b(?:the|one|our)\s+(?:(?:very|little|old|new|big)\s+[a-z]+\s+)?(?P<pet>dog|cat)\b"
    r"(?!\s*(?:park|food|show|walker|sitter|hair|next\s+door|groomer|flap|treats?|owners?|"
    r"people|person|friendly|lover|years?)\b|(?:'s|’s)\s+owner)",
    re.IGNORECASE,
)
_ENGAGED = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})\s+and\s+I\s+(?:are|'re|’re)\s+(?:(?:getting|to\s+be)\s+married|"
    r"engaged)\b"
)


def home_facts(text: str) -> list[str]:
    """Where the user was born, grew up or has lived; a pet or a fiancé in passing."""
    facts: list[str] = []
    for match in _ORIGIN.finditer(text):
        if match.group("born"):
            facts.append(f"User was born in {match.group('born')}")
        elif match.group("grew"):
            facts.append(f"User grew up in {match.group('grew')}")
        elif match.group("lived"):
            years = match.group("n").lower()
            facts.append(f"User has lived in {match.group('lived')} for {years} years")
        else:
            facts.append(
                f"User lived in {match.group('was')} for {match.group('n2').lower()} years"
            )
    pets = {m.group("pet").lower() for m in _THE_PET.finditer(text)}
    facts.extend(f"User has a {pet}" for pet in sorted(pets))
    for match in _ENGAGED.finditer(text):
        if match.group("name") not in _NOT_CHILD and match.group("name") not in _COMMON:
            facts.append(f"User is engaged to {match.group('name')}")
    return facts


# --------------------------------------------------------------------------- work news

_ORG = r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+|of\s+|the\s+)?[A-Z][\w&'’.-]*){0,4}"
_ROLE = r"(?:a\s+|an\s+|the\s+)?(?P<role>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
_WORK_NEWS = re.compile(
    rf"\b(?i:last\s+day\s+at)\s+(?P<left>{_ORG})"
    rf"|\b(?i:first\s+day\s+as)\s+{_ROLE}\s+at\s+(?P<org>{_ORG})"
    rf"|(?:^|[:.!?]\s+|(?<!love\s)(?<!like\s)(?<!want\s)(?<!hope\s)(?<!wish\s)\bto\s+|"
    rf"\bI(?:'m|’m|\s+am|'ll\s+be|’ll\s+be|\s+will\s+be)\s+)(?i:join(?:ing)?)\s+(?P<joined>{_ORG})\s+as\s+(?:a\s+|an\s+|the\s+)?"
    rf"(?P<as>[a-zA-Z][\w-]*(?:\s+[a-zA-Z][\w-]*){{0,3}}?)(?=\s*(?:[.!,;(]|$|\s+(?:in|on|from|at|next|this)\b))"
    rf"|(?:^|[:.!?]\s+)(?i:moving|relocating)\s+to\s+(?P<moving>{_PLACE})"
    rf"|(?:^|[.!?]\s+)(?i:goodbye|bye)\s+(?P<from>{_PLACE}),\s+(?i:hello)\s+(?P<to>{_PLACE})",
)
_SPAN_YEARS = re.compile(
    rf"\b(?P<n>{_YEARS})\s+(?:wonderful\s+|amazing\s+|incredible\s+|great\s+)?years\b",
    re.IGNORECASE,
)
_AFTER_YEARS_AT = re.compile(
    rf"\b(?i:after|following)\s+(?P<n>{_YEARS})\s+(?:[a-z]+\s+)?years\s+(?:at|with)\s+"
    rf"(?P<org>{_ORG})"
)
_PLURAL_PETS = re.compile(
    r"\b(?:my|our)\s+(?P<n>two|three|four|five|\d)\s+(?P<what>cats|dogs|rabbits|horses)\b",
    re.IGNORECASE,
)
_THE_TWINS = re.compile(r"\b(?:the|our|my)\s+twins\b", re.IGNORECASE)


def news_facts(text: str) -> list[str]:
    """Job and home news in a post: a last or first day, a move, a new role, a household."""
    facts: list[str] = []
    for match in _WORK_NEWS.finditer(text):
        if match.group("left"):
            span = _SPAN_YEARS.search(text[match.end() : match.end() + 80])
            years = f" for {span.group('n').lower()} years" if span is not None else ""
            facts.append(f"User worked at {match.group('left')}{years}")
        elif match.group("org"):
            role = match.group("role")
            facts.append(f"User is {_article(role)} {role} at {match.group('org')}")
        elif match.group("joined"):
            role = match.group("as")
            if is_job(role):
                facts.append(f"User is joining {match.group('joined')} as {_article(role)} {role}")
        elif match.group("moving"):
            facts.append(f"User is moving to {match.group('moving')}")
        else:
            facts.append(f"User is moving from {match.group('from')} to {match.group('to')}")
    for match in _AFTER_YEARS_AT.finditer(text):
        if not _AFTER_YEARS_WORD.search(match.group(0)):
            facts.append(
                f"User worked at {match.group('org')} for {match.group('n').lower()} years"
            )
    for match in _PLURAL_PETS.finditer(text):
        facts.append(f"User has {match.group('n').lower()} {match.group('what').lower()}")
    if _THE_TWINS.search(text):
        facts.append("User has twins")
    return facts


# --------------------------------------------------------------------------- pursuits

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"spring|summer|autumn|fall|winter"
)
_GOAL_VERBS = frozenset(
    """run read learn lose save get finish write visit travel try start build buy climb swim
    hike cook bake pay quit train complete pass take walk cycle ride see speak play""".split()
)
_GOAL = re.compile(
    r"\b(?:(?:new\s+year'?s?\s+)?resolution|goal|aim)s?(?:\s+for\s+(?:next\s+year|this\s+year|"
    r"\d{4}))?\s*:\s*(?P<what>[a-z][^.!?\n;]{3,60})",
    re.IGNORECASE,
)
_DIET_DAYS = re.compile(
    r"\b(?:day|week|month)\s+\d+\s+(?:of|on)\s+(?P<diet>keto|paleo|whole30|low[- ]carb|"
    r"intermittent\s+fasting|the\s+mediterranean\s+diet)\b",
    re.IGNORECASE,
)
_BAND = re.compile(
    r"\b(?i:my|our)\s+band,?\s+(?P<name>(?:The\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3})"
    r"|(?P<name2>(?:(?i:the)\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3})\s*\(\s*(?i:my|our)\s+band\b"
)
_ON_INSTRUMENT = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+on\s+(?P<inst>bass|drums|keys|guitar|rhythm\s+guitar|lead\s+guitar|"
    r"fiddle|piano|sax)\b",
    re.IGNORECASE,
)
_TRIP = re.compile(
    rf"\b(?:the|my|our)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+trip\s+(?:in|this|next)\s+"
    rf"(?P<when>{_MONTHS})\b"
)
_SEES = re.compile(
    r"\bmy\s+(?:new\s+)?(?P<who>therapist|counsell?or|psychiatrist|psychologist|"
    r"physio(?:therapist)?|chiropractor|personal\s+trainer|dietitian|nutritionist|sponsor)\b"
    r"(?!\s*(?:'s|’s))",
    re.IGNORECASE,
)
_HOME_OFFER = re.compile(
    r"\b(?:got\s+(?:an|our|my)\s+offer\s+accepted|offer\s+(?:was|got|has\s+been)\s+accepted|"
    r"(?:have|has)\s+accepted\s+your\s+offer)\b[^.!?]{0,30}?\b(?:on|in|for)\s+(?:the\s+)?"
    r"(?:(?P<kind>semi|house|flat|condo|bungalow|cottage|townhouse|apartment|place)\s+(?:in|on)\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_OFFER_ON = re.compile(
    r"\b(?:on|in)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:have|has)\s+"
    r"accepted\s+your\s+offer\b"
)
_OUR_HOME = re.compile(
    r"\bour\s+(?:(?:little|new|tiny|old|\w+)\s+){0,3}(?P<kind>house|flat|bungalow|cottage|"
    r"apartment|condo|townhouse|farmhouse|cabin)\s+in\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z]"
    r"[\w'’.-]*){0,2})"
)
_OWNER_CUE = re.compile(
    r"\b(?:homeowners?|got\s+the\s+keys|bought|closed\s+on|our\s+first\s+home|mortgage)\b",
    re.IGNORECASE,
)


def pursuit_facts(text: str) -> list[str]:
    """Goals, diets, bands, planned trips, people the user sees, a home bought."""
    facts: list[str] = []
    for match in _GOAL.finditer(text):
        for item in _ITEM_SPLIT.split(match.group("what")):
            words = _FILLER_START.sub("", item.strip()).split()
            if len(words) >= 2 and words[0].lower() in _GOAL_VERBS:
                facts.append(f"User's goal is to {' '.join(words)}")
    for match in _DIET_DAYS.finditer(text):
        diet = _DIET_WORDS.sub("", match.group("diet").lower())
        facts.append(f"User is following {_article(diet)} {diet} diet")
    for match in _BAND.finditer(text):
        name = (match.group("name") or match.group("name2")).strip()
        if name.split()[0] not in _COMMON:
            facts.append(f"User is in a band called {name}")
    for match in _ON_INSTRUMENT.finditer(text):
        facts.append(f"User plays {match.group('inst').lower()}")
    for match in _TRIP.finditer(text):
        facts.append(f"User plans a trip to {match.group('place')} in {match.group('when')}")
    for match in _SEES.finditer(text):
        who = _WS.sub(" ", match.group("who").lower())
        if who == "sponsor":
            facts.append("User has a sponsor")
        elif who == "personal trainer":
            facts.append("User has a personal trainer")
        else:
            facts.append(f"User sees {_article(who)} {who}")
    for match in _HOME_OFFER.finditer(text):
        kind = (match.group("kind") or "house").lower()
        kind = {"semi": "semi-detached house", "place": "house"}.get(kind, kind)
        facts.append(f"User is buying {_article(kind)} {kind} in {match.group('place')}")
    if _OWNER_CUE.search(text):
        for match in _OUR_HOME.finditer(text):
            kind = match.group("kind").lower()
            facts.append(f"User owns {_article(kind)} {kind} in {match.group('place')}")
    return facts


__all__ = [
    "addressed_roles",
    "children_named",
    "habit_facts",
    "health_facts",
    "home_facts",
    "news_facts",
    "pet_facts",
    "pursuit_facts",
    "work_facts",
]
