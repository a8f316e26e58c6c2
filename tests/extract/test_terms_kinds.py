"""Terms on kinds of article the rules were not first written for: a hostile-bid wire, an
analysis column, a summit communique, a press-briefing transcript, a strike page."""

from __future__ import annotations

from .term_helpers import terms_of


def test_takeover_wire_offer_participle_and_no_valuation() -> None:
    assert terms_of("terms4-takeover-wire.txt") == [
        # "launched a hostile bid for X, offering 410 pence per share in cash": the
        # participle after the comma gives what is offered ("and shares" is a verb form: cut)
        ("410 pence per share in cash", "economic", "term.offer"),
        # "The offer, which values X at 2.1 billion pounds, represents a premium of 38%":
        # what the offer is worth is a figure; the sentence keeps the context for the next
        ("Shareholders would receive 250 pence in cash and 0.4 new Harwick shares for each "
         "share they own", "economic", "term.cont"),
        ("keep Tansy & Moor's factory in Brambury open for at least three years", "other",
         "term.vow"),
        ("would not make compulsory redundancies among its 2,300 staff", "guarantees",
         "term.vow"),
        ("Tansy & Moor would pay a break fee of 20 million pounds if its board recommends a "
         "rival offer", "economic", "term.cont"),
    ]
