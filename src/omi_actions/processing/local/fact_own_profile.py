"""Profile fragments and list items in the user's own shorthand.

Club profiles, "About" sections and notes to others list the user in verbless pieces:
"living in Leeds since 2019", "climbing ~4 years", "can't drive (no car)",
"Previously 5 years at Acme", "ex-Acme", "MBA, IIM Kozhikode (2016)",
"severe peanut allergy", "no caffeine after 2pm", "aisle seat on flights please".
Each shape states one attribute; the fact keeps the text's own words.
"""

from __future__ import annotations

import re

_NUMBER = (
    r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty"
)
_PLACE = r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}"
_ORG = r"[A-Z][\w&'’.-]*(?:\s(?:&\s)?[A-Z][\w&'’.-]*){0,3}"

# "living in Leeds since 2019", "based in Lyon since March 2020", "in Oslo since 2015".
_LIVED_SINCE = re.compile(
    rf"^(?:(?:living|based|lived|been\s+living|been)\s+)?in\s+(?P<place>{_PLACE})\s+since\s+"
    r"(?P<when>(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2})$"
)
# "Climbing ~4 years", "running for about 10 years", "knitting 6 months": an activity's span.
_DOING_FOR = re.compile(
    r"^(?:been\s+)?(?P<act>[a-z]{3,}ing)\s+(?:for\s+)?(?P<q>~|about\s+|around\s+|roughly\s+|"
    rf"nearly\s+|almost\s+|over\s+|approx\.?\s+)?(?P<n>{_NUMBER})\+?\s*(?P<unit>years?|yrs?|"
    r"months?)$",
    re.IGNORECASE,
)
# Spans that are not pastimes: "living 5 years", "working 3 months" say nothing on their own.
_NOT_PASTIME = frozenset(
    "living working being having waiting going trying playing doing using making watching "
    "seeing dating getting".split()
)
_CANT_DRIVE = re.compile(
    r"^(?:I\s+)?(?:can['’]?t|cannot|can\s+not|unable\s+to|not\s+allowed\s+to)\s+drive\b", re.I
)
_NO_CAR = re.compile(
    r"^(?:\(\s*)?(?:no\s+car|car-?free|don['’]?t\s+(?:have|own)\s+a\s+car)\)?$", re.I
)
# "Previously 5 years at Monsoon Retail", "formerly at Acme", "ex-IDEO".
_PREVIOUSLY = re.compile(
    rf"^(?:previously|formerly|prev\.?|before\s+that)\s*:?\s+(?:(?P<n>{_NUMBER})\s+(?:years?|yrs)"
    rf"\s+)?(?:at|with|@)\s+(?P<org>{_ORG})$",
    re.IGNORECASE,
)
_EX_ORG = re.compile(r"^ex[-‑](?P<org>[A-Z][\w&'’.]*(?:\s[A-Z][\w&'’.]*){0,2})$")
# "MBA, IIM Kozhikode (2016)", "PhD from Leeds University", "BSc at Trinity College (2009)".
_DEGREE = re.compile(
    r"^(?P<deg>MBA|Ph\.?D|MSc|M\.Sc|MS|MA|MEng|MPH|MFA|BSc|B\.Sc|BS|BA|BEng|B\.Tech|BTech|"
    r"M\.Tech|MTech|JD|LLB|LLM)\.?(?:\s+in\s+[a-z][\w ]{2,30}?)?\s*(?:,|\bfrom\b|\bat\b|@|-|–)\s*"
    r"(?P<school>[A-Z][\w&.'’-]*(?:\s(?:of\s)?[A-Z][\w&.'’-]*){0,4})"
    r"(?:\s*[,(]\s*(?P<year>(?:19|20)\d{2})\)?)?$"
)
# "severe peanut allergy", "shellfish allergy", "mild tree-nut allergy".
_ALLERGY = re.compile(
    r"^(?P<sev>severe|serious|mild|life-threatening|bad)?\s*(?P<what>peanut|tree[- ]nut|nut|"
    r"shellfish|fish|egg|dairy|milk|soy|wheat|gluten|sesame|latex|penicillin|bee[- ]sting|"
    r"cat|dog|pollen|dust)\s+allergy$",
    re.IGNORECASE,
)
_AVOID_TIME = (
    r"(?P<what>caffeine|coffee|alcohol|sugar|screens|snacks|food|eating)\s+(?P<rel>after|past)\s+"
    r"(?P<t>\d{1,2}(?::\d{2})?\s*(?:am|pm)|noon|midnight)"
)
# "no caffeine after 2pm" as a list item.
_NO_AFTER = re.compile(rf"^(?:no|zero|avoid|avoids|avoiding)\s+{_AVOID_TIME}\b", re.I)
# "Cutting out caffeine after 2pm has ...", "I stopped drinking coffee after noon".
_CUT_OUT = re.compile(
    r"(?:^|[.!?]\s+|\bI\s+)(?:cutting\s+out|cut\s+out|I\s+avoid|avoid|avoiding|no\s+more|"
    r"stopped\s+(?:having|drinking))\s+" + _AVOID_TIME + r"\b",
    re.IGNORECASE,
)
# "aisle seat on flights please", "window seat, always": a seat wish in a list.
_SEAT = re.compile(
    r"^(?:an?\s+)?(?P<seat>aisle|window)\s+seats?(?:\s+on\s+(?P<on>flights|planes|trains|"
    r"the\s+plane))?(?:\s+(?:please|pls|always|ideally|if\s+possible))?$",
    re.IGNORECASE,
)
# "EpiPen is in my backpack", "blue inhaler always in bag", "always carry an epipen".
_CARRIES = re.compile(
    r"\b(?P<dev>(?:blue\s+|rescue\s+)?(?:epi-?pen|inhaler))s?\s+(?:is\s+|are\s+)?(?:always\s+)?"
    r"(?:in|on)\s+(?:my\s+|the\s+)?(?:bag|backpack|purse|pocket|handbag|me)\b"
    r"|\bI\s+(?:always\s+)?carry\s+(?:an?\s+|my\s+)?(?P<dev2>(?:blue\s+|rescue\s+)?"
    r"(?:epi-?pen|inhaler))",
    re.IGNORECASE,
)

# Aids the user uses, wears or carries: "use an insulin pump", "carries an EpiPen".
_AID = (
    r"(?:an?\s+|my\s+)?(?P<aid>(?:blue\s+|rescue\s+)?inhaler|epi-?pen|insulin\s+pump|"
    r"CPAP(?:\s+machine)?|hearing\s+aids?|glucose\s+monitor|cane|walking\s+stick|wheelchair|"
    r"contact\s+lenses|glasses)"
)
_USES_AID = re.compile(
    rf"^(?:I\s+)?(?P<verb>use|uses|wear|wears|carry|carries)\s+{_AID}(?:\s+.{{0,30}})?$", re.I
)
# "prefer morning appointments", "prefers email over calls".
_PREFERS = re.compile(r"^(?:I\s+)?prefer(?:s)?\s+(?P<what>[a-z][\w'-]*(?:\s[\w'-]+){0,4})$", re.I)
_CONDITION = re.compile(
    r"^(?P<sev>mild|severe|chronic|moderate)?\s*(?P<cond>asthma|eczema|psoriasis|migraines|"
    r"epilepsy|arthritis|hypertension|high\s+blood\s+pressure|ADHD|IBS|coeliac\s+disease|"
    r"celiac\s+disease|sleep\s+apn(?:o)?ea|tinnitus|scoliosis|hypothyroidism)"
    r"(?:\s+(?P<since>since\s+(?:age\s+\d{1,2}|(?:19|20)\d{2})))?$",
    re.IGNORECASE,
)
_DIABETIC = re.compile(
    r"^type\s+(?P<t>[12])\s+diabetic(?:\s+(?P<since>since\s+(?:age\s+\d{1,2}|(?:19|20)\d{2})))?$",
    re.IGNORECASE,
)
_NO_ALLERGIES = re.compile(r"^no\s+known\s+(?P<what>drug\s+|food\s+)?allergies$", re.I)
_BLOOD = re.compile(
    r"^blood\s+type\s*:?\s*(?:is\s+)?(?P<t>(?:AB|A|B|O)\s*(?:[+-]|pos(?:itive)?|neg(?:ative)?))$",
    re.IGNORECASE,
)
_ALLERGIC = re.compile(
    r"^(?:(?:severely|mildly|very)\s+)?allergic\s+to\s+(?P<what>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3})$",
    re.IGNORECASE,
)
# "two cats named Miso and Tofu", "a beagle called Pip".
_PETS_NAMED = re.compile(
    r"^(?P<n>a|an|one|two|three|2|3)\s+(?P<pet>(?:[a-z]+\s)?(?:cats?|dogs?|rabbits?|kittens?|"
    r"puppies|puppy|beagle|terrier|labrador|spaniel|poodle|retriever|parrots?|budgies?))\s+"
    r"(?:named|called)\s+(?P<names>[A-Z][\w'-]+(?:\s*(?:,|and|&)\s*[A-Z][\w'-]+){0,3})$"
)

# "fluent in English, Afrikaans and Zulu", "bilingual in Welsh and English".
_FLUENT = re.compile(
    r"^(?:I(?:'m|’m|\s+am)\s+)?(?P<how>fluent|bilingual|native|conversational)\s+in\s+"
    r"(?P<langs>[A-Z][a-z]+(?:(?:,\s*|,?\s+and\s+|\s*&\s*)[A-Z][a-z]+){0,4})$"
)
# "CSCP certified", "certified PMP", "Certified Six Sigma Black Belt".
_CERTIFIED = re.compile(
    r"^(?:(?P<pre>[A-Z][\w+-]*(?:\s[A-Z][\w+-]*){0,3})\s+certified|[Cc]ertified\s+"
    r"(?P<post>[A-Z][\w+-]*(?:\s[A-Z][\w+-]*){0,4}))$"
)


def _skill_fragment(frag: str) -> list[str]:
    """Languages and certifications written as fragments."""
    if (m := _FLUENT.match(frag)) is not None:
        return [f"User is {m.group('how')} in {m.group('langs')}"]
    if (m := _CERTIFIED.match(frag)) is not None:
        if m.group("pre"):
            return [f"User is {m.group('pre')} certified"]
        return [f"User is a certified {m.group('post')}"]
    return []


def _health_fragment(frag: str) -> list[str]:
    """Conditions, aids, allergies and blood type written as fragments."""
    if (m := _USES_AID.match(frag)) is not None:
        verb = m.group("verb").lower()
        verb = verb if verb.endswith("s") else {"carry": "carries"}.get(verb, verb + "s")
        return [f"User {verb} {_device(m.group('aid'))}"]
    if (m := _CONDITION.match(frag)) is not None:
        sev = f"{m.group('sev').lower()} " if m.group("sev") else ""
        since = f" {m.group('since')}" if m.group("since") else ""
        cond = m.group("cond")
        cond = cond if cond.isupper() else cond.lower()
        return [f"User has {sev}{cond}{since}"]
    if (m := _DIABETIC.match(frag)) is not None:
        since = f" {m.group('since')}" if m.group("since") else ""
        return [f"User has type {m.group('t')} diabetes{since}"]
    if (m := _NO_ALLERGIES.match(frag)) is not None:
        return [f"User has no known {(m.group('what') or '').lower()}allergies"]
    if (m := _BLOOD.match(frag)) is not None:
        return [f"User's blood type is {m.group('t')}"]
    if (m := _ALLERGIC.match(frag)) is not None:
        return [f"User is allergic to {m.group('what')}"]
    return []


def _device(word: str) -> str:
    word = re.sub(r"(?i)epi-?pen", "EpiPen", word.strip())
    word = re.sub(r"\s+", " ", word)
    if word.lower().endswith(("aids", "glasses", "lenses")):
        return word.lower()  # "hearing aids", "glasses": no article
    article = "an" if word[:1].lower() in "aeiou" else "a"
    return f"{article} {word[0].lower() + word[1:] if word[0] != 'E' else word}"


def fragment_facts(fragment: str) -> list[str]:
    """One cleaned profile fragment as facts, or nothing when it has no known shape."""
    frag = fragment.strip(" .!,;:-–*•")
    if not frag or len(frag) > 80:
        return []
    if (m := _LIVED_SINCE.match(frag)) is not None:
        return [f"User has lived in {m.group('place')} since {m.group('when')}"]
    if (m := _DOING_FOR.match(frag)) is not None and m.group("act").lower() not in _NOT_PASTIME:
        about = "about " if m.group("q") else ""
        unit = m.group("unit").lower()
        unit = {"yr": "year", "yrs": "years"}.get(unit, unit)
        return [f"User has been {m.group('act').lower()} for {about}{m.group('n')} {unit}"]
    if _CANT_DRIVE.match(frag):
        return ["User cannot drive"]
    if _NO_CAR.match(frag):
        return ["User does not have a car"]
    if (m := _PREVIOUSLY.match(frag)) is not None:
        span = f" for {m.group('n')} years" if m.group("n") else ""
        return [f"User previously worked at {m.group('org')}{span}"]
    if (m := _EX_ORG.match(frag)) is not None:
        return [f"User previously worked at {m.group('org')}"]
    if (m := _DEGREE.match(frag)) is not None:
        deg = m.group("deg")
        article = "an" if deg[0] in "AEFHILMNORSX" else "a"
        year = f" ({m.group('year')})" if m.group("year") else ""
        return [f"User has {article} {deg} from {m.group('school')}{year}"]
    if (m := _ALLERGY.match(frag)) is not None:
        sev = f"{m.group('sev').lower()} " if m.group("sev") else ""
        what = m.group("what").lower()
        article = "an" if (sev or what)[0] in "aeiou" else "a"
        return [f"User has {article} {sev}{what} allergy"]
    if (m := _NO_AFTER.match(frag)) is not None:
        return [f"User avoids {m.group('what').lower()} after {m.group('t').replace(' ', '')}"]
    if skill := _skill_fragment(frag):
        return skill
    if health := _health_fragment(frag):
        return health
    if (m := _PETS_NAMED.match(frag)) is not None:
        return [f"User has {m.group('n')} {m.group('pet')} named {m.group('names')}"]
    if (m := _PREFERS.match(frag)) is not None:
        return [f"User prefers {m.group('what')}"]
    if (m := _SEAT.match(frag)) is not None:
        on = " on flights" if m.group("on") and "plane" in m.group("on").lower() else ""
        on = f" on {m.group('on').lower()}" if m.group("on") and not on else on
        return [f"User prefers {m.group('seat').lower()} seats{on}"]
    return []


def own_text_facts(text: str) -> list[str]:
    """Sentence-level shapes in the user's own prose: medical aids carried, cut-off times."""
    facts: list[str] = []
    for m in _CARRIES.finditer(text):
        facts.append(f"User carries {_device(m.group('dev') or m.group('dev2'))}")
        break
    for m in _CUT_OUT.finditer(text):
        facts.append(f"User avoids {m.group('what').lower()} after {m.group('t').replace(' ', '')}")
        break
    return facts


__all__ = ["fragment_facts", "own_text_facts"]
