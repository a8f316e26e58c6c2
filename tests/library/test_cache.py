"""The parse cache's own contract: atomic entries, fast decoding equal to the model's."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from briefing.library.cache import ParseCache, cache_key, decode, encode
from briefing.model import Article, Briefing, Change, Figure, Party, Position, Source, Term


def _full() -> Briefing:
    """A briefing with every field of every type set to a non-default value."""
    s1 = Source("a", 1, 2, 9, "quote one")
    s2 = Source("b", 3, 4, 8, "quote two")
    return Briefing(
        articles=[Article("a", "Title", "Desk", "2025-05-30", "/x/a.md", "https://e.x/a", "md",
                          "Text. More.", [(0, 5), (6, 11)], ["warned"])],
        parties=[Party("P", ["Q"], "state", [Position("reject", "the plan", s1, "r1", True,
                                                      [s1, s2])])],
        terms=[Term("a pause", "ceasefire", s1, "t1", [s1, s2])],
        figures=[Figure(54000, "over 54,000", "killed", s1, "%", "over", 56000.5, "f1", [s1]),
                 Figure(2.5, "2.5", "x", s2)],
        changes=[Change("figure", "killed", "", [{"article": "a", "value": 1}])],
        engine="e1")


# The fields decode() knows; a new model field must be added there (and here).
KNOWN = {
    Source: {"article", "sentence", "start", "end", "quote"},
    Position: {"stance", "text", "source", "rule", "hedged", "sources"},
    Party: {"name", "aliases", "kind", "positions"},
    Term: {"text", "category", "source", "rule", "sources"},
    Figure: {"value", "display", "label", "source", "unit", "qualifier", "value_max", "rule",
             "sources"},
    Article: {"id", "title", "source", "date", "path", "url", "format", "text", "sentences",
              "warnings"},
    Change: {"kind", "subject", "party", "steps"},
    Briefing: {"articles", "parties", "terms", "figures", "changes", "engine"},
}


def test_cache_decode_matches_model() -> None:
    for cls, fields in KNOWN.items():
        assert {f.name for f in dataclasses.fields(cls)} == fields, cls.__name__
    briefing = _full()
    data = json.loads(json.dumps(encode(briefing)))  # as an entry stores it
    assert decode(data) == briefing
    assert decode(data).to_dict() == briefing.to_dict()
    # Whole-number floats come back as the model's JSON writes them (ints).
    figure = decode(json.loads(json.dumps(encode(Briefing(figures=[
        Figure(54000.0, "54,000", "killed", Source("a", 0, 0, 1, "x"), value_max=6.0)])))))
    assert (figure.figures[0].value, figure.figures[0].value_max) == (54000, 6)
    assert isinstance(figure.figures[0].value, int)


def test_put_then_get_and_atomic_files(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "c")
    key = cache_key(b"bytes", "md", "fp")
    assert cache.get(key) is None
    assert cache.put(key, _full())
    assert cache.get(key) == _full()
    assert [p.name for p in (tmp_path / "c").iterdir()] == [f"{key}.json.z"]
    # An entry stored under another name (copied by hand) is not trusted.
    other = cache_key(b"other", "md", "fp")
    cache.path(key).rename(cache.path(other))
    assert cache.get(other) is None


def test_keys_depend_on_bytes_format_and_engine() -> None:
    keys = {cache_key(b"x", "md", "e1"), cache_key(b"y", "md", "e1"),
            cache_key(b"x", "html", "e1"), cache_key(b"x", "md", "e2")}
    assert len(keys) == 4


def test_put_into_unwritable_place_is_false(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert ParseCache(blocker / "c").put("k", _full()) is False
