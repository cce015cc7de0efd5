"""The user's things stated in records: vehicle, accounts, address, rent, pets, orders.

Second-person mail ("your 2019 Subaru Outback", "your checking account ending in
4417") names what the user owns or rents; these rules read those phrasings.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local import fact_rec_cards, fact_rec_pets
from omi_actions.processing.local.fact_clean import _iso_when
from omi_actions.processing.local.fact_rec_mail import MARKETING, STREET, STREET_RE, signature_lines

_MAKES = (
    r"Toyota|Honda|Ford|Chevrolet|Chevy|Nissan|Hyundai|Kia|Subaru|Mazda|Volkswagen|VW|BMW|"
    r"Mercedes(?:-Benz)?|Audi|Lexus|Tesla|Jeep|Dodge|Ram|GMC|Volvo|Porsche|Mini|Fiat|Acura|"
    r"Infiniti|Buick|Cadillac|Lincoln|Chrysler|Mitsubishi|Genesis|Rivian|Polestar|Skoda|Renault|"
    r"Peugeot|Citroen|Opel|Jaguar|Land\s+Rover|Suzuki"
)
VEHICLE = re.compile(
    r"(?:\b(?i:your|my|our)\s+|\()(?P<year>(?:19[5-9]|20[0-4])\d)\s+"
    r"(?P<model>[A-Z][\w-]*(?:[ \t]+(?:[A-Z0-9][\w-]*)){0,3})"
    rf"|\b(?P<year2>(?:19[5-9]|20[0-4])\d)\s+"
    rf"(?P<model2>(?:{_MAKES})(?:[ \t]+[A-Z0-9][\w-]*){{1,3}})"
)
_VEHICLE_CONTEXT = re.compile(
    r"\b(?:vehicle|car|truck|mileage|odometer|vin|oil\s+change|tires?|registration|"
    r"dealership|service|drive|drives|miles?|mpg|hybrid|ev|policy)\b",
    re.I,
)
_ACCOUNT_ENDING = re.compile(
    r"\b(?:your|the|my)\s+(?:(?i:new|replacement|current)\s+)?"
    # the issuer and network before the card: "your Northbay Visa debit card ending 4417"
    r"(?P<brand>(?:[A-Z][\w&'’-]*\s+){0,3}?)"
    r"(?P<kind>(?:(?:checking|savings|credit\s+card|debit\s+card|brokerage|"
    r"joint|business)\s+account|credit\s+card|debit\s+card|prepaid\s+card|charge\s+card|card))"
    r"\s+ending\s+(?:in\s+)?"
    r"(?P<digits>\d{4})\b",
    re.I,
)
_NOT_BRAND = re.compile(r"^(?i:your|the|my|new|old|this|that|a)$")
_AUTOPAY = re.compile(
    r"\b(?:auto-?pay)\b[^.]{0,30}?\b(?:active|enrolled|set\s+up|on)\b[^.]{0,12}?\bfor\s+"
    r"(?:your|the)\s+(?P<what>[\w ]{3,40}?ending\s+(?:in\s+)?\d{4})"
    r"|\b(?P<what2>account\s+(?:#\s*)?\d[\d-]{3,})\b[^.]{0,80}?\b(?:is|are|has\s+been)\s+"
    r"(?:now\s+)?enrolled\s+in\s+auto-?pay\b",
    re.I,
)
# "Account 5513-0028 for service address ...": the user's account with the sender.
_ACCOUNT_NO = re.compile(
    r"(?:^|[.:]\s+|\n)(?i:your\s+)?[Aa]ccount\s+(?:#\s*|no\.\s*)?(?P<number>\d[\d-]{3,})\b"
)
_PAY_DAY = re.compile(
    r"\bpayments?\b[^.]{0,60}?\b(?:will\s+be\s+|are\s+|is\s+)?(?:drafted|made|charged|debited|"
    r"withdrawn|taken|paid)\s+on\s+the\s+(?P<day>\d{1,2}(?:st|nd|rd|th))\s+of\s+(?:each|every)\s+"
    r"month",
    re.I,
)
_SERVICE_ADDRESS = re.compile(
    rf"\b(?i:service\s+address|home\s+address|mailing\s+address|your\s+address|"
    rf"set\s+up\s+at|delivered\s+to|new\s+address[^:\n]{{0,20}}:|my\s+address\s+is|"
    rf"I\s+(?:now\s+)?live\s+at|we\s+(?:now\s+)?live\s+at)\s*:?\s*(?P<addr>{STREET})"
)
_YOUR_STREET = re.compile(
    r"\byour\s+(?:street|home|house|property|building|neighbou?rhood)\b", re.I
)
_RENT = re.compile(
    r"\b(?i:the|your|my)\s+(?:new\s+|monthly\s+)?rent\s+(?:will\s+be|is|goes\s+up\s+to|"
    r"increases\s+to)\s+(?P<amount>\$[\d,]+(?:\.\d\d)?(?:\s*/\s*(?:month|mo)|\s+(?:per|a)\s+month)?)"
    r"(?:\s+(?:starting|from|as\s+of|effective|beginning)\s+(?P<when>[A-Z][a-z]+\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?))?",
)
_UNIT = re.compile(r"\b(?P<unit>(?:Unit|Apt\.?|Apartment|Suite)\s+#?[\w-]{1,5})\b")
_LANDLORD = re.compile(
    r"^(?P<org>[A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,3}[ \t]+(?:Property\s+Management|Properties|"
    r"Realty|Apartments|Residential|Housing|Lettings|Rentals))\b",
    re.M,
)
_ORDER_ITEMS = re.compile(
    r"\byour\s+order\s+(?:#\s*|no\.\s*|number\s+)?[\w-]*\s*\((?P<items>[^)]{3,60})\)", re.I
)
# "Luna (cat, 3 years)": a species named in lower case is the pet's kind
_SPECIES_WORDS = {"feline": "cat", "canine": "dog", "kitten": "cat", "puppy": "dog"}
_PET_RECORD = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)\s+\((?P<breed>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|"
    r"cat|dog|kitten|puppy|feline|canine|rabbit|ferret),\s*"
    r"(?P<age>\d{1,2})\s*(?:yrs?|years?(?:\s+old)?|y/?o)\)"
)
_PET_DUE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)(?:'s|’s)?\s+(?:is\s+)?(?:now\s+)?(?:due|overdue)\s+(?:for\s+)?"
    r"(?:his|her|their|a|an|the)?\s*(?P<what>[\w -]{0,30}?(?:booster|vaccines?|vaccinations?|"
    r"shots?|checkup|check-up|dental|grooming))\b"
)

# the same due notice right after the pet's record ("(Beagle, 6 yrs) is due for his booster")
_PET_DUE_AFTER = re.compile(
    r"\s*(?:is|are)\s+(?:now\s+)?(?:due|overdue)\s+for\s+(?P<what>(?:his|her|their|its|a|an|"
    r"the)\s+[\w -]{0,30}?(?:booster|vaccines?|vaccinations?|shots?|check-?up|dental|grooming))\b"
)
# "... is due for her annual vaccination on 15/04/2026."
_DUE_ON = re.compile(r"\s+(?:on|by)\s+(?P<when>[^.\n]{4,30})")


def _pet_due(after: str, record: re.Match[str], reference: datetime) -> list[str]:
    """ "Nala (Border Collie, 6 yrs) is due for her annual vaccination on 15/04/2026" ->
    "User's dog Nala is due for her annual vaccination on 2026-04-15" (a known breed only)."""
    breed = _SPECIES_WORDS.get(record.group("breed"), record.group("breed"))
    species = breed if breed.islower() else fact_rec_pets._species(breed)
    due = _PET_DUE_AFTER.match(after)
    if not species or due is None:
        return []
    when = _DUE_ON.match(after, due.end())
    day = _iso_when(when.group("when"), reference) if when else None
    on = f" on {day.split(' at ')[0]}" if day else ""
    what = due.group("what").strip()
    return [f"User's {species} {record.group('name')} is due for {what}{on}"]


def belongings(text: str, kind: str, reference: datetime) -> list[str]:
    """Vehicles, accounts, addresses, rent, pets and orders stated about the user."""
    facts: list[str] = []
    to_user = kind in ("email", "voicemail")
    if _VEHICLE_CONTEXT.search(text):
        for match in VEHICLE.finditer(text):
            model = re.sub(
                r"\s+(?:is|has|was|for)$", "", match.group("model") or match.group("model2")
            )
            if re.match(r"(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b", model):  # fmt: skip
                continue
            facts.append(f"User drives a {match.group('year') or match.group('year2')} {model}")
            break
    if to_user and not MARKETING.search(text):
        for match in _AUTOPAY.finditer(text):
            what = match.group("what") or match.group("what2")
            what = re.sub(r"^(?:your|the)\s+", "", what or "", flags=re.I)
            facts.append(f"User has autopay set up for {what}".rstrip())
            break
        for match in _ACCOUNT_ENDING.finditer(text):
            kind_name = re.sub(r"\s+", " ", match.group("kind").lower())
            if re.search(r"\bfrom\s+$", text[max(0, match.start() - 6) : match.start()]):
                continue  # "drafted from your checking account": a detail of another record
            if re.search(r"\b(?:old|previous|expired|former|lost|stolen)\b", match.group(0), re.I):
                continue  # the card being replaced is no longer the user's
            brand = " ".join(w for w in match.group("brand").split() if not _NOT_BRAND.match(w))
            if brand and match.group("kind").lower() == "card":
                continue  # "your Lakewood Public Library card ending 4471": a library card
            brand = f"{brand} " if brand and brand[:1].isupper() else ""
            facts.append(f"User has a {brand}{kind_name} ending in {match.group('digits')}")
            break
        for match in _ACCOUNT_NO.finditer(text):
            facts.append(f"User's account number is {match.group('number')}")
            break
        pay_day = _PAY_DAY.search(text)
        if pay_day is not None:
            facts.append(f"User's autopay pays on the {pay_day.group('day')} of each month")
        rent = _RENT.search(text)
        if rent is not None:
            when = f" starting {rent.group('when')}" if rent.group("when") else ""
            facts.append(f"User's rent is {rent.group('amount')}{when}")
        if rent is not None or re.search(r"\blease\b", text, re.I):
            unit = _UNIT.search(text)
            landlord = _LANDLORD.search("\n".join(signature_lines(text)))
            if unit is not None:
                by = f" from {landlord.group('org')}" if landlord else ""
                facts.append(f"User rents {unit.group('unit')}{by}")
        order = _ORDER_ITEMS.search(text)
        if order is not None:
            facts.append(f"User ordered {order.group('items')}")
    address = _SERVICE_ADDRESS.search(text)
    if address is not None:
        facts.append(f"User lives at {address.group('addr').rstrip('.,')}")
    elif to_user and _YOUR_STREET.search(text):
        streets = {m.group(0) for m in STREET_RE.finditer(text)}
        if len(streets) == 1:
            facts.append(f"User lives at {streets.pop().rstrip('.,')}")
    pets = False
    for match in _PET_RECORD.finditer(text):
        pets = True
        breed = match.group("breed")
        breed = _SPECIES_WORDS.get(breed, breed)
        facts.append(
            f"User has a {match.group('age')}-year-old {breed} named {match.group('name')}"
        )
        facts.extend(_pet_due(text[match.end() : match.end() + 160], match, reference))
    if not pets and re.search(r"\bvets?\b|veterinar|animal\s+hospital|\brabies\b", text, re.I):
        for match in _PET_DUE.finditer(text):
            facts.append(f"User has a pet named {match.group('name')}")
            break
    facts.extend(fact_rec_cards.record_cards(text, kind, reference))
    return facts
