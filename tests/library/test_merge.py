"""merge(): parties, positions, terms and figures across articles (hand-made models)."""

from __future__ import annotations

from briefing.library import merge
from briefing.library.merge import date_key
from briefing.model import Briefing, Party

from tests.library.models import fig, one, pos, term


def _three() -> list[Briefing]:
    # Given out of date order on purpose.
    c = one("c", "2025-07-02",
            parties=[Party("hamas", aliases=["the group"], kind="group",
                           positions=[pos("c", "demand", "A permanent ceasefire.", 3)])],
            terms=[term("c", "a 60 day pause in hostilities", sentence=1)],
            figures=[fig("c", 58, "hostages still held", "58", sentence=2)])
    a = one("a", "2025-05-30",
            parties=[Party("Hamas", aliases=["the group"], kind="group",
                           positions=[pos("a", "demand", "a permanent ceasefire", 1),
                                      pos("a", "reject", "the proposal", 0)]),
                     Party("Israel", aliases=["Netanyahu"], kind="state",
                           positions=[pos("a", "support", "the new ceasefire plan", 2)])],
            terms=[term("a", "a 60-day pause in hostilities", sentence=3)],
            figures=[fig("a", 58, "hostages held", "58", sentence=4)])
    b = one("b", "2025-06-04",
            parties=[Party("Benjamin Netanyahu", kind="person",
                           positions=[pos("b", "support", "the new ceasefire plan", 0)]),
                     Party("The Group", kind="group",
                           positions=[pos("b", "vow", "to fight on", 1)])],
            terms=[term("b", "release of 10 hostages", "hostages_prisoners", 2)],
            figures=[fig("b", 58, "Hostages held", "58", sentence=3)])
    return [c, a, b]


def test_articles_sorted_by_date_and_inputs_untouched() -> None:
    inputs = _three()
    before = [b.to_dict() for b in inputs]
    merged = merge(inputs)
    assert [a.id for a in merged.articles] == ["a", "b", "c"]
    assert [b.to_dict() for b in inputs] == before
    assert merged.engine == "test"


def test_same_actor_by_name_or_proper_alias_is_one_party() -> None:
    merged = merge(_three())
    names = [p.name for p in merged.parties]
    # "Hamas" (twice, once lower-case) is one party; "Benjamin Netanyahu" joins Israel
    # through the alias "Netanyahu"? No: the alias is "Netanyahu", not the full name.
    assert names == ["Hamas", "Israel", "Benjamin Netanyahu", "The Group"]
    hamas = merged.parties[0]
    assert hamas.aliases == ["the group"]  # "hamas" only differs by case
    assert hamas.kind == "group"


def test_alias_match_merges_and_keeps_most_used_name() -> None:
    a = one("a", "2025-01-01", parties=[Party("Israel", aliases=["Netanyahu"], kind="state",
                                              positions=[pos("a", "vow", "to go on")])])
    b = one("b", "2025-01-02", parties=[Party("the Netanyahu", positions=[pos("b", "vow", "x")])])
    c = one("c", "2025-01-03", parties=[Party("ISRAEL", positions=[pos("c", "vow", "y")])])
    merged = merge([a, b, c])
    assert len(merged.parties) == 1
    party = merged.parties[0]
    assert party.name == "Israel"
    assert party.aliases == ["Netanyahu", "the Netanyahu"]
    assert [p.text for p in party.positions] == ["to go on", "x", "y"]


def test_lowercase_alias_never_joins_parties() -> None:
    a = one("a", "2025-01-01", parties=[Party("Hamas", aliases=["the group"])])
    b = one("b", "2025-01-02", parties=[Party("Free Movement", aliases=["the group"])])
    assert [p.name for p in merge([a, b]).parties] == ["Hamas", "Free Movement"]


def test_same_position_in_several_articles_is_one_item_with_every_source() -> None:
    merged = merge(_three())
    hamas = merged.parties[0]
    demands = [p for p in hamas.positions if p.stance == "demand"]
    assert len(demands) == 1
    assert demands[0].text == "a permanent ceasefire"
    assert [s.article for s in demands[0].sources] == ["a", "c"]
    assert demands[0].source == demands[0].sources[0]
    # Positions ordered by first report: the rejection (sentence 0) before the demand.
    assert [p.stance for p in hamas.positions] == ["reject", "demand"]


def test_different_stance_is_not_merged() -> None:
    a = one("a", "2025-01-01", parties=[Party("X", positions=[pos("a", "reject", "the plan")])])
    b = one("b", "2025-01-02", parties=[Party("X", positions=[pos("b", "accept", "the plan")])])
    party = merge([a, b]).parties[0]
    assert [(p.stance, [s.article for s in p.sources]) for p in party.positions] == [
        ("reject", ["a"]), ("accept", ["b"])]


def test_terms_merge_on_high_overlap_but_not_on_other_numbers() -> None:
    merged = merge(_three())
    texts = [(t.text, [s.article for s in t.sources]) for t in merged.terms]
    assert texts == [("a 60-day pause in hostilities", ["a", "c"]),
                     ("release of 10 hostages", ["b"])]
    x = one("x", "2025-01-01", terms=[term("x", "release of 10 living hostages and bodies")])
    y = one("y", "2025-01-02", terms=[term("y", "release of 12 living hostages and bodies")])
    assert len(merge([x, y]).terms) == 2


def test_figures_merge_on_same_value_and_label() -> None:
    merged = merge(_three())
    assert len(merged.figures) == 1
    figure = merged.figures[0]
    assert (figure.value, figure.label) == (58, "hostages held")
    assert [s.article for s in figure.sources] == ["a", "b", "c"]
    assert merged.changes == []


def test_figures_with_other_value_or_unit_stay_apart() -> None:
    a = one("a", "2025-01-01", figures=[fig("a", 90, "population displaced", unit="%")])
    b = one("b", "2025-01-02", figures=[fig("b", 90, "population displaced")])
    c = one("c", "2025-01-03", figures=[fig("c", 91, "population displaced", unit="%")])
    assert len(merge([a, b, c]).figures) == 3


def test_undated_articles_sort_last_and_dates_parse() -> None:
    a = one("a", "")
    b = one("b", "18 June 2025")
    c = one("c", "2025-06-04T09:00:00Z")
    assert [x.id for x in merge([a, b, c]).articles] == ["c", "b", "a"]
    assert date_key("June 18, 2025") == "2025-06-18"
    assert date_key("not a date") == ""


def test_single_and_empty() -> None:
    only = one("a", "2025-01-01")
    assert merge([only]) is only
    assert merge([]).articles == []


def test_user_lexicon_forms_are_one_party() -> None:
    from briefing import locations

    locations.config_directory(create=True)
    locations.user_lexicon_file().write_text(
        '[[actor]]\nname = "Free Highlands Movement"\naliases = ["FHM", "the kidnappers"]\n')
    a = one("a", "2025-01-01", parties=[Party("FHM", positions=[pos("a", "demand", "money")])])
    b = one("b", "2025-01-02", parties=[Party("the kidnappers",
                                              positions=[pos("b", "reject", "the offer")])])
    c = one("c", "2025-01-03", parties=[Party("Army", positions=[pos("c", "vow", "to go on")])])
    merged = merge([a, b, c])
    assert [(p.name, p.aliases) for p in merged.parties] == [
        ("FHM", ["the kidnappers"]), ("Army", [])]
