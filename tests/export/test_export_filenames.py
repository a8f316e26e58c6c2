"""Safe file names: a title can never escape the export folder or fail to be written."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.export import default_export_path
from briefing.export.filenames import MAX_STEM_BYTES, export_filename, safe_filename
from briefing.export.paths import resolve_target
from briefing.model import Article, Briefing

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
            *(f"lpt{n}" for n in range(1, 10))}


def assert_safe(name: str) -> None:
    assert name.endswith(".md")
    assert name == Path(name).name and not set(name) & WINDOWS_FORBIDDEN
    assert not name.startswith((".", "-", " ")) and not name[:-3].endswith((".", " "))
    assert name.split(".")[0] not in RESERVED
    assert len(name.encode("utf-8")) <= MAX_STEM_BYTES + 40


@pytest.mark.parametrize("title, expected", [
    ("Talks stall: a 60-day pause?", "talks-stall-a-60-day-pause.md"),
    ("../../etc/passwd", "etc-passwd.md"),
    ("a/b\\c\x00d", "a-b-c-d.md"),
    ("CON", "con-briefing.md"),
    ("nul", "nul-briefing.md"),
    ("LPT1", "lpt1-briefing.md"),
    ("trailing dots... ", "trailing-dots.md"),
    ("...", "briefing.md"),
    ("", "briefing.md"),
    ("\x1b[31m", "31m.md"),
    ("Ｆｕｌｌ ｗｉｄｔｈ", "full-width.md"),
    ("Économie à Genève", "économie-à-genève.md"),
])
def test_safe_filename(title: str, expected: str) -> None:
    assert safe_filename(title) == expected
    assert_safe(safe_filename(title))


def test_long_titles_are_cut_on_a_word_in_bytes() -> None:
    name = safe_filename("word " * 60)
    assert name == "-".join(["word"] * 16) + ".md"
    assert len(safe_filename("x" * 300).encode()) == MAX_STEM_BYTES + 3
    # Multi-byte characters are never cut in half.
    wide = safe_filename("語" * 300)
    assert wide == "語" * (MAX_STEM_BYTES // 3) + ".md"


def test_export_filename_adds_the_date() -> None:
    assert export_filename("../Talks", datetime(2026, 1, 2)) == "talks-2026-01-02.md"
    assert export_filename("CON", datetime(2026, 1, 2)) == "con-briefing-2026-01-02.md"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_title_gives_a_safe_name_inside_the_folder(title: str) -> None:
    assert_safe(safe_filename(title, "2026-11-25"))
    folder = Path("/exports")
    briefing = Briefing(articles=[Article(id="../id", title=title)])
    path = default_export_path(briefing, folder, datetime(2026, 11, 25))
    assert path.parent == folder
    assert path.name == safe_filename(briefing.title, "2026-11-25")


def test_default_name_for_several_articles_keeps_the_count_after_a_long_title() -> None:
    articles = [Article(id="a", title="word " * 60), Article(id="b"), Article(id="c")]
    path = default_export_path(Briefing(articles=articles), Path("/x"), datetime(2026, 1, 2))
    assert path.name == "-".join(["word"] * 16) + "-and-2-more-2026-01-02.md"
    single = default_export_path(Briefing(articles=[Article(id="only-id")]), Path("/x"),
                                 datetime(2026, 1, 2))
    assert single.name == "only-id-2026-01-02.md"


def test_default_name_for_one_chosen_article_is_that_articles_title() -> None:
    articles = [Article(id="a", title="Talks open"), Article(id="b", title="Talks stall"),
                Article(id="c")]
    when = datetime(2026, 1, 2)
    assert default_export_path(Briefing(articles=articles), Path("/x"), when,
                               article="b").name == "talks-stall-2026-01-02.md"
    assert default_export_path(Briefing(articles=articles), Path("/x"), when,
                               article="c").name == "c-2026-01-02.md"
    # an id the briefing does not hold falls back to the whole view's name
    assert default_export_path(Briefing(articles=articles), Path("/x"), when,
                               article="gone").name == "talks-open-and-2-more-2026-01-02.md"


def test_resolve_target_takes_relative_paths_from_the_folder(tmp_path: Path) -> None:
    assert resolve_target("x.md", tmp_path) == tmp_path / "x.md"
    assert resolve_target(f"  {tmp_path}/y.md ", Path("/elsewhere")) == tmp_path / "y.md"
    assert resolve_target("~/z.md", tmp_path) == Path.home() / "z.md"
