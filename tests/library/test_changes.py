"""What changed: figure changes and stance flips between articles (hand-made models)."""

from __future__ import annotations

from briefing.library import merge
from briefing.model import Party

from tests.library.models import fig, one, pos


def _toll_story():
    return [
        one("d", "2025-07-02", figures=[fig("d", 56000, "Palestinians killed", "more than 56,000"),
                                        fig("d", 50, "hostages still held", "50", sentence=1)]),
        one("a", "2025-05-30", figures=[fig("a", 54000, "Palestinians killed", "over 54,000"),
                                        fig("a", 58, "hostages held", "58", sentence=1),
                                        fig("a", 251, "hostages abducted", "251", sentence=2)]),
        one("b", "2025-06-04", figures=[fig("b", 58, "hostages still held", "58", sentence=0),
                                        fig("b", 10, "living hostages freed", "10", sentence=1)]),
        one("c", "2025-06-18", figures=[fig("c", 56, "Hostages held in Gaza", "56")]),
    ]


def test_figure_changes_in_date_order_with_dates() -> None:
    merged = merge(_toll_story())
    figure_changes = [c for c in merged.changes if c.kind == "figure"]
    assert [c.subject for c in figure_changes] == ["Palestinians killed", "hostages held"]
    toll, hostages = figure_changes
    assert toll.steps == [
        {"article": "a", "date": "2025-05-30", "value": 54000, "display": "over 54,000"},
        {"article": "d", "date": "2025-07-02", "value": 56000, "display": "more than 56,000"},
    ]
    # 58 twice (a, b) folds into its first report; "hostages abducted" and "living
    # hostages freed" count other things.
    assert [(s["article"], s["value"]) for s in hostages.steps] == [
        ("a", 58), ("c", 56), ("d", 50)]
    assert [s["date"] for s in hostages.steps] == ["2025-05-30", "2025-06-18", "2025-07-02"]


def test_same_value_everywhere_is_no_change_and_units_must_agree() -> None:
    a = one("a", "2025-01-01", figures=[fig("a", 90, "population displaced", unit="%")])
    b = one("b", "2025-01-02", figures=[fig("b", 90, "population displaced", unit="%")])
    c = one("c", "2025-01-03", figures=[fig("c", 2_000_000, "population displaced")])
    assert merge([a, b, c]).changes == []


def test_one_article_with_two_values_is_not_a_change() -> None:
    a = one("a", "2025-01-01", figures=[fig("a", 5, "people killed"),
                                        fig("a", 7, "people killed", sentence=2)])
    assert merge([a, one("b", "2025-01-02")]).changes == []


def test_stance_flip_reject_then_accept() -> None:
    a = one("a", "2025-05-30", parties=[Party("Hamas", positions=[
        pos("a", "reject", "the latest US-brokered proposal backed by Israel"),
        pos("a", "demand", "a permanent ceasefire", 1)])])
    b = one("b", "2025-06-04", parties=[Party("Hamas", positions=[
        pos("b", "reject", "the proposal")])])
    c = one("c", "2025-07-02", parties=[Party("hamas", positions=[
        pos("c", "accept", "the US-brokered ceasefire proposal in its revised form")])])
    changes = merge([c, b, a]).changes
    assert len(changes) == 1
    change = changes[0]
    assert (change.kind, change.party, change.subject) == (
        "stance", "Hamas", "the latest US-brokered proposal backed by Israel")
    assert change.steps == [
        {"article": "a", "date": "2025-05-30", "stance": "reject",
         "text": "the latest US-brokered proposal backed by Israel"},
        {"article": "c", "date": "2025-07-02", "stance": "accept",
         "text": "the US-brokered ceasefire proposal in its revised form"},
    ]


def test_no_flip_for_other_subjects_parties_or_neutral_stances() -> None:
    a = one("a", "2025-01-01", parties=[
        Party("X", positions=[pos("a", "reject", "a temporary ceasefire"),
                              pos("a", "demand", "the plan", 1)]),
        Party("Y", positions=[pos("a", "reject", "the deal")])])
    b = one("b", "2025-01-02", parties=[
        Party("X", positions=[pos("b", "accept", "a permanent ceasefire"),
                              pos("b", "accept", "the plan", 1)]),
        Party("Z", positions=[pos("b", "accept", "the deal")])])
    assert merge([a, b]).changes == []


def test_flip_back_and_forth_lists_each_turn() -> None:
    briefings = [one(n, f"2025-01-0{i}", parties=[Party("X", positions=[pos(n, s, "the plan")])])
                 for i, (n, s) in enumerate([("a", "oppose"), ("b", "reject"),
                                             ("c", "support"), ("d", "reject")], 1)]
    (change,) = merge(briefings).changes
    assert [(s["article"], s["stance"]) for s in change.steps] == [
        ("a", "oppose"), ("c", "support"), ("d", "reject")]


def test_changes_survive_json_round_trip() -> None:
    from briefing.model import Briefing

    merged = merge(_toll_story())
    assert Briefing.from_json(merged.to_json()).to_dict() == merged.to_dict()


def test_the_reading_that_continues_the_series_is_chosen() -> None:
    # Each article also mentions another count under the same label.
    a = one("a", "2025-05-30", figures=[fig("a", 251, "hostages", sentence=0),
                                        fig("a", 58, "hostages", sentence=3)])
    b = one("b", "2025-06-18", figures=[fig("b", 2, "hostages", sentence=0),
                                        fig("b", 56, "hostages", sentence=1)])
    c = one("c", "2025-07-02", figures=[fig("c", 50, "hostages")])
    (change,) = merge([a, b, c]).changes
    assert [(s["article"], s["value"]) for s in change.steps] == [
        ("a", 58), ("b", 56), ("c", 50)]
