"""Parties: companies and what they own. "X, the company's treatment for ..." makes X
a thing the company owns (a drug, a product), never an actor of its own, so "the
company" points to the company, not to X; "the company" is no fund, institute or
association ("the National Care Fund" named just before it); a bare first word shared by
a company and an association named after it ("Brisk" for "Brisk Air" and the "Brisk
Pilots Guild") is the company. Invented article: tests/extract/articles/parties-company-names.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_products_funds_and_first_words() -> None:
    table = find_parties(read_path(ARTICLES / "parties-company-names.txt"))
    names = {a.name: a.aliases for a in table.actors if a.cls not in ("merged", "person", "generic")}
    assert names == {
        "Ministry of Health": [],
        "Corvelle Therapeutics": ["company"],
        "National Care Fund": [],
        "Brisk Air": ["Brisk"],
        "Brisk Pilots Guild": ["Pilots"],
    }
