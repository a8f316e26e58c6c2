"""Terms: lists of what each side wants are the issues on the table while no deal is
described, and a side's positions once the article gives a deal's contents."""

from __future__ import annotations

from .term_helpers import terms_of


def test_each_sides_wants_under_subheadings_are_the_issues_on_the_table() -> None:
    assert terms_of("terms-side-wants.md") == [
        # "What each side wants" / "Orvell" / bullets: the side's name is no item
        ("a guaranteed flow of 40 cubic metres a second at the border", "guarantees",
         "term.list"),
        ("a joint gauging station on the lower weir", "other", "term.list"),
        # a second side under its own name, same list
        ("the right to fill its new reservoir over three years", "other", "term.list"),
        ("a share of the hydropower sold downstream", "economic", "term.list"),
    ]  # "The sticking points" is a heading of its own, no item


def test_a_sides_demand_lists_give_way_to_the_deals_contents() -> None:
    assert terms_of("terms-side-wants-deal.txt") == [
        # "The union's demands" over "set out its conditions ...:" and "is also asking
        # for:": positions, once "Under the deal, ..." gives what was agreed
        ("pay will rise by 7% over two years", "economic", "term.under"),
        ("the port will hire 60 more crane drivers", "economic", "term.under"),
    ]
