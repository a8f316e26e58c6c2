"""Parties: an acronym is the actor it abbreviates, however the article introduces it:
in brackets after a name already met without them ("the X Board ... The X Board (HCB)"),
after a name that starts with a gazetteer name ("United Nations Development Programme
(UNDP)"), or never defined at all but spelled by the initials of exactly one
organisation's name ("the Marsh Valley Dockers Front ... the MVDF"). A gazetteer name
written with lower-case or hyphenated parts ("Organization for Security and
Co-operation in Europe") is met whole, not cut at "and" into a stray actor (and its
"Europe" is no mention of the EU). Invented article: tests/extract/articles/parties-acronyms.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_acronyms_fold_into_their_actor() -> None:
    table = find_parties(read_path(ARTICLES / "parties-acronyms.txt"))
    names = {a.name: a.aliases for a in table.actors if a.cls not in ("merged", "person", "generic")}
    assert names == {
        "Harbour Competition Board": ["HCB"],
        "Quayline Holdings": ["Quayline"],
        "Brantor Shipping": [],
        "OSCE": ["Organization for Security and Co-operation in Europe"],
        "Marsh Valley Dockers Front": ["MVDF"],
        "United Nations": [],
        "United Nations Development Programme": ["UNDP"],
    }
