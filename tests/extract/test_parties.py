"""Parties: actors discovered from the text, folded people and demonyms, aliases,
coreference of "the union"/"the company"/"he", and the user lexicon."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.extract.engine import extract
from briefing.extract.positions import find_positions
from briefing.ingest import read_path, read_text
from briefing.locations import user_lexicon_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract"


def parties_of(name: str) -> dict[str, object]:
    doc = read_path(FIXTURES / name)
    return {p.name: p for p in find_positions(doc, find_parties(doc))}


def test_discovered_organisations_and_people_fold_into_their_actor() -> None:
    parties = parties_of("harbor-dispute.txt")
    assert set(parties) == {"Harbour Workers Federation", "Marlowe Shipping Holdings"}
    union = parties["Harbour Workers Federation"]
    # "Union president Tamsin Okoro" speaks for the union; "the union" is an alias
    assert {"Tamsin Okoro", "Okoro", "union", "federation"} <= set(union.aliases)
    company = parties["Marlowe Shipping Holdings"]
    # "Marlowe's chief executive, Gideon Pratt", and "the company"
    assert {"Marlowe", "Gideon Pratt", "Pratt", "company"} <= set(company.aliases)
    assert union.kind == "organisation" and company.kind == "organisation"


def test_invented_state_demonym_and_minister_fold_into_the_state() -> None:
    parties = parties_of("valdoria-truce.txt")
    assert set(parties) == {"Valdoria", "Crimson Hills Front", "Northern Plains Compact"}
    state = parties["Valdoria"]
    assert state.kind == "state"
    # "Valdorian officials", "Valdoria's interior minister, Pavel Dunn"
    assert {"Valdorian", "Pavel Dunn", "Dunn", "government"} <= set(state.aliases)
    # "the Front" and "the group" are the Crimson Hills Front; "the Compact's special
    # envoy, Ines Varga" speaks for the bloc
    assert {"Front", "group"} <= set(parties["Crimson Hills Front"].aliases)
    assert {"Compact", "Ines Varga"} <= set(parties["Northern Plains Compact"].aliases)


def test_passing_mentions_are_not_parties() -> None:
    parties = parties_of("valdoria-truce.txt")
    # quoted only for a statistic ("according to the ... Society")
    assert "Valdoria Red Relief Society" not in parties
    # a place named in a dateline or after "in" is not an actor
    assert not any(name.upper() == "RASKEN" for name in parties)


def test_gazetteer_folds_demonyms_capitals_and_institutions() -> None:
    doc = read_text(
        b"Talks stall\n\nThe White House said the plan was fair. Israeli Prime Minister Dan Oren "
        b"rejected the plan. Washington urged both sides to return to the table.\n", "gaz")
    parties = {p.name: p for p in extract(doc).parties}
    assert set(parties) == {"United States", "Israel"}
    assert {"White House", "Washington"} <= set(parties["United States"].aliases)
    assert {"Dan Oren", "Oren", "Prime Minister Dan Oren"} <= set(parties["Israel"].aliases)


def test_user_lexicon_adds_actors_and_aliases() -> None:
    path = user_lexicon_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '[[actor]]\nname = "Tideway Dockers Guild"\naliases = ["TDG", "the dockers"]\n'
        'kind = "organisation"\n\n'
        '[[actor]]\nname = "Republic of Osterlund"\naliases = ["Osterlund", "Osterlunders"]\nkind = "state"\n',
        encoding="utf-8")
    doc = read_text(b"Dock talks\n\nTDG rejected the offer on Monday. Osterlund said it would "
                    b"not intervene.\n", "user")
    parties = {p.name: p for p in extract(doc).parties}
    assert set(parties) == {"Tideway Dockers Guild", "Republic of Osterlund"}
    assert parties["Tideway Dockers Guild"].kind == "organisation"
    assert "TDG" in parties["Tideway Dockers Guild"].aliases
    assert parties["Republic of Osterlund"].kind == "state"
    assert [(p.stance, p.text) for p in parties["Tideway Dockers Guild"].positions] == [
        ("reject", "rejected the offer on Monday")]


def test_malformed_user_lexicon_is_ignored() -> None:
    path = user_lexicon_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[[actor]\nname = ", encoding="utf-8")
    from briefing.extract.lexicons import user_actors, user_lexicon_problem
    assert user_actors() == []
    assert "lexicon.toml" in user_lexicon_problem()
    doc = read_text(b"Talks\n\nThe White House said the plan was fair.\n", "bad")
    assert [p.name for p in extract(doc).parties] == ["United States"]
