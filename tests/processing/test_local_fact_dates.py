"""Dated facts are made self-contained with an ISO date (fact_dates)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omi_actions.processing.local.fact_dates import with_absolute_date

SUNDAY = datetime(2024, 3, 10, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("fact", "expected"),
    [
        # A relative day means nothing next week: it becomes the date.
        (
            "User has a dentist appointment on Friday at 3pm",
            "User has a dentist appointment on 2024-03-15 at 15:00",
        ),
        ("User has a trip to Lisbon tomorrow", "User has a trip to Lisbon on 2024-03-11"),
        (
            "User has a session on Thursday at 8:30am",
            "User has a session on 2024-03-14 at 08:30",
        ),
        # A date spelled out stays beside the ISO form, as the user wrote it.
        (
            "User has an appointment with Dr. Smith on April 3rd at 2:30 PM",
            "User has an appointment with Dr. Smith on 2024-04-03 at 14:30 (April 3rd at 2:30 PM)",
        ),
        ("User starts at TechCorp on April 1", "User starts at TechCorp on 2024-04-01 (April 1)"),
    ],
)
def test_one_dated_occasion_gets_an_iso_date(fact: str, expected: str) -> None:
    assert with_absolute_date(fact, SUNDAY) == expected


@pytest.mark.parametrize(
    "fact",
    [
        "User has a flight from JFK to Paris on 2024-05-15 at 21:30",  # already ISO
        "User's mother's birthday is July 3",  # yearly
        "User has a team standup every weekday at 09:30",  # recurring
        "User has a hotel reservation at Hotel de Paris for May 16-20, 2024",  # a range
        "User has a membership that renews on May 1",  # not an occasion
        "User has a dog named Biscuit",  # no date at all
        "User has 3 kids",  # a number is not a date
        "User has a long run on Saturdays",  # plural weekday: recurring
        "User has a long run on Sat",  # a schedule's abbreviation
        "User is flexible on appointment times, except on Wednesday mornings",
    ],
)
def test_other_facts_are_left_alone(fact: str) -> None:
    assert with_absolute_date(fact, SUNDAY) == fact
