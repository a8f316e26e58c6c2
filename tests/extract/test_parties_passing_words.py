"""Parties: words that name no actor of the talks. A demonym after "former" is a past
job, no mention of its state ("former Kenyan foreign minister X": Kenya is no actor and
"the government" is not Kenya's; X is the AU's envoy named before the aside); a proper word met only as "the X air base" qualifies
a thing; "North Reach" is a place, no person. And a person "head of the AU's delegation"
speaks for the AU (the possessor of the owner phrase). Invented article:
tests/extract/articles/parties-passing-words.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.extract.actors import find_parties
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_passing_words_are_no_actors() -> None:
    doc = read_path(ARTICLES / "parties-passing-words.txt")
    table = find_parties(doc)
    mentioned = {table.actors[table.top(m.actor)].name for m in table.mentions}
    assert mentioned == {"Sarvo", "Delta Freedom Movement", "African Union"}
    parents = {a.name: table.actors[a.parent].name for a in table.actors if a.cls == "person" and a.parent is not None}
    # ("The AU's envoy, former Kenyan foreign minister X": the past job is an aside)
    assert parents == {"Ruth Amollo": "African Union", "Paul Varenne": "African Union"}
    assert [p.name for p in extract(doc).parties] == ["Delta Freedom Movement", "African Union", "Sarvo"]


def test_port_and_mount_open_place_names() -> None:
    from briefing.ingest import parse_bytes
    text = ("Dock talks\n\nTalks between the Halden Dockers' Association and Quayfront Logistics resumed in "
            "Port Halden on Monday. Port Halden was quiet. The Mount Orrin Mine Company said it would wait.\n")
    table = find_parties(parse_bytes(text.encode(), "doc", "txt"))
    assert sorted(a.name for a in table.actors if a.cls not in ("merged", "generic")) == [
        "Halden Dockers' Association", "Mount Orrin Mine Company", "Quayfront Logistics"]
