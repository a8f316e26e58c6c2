"""Number parsing: values, units, qualifiers, ranges, and what is not a quantity."""

from __future__ import annotations

import pytest

from briefing.extract.numbers import QUANTITY_KINDS, find_numbers


def quantities(text: str) -> list[tuple]:
    return [(n.display, n.value, n.value_max, n.unit, n.qualifier)
            for n in find_numbers(text) if n.kind in QUANTITY_KINDS]


@pytest.mark.parametrize("text, expected", [
    # digits with separators and decimals
    ("it carried 54,000 passengers", ("54,000", 54000, None, "", "")),
    ("a stake of 12.5%", ("12.5%", 12.5, None, "%", "")),
    # number words
    ("two million people", ("two million", 2_000_000, None, "", "")),
    ("a dozen towns", ("a dozen", 12, None, "", "")),
    ("three hundred soldiers", ("three hundred", 300, None, "", "")),
    ("twenty-five prisoners", ("twenty-five", 25, None, "", "")),
    ("Eighteen hundred jobs", ("Eighteen hundred", 1800, None, "", "")),
    ("sixty observers", ("sixty", 60, None, "", "")),
    ("nearly a million displaced", ("nearly a million", 1_000_000, None, "", "nearly")),
    ("more than half a million people", ("more than half a million", 500_000, None, "", "more than")),
    # fractions standing alone are percentages
    ("about two-thirds of the displaced", ("about two-thirds", 66.67, None, "%", "about")),
    ("raised by one-third", ("one-third", 33.33, None, "%", "")),
    ("half of the staff", ("half", 50, None, "%", "")),
    # hyphenated measures
    ("a 60-day pause", ("60-day", 60, None, "day", "")),
    ("a five-day pause", ("five-day", 5, None, "day", "")),
    ("35,000 tonnes of beef", ("35,000 tonnes", 35000, None, "tonne", "")),
    # percentages
    ("a 15 percent cut", ("15 percent", 15, None, "%", "")),
    ("a 4 per cent rise", ("4 per cent", 4, None, "%", "")),
    # money with symbols, codes and scales
    ("$1.5 billion in aid", ("$1.5 billion", 1.5e9, None, "USD", "")),
    ("a €300m fund", ("€300m", 3e8, None, "EUR", "")),
    ("a £3.1bn bid", ("£3.1bn", 3.1e9, None, "GBP", "")),
    ("28.6 billion euros", ("28.6 billion euros", 2.86e10, None, "EUR", "")),
    ("USD 40 million", ("USD 40 million", 4e7, None, "USD", "")),
    ("410 pence a share", ("410 pence", 410, None, "GBp", "")),
    ("1.2bn in trade", ("1.2bn", 1.2e9, None, "", "")),
    ("Rs 500 crore for farms", ("Rs 500 crore", 5e9, None, "INR", "")),
    ("2 lakh farmers", ("2 lakh", 2e5, None, "", "")),
    # ranges
    ("40 to 50 people", ("40 to 50", 40, 50, "", "")),
    ("between 300 and 400 jobs", ("between 300 and 400", 300, 400, "", "between")),
    ("between 3% and 4%", ("between 3% and 4%", 3, 4, "%", "between")),
    ("300-400 fighters", ("300-400", 300, 400, "", "")),
    # qualifiers kept apart from the value
    ("over 54,000 killed", ("over 54,000", 54000, None, "", "over")),
    ("more than 100 days", ("more than 100 days", 100, None, "day", "more than")),
    ("almost 90%", ("almost 90%", 90, None, "%", "almost")),
    ("about $85 million", ("about $85 million", 8.5e7, None, "USD", "about")),
    ("around 1,200 civilians", ("around 1,200", 1200, None, "", "around")),
    ("some 2,000 troops", ("some 2,000", 2000, None, "", "some")),
    ("at least $350 billion", ("at least $350 billion", 3.5e11, None, "USD", "at least")),
    ("up to 1,800 roles", ("up to 1,800", 1800, None, "", "up to")),
    ("roughly 9,400 workers", ("roughly 9,400", 9400, None, "", "roughly")),
    ("fewer than 20 ships", ("fewer than 20", 20, None, "", "fewer than")),
    # "over N years" is a span, not "more than"
    ("a raise over five years", ("five years", 5, None, "year", "")),
])
def test_one_quantity(text: str, expected: tuple) -> None:
    assert quantities(text) == [expected]


def test_from_to_is_two_figures() -> None:
    assert quantities("cut the tariff from 18% to 7.5%") == [
        ("18%", 18, None, "%", ""), ("7.5%", 7.5, None, "%", "")]


def test_rate_is_not_part_of_the_money() -> None:
    assert quantities("$350 billion a year") == [("$350 billion", 3.5e11, None, "USD", "")]


@pytest.mark.parametrize("text, kind", [
    ("on 13 March 2025", "date"),
    ("on 12 and 13 March 2025", "date"),
    ("on March 3", "date"),
    ("after Jan. 1", "date"),
    ("October 7th attack", "date"),
    ("published 2025-04-11", "date"),
    ("in 2024", "year"),
    ("since 1919", "year"),
    ("at 12:01 a.m. Friday", "time"),
    ("at 5 p.m.", "time"),
    ("four o'clock", "time"),
    ("the 7th round", "ordinal"),
    ("Daniel Marsh, 57, said", "age"),
    ("a 58-year-old engineer", "age"),
    ("Local 212 members", "name"),
    ("under Rule 2.6 of the code", "name"),
    ("Article 5 says", "name"),
    ("a 401(k) plan", "name"),
    ("the G20 summit", "name"),
    ("call +44 20 7946 0958 now", "phone"),
    ("tel. +47 22 555 0147, press@example.org", "phone"),
    ("Tel. +676 23 100.", "phone"),
    ("tel. 020 7946 0958.", "phone"),
    ("Phone: (555) 123-4567.", "phone"),
    ("24/7 operations", "skip"),
    ("one of the sides", "skip"),
    ("a two-way trade", "skip"),
])
def test_not_a_quantity(text: str, kind: str) -> None:
    kinds = [n.kind for n in find_numbers(text)]
    assert kind in kinds
    assert not any(k in QUANTITY_KINDS for k in kinds)


def test_list_numbering_is_not_a_figure() -> None:
    found = find_numbers("Measures:\n1. Cut tariffs by 5%.\n2. Open tenders.")
    assert [(n.kind, n.value) for n in found] == [("list", 1), ("percent", 5), ("list", 2)]


def test_spans_are_verbatim() -> None:
    text = "The plan frees nearly 90% of them and pays $1.5 billion."
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.display


@pytest.mark.parametrize("text, expected", [
    ("Nobody invests a quarter of a billion dollars in it.", ("a quarter of a billion dollars", 2.5e8, "USD")),
    ("three quarters of a million people", ("three quarters of a million", 7.5e5, "")),
    ("a third of a billion euros", ("a third of a billion euros", 333333333.33, "EUR")),
])
def test_a_fraction_of_a_scale_is_one_amount(text: str, expected: tuple) -> None:
    assert [(n.display, n.value, n.unit) for n in find_numbers(text) if n.kind in QUANTITY_KINDS] == [expected]


def test_a_fraction_of_a_counted_thing_stays_a_share() -> None:
    found = find_numbers("a quarter of the 2 million residents")
    assert [(n.display, n.value) for n in found] == [("a quarter", 25.0), ("2 million", 2e6)]


@pytest.mark.parametrize("text", ["the commitments in paragraphs 3 to 6 and", "Articles 4, 7 and 9 apply",
                                  "sections 2-5 of the deal"])
def test_every_number_of_a_designated_list_is_a_name(text: str) -> None:
    assert {n.kind for n in find_numbers(text)} == {"name"}


def test_the_second_half_of_a_year_is_a_period() -> None:
    found = find_numbers("First copper in the second half of next year, and half of the output sold abroad.")
    assert [(n.display, n.value) for n in found if n.kind in QUANTITY_KINDS] == [("half", 50.0)]


@pytest.mark.parametrize("text, expected", [
    ("to between six and eight years, depending", [("between six and eight years", 6, 8)]),
    ("between two and three million barrels", [("between two and three million barrels", 2e6, 3e6)]),
    ("between one hundred and two hundred fighters", [("between one hundred and two hundred", 100, 200)]),
    ("one hundred and five hostages", [("one hundred and five", 105, None)]),
    ("five and six", [("five", 5, None), ("six", 6, None)]),
    ("two and a half years", [("two and a half years", 2.5, None)]),
    ("one and a half million people", [("one and a half million", 1.5e6, None)]),
    ("a million and a half", [("a million and a half", 1.5e6, None)]),
])
def test_and_joins_number_words_only_after_a_scale(text: str, expected: list) -> None:
    assert [(n.display, n.value, n.value_max) for n in find_numbers(text)
            if n.kind in QUANTITY_KINDS] == expected


@pytest.mark.parametrize("text, expected", [
    ("numbers have fallen by nearly a quarter since 2023.", [("nearly a quarter", 25.0)]),
    ("cut by a third in two years", [("a third", 33.33), ("two years", 2.0)]),
    ("decided by a third party in the end", []),
])
def test_a_fraction_after_by(text: str, expected: list) -> None:
    assert [(n.display, n.value) for n in find_numbers(text) if n.kind in QUANTITY_KINDS] == expected


@pytest.mark.parametrize("text", [
    "Talks resume on April 20-22 in the capital.",
    "The next round is set for March 3\u20135 at the lakeside hotel.",
])
def test_a_day_range_after_its_month_is_a_date(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize("text", [
    "It was day nine of the summit.",
    "Round three ended without a deal.",
    "In phase two the army would pull back.",
    "The strike entered week two, and pickets stayed.",
])
def test_a_number_word_after_a_designator_names_it(text: str) -> None:
    assert quantities(text) == []


def test_a_designator_before_a_counted_noun_keeps_the_count() -> None:
    assert quantities("On the day two hostages were freed, talks resumed.") == [("two", 2, None, "", "")]


@pytest.mark.parametrize("text, expected", [
    ("The presidency proposed a cut of a quarter instead.", [("a quarter", 25, None, "%", "")]),
    ("They sought a stake of a third in the venture.", [("a third", 33.33, None, "%", "")]),
    # an ordinal with its noun stays out
    ("It wants a share of a third country's market.", []),
])
def test_a_fraction_after_a_change_of(text: str, expected: list) -> None:
    assert quantities(text) == expected
