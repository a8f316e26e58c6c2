"""Property tests over hostile input: ingest, extraction, the JSON round trip, the export.

Every property runs as a quick pass in the default run and as a 10,000-example pass
under ``pytest -m fuzz`` (see conftest.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import ingest
from briefing.errors import InputError
from briefing.export import render_markdown
from briefing.extract import extract
from briefing.model import Briefing
from briefing.view import ViewSpec
from tests.fuzz.counts import EXAMPLES
from tests.fuzz.strategies import briefings, encoded, hostile_text
from tests.hostile.checks import assert_markdown_clean, assert_sources_quote_articles

PROFILES = [pytest.param("quick", id="quick"),
            pytest.param("fuzz", id="fuzz", marks=pytest.mark.fuzz)]
FORMATS = st.sampled_from(["txt", "md", "html", None])
WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def run(profile: str, strategy: st.SearchStrategy, prop: Callable) -> None:
    """Run ``prop`` over ``strategy`` under the named settings profile, counting examples."""
    name = f"{os.environ.get('PYTEST_CURRENT_TEST', prop.__qualname__).split(' ')[0]}"

    def counted(value) -> None:
        EXAMPLES[name] += 1
        prop(value)

    settings(settings.get_profile(profile))(given(strategy)(counted))()


def document_or_none(data: bytes, fmt: str | None):
    try:
        return ingest.parse_bytes(data, "fuzz", fmt, path="fuzz." + (fmt or "txt"))
    except InputError as error:
        assert error.path == "fuzz." + (fmt or "txt") and error.reason
        assert "\n" not in str(error)
        return None


@pytest.mark.parametrize("profile", PROFILES)
def test_ingest_of_any_bytes_raises_only_input_error(profile: str) -> None:
    def prop(args) -> None:
        data, fmt = args
        doc = document_or_none(data, fmt)
        if doc is not None:
            for start, end in doc.sentences:
                assert 0 <= start < end <= len(doc.text)
                # No span starts or ends with a space, tab or line break (Python also counts
                # the C0 separators \x1c-\x1f as white space; those may stay).
                assert doc.text[start:end].strip(" \t\n") == doc.text[start:end]

    run(profile, st.tuples(encoded(), FORMATS), prop)


@pytest.mark.parametrize("profile", PROFILES)
def test_ingest_from_files(profile: str, tmp_path: Path) -> None:
    folder = tmp_path  # one file, rewritten for each example

    def prop(args) -> None:
        data, suffix = args
        path = folder / f"article{suffix}"
        path.write_bytes(data)
        try:
            doc = ingest.read_path(path)
        except InputError as error:
            assert error.path == str(path)
            return
        assert doc.path == str(path)

    run(profile, st.tuples(encoded(), st.sampled_from([".txt", ".md", ".markdown", ".html",
                                                       ".htm"])), prop)


@pytest.mark.parametrize("profile", PROFILES)
def test_extraction_never_raises_and_quotes_its_article(profile: str) -> None:
    def prop(args) -> None:
        data, fmt = args
        doc = document_or_none(data, fmt)
        if doc is None:
            return
        briefing = extract(doc)
        assert [a.text for a in briefing.articles] == [doc.text]
        assert_sources_quote_articles(briefing)

    run(profile, st.tuples(encoded(hostile_text(120)), FORMATS), prop)


@pytest.mark.parametrize("profile", PROFILES)
def test_json_round_trip_is_loss_free(profile: str) -> None:
    def prop(briefing: Briefing) -> None:
        text = briefing.to_json()
        back = Briefing.from_json(text)
        assert back == briefing
        assert back.to_json() == text

    run(profile, briefings(), prop)


@pytest.mark.parametrize("profile", PROFILES)
def test_json_round_trip_of_extracted_briefings(profile: str) -> None:
    def prop(text: str) -> None:
        try:
            doc = ingest.from_text(text, "fuzz")
        except InputError:
            return
        briefing = extract(doc)
        assert Briefing.from_json(briefing.to_json()) == briefing

    run(profile, hostile_text(120), prop)


@pytest.mark.parametrize("profile", PROFILES)
def test_markdown_export_parses_and_has_no_control_characters(profile: str) -> None:
    def prop(args) -> None:
        briefing, query, pane = args
        spec = ViewSpec(query=query, pane=pane)
        assert_markdown_clean(render_markdown(briefing, spec, WHEN))

    panes = st.one_of(st.none(), st.sampled_from(["terms", "figures"]), hostile_text(3))
    run(profile, st.tuples(briefings(), st.one_of(st.just(""), hostile_text(3)), panes), prop)


@pytest.mark.parametrize("profile", PROFILES)
def test_markdown_export_of_extracted_briefings(profile: str) -> None:
    def prop(text: str) -> None:
        try:
            doc = ingest.from_text(text, "fuzz")
        except InputError:
            return
        assert_markdown_clean(render_markdown(extract(doc), None, WHEN))

    run(profile, hostile_text(120), prop)


@pytest.mark.parametrize("profile", PROFILES)
def test_merge_keeps_every_quote(profile: str) -> None:
    from briefing.library import merge

    def prop(texts: list[str]) -> None:
        briefings = []
        for n, text in enumerate(texts):
            try:
                briefings.append(extract(ingest.from_text(text, f"a{n}")))
            except InputError:
                continue
        merged = merge(briefings)
        assert sorted(a.id for a in merged.articles) == sorted(b.articles[0].id for b in briefings)
        assert_sources_quote_articles(merged)
        assert Briefing.from_json(merged.to_json()) == merged
        assert_markdown_clean(render_markdown(merged, None, WHEN))

    run(profile, st.lists(hostile_text(80), min_size=1, max_size=4), prop)
