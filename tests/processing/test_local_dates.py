"""Date grammar of the local engine: weekday + day of month, short weekdays, "tonight",
ranges, am/pm from a part of the day, end of business day, other formats, overlaps."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise

import pytest

from omi_actions.processing.local.dates import DateMention, find_dates

# Wednesday 9 October 2024, 14:00 UTC.
REF = datetime(2024, 10, 9, 14, 0, tzinfo=UTC)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def first(text: str) -> DateMention:
    mentions = find_dates(text, REF)
    assert mentions, text
    return mentions[0]


def _check(text: str, expected: datetime, has_time: bool) -> None:
    mention = first(text)
    assert mention.value == expected, (text, mention)
    assert mention.has_time is has_time, (text, mention)


# 1. weekday + day of month -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dinner on Sat 12th?", at(2024, 10, 12)),
        ("Tue the 15th works", at(2024, 10, 15)),
        ("see you Friday the 1st", at(2024, 11, 1)),
        ("kickoff Thursday 7th November", at(2024, 11, 7)),
        ("Sun 13 Oct 2024 at 9am", at(2024, 10, 13, 9, 0)),
    ],
)
def test_weekday_with_day_of_month_is_one_date(text: str, expected: datetime) -> None:
    mention = first(text)
    assert mention.value == expected
    assert len(find_dates(text, REF)) == 1


def test_weekday_with_day_of_month_prefers_the_month_where_they_agree() -> None:
    # The next 1st (Nov 1) is a Friday; "Sunday the 1st" is December 1st.
    assert first("Sunday the 1st").value == at(2024, 12, 1)
    # No nearby 20th is a Monday: the weekday is a slip, the next 20th stands.
    assert first("Monday the 20th").value == at(2024, 10, 20)


# 2. short weekdays before punctuation and after "to" -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("brunch sat?", at(2024, 10, 12)),
        ("ok see you sat!", at(2024, 10, 12)),
        ("Back on Wed.", at(2024, 10, 16)),
        ("Sun, then", at(2024, 10, 13)),
    ],
)
def test_short_weekday_before_punctuation(text: str, expected: datetime) -> None:
    assert first(text).value == expected


def test_short_weekday_after_to_in_a_span() -> None:
    mentions = find_dates("office closed from Mon to Wed", REF)
    assert [m.value for m in mentions] == [at(2024, 10, 14), at(2024, 10, 16)]


@pytest.mark.parametrize(
    "text",
    ["I sat.", "we sat, talked, left", "too much sun.", "lying in the sun!", "they wed."],
)
def test_short_weekday_words_that_are_not_days(text: str) -> None:
    assert find_dates(text, REF) == []


# 3. tonight ----------------------------------------------------------------------------


def test_tonight_is_the_anchor_date_without_a_time() -> None:
    mention = first("I'll finish the slides tonight")
    assert mention.value == at(2024, 10, 9)
    assert not mention.has_time and mention.has_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tonight at 9", at(2024, 10, 9, 21, 0)),
        ("9:30 tonight", at(2024, 10, 9, 21, 30)),
        ("tonight, say around 8pm", at(2024, 10, 9, 20, 0)),
        ("midnight tonight", at(2024, 10, 10, 0, 0)),
    ],
)
def test_tonight_with_a_clock_time(text: str, expected: datetime) -> None:
    _check(text, expected, True)


# 4. ranges -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "until"),
    [
        ("off 14–18 October", at(2024, 10, 14), at(2024, 10, 18)),
        ("conference Nov 4-6", at(2024, 11, 4), at(2024, 11, 6)),
        ("away from the 20th to the 24th", at(2024, 10, 20), at(2024, 10, 24)),
        ("cabin 28th-2nd", at(2024, 10, 28), at(2024, 11, 2)),
        ("the 5th to 8th of December", at(2024, 12, 5), at(2024, 12, 8)),
    ],
)
def test_a_range_resolves_to_its_first_day(text: str, start: datetime, until: datetime) -> None:
    mentions = find_dates(text, REF)
    assert len(mentions) == 1
    assert mentions[0].value == start
    assert mentions[0].until == until
    assert not mentions[0].has_time


def test_a_single_day_has_no_range_end() -> None:
    assert first("Nov 4").until is None


def test_a_day_and_a_clock_span_are_not_a_date_range() -> None:
    mention = first("Oct 12 from 3 to 5pm")
    assert mention.value.date() == at(2024, 10, 12).date()
    assert mention.until is None


# 5. am/pm from a part of the day ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday at 6:45 in the morning", at(2024, 10, 11, 6, 45)),
        ("tomorrow at 5 in the morning", at(2024, 10, 10, 5, 0)),
        ("Saturday at 8 in the evening", at(2024, 10, 12, 20, 0)),
        ("Thursday at 10 at night", at(2024, 10, 10, 22, 0)),
        ("Monday morning at 7:15", at(2024, 10, 14, 7, 15)),
        ("tomorrow evening at 8:30", at(2024, 10, 10, 20, 30)),
        ("6:30 tomorrow morning", at(2024, 10, 10, 6, 30)),
        ("half past six in the morning on Friday", at(2024, 10, 11, 6, 30)),
        ("3 in the afternoon", at(2024, 10, 9, 15, 0)),
    ],
)
def test_part_of_day_fixes_am_pm(text: str, expected: datetime) -> None:
    mention = first(text)
    assert mention.value == expected
    assert not mention.ambiguous


# 6. end of business day ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("send it EOD Thursday", at(2024, 10, 10)),
        ("need it by end of day Monday", at(2024, 10, 14)),
        ("COB Friday please", at(2024, 10, 11)),
        ("by close of business Tuesday", at(2024, 10, 15)),
        ("Friday EOD", at(2024, 10, 11)),
        ("tomorrow by end of day", at(2024, 10, 10)),
        ("by EOD", at(2024, 10, 9)),
    ],
)
def test_end_of_business_day_on_a_weekday(text: str, expected: datetime) -> None:
    mentions = find_dates(text, REF)
    assert len(mentions) == 1
    assert mentions[0].value == expected
    assert not mentions[0].has_time


# 7. other formats ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "has_time"),
    [
        ("due 21.10.", at(2024, 10, 21), False),
        ("due 05.11.2024", at(2024, 11, 5), False),
        ("on 25/10", at(2024, 10, 25), False),
        ("on 10/25", at(2024, 10, 25), False),
        ("by 11/3/25", at(2025, 11, 3), False),
        ("the 2nd of November", at(2024, 11, 2), False),
        ("November the 2nd", at(2024, 11, 2), False),
        ("train at 17:45", at(2024, 10, 9, 17, 45), True),
        ("half past five", at(2024, 10, 9, 17, 30), True),
        ("quarter to ten tomorrow", at(2024, 10, 10, 9, 45), True),
        ("lunch at noon on Friday", at(2024, 10, 11, 12, 0), True),
        ("noon tomorrow", at(2024, 10, 10, 12, 0), True),
        ("tomorrow noon", at(2024, 10, 10, 12, 0), True),
        ("before midnight", at(2024, 10, 10, 0, 0), True),
        ("Thursday week", at(2024, 10, 17), False),
        ("Wednesday week", at(2024, 10, 23), False),
        ("a week on Monday", at(2024, 10, 21), False),
        ("in a fortnight", at(2024, 10, 23), False),
        ("by the end of the month", at(2024, 10, 31), False),
        ("end of next month", at(2024, 11, 30), False),
        ("by the end of February", at(2025, 2, 28), False),
        ("first thing Tuesday", at(2024, 10, 15), False),
        ("Friday next week", at(2024, 10, 18), False),
        ("on Halloween", at(2024, 10, 31), False),
        ("before Thanksgiving", at(2024, 11, 28), False),
        ("Christmas Eve at 6pm", at(2024, 12, 24, 18, 0), True),
        ("friday 7 works", at(2024, 10, 11, 19, 0), True),
    ],
)
def test_other_formats(text: str, expected: datetime, has_time: bool) -> None:
    _check(text, expected, has_time)


def test_noon_and_midnight_are_not_ambiguous() -> None:
    assert not first("noon tomorrow").ambiguous
    assert not first("at midnight").ambiguous
    assert first("tomorrow at 9:30").ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "I'm 30",
        "open 7 days a week",
        "Room 3/14 is free",
        "meet in room 3/14",
        "it's 2 for 1 today only"[:14],
        "support 24/7",
        "add 1/2 cup of sugar",
        "rated it 9/10",
        "version 2.1.",
        "Merry Christmas!",
        "we loved Easter eggs",
        "Friday 7 people came",
    ],
)
def test_counter_examples_are_not_dates(text: str) -> None:
    found = [m for m in find_dates(text, REF) if m.phrase.lower() not in ("friday",)]
    assert found == [], text


# 8. overlaps ---------------------------------------------------------------------------


def test_itinerary_line_gives_one_departure_and_no_spanning_mention() -> None:
    text = "Sat 19 Oct 2024 08:10 Basel → 10:25 Bern"
    mentions = find_dates(text, REF)
    assert mentions[0].value == at(2024, 10, 19, 8, 10)
    assert mentions[0].phrase.startswith("Sat 19 Oct")
    spans = [(m.start, m.end) for m in mentions]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))
    assert not any(m.phrase.startswith("Sat") and m.phrase.endswith("10:25") for m in mentions)


def test_day_and_clock_said_apart_still_merge() -> None:
    mention = first("tomorrow works, let's say at 4pm")
    assert mention.value == at(2024, 10, 10, 16, 0)


def test_day_said_with_clock_apart_tonight_takes_the_evening() -> None:
    mention = first("dinner tonight? my place at 8")
    assert mention.value == at(2024, 10, 9, 20, 0)


def test_mentions_never_overlap() -> None:
    text = "Mon 14 Oct 09:00 kickoff, Tue/Wed workshops, wrap-up 16:00 Fri 18th"
    mentions = find_dates(text, REF)
    for a, b in pairwise(mentions):
        assert a.end <= b.start
