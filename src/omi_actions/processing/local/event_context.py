"""What the whole text says about its plans: whose they are and what they are called.

Some texts name plans that are not the user's: a calendar notice of an
invitation the user declined, a marketing mail inviting everyone to a webinar,
a podcast telling its listeners "see you next Wednesday". Others name the
plan only by a part of it ("Kickoff vs. Eastlake at 9", "Doors 7 PM · Show
8 PM", "Check-in: Sat from 3 PM") and name what it is elsewhere: the opponent,
the venue, the hotel. This module reads those document-level cues.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.text import Document

# A calendar notice of an invitation the user turned down.
_DECLINED_NOTICE = re.compile(
    r"(?im)^\s*declined\s*:|\byou(?:\s+have|'ve)?\s+declined\s+(?:this|the)\s+(?:event|invitation|"
    r"meeting|invite)\b"
)
# Marketing: an offer to everyone, not the user's plan.
_PROMO = re.compile(
    r"\b(?:unsubscribe|register\s+(?:now|today|here)|sign\s+up\s+(?:now|today|here)|"
    r"save\s+your\s+(?:seat|spot)|reserve\s+your\s+(?:seat|spot)|seats\s+are\s+limited|"
    r"limited\s+(?:seats|spots|spaces)|spots\s+are\s+limited|don'?t\s+miss\s+(?:out|it)|"
    r"promo\s+code|% off|view\s+in\s+browser|manage\s+(?:your\s+)?preferences|"
    r"early[\s-]bird|grab\s+your\s+(?:seat|spot|ticket)s?)\b",
    re.IGNORECASE,
)
# ...unless the mail confirms the user's own place ("You're registered for ...").
_OWN_PLACE = re.compile(
    r"\b(?:you'?re\s+(?:registered|signed\s+up|booked|confirmed|all\s+set)|"
    r"you\s+are\s+(?:registered|signed\s+up|booked|confirmed)|your\s+(?:registration|booking|"
    r"reservation|order|tickets?|seat)\s+(?:is\s+|are\s+|has\s+been\s+)?confirmed|"
    r"thanks?\s+(?:you\s+)?for\s+(?:registering|signing\s+up|booking)|order\s*#|booking\s+(?:ref|"
    r"reference|number))",
    re.IGNORECASE,
)
# Broadcasts: the plans they announce are for an audience.
_BROADCAST_SPECS = frozenset(
    {"podcast", "radio", "broadcast", "tv", "television", "youtube", "livestream", "webcast"}
)


def not_the_users(document: Document) -> bool:
    """Whether no plan in the text is the user's (declined notice, promotion, broadcast)."""
    if document.spec.strip().lower() in _BROADCAST_SPECS:
        return True
    text = f"{document.subject or ''}\n{document.body}"
    if _DECLINED_NOTICE.search(text):
        return True
    promo = {m.group(0).lower() for m in _PROMO.finditer(text)}
    if promo and not _OWN_PLACE.search(text):
        if len(promo) >= 2 or (document.kind == "email" and not _from_a_person(document)):
            return True
    return False


def _from_a_person(document: Document) -> bool:
    sender = document.sender or ""
    return bool(re.fullmatch(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}", sender))


# "Kickoff vs. Eastlake", "we're playing the Hornets", "match against Rovers".
_OPPONENT = re.compile(
    r"\b(?:vs\.?|versus|v\.|against|playing|play|face|facing|take\s+on|taking\s+on)\s+"
    r"(?P<team>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_NOT_TEAMS = frozenset(
    """I Me You We They He She It Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Tomorrow Today Tonight""".split()
)
_GAME_PARTS = frozenset({"Kickoff", "Game", "Match", "Tip-off", "Faceoff", "Scrimmage"})


def opponent(text: str) -> str | None:
    """The other team a game is against ("the Hornets")."""
    for match in _OPPONENT.finditer(text):
        team = match.group("team")
        first = re.sub(r"^the\s+", "", team).split()[0]
        if first in _NOT_TEAMS:
            continue
        return team
    return None


def game_title(plan: str, text: str, previous: str = "") -> str | None:
    """ "Game vs. Eastlake" for a kickoff or a game against a named team."""
    if plan.split()[-1] not in _GAME_PARTS and plan != "Meetup":
        return None
    team = opponent(text) or (opponent(previous) if plan in _GAME_PARTS else None)
    if team is None:
        return None
    head = plan if plan.split()[-1] in ("Game", "Match", "Scrimmage") else "Game"
    return f"{head} vs. {team}"


# A game named by its opponent: "vs. Eastlake", "against Rovers", "playing the Hornets".
_PLAYED = re.compile(
    r"\b(?:vs\.?|versus|against)\s+(?P<a>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})|"
    r"\b(?:play|playing|face|facing)\s+(?P<b>the\s+[A-Z][\w'’-]*s)\b"
)


def played_team(text: str) -> str | None:
    """The opponent of a game said without the word "game" ("we're playing the Hornets")."""
    for match in _PLAYED.finditer(text):
        team = match.group("a") or match.group("b")
        if re.sub(r"^the\s+", "", team).split()[0] not in _NOT_TEAMS:
            return team
    return None


# "Roxy Hall", "the Blue Note Club", "Alpine Lodge Zermatt", "Hotel Miramar": a venue
# named by its kind of place.
_VENUE_HEADS = (
    r"Hall|Theatre|Theater|Arena|Stadium|Center|Centre|Club|Ballroom|Amphitheat(?:er|re)|"
    r"Auditorium|Field|Fields|Park|Bowl|Dome|Pavilion|Gardens|Gallery|Museum|Lodge|Hotel|Inn|"
    r"Resort|Hostel|Suites|Motel|Chalet|Cabins|Playhouse|Opera|Coliseum|Forum|Lounge"
)
_VENUE = re.compile(
    rf"\b(?P<venue>(?:[A-Z][\w'’&-]+\s+){{1,3}}(?:{_VENUE_HEADS})(?:\s+[A-Z][\w'’-]+)?|"
    rf"(?:Hotel|Hostel|Theatre|Theater)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)
_VENUE_STOP = frozenset(
    """The A An At In On Your Our My This Dear Hi Hello From To Subject Date Booking Order
    Check Confirmed Welcome""".split()
)
# Plans that say little on their own and are better named by where they happen.
VENUE_PLANS = frozenset(
    {"Show", "Concert", "Performance", "Check-in", "Doors", "Game", "Match", "Kickoff",
     "Reservation", "Stay", "Gig", "Play", "Premiere"}
)  # fmt: skip


def named_venue(text: str) -> str | None:
    """The first venue named by its kind of place in ``text``."""
    for match in _VENUE.finditer(text):
        words = match.group("venue").split()
        while words and words[0] in _VENUE_STOP:
            words.pop(0)
        if len(words) >= 2:
            return " ".join(words)
    return None


# Clocks for a part of the plan rather than its start ("Doors 7 PM", "arrive by 8:30").
PART_CLOCK = re.compile(
    r"\b(?:doors|gates|arrive|arrival|warm-?ups?|boarding|seating|check-?in|registration|"
    r"be\s+there)\W*(?:open\w*\W*)?(?:at|by|from)?\s*$",
    re.IGNORECASE,
)


# Whose plan a sentence names. Another person's own plan ("I'm out Monday, dentist",
# "he's at a wedding that Saturday", "my sister has her follow-up on the 3rd") is not
# the user's event unless the sentence brings the user in ("you", "we", "join").
_THIRD_PARTY_HAS = re.compile(
    r"(?:(?i:\b(?:he|she|they|(?:half\s+|most\s+|some\s+)?(?:of\s+)?the\s+(?:team|guild|group|"
    r"class|crew|band|squad|office|others|rest)))|"
    r"\b(?!(?:There|Here|It|This|That|What|Which|Who|How|Where|When|Why|Today|Tomorrow|Tonight|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|Next|The|Our|Your|And|But|So|Also)\b)"
    r"[A-Z][a-z]+(?:['’]s\s+(?i:mom|dad|wife|husband|kid|son|daughter|sister|brother))?|"
    r"\b(?i:(?:my|his|her|their)\s+(?:mom|mum|dad|mother|father|wife|husband|partner|son|daughter|"
    r"sister|brother|boss|colleague|coworker|neighbou?r|friend|cousin|aunt|uncle|grandma|grandpa|"
    r"kid|kids)))(?:\s+|(?=['’]))"
    r"(?i:(?:is|are|was|['’]s|['’]re|will\s+be|has|have|had|got|['’]s\s+got|has\s+got)\s+"
    r"(?:(?:at|going\s+to|off\s+to|away\s+(?:at|for)|out\s+(?:at|for)|in)\s+)?"
    r"(?:a|an|the|his|her|their|another)\s+(?:[\w'-]+\s+){0,2})$"
)
# The speaker's own plan: "my dentist appointment", "I've got a shift", "I'm out Monday".
_FIRST_PERSON_OWN = re.compile(
    r"\b(?:my|i'?ve\s+got\s+(?:a|an|the|my)|i\s+have\s+(?:a|an|the|my)|i\s+got\s+(?:a|an|the|my)|"
    r"i'?m\s+(?:at|having|going\s+to))\s+(?:[\w'’-]+\s+){0,2}$|\bi'?m\s+(?:out|off|away)\b",
    re.IGNORECASE,
)
# The user takes part: addressed, included, hosted ("at my place"), asked to cover.
_USER_INVOLVED = re.compile(
    r"\b(?:you|your|you'?re|y'?all|we|we'?re|we'?ll|us|our|let'?s|join|come|coming\s+with|"
    r"cover|someone|anyone|anybody|(?:at|to)\s+my\s+(?:place|house|flat|apartment|home))\b",
    re.IGNORECASE,
)
# Plans a friend names as theirs to invite the user along ("my party Saturday!").
_SOCIAL = frozenset(
    """party birthday dinner lunch brunch drinks bbq barbecue housewarming wedding picnic
    potluck gig concert show game match celebration hangout reunion""".split()
)


def someone_elses(text: str, start: int, plan: str, from_user: bool | None) -> bool:
    """Whether the plan named at ``start`` belongs to another person, not the user."""
    before = text[:start]
    if _USER_INVOLVED.search(text):
        return False
    if _THIRD_PARTY_HAS.search(before):
        return True  # "he's at a wedding", "Dad has his follow-up"
    head = plan.split()[-1].lower()
    if from_user is not False or head in _SOCIAL:
        return False
    # "Ben: I'm out Monday, dentist.", "Ana: I've got a shift that day"
    return bool(_FIRST_PERSON_OWN.search(before) or _FIRST_PERSON_OWN.search(text[start:]))
