"""A firm whose name holds no organisation word ("Brinemoor Terminals") reads like a
person's name; when it speaks of itself as "it" and never goes by its last word alone,
it is a firm, and "Its chief executive" and "the company" are its (before, the firm was
a person and its people and positions went to the other side)."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import read_path, read_text

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_a_firm_named_like_a_person_holds_its_own_positions() -> None:
    briefing = extract(read_path(ARTICLES / "parties5-firm-without-org-word.txt"))
    assert {p.name: (p.kind, [q.text for q in p.positions]) for p in briefing.parties} == {
        "Brinemoor Terminals": ("organisation", ["would not reopen the pay deal",
                                                 "wanted a decision by Friday", "its offer was final"]),
        "Harlow Dockers' Union": ("organisation", ["rejected the new rota outright",
                                                   "demanded a return to the old shift pattern"]),
    }
    firm = next(p for p in briefing.parties if p.name == "Brinemoor Terminals")
    assert "Alan Brook" in firm.aliases


def test_a_person_who_says_it_is_still_a_person() -> None:
    # "Jo Marsh said it would ..." twice, but she goes by "Marsh": a person
    doc = read_text(b"Talks stall\n\nJo Marsh said it would be a long night. Jo Marsh said it was not over. "
                    b"Marsh demanded a new offer.", "person")
    assert [(p.name, p.kind) for p in extract(doc).parties] == [("Jo Marsh", "person")]
