"""Small English helpers shared by the extractors: verbs, pronouns, clause trimming."""

from __future__ import annotations

import re

# Verbs that start an imperative task ("Call the plumber", "Send me the deck").
TASK_VERBS = frozenset(
    """
    accept add adjust agree apply approve arrange arrive ask assign attach attend avoid back
    backup bake bathe book bring brush buy call cancel change charge chase check choose clean
    clear close collect come comment complete confirm contact cook copy cover create cut decide
    delete deliver deposit dial do donate download draft drink drive drop dust eat edit email
    empty enroll fast fax feed fetch file fill finalise finalize find finish fix fold follow
    forward freeze gather get give go grab hand hang help hire ice install invite iron join keep
    label leave let lock log look mail make max measure meet message move mow note notify open
    order organise organize pack paint pass pay phone pick plan plant post practice practise
    prep prepare present print proofread publish push put read reach rebalance record refill
    register reheat remind remove renew rent repair replace reply report request reschedule
    research reserve reset respond rest restart return review rinse rsvp run save schedule scan
    sell send set share shop show sign sort start stop store study submit swap sweep switch take
    talk tell test text thank throw tidy top touch transfer try turn unload unplug update upgrade
    upload use vacuum verify visit vote walk wash watch water wear wrap write bump ping handle
    figure mail pay rsvp wire
    marinate soak chop boil grill defrost thaw season stir mix peel slice roast simmer mop
    declutter recycle compost hem sew mend polish charge replace refill sharpen tune service
    inspect clean wipe scrub disinfect sanitize air repot prune weed rake shovel salt fertilize
    initial notarize photocopy shred file expense invoice reconcile budget claim dispute appeal
    merge deploy commit ship release patch debug refactor triage escalate document outline
    rehearse memorize revise cite translate summarize summarise benchmark migrate provision
    dispose donate exchange activate deactivate reinstall restore encrypt renew
    remember reconfirm ring
    carry borrow lend raise lower increase reduce venmo reimburse repay
    """.split()
)

# Openers that look imperative but are social formulas, not tasks.
NON_TASK_OPENERS = re.compile(
    r"^(?:have (?:a|fun|an)|take care|enjoy|see you|thanks?|thank you|sorry|stay safe|"
    r"hang on|hold on|wait|look at|guess|imagine|trust me|believe|listen|get well|"
    r"let'?s see|let me (?:think|guess|see)|make yourself|feel free|do you|did you|"
    r"get some rest|sleep well|good luck|keep (?:it up|up the good)|come on|check this out|"
    r"check it out|watch out|never mind|go ahead|tell me about|talk (?:later|soon|to you)|"
    r"shop (?:our|now|the sale)|click|learn more|save (?:up to|\d)|get \d+%|do not|don'?t|"
    r"view (?:it|in|on)|(?:reply|text) (?:stop|yes|no|help|end|quit|info|unsubscribe)\b|"
    r"let'?s go|keep (?:me|us) posted|"
    r"note to self|reply [a-z0-9]{1,3} to|"
    r"meet (?:at|you|me|up|there)|save the date|back to|let (?:me|us) (?!know\b)\w+|"
    r"forward (?:this|it) to a friend|read (?:online|more|the full)|keep moving|"
    r"text [a-z0-9]{1,6} to|come as you are|test(?:ing)?,? test|accept or decline|"
    r"go on then|change of|order of|return of|set of|cover of|copy of|record of)\b",
    re.IGNORECASE,
)

# Words a task must not start with once cleaned (not verbs, or states).
NON_VERB_START = frozenset(
    """
    be been being is are was were am i you he she it we they this that there these those the a
    an my your our their his her its if when what why how where who which not never no yes so
    and but or probably maybe really very just also too think guess hope wish know love like
    feel seem bet mean suppose wonder believe remember forget want need have has had
    """.split()
)

_VAGUE_OBJECTS = frozenset(
    {"it", "that", "this", "them", "those", "these", "one", "so", "out", "her", "him", "us"}
)

_ADVERB_PREFIX = re.compile(
    r"^(?:(?:please|pls|plz|kindly|also|just|definitely|really|quickly|maybe|actually|"
    r"then|and|oh|so|now|still|first|probably|certainly|surely|totally|yeah|yep|yes|ok|okay|"
    r"sure|cool|great|alright|hey|hi|right|perfect|fine)[,!.]?\s+)+",
    re.IGNORECASE,
)
# Where a task phrase ends: a reason, a contrast, or a reply tag.
_CLAUSE_END = re.compile(
    r"(?:,?\s+(?:but|because|since|cause|cuz|so that|although|though|otherwise|or else|"
    r"or (?:it|they|this|these|we|you)(?:'ll|’ll| will| would| may| might| go| goes| gets?)|"
    r"and then i|and i'll|and i will|while i|when you get a chance|"
    r"before (?:we|you|i|they|he|she)|so (?:we|i|you|they) \w+|if you have questions|"
    r"if (?:you|u) (?:want|wanna|like|'d like|need|prefer)|"
    # "so payroll can process it", "so the engineer brings the part": the purpose.
    r"so (?!much\b|many\b|far\b|long\b|soon\b)(?:the |your |our |my )?[a-z]+ (?:can|could|"
    r"will|won't|can't|doesn't|don't|has|have|gets?|knows?|brings?)|"
    r"and i'?m|and i am|once (?:we|you|i|they|he|she)\b[^,]*|to avoid|in order to|so as to)\b"
    r"|,\s+(?:everyone|everybody|someone|somebody|nobody|no one|you)\b"
    r"|,\s+the\s+\w+\s+(?:is|are|was|were|will|has)\b"
    r"|,\s+(?:he|she|they|we|i|it|it's|that|which|who|ours|mine|there's)\b"
    r"|,\s*(?:ok|okay|alright|please|thanks|thank you|will you|would you|can you|yeah|right|"
    r"if possible|if you can|when you can|ideally|preferably|ideally by)\b"
    r"|\s*;|(?<!\d)\s*:|:(?!\d)|\s*\((?!\d)|\s+-\s)",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:\s+(?:too|as well|also|please|pls|for me|for us|again|asap|thanks|ok|okay|then|"
    r"if you can|if possible|when you get a chance|when you can|real quick|for sure|"
    r"right away|either way|anyway|sorry|no worries|though))+\s*$",
    re.IGNORECASE,
)


# A preposition left at the end once its object ("then", a date) was cut off.
_DANGLING = re.compile(
    r"\s+(?:before|by|until|after|at|on|to|for|with)$|,\s*(?:so|and|or)$", re.IGNORECASE
)


def trim_clause(text: str) -> str:
    """The task phrase without its trailing reason, tag or punctuation."""
    text = text.strip()
    match = _CLAUSE_END.search(text)
    if match is not None and match.start() > 0:
        text = text[: match.start()]
    text = text.strip(" \t,.!?…\"'")
    previous = None
    while previous != text:
        previous = text
        text = _DANGLING.sub("", text)
        text = _TRAILING.sub("", text).strip(" ,.!?")
    return text


def strip_adverbs(text: str) -> str:
    return _ADVERB_PREFIX.sub("", text).strip()


def rewrite_request(task: str, speaker: str | None) -> str:
    """A request said *to* the user, rewritten as the user's own imperative.

    "pick up milk on your way home" -> "pick up milk on the way home";
    "send me the slides" (from Alex) -> "send Alex the slides".
    """
    task = re.sub(r"\byour way\b", "the way", task, flags=re.IGNORECASE)
    task = re.sub(r"\byourself\b", "", task, flags=re.IGNORECASE)
    task = re.sub(r"\byour\s+", "", task, flags=re.IGNORECASE)
    if speaker:
        task = re.sub(r"\bme\b", speaker, task)
        # "pick us up" from a family member: the speaker (and company) is the object.
        task = re.sub(r"^(\w+)\s+us\b", rf"\1 {speaker}", task)
        task = re.sub(r"\bmy\b", f"{speaker}'s", task, flags=re.IGNORECASE)
        task = re.sub(r"\bmine\b", f"{speaker}'s", task)
    else:
        task = re.sub(r"\bmy\b", "their", task, flags=re.IGNORECASE)
    task = re.sub(r"\s+you\s*$", "", task)
    return re.sub(r"\s+", " ", task).strip()


def rewrite_commitment(task: str, other: str | None) -> str:
    """A commitment the user made ("send you the report") as an imperative."""
    task = re.sub(r"\bmy\s+", "", task, flags=re.IGNORECASE)
    task = re.sub(r"\bmyself\b", "", task, flags=re.IGNORECASE)
    if other:
        task = re.sub(r"\byou(?:'re|’re)\b", f"{other} is", task, flags=re.IGNORECASE)
        task = re.sub(r"\byou(?:'ve|’ve)\b", f"{other} has", task, flags=re.IGNORECASE)
        task = re.sub(r"\byou\b", other, task, flags=re.IGNORECASE)
        task = re.sub(r"\byour\b", f"{other}'s", task, flags=re.IGNORECASE)
    else:
        # In the user's own note, "your" is the user's: "bring your card" -> "bring card".
        task = re.sub(r"\byour way\b", "the way", task, flags=re.IGNORECASE)
        task = re.sub(r"\byour\s+", "", task, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", task).strip()


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def is_plausible_task(task: str) -> bool:
    """A cleaned task starts with a verb-like word and says more than "do it"."""
    words = re.findall(r"[\w'’-]+", task.lower())
    if not (1 <= len(words) <= 25):
        return False
    if _CAUSATIVE_HAVE.match(task):
        return True  # "have Noah bring the log back", "have the photos ready"
    if _BE_PRESENT.match(task):
        return True  # "be home to let the plumber in"
    if words[0] in NON_VERB_START or words[0] not in TASK_VERBS:
        return False
    content = [w for w in words[1:] if w not in _VAGUE_OBJECTS]
    if len(words) >= 2 and not content:
        return False
    if len(words) == 1 and words[0] not in TASK_VERBS:
        return False
    return not NON_TASK_OPENERS.match(task)


_BE_PRESENT = re.compile(r"^be\s+(?:at\s+)?home\b", re.IGNORECASE)
# "have" is a task only as a causative or with a result state.
_CAUSATIVE_HAVE = re.compile(
    r"^have\s+(?:(?:[A-Z][a-z]+|him|her|them|someone|somebody)\s+(?!been\b|had\b|is\b)[a-z]+\b|"
    r"(?:the|your|a|an|all|some|copies|two|three)\b[^.?!]{0,60}?\b(?:ready|done|signed|printed|"
    r"on\s+hand|handy|available|filled\s+out|completed)\b)"
)
_GERUND_DOUBLE = re.compile(r"([bdgmnprt])\1ing$")


def base_form(gerund: str) -> str:
    """'sending' -> 'send', 'taking' -> 'take', 'stopping' -> 'stop' (best effort)."""
    word = gerund.lower()
    if not word.endswith("ing") or len(word) <= 5:
        return gerund
    if _GERUND_DOUBLE.search(word):
        return gerund[:-4]
    stem = gerund[:-3]
    if stem.lower() + "e" in TASK_VERBS or stem.lower().endswith(("k", "v", "z", "c", "at", "ut")):
        if stem.lower() + "e" in TASK_VERBS or stem.lower().endswith(("v", "z", "c")):
            return stem + "e"
    return stem


_DOUBLE_FINAL = frozenset(
    {
        "get",
        "put",
        "set",
        "run",
        "stop",
        "plan",
        "swap",
        "shop",
        "drop",
        "sit",
        "cut",
        "let",
        "ship",
        "swim",
        "jog",
        "chat",
        "skip",
    }
)


def gerund(verb: str) -> str:
    """ "move" -> "moving", "get" -> "getting", "see" -> "seeing"."""
    verb = verb.lower()
    if verb in _DOUBLE_FINAL:
        return verb + verb[-1] + "ing"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"
