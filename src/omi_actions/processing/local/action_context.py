"""What the action extractor knows about the conversation around a clause.

``_Candidate`` is an action item found but not yet kept; ``_Context`` holds what
earlier sentences said (noun phrases for pronouns, dates for "then", day
headings of lists, clock times). Also who is speaking: the sender's name, the
user's one counterpart, and which of two unnamed voices is the user's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from omi_actions.processing.local import (
    action_time,
)
from omi_actions.processing.local.dates import DateMention, combine, find_dates
from omi_actions.processing.local.text import Document, Sentence

_NOUN_PHRASE = re.compile(
    r"\b(?:the|your|my|our|his|her|their|this|that|these|those|a|an)\s+"
    r"(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]*[a-z][\w'’-]*)"
    r"(?=\s*(?:[.,;:!?]|$|\s+(?:is|are|was|were|has|have|had|looks|will|by|for|to|in|on|at|"
    r"with|from|before|after|due|and|ready|done|i|we|"
    # "a replacement card should arrive", "your card ending 4417 expires": what happens to it
    r"should|must|can|could|would|may|might|ending|expires|expired|arrives|"
    r"arrived|came|comes|needs|gets|got)\b))",
    re.IGNORECASE,
)
_BARE_NOUN = re.compile(
    r"^(?P<np>[A-Z][a-z]+(?:\s+[a-z]+){0,2})\s+(?:(?:are|is)\s+(?:done|ready|finished)|"
    r"(?:renews|expires|ends|starts|closes|opens|is\s+due|are\s+due|needs|need)\b)"
)
# A noun phrase naming a person ("your wife Grace", "the kids"): never what "it" means.
_PERSON_NP = re.compile(
    r"\b(?:wife|husband|partner|son|daughter|kids?|children|child|twins|mum|mom|dad|mother|"
    r"father|brother|sister|parents?|grandma|grandpa|gran|baby|boyfriend|girlfriend|friend|"
    r"boss|manager|colleague|neighbou?r|"
    # the people who come to do a job or run an office: "send Marco, the super"
    r"super|superintendent|plumber|electrician|engineer|technician|tech|contractor|builder|"
    r"painter|cleaner|courier|driver|mechanic|handyman|landlord|landlady|tenant|roommate|"
    r"flatmate|nurse|receptionist|teacher|coach|tutor|nanny|babysitter|"
    r"lawyer|accountant|agent|client|customer|guest|cousin|aunt|uncle|nephew|niece|team|"
    r"people|staff|folks)s?\b(?:\s+[A-Z][a-z]+)?$",
    re.IGNORECASE,
)
_NP_STOP = frozenset(
    """time day week weekend month year way thing things lot bit one place morning afternoon evening
    night moment problem rest end point idea sense reason 3rd 1st 2nd done ready finished relief
    good great fine ok okay news progress sure same forever already again anyway yet now today
    tonight tomorrow later soon too though either all much more here there instead back first
    last next other own best worst most least first-time""".split()
)
# A noun phrase does not contain a finite verb ("the wifi keeps dropping", "the doctor said").
_NP_VERB = frozenset(
    """said says told tells is are was were keeps kept has have had will would can could should
    did does do goes went came comes looks looked seems seemed wants wanted needs needed gets
    got makes made thinks thought want need like love know think hope""".split()
)
# A period, not a day ("next week", "this month"); "in two weeks" is a day.
_VAGUE_PERIOD = re.compile(
    r"(?:(?:this|next|the|coming|the\s+coming)\s+)?(?:week|month|year|weekend)",
    re.IGNORECASE,
)
# What a day heading may hold besides the day: "Things to do today:", "Mon", "Tomorrow -".
_HEADING_FILLER = re.compile(
    r"[\s:;,.!/()\-–—*#]*(?:(?:things?|stuff|tasks?|to-?dos?|to\s+do|for|on|list|plan|errands|"
    r"chores|agenda|my|the|morning|afternoon|evening|\d+/\d+)[\s:;,.!/()\-–—*#]*)*",
    re.IGNORECASE,
)
_ORG_INTRO = re.compile(
    r"\b(?i:this\s+is)\s+[A-Z][a-z]+\s+(?:from|at|with)\s+"
    r"(?P<org>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}(?:\s+(?:office|clinic|team|shop))?)"
)
_PARTICLES = frozenset({"up", "out", "off", "back", "in", "down", "over", "on", "by"})


# "the gutters are a disaster": what something is like, not a thing to act on.
# "the bill's in your name", "the keys are under the mat": where it is, not the thing.
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|'s|’s|'re|’re)\s+(?:(?:a|an)|(?:in|on|under|inside)\s+(?:the|your|my|"
    r"our|his|her|their|a|an))$",
    re.IGNORECASE,
)
# "(it's) at the clinic", "(it came) in the mail": where the thing is.
_PLACE = re.compile(
    r"\b(?:in|into|inside|under|at|from|through|via)\s+(?:the|your|my|our|his|her|their|this|"
    r"that|a|an)$",
    re.IGNORECASE,
)
# "I've put the form in your letterbox": the letterbox is where the form is.
_PUT_IN = re.compile(
    r"\b(?:put|left|placed|dropped|posted|slipped|slid|pushed|stuck|popped|tucked)\s+"
    r"(?:the|your|a|an|it|them|those|these|this|that)\b[^.,;!?]{0,40}?\s+(?:in|into|under|inside|"
    r"through|on)\s+(?:the|your|my|our|his|her|their|a|an)$",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:and|also|oh|so|but|yeah|yes|yep|ok|okay|well|right)\W+)?"
    r"(?:it|they|it's|it’s|they're|they’re)\b",
    re.IGNORECASE,
)
# "thanks for the reminder, I'll transfer it": what is thanked for is not what is done.
_THANKED_FOR = re.compile(
    r"\b(?:thanks|thank\s+you|thx|ty|cheers)\s+(?:(?:so|very)\s+much\s+)?for\s+$", re.IGNORECASE
)
# "the bill's in your name": "is" after the noun, not a possessive.
_OWNED_IS = re.compile(r"\s+(?:in|on|at|due|been|here|there|over|under)\b", re.IGNORECASE)


@dataclass
class _Candidate:
    description: str
    due_at: datetime | None
    sentence: Sentence
    index: int
    verb: str
    kind: str
    core: str = ""  # the description before event context was appended, for dedup


def _verb_of(description: str) -> str:
    words = description.split()
    if len(words) >= 2 and words[1].lower() in _PARTICLES:
        return " ".join(words[:2])
    return words[0] if words else ""


def _name(sentence: Sentence, document: Document) -> str | None:
    if sentence.speaker and _GENERIC_SPEAKER.fullmatch(sentence.speaker):
        return None  # "Speaker 0" is no one's name
    if sentence.speaker and sentence.from_user is not True:
        return sentence.speaker
    if document.kind == "email" and document.sender:
        return document.sender
    return None


_GENERIC_SPEAKER = re.compile(
    r"(?i)speaker[\s_]*\d+|unknown(?:\s+speaker)?|agent|caller|clerk|front\s+desk|"
    r"receptionist|operator|staff|host|student|audience"
)
# Someone serving the user: a receptionist, a shop assistant, a clinician on the phone.
_SERVICE_TURN = re.compile(
    # "this is Tanya from", "it's Dr. Fiona Walsh from Bayside Vet"
    r"\b(?:(?:this\s+is|it'?s|it’s|it\s+is)\s+(?:(?:dr|doctor|nurse)\.?\s+)?\w+(?:\s+\w+)?\s+"
    r"(?:from|at|with)\b|calling\s+(?:from|to\s+confirm)|"
    r"thanks?\s+(?:you\s+)?for\s+(?:calling|holding|coming\s+in)|welcome\s+(?:in|to|back)\b|"
    r"how\s+can\s+I\s+help|what\s+can\s+I\s+(?:do|get)\s+for\s+you|we\s+have\s+you\s+(?:on|at|for)|"
    r"can\s+I\s+start\s+you|your\s+(?:appointment|order|prescription|results|claim|account|"
    r"reservation|booking)\b)",
    re.IGNORECASE,
)


def _infer_user(document: Document) -> Document:
    """A transcript of two unnamed voices ("Speaker 0", "Speaker 1") where one of them
    serves the other (greets, introduces a business, asks how to help): the other voice
    is the user's."""
    if document.kind != "transcript" or any(s.from_user is True for s in document.sentences):
        return document
    voices = list(dict.fromkeys(s.speaker for s in document.sentences if s.speaker))
    if len(voices) != 2:
        return document
    serving = {
        s.speaker for s in document.sentences[:6] if s.speaker and _SERVICE_TURN.search(s.text)
    }
    if len(serving) != 1:
        return document
    return replace(
        document,
        sentences=[replace(s, from_user=s.speaker not in serving) for s in document.sentences],
    )


def _counterpart(document: Document, sentence: Sentence) -> str | None:
    others = document.others()
    if len(others) != 1:
        return None
    if _ROLE_SPEAKER.fullmatch(others[0]):
        return "the " + others[0].lower()  # "Electrician:" -> "text the electrician"
    return others[0]


# A speaker labelled by role, not by name.
_ROLE_SPEAKER = re.compile(
    r"(?i)(?:nurse|doctor|dentist|electrician|plumber|builder|landlord|landlady|pharmacist|vet|"
    r"mechanic|teacher|coach|manager|boss|accountant|lawyer|solicitor|physio|therapist|"
    r"technician|engineer|contractor|decorator|gardener|cleaner|tutor|trainer|estate\s+agent|"
    r"agent|receptionist|surgeon|midwife|optician|carer|nanny|childminder|driver)"
)


class _Context:
    """What earlier sentences said: noun phrases for pronouns, dates for "then"."""

    def __init__(self, document: Document, reference: datetime) -> None:
        self.document = document
        self.reference = reference
        self.mentions: list[list[DateMention]] = [
            find_dates(s.text, reference) for s in document.sentences
        ]
        # Sentences right after a short "Not you?" / "Questions?" of the same speaker.
        self.after_prompt: set[int] = {
            id(s)
            for p, s in zip(document.sentences, document.sentences[1:], strict=False)
            if p.speaker == s.speaker and _PROMPT_QUESTION.match(p.text)
        }
        org = _ORG_INTRO.search(" ".join(s.text for s in document.sentences[:3]))
        self.organisation = org.group("org").rstrip(".") if org else None
        self.section = self._sections()
        self._clocks: dict[object, set[datetime]] | None = None

    def _sections(self) -> list[DateMention | None]:
        """For each list item, the day its heading names ("Mon", "Things for today:")."""
        sections: list[DateMention | None] = []
        current: DateMention | None = None
        for sentence, mentions in zip(self.document.sentences, self.mentions, strict=True):
            if sentence.bullet:
                sections.append(current)
                continue
            sections.append(None)
            heading = sentence.text.strip().strip("#*_ ")
            if not (heading.endswith(":") or len(heading.split()) <= 4) or len(heading.split()) > 6:
                continue  # running text between lists keeps the heading
            current = None
            days = [m for m in mentions if m.has_day and not m.past]
            if len(days) != 1 or _VAGUE_PERIOD.fullmatch(days[0].phrase) or days[0].until:
                continue  # "Someday / no date", "This week:": no day for what follows
            rest = (heading[: days[0].start] + heading[days[0].end :]).lower()
            if not _HEADING_FILLER.fullmatch(rest):
                continue
            current = days[0]
        return sections

    def noun_phrase(self, index: int, sentence_text: str, before: int, pronoun: str) -> str | None:
        """The most recent fitting noun phrase before the pronoun.

        The same sentence first, then the speaker's own recent sentences, then
        anyone's; "them"/"those" prefer a plural noun, "it"/"that" a singular.
        """
        speaker = (
            self.document.sentences[index].speaker if index < len(self.document.sentences) else None
        )
        recent = list(reversed(self.document.sentences[max(0, index - 4) : index]))
        # The speaker's own topic may be a little further back ("our pick is X. ... Please
        # have it read by then").
        own = [
            s.text
            for s in reversed(self.document.sentences[max(0, index - 6) : index])
            if s.speaker == speaker
        ]
        rest = [s.text for s in recent if s.speaker != speaker]
        plural = pronoun.lower() in ("them", "those", "these")
        fallback: str | None = None
        for text in [sentence_text[:before], *own, *rest]:
            for np in reversed(self._phrases(text)):
                if pronoun.lower() in ("it", "that", "this") and _PERSON_NP.search(np):
                    continue  # "read it": the will, not "your wife Grace"
                is_plural = np.split()[-1].lower().endswith("s")
                if plural == is_plural or pronoun.lower() == "yours":
                    return np
                fallback = fallback or np
        return fallback

    @staticmethod
    def _phrases(text: str) -> list[str]:
        # "It came in the mail": the sentence is about "it"; where it is, is no antecedent.
        about_it = _PRONOUN_SUBJECT.match(text) is not None
        candidates = [
            m.group("np")[:-2]  # "the bill's in your name": "is", not a possessive
            if _OWNED_IS.match(text, m.end()) and m.group("np")[-2:] in ("'s", "’s")
            else m.group("np")
            for m in _NOUN_PHRASE.finditer(text)
            if not _PREDICATE.search(text[: m.start()] + m.group(0).split()[0])
            and not (about_it and _PLACE.search(text[: m.start()] + m.group(0).split()[0]))
            and not _PUT_IN.search(text[: m.start()] + m.group(0).split()[0])
            and not _THANKED_FOR.search(text[: m.start()])
        ]
        bare = _BARE_NOUN.match(text.strip())
        if bare:
            candidates.insert(0, bare.group("np").lower())
        phrases: list[str] = []
        for np in candidates:
            np = re.sub(r"\s+(?:back|up|out|over|in|off|down)$", "", np, flags=re.IGNORECASE)
            words = np.split()
            head = words[-1].lower()
            if head in _NP_STOP or head.isdigit() or len(np) < 3:
                continue
            if any(w.lower() in ("you", "it", "i", "me", "them", "we") for w in words):
                continue
            if any(w.lower() in _NP_VERB or w.lower() in _NP_STOP for w in words):
                continue
            if re.search(r"\d(?:st|nd|rd|th)\b", np):
                continue
            phrases.append(np if np.lower().startswith("the ") else "the " + np)
        return phrases

    def clock_on(self, day: datetime) -> datetime | None:
        """The one clock time the conversation gives for ``day``: "Saturday at 9", or
        "Monday" answered by "About 5pm?" in the next sentence or two."""
        if self._clocks is None:
            clocks: dict[object, set[datetime]] = {}
            for position, mentions in enumerate(self.mentions):
                for mention in mentions:
                    if mention.past or not mention.has_day or mention.until:
                        continue
                    if mention.has_time:
                        clocks.setdefault(mention.value.date(), set()).add(mention.value)
                        continue
                    if _VAGUE_PERIOD.fullmatch(mention.phrase):
                        continue
                    sentences = self.document.sentences
                    text = sentences[position].text
                    around = " ".join(
                        s.text for s in sentences[max(0, position - 2) : position + 3]
                    )
                    said = action_time.spoken_clock(text[mention.end :], around)
                    if said is not None and len(mentions) == 1:
                        value = datetime.combine(mention.value.date(), said, tzinfo=UTC)
                        clocks.setdefault(value.date(), set()).add(value)
                        continue
                    for offset, following in enumerate(
                        self.mentions[position + 1 : position + 3], start=position + 1
                    ):
                        if any(m.has_day for m in following):
                            break
                        times = [m for m in following if m.has_time and not m.past]
                        if times and times[0].ambiguous:
                            break  # "at 7:45": morning or evening is a guess
                        if times:
                            value = combine(mention, times[0])
                            clocks.setdefault(value.date(), set()).add(value)
                            break
                        said = action_time.spoken_clock(sentences[offset].text, around)
                        if said is not None:
                            value = datetime.combine(mention.value.date(), said, tzinfo=UTC)
                            clocks.setdefault(value.date(), set()).add(value)
                            break
            self._clocks = clocks
        found = self._clocks.get(day.date(), set())
        return next(iter(found)) if len(found) == 1 else None

    def last_day(self, index: int) -> DateMention | None:
        """The last future date (with a day) said up to sentence ``index``."""
        for mentions in reversed(self.mentions[max(0, index - 2) : index + 1]):
            usable = [m for m in mentions if not m.past and m.has_day]
            if usable:
                return usable[0]
        return None

    def last_date(self, index: int) -> DateMention | None:
        for mentions in reversed(self.mentions[: index + 1]):
            usable = [m for m in mentions if not m.past]
            if usable:
                return usable[-1]
        return None


_PROMPT_QUESTION = re.compile(
    r"^(?:not\s+you|questions|any\s+questions|need\s+help|problems?|issues?|trouble|"
    r"wrong\s+\w+|not\s+interested|didn'?t\s+\w+\s+this)\s*\?\s*$",
    re.IGNORECASE,
)
