"""The grammar of date and time phrases: the regular expressions ``find_dates`` searches with.

Day words, month-day forms, ranges, "end of day", clock times and the parts of the
day, joined into one phrase pattern (a day with an optional time, or a time with an
optional day). Holiday names are only tried when the text names one.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.event_holidays import HOLIDAY_RE

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# "sat", "sun" and "wed" are left out: they are ordinary English words.
_WEEKDAY_SHORT = "mon|tue|tues|thu|thur|thurs|fri"
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
# "arvo" is the Australian/NZ afternoon ("Thursday arvo about 2").
_PART = r"morning|afternoon|arvo|evening|night|noon|midday|lunchtime|lunch"
# Day numbers said as words: "Monday the ninth", "the third of May".
_ORD_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORD_WORD = (
    rf"(?:(?:twenty|thirty)[\s-](?:{_ORD_UNITS})|{_ORD_UNITS}|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)

# Day expressions, most specific first (alternation order matters).
_ANY_WEEKDAY = rf"(?:{_WEEKDAYS}|{_WEEKDAY_SHORT}|sat|sun|wed)"
_SUFFIXED = r"\d{1,2}(?:st|nd|rd|th)"
_RANGE_TO = r"(?:\s*[-–—]\s*|\s+(?:to|until|till|through|thru)\s+)"
# "end of day", "COB", "close of business": the end of a working day.
_EOD = (
    r"(?:eod|cob|eob|(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
    r"(?:business\s+day|business|work(?:ing)?\s+day|day))"
)
_HOLIDAY_NAMES = HOLIDAY_RE.pattern.removeprefix(r"(?<![\w-])").removesuffix(r"(?![\w-])")
_DAY = rf"""
(?P<day>
    \d{{4}}-\d{{2}}-\d{{2}}
  | (?:the\s+)?{_ORD}{_RANGE_TO}(?:the\s+)?{_ORD}\s+(?:of\s+)?(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?
  | (?:{_ANY_WEEKDAY}\.?,?\s+)?(?:{_MONTHS})\.?\s+(?:the\s+)?{_ORD}
        (?:{_RANGE_TO}{_ORD}(?!\s*(?:[:.]\d|[ap]\.?m\b)))?(?:,?\s+\d{{4}})?\b
  | (?:{_ANY_WEEKDAY}\.?,?\s+)?(?:the\s+)?{_ORD}\s+(?:of\s+)?(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?
  | (?:the\s+)?{_SUFFIXED}{_RANGE_TO}(?:the\s+)?{_SUFFIXED}\b
  | {_ANY_WEEKDAY}\.?,?\s+(?:the\s+{_ORD}|{_SUFFIXED})\b
  | (?:{_ANY_WEEKDAY}|{_MONTHS})\.?,?\s+the\s+{_ORD_WORD}\b
  | the\s+{_ORD_WORD}\s+of\s+(?:{_MONTHS})\b\.?
  | (?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{{4}}|\d{{2}}(?!\d))?
  | \d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?
  | {_EOD}(?:\s*,?\s*(?:on\s+)?(?:this\s+|next\s+)?(?:{_ANY_WEEKDAY}|today|tomorrow|tmrw|tmr)\b)?
  | (?:{_WEEKDAYS}|{_WEEKDAY_SHORT}|today|tomorrow|tmrw|tmr)\.?,?\s+(?:by\s+)?{_EOD}
  | (?:the\s+)?day\s+after\s+tomorrow
  | today|tonight|tomorrow|tmrw|tmr|yesterday
  | (?:{_WEEKDAYS})\s+(?:of\s+)?next\s+week\b
  | next\s+week\s+(?:on\s+)?(?:{_WEEKDAYS})
  | (?:this|next|coming|last)\s+(?:{_WEEKDAYS}|week(?:end)?|month|year)
  | (?:this|the)\s+coming\s+(?:{_WEEKDAYS}|week(?:end)?)
  | (?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month)
  | (?:the\s+)?end\s+of\s+(?:{_MONTHS})\b
  | eod|eow
  | in\s+(?:a|an|one|two|three|four|five|six|seven|ten|\d+)
        \s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b
  | in\s+(?:a|one)\s+fortnight|(?:a|one)\s+fortnight\s+(?:from\s+)?(?:today|tomorrow|now)
  | (?:a|one|two)\s+weeks?\s+(?:from|on)\s+(?:{_WEEKDAYS}|today|tomorrow|now)
  | (?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+from\s+(?:now|today)
  | (?:{_WEEKDAYS})\s+week\b
  | (?:{_WEEKDAYS})s?
  | (?:{_WEEKDAY_SHORT})\b\.?
  | (?:the\s+)?weekend
  | the\s+first\s+of\s+(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?
  | (?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bstarting\s))
      the\s+first\b(?=\s*(?:[.,!?;)]|$|at\s|of\s+(?:the|next)\s+month\b))
  | the\s+{_ORD}\b(?!-|[:.]\d)
  | (?<=(?:by|on)\s)(?:sat|sun|wed)\b
  | (?:sat|sun|wed)\b(?=\s+\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm))
  | (?:sat|sun|wed)\b(?=\s+(?:morning|afternoon|evening|night)\b)
  | HOLIDAYS
  | (?:sat|sun|wed)\b
)
"""

_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_MERIDIEM = r"(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
_CLOCK = rf"""
(?P<time>
    \d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])
  | \d{{1,2}}(?::\d{{2}})?(?:\s*o'?clock)?\s+{_MERIDIEM}
  | \d{{1,2}}:\d{{2}}(?:\s*h)?
  | (?<=at\s)\d{{1,2}}\.[0-5]\d(?![\d.]\d)
  | \d{{1,2}}(?::\d{{2}})?\s*-?\s*ish\b
  | \d{{1,2}}\s*o'?clock\b
  | noon|midnight|midday
  | (?:half|(?:a\s+)?quarter)\s+(?:past|after|to)\s+(?:\d{{1,2}}|{_HOUR_WORDS})
      (?:\s+{_MERIDIEM})?
  | (?:{_HOUR_WORDS})(?:[\s-](?:fifteen|thirty|forty[\s-]five))?
      \s*(?:[ap]\.m\.?|pm|am(?!\s+i\b))(?![a-z])
  | (?<=by\s)(?:{_HOUR_WORDS})(?:[\s-](?:fifteen|thirty|forty[\s-]five|o'?clock))?\s+{_MERIDIEM}
  | (?:(?<=at\s)|(?<=around\s)|(?<=about\s)|(?<=at\slike\s))
      (?:{_HOUR_WORDS})(?:[\s-](?:fifteen|thirty|forty[\s-]five|o'?clock))?
      (?:\s+{_MERIDIEM})?
      (?=\s*(?:[.,!?;)]|$|(?:at|on|in|tonight|tomorrow|sharp|then|works?|is|and|with|so|if|but|when)\b))
)
"""

_AT = r"(?:\s*,?\s*(?:at|@|around|by|from|@ around|at around|at about|about)?\s*)"


# A day optionally followed by a clock time / part of day, or a clock time
# optionally followed by a day ("7pm on Friday").
# Every phrase starts with a digit or one of these letter pairs: a cheap first test.
_STARTS = (
    r"[\d@]|a\s|(?:mo|tu|we|th|fr|sa|su|ja|fe|ma|ap|ju|au|se|oc|no|de|to|tm|ye|ne|ny|co|cl|ch|"
    r"la|en|eo|ea|in|on|tw|te|da|ha|qu|mi|me|at|ar|by|be|bo|fo|fi|fa|va|st|xm|si|ev|ni|ei|el|bt)"
)


def _phrase(day: str) -> re.Pattern[str]:
    return re.compile(
        rf"""
    \b(?={_STARTS})(?:
        {day}(?:\s+(?P<part1>{_PART}))?
        (?:{_AT}{_CLOCK.replace("time>", "time1>")}
          | \s+(?:at|around|about|at\s+around|at\s+about)\s+(?P<bare1>\d{{1,2}})(?![:\d])
            (?!\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|people|of)\b)
          | \s+(?P<bare3>\d{{1,2}})(?=\s*(?:[?!]|works?\b|ok\b|okay\b|sounds?\b|then\b))
          | \s+(?P<bare4>\d{{1,2}})\s*[-–](?P<bare4_end>\d{{1,2}})(?![:\d/.\-])(?!\s*[ap]\.?m\b))?
      | (?:at\s+|@\s*|around\s+|by\s+)?{_CLOCK.replace("time>", "time2>")}
        (?:\s+(?:on\s+|this\s+|next\s+)?{day.replace("day>", "day2>")}
            (?:\s+(?P<part4>morning|afternoon|evening|night)\b)?
          | \s+this\s+(?P<part5>morning|afternoon|evening)\b)?
      | (?:this|tomorrow|friday)\s+(?P<part2>{_PART})
      | at\s+(?:like\s+)?(?P<bare>\d{{1,2}})(?![:\d])
        (?:\s+(?:o'clock|tonight|(?:in\s+the|at|this)\s+(?P<part3>{_PART})))?
      | (?:between|btwn)\s+(?P<bare2>\d{{1,2}}|{_HOUR_WORDS})(?![:\d])\s*(?:and|-|–|to)\s*
        (?:(?P<span_end>\d{{1,2}})(?![:\d])|{_HOUR_WORDS}|noon|midday)(?:\s*(?P<span_m>[ap])\.?m\b\.?)?\b
        (?!\s*(?:%|of\b|per\b|years?\b|people\b|(?!works\b|is\b)[a-z]+s\b))
    )
    """,
        re.IGNORECASE | re.VERBOSE,
    )


_HOLIDAY_HINTS = (
    "christ xmas boxing year nye valentine patrick hallow july independ juneteenth "
    "thanksgiving mother father memorial labor easter"
).split()
# Holiday names are only tried when the text names one: the alternation is costly.
_PHRASE = _phrase(_DAY.replace("  | HOLIDAYS\n", ""))
_PHRASE_HOLIDAYS = _phrase(_DAY.replace("HOLIDAYS", rf"(?:{_HOLIDAY_NAMES})(?![\w-])"))

# Cheap pre-check: no digit and no day word means no date phrase at all.
_DIGIT_OR_DAY_WORD = re.compile(
    rf"\d|\b(?:{_WEEKDAYS}|{_WEEKDAY_SHORT}|sat|sun|wed|{_MONTHS}|today|tonight|tomorrow|tmrw|"
    rf"tmr|yesterday|week|weekend|month|year|noon|midnight|midday|morning|afternoon|evening|"
    rf"night|arvo|lunch|eod|eow|cob|eob|close|fortnight|{_HOUR_WORDS}|the\s+first\b)",
    re.IGNORECASE,
)
