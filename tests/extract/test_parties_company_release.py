"""Parties in a company's release: "The Board of Norvale Water Utility" is the utility
(its board speaks for it), "Chief Executive Mariam Holt" keeps her title (the stop word
"Chief" opening a title is no longer cut, which made her "Executive Mariam Holt") and
folds into the utility. Invented article: tests/extract/articles/parties-company-release.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_board_of_and_chief_titles() -> None:
    table = find_parties(read_path(ARTICLES / "parties-company-release.txt"))
    actors = {a.name: (a.title, table.actors[a.parent].name if a.parent is not None else None, a.aliases)
              for a in table.actors if a.cls not in ("merged", "generic")}
    assert actors["Norvale Water Utility"] == ("", None, ["Board of Norvale Water Utility", "Utility"])
    assert actors["Mariam Holt"] == ("Chief Executive", "Norvale Water Utility",
                                     ["Chief Executive Mariam Holt", "Holt"])
    assert not any(name.startswith(("Board of", "Executive")) for name in actors)
