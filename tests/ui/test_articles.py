"""Several articles in the reader: the article list, merged items, changes, reload.

Hand-made briefings (``tests/library/models.py``) merged by the library, except the
reload tests, which read real files from a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

from briefing.export.markdown import render_view_markdown
from briefing.library import merge
from briefing.model import Briefing, Party
from briefing.ui.app import BriefingApp, LibraryLoader, make_loader
from briefing.ui.screens.sources import SourcesScreen
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.item_list import ItemList
from briefing.view import ViewSpec, apply_view

from tests.library.models import fig, one, pos, term

from .helpers import current_text, focused_pane, main, pane_lines

SIZE = (140, 40)


def story() -> Briefing:
    """Three articles: a term all report, a figure that moves, a stance that flips."""
    return merge([
        one("early", "2025-05-01",
            parties=[Party("North", positions=[pos("early", "reject", "the truce plan", 1)])],
            terms=[term("early", "a 60-day pause in fighting", sentence=2)],
            figures=[fig("early", 58, "hostages held", sentence=3)]),
        one("middle", "2025-06-01",
            parties=[Party("South", positions=[pos("middle", "demand", "a full withdrawal")])],
            terms=[term("middle", "a 60-day pause in fighting", sentence=4)],
            figures=[fig("middle", 54, "hostages held", sentence=5)]),
        one("late", "2025-07-01",
            parties=[Party("North", positions=[pos("late", "accept", "the revised truce plan", 6)])],
            terms=[term("late", "a 60-day pause in fighting", sentence=7),
                   term("late", "aid convoys every day", "humanitarian", sentence=8)],
            figures=[fig("late", 50, "hostages held", sentence=9)]),
    ])


def titles(app: BriefingApp) -> list[str]:
    return [p.pane.title for p in main(app).panes]


async def test_the_list_shows_all_then_each_article_by_date() -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.display
        assert [str(articles.get_option_at_index(i).prompt).split("\n")[0]
                for i in range(articles.option_count)] == [
            "All articles (3)", "Early", "Middle", "Late"]
        assert titles(app) == ["North", "South", "Proposed terms", "Key figures"]


async def test_choosing_an_article_shows_its_briefing_and_all_the_merged_one() -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        assert main(app).articles_open and app.focused is None  # keys routed, no focus
        assert app.screen.query_one(ArticleList).has_class("-active")
        await pilot.press("j", "j")  # All -> Early -> Middle
        assert main(app).article == "middle"
        assert titles(app) == ["South", "Proposed terms", "Key figures"]
        assert "briefing · article 2 of 3 · Middle" in str(app.screen.query_one("#masthead").render())
        await pilot.press("enter")  # back to the panes, the choice stays
        assert not main(app).articles_open
        assert current_text(app) == "a full withdrawal"
        await pilot.press("a", "k", "k", "escape")
        assert main(app).article is None
        assert titles(app) == ["North", "South", "Proposed terms", "Key figures"]
        focused_pane(app)


async def test_the_export_writes_the_chosen_article_only() -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "j", "j", "j", "enter")  # Late
        briefing, spec = app.current_view()
        assert spec == ViewSpec(article="late")
        shown = apply_view(briefing, spec)
        assert [t.text for t in shown.terms] == ["a 60-day pause in fighting",
                                                 "aid convoys every day"]
        assert [s.article for s in shown.terms[0].sources] == ["late"]
        assert [p.text for p in shown.parties[0].positions] == ["the revised truce plan"]
        assert shown.changes == []
        markdown = render_view_markdown(briefing, spec)
        assert "- Article: Late" in markdown
        assert "aid convoys every day" in markdown
        assert "a full withdrawal" not in markdown
        await pilot.press("a", "home", "escape")  # All again: the merged view
        briefing, spec = app.current_view()
        assert spec.article is None
        assert "a full withdrawal" in render_view_markdown(briefing, spec)


async def test_an_item_from_several_articles_says_so_and_enter_lists_its_sources() -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")  # Proposed terms
        assert current_text(app) == "a 60-day pause in fighting · 3 articles"
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        assert [s.article for s in screen.sources] == ["early", "middle", "late"]
        assert screen.item_title == "a 60-day pause in fighting"  # without the marks
        entries = screen.query_one("#sources-list")
        first = str(entries.get_option_at_index(0).prompt)
        assert first.startswith("1. Early · 2025-05-01\n")
        assert "early s2" in first  # the sentence (here: the quote) it came from
        await pilot.press("j", "enter")  # the second source in the source view
        assert app.screen.__class__.__name__ == "SourceScreen"
        assert app.screen.source.article == "middle"
        await pilot.press("escape", "escape")
        assert app.screen is main(app)
        assert current_text(app) == "a 60-day pause in fighting · 3 articles"
        await pilot.press("j")  # reported once: Enter goes straight to the source view
        assert current_text(app) == "aid convoys every day"
        await pilot.press("enter")
        assert app.screen.__class__.__name__ == "SourceScreen"


async def test_figures_that_moved_and_stances_that_flipped_are_shown() -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        figures = main(app).panes[3]
        lines = pane_lines(figures)
        assert any("hostages held  (58 → 50)" in line for line in lines), lines
        changed = lines.index("What changed")
        assert "hostages held: 58 (1 May 2025) → 54 (1 Jun 2025) → 50 (1 Jul 2025)" in (
            " ".join(x.strip() for x in lines[changed + 1:]))
        north = pane_lines(main(app).panes[0])
        assert "What changed" in north
        flip = " ".join(x.strip() for x in north[north.index("What changed") + 1:])
        assert flip == ("rejects the truce plan (1 May 2025) → accepts the revised truce "
                        "plan (1 Jul 2025)")
        # The change row leads to the latest reading's sentence.
        await pilot.press("4", "G")
        assert focused_pane(app).current.source.article == "late"


async def test_one_article_has_no_list() -> None:
    app = BriefingApp(one("solo", "2025-01-01", terms=[term("solo", "a pause")]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        assert not app.screen.query_one(ArticleList).display
        assert app.focused is None
        assert "Only one article" in str(list(app._notifications)[-1].message)


async def test_narrow_terminals_show_the_list_instead_of_the_panes() -> None:
    app = BriefingApp(story())
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        reader = app.screen.query_one("#reader")
        assert not articles.display and reader.display
        await pilot.press("a")
        assert articles.display and not reader.display
        assert articles.region.width == 60
        await pilot.press("j", "enter")
        assert not articles.display and reader.display
        assert main(app).article == "early"


# -- reload ---------------------------------------------------------------------------
ARTICLE = "Talks {n}. The envoy said {count} rounds of talks are left, officials said.\n"


def write(folder: Path, name: str, n: int) -> None:
    (folder / name).write_text(f"Article {n}\n\n" + ARTICLE.format(n=n, count=n + 2),
                               encoding="utf-8")


async def until(pilot, condition, tries: int = 250) -> None:
    """Pause until ``condition()`` holds (messages are handled asynchronously)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    assert condition()


async def wait_loaded(app: BriefingApp, pilot) -> None:
    """Until the load (started after the first frame) or reload has been shown."""
    await until(pilot, lambda: app.result is not None)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_r_picks_up_new_changed_and_removed_files(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    for n in range(3):
        write(folder, f"a{n}.txt", n)
    app = BriefingApp(loader=make_loader([str(folder)]))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.option_count == 4
        await pilot.press("3", "j")  # Key figures (no parties here), the second figure
        keep = focused_pane(app).current.source

        write(folder, "a3.txt", 3)
        await pilot.press("r")
        await wait_loaded(app, pilot)
        assert [a.id for a in articles.articles] == ["a0", "a1", "a2", "a3"] or \
            sorted(a.id for a in articles.articles) == ["a0", "a1", "a2", "a3"]
        assert str(list(app._notifications)[-1].message) == "1 added, 0 changed, 0 removed"
        assert list(app._notifications)[-1].markup is False
        assert focused_pane(app).current.source == keep  # the user's place is kept
        assert focused_pane(app).pane.title == "Key figures"

        (folder / "a0.txt").unlink()
        (folder / "a1.txt").write_text("Article one\n\nThe envoy said 9 rounds are left.\n",
                                       encoding="utf-8")
        await pilot.press("r")
        await wait_loaded(app, pilot)
        assert sorted(a.id for a in articles.articles) == ["a1", "a2", "a3"]
        assert str(list(app._notifications)[-1].message) == "0 added, 1 changed, 1 removed"


async def test_r_on_a_briefing_given_in_memory_says_there_is_nothing_to_reload() -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert "Nothing to reload" in str(list(app._notifications)[-1].message)


async def test_the_choice_survives_a_reload_and_goes_to_all_when_its_file_goes(
        tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    for n in range(3):
        write(folder, f"a{n}.txt", n)
    app = BriefingApp(loader=make_loader([str(folder)]))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        app.screen.query_one(ArticleList).choose("a2")
        await until(pilot, lambda: main(app).article == "a2")
        write(folder, "a9.txt", 9)
        await pilot.press("r")
        await wait_loaded(app, pilot)
        assert main(app).article == "a2"
        (folder / "a2.txt").unlink()
        await pilot.press("r")
        await wait_loaded(app, pilot)
        assert main(app).article is None
        assert app.current_view()[1].article is None


# -- streaming ------------------------------------------------------------------------
async def test_panes_fill_in_while_articles_arrive() -> None:
    import threading

    from briefing.library import LoadResult

    parts = [one("early", "2025-05-01", terms=[term("early", "a pause")]),
             one("late", "2025-07-01", terms=[term("late", "aid convoys")])]
    release = threading.Event()

    class Slow(LibraryLoader):  # waits after the first article
        def __call__(self, progress, on_briefing=None):
            progress(1, 2, "early.txt")
            on_briefing(parts[0])
            release.wait(10)
            progress(2, 2, "late.txt")
            on_briefing(parts[1])
            return LoadResult(briefings=parts, paths=["early.txt", "late.txt"])

    app = BriefingApp(loader=Slow([]))
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(main(app).panes))
        assert main(app).has_class("-streaming")  # the progress bar shows
        assert app.screen.query_one("#load-progress").display
        terms = [p for p in main(app).panes if p.pane.title == "Proposed terms"][0]
        assert [r.body.plain for r in terms.rows if not r.heading] == ["a pause"]
        release.set()
        await wait_loaded(app, pilot)
        assert not main(app).has_class("-streaming")
        terms = [p for p in main(app).panes if p.pane.title == "Proposed terms"][0]
        assert [r.body.plain for r in terms.rows if not r.heading] == ["a pause", "aid convoys"]
        assert app.screen.query_one(ArticleList).option_count == 3


async def test_the_export_dialog_writes_the_chosen_article(briefing_home: Path) -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "j", "enter")  # Early
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    [written] = (briefing_home / "data" / "exports").iterdir()
    markdown = written.read_text(encoding="utf-8")
    assert "- Article: Early" in markdown
    assert "the truce plan" in markdown
    assert "aid convoys every day" not in markdown and "a full withdrawal" not in markdown


async def test_a_repaint_while_searching_leaves_the_keys_in_the_search_box() -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "t", "r")
        search = app.screen.query_one("#search")
        assert app.focused is search
        await main(app).populate(story())  # e.g. more articles streamed in
        await pilot.press("u")
        assert app.focused is search
        assert search.value == "tru"


async def test_r_does_not_read_standard_input_again() -> None:
    from briefing.library import LoadResult

    class Piped(LibraryLoader):
        def __call__(self, progress, on_briefing=None):
            return LoadResult(briefings=[story()], paths=["-"])

    app = BriefingApp(loader=Piped(["-"]))
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(app, pilot)
        await pilot.press("r")
        assert str(list(app._notifications)[-1].message) == (
            "Nothing to reload: standard input was read once.")


async def test_back_to_all_brings_back_the_same_panes_where_they_were() -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "j")  # Proposed terms, second item
        merged = list(main(app).panes)
        await pilot.press("a", "j", "j", "j")  # Late
        assert all(not p.display for p in merged)  # kept, hidden
        assert titles(app) == ["North", "Proposed terms", "Key figures"]
        late = list(main(app).panes)
        await pilot.press("home", "escape")  # All again
        assert main(app).panes == merged
        # Late's panes are hidden, kept for the next article chosen.
        assert [p for p in app.screen.query(ItemList) if p.display] == merged
        assert all(not p.display for p in late)
        assert current_text(app) == "aid convoys every day"


def _shown(app: BriefingApp) -> list[tuple[str, bool, list[str]]]:
    """What the panes show: title, shown or not, every row's text."""
    return [(str(p.border_title), p.display,
             [r.body.plain for r in p.rows]) for p in main(app).panes]


async def test_articles_chosen_in_turn_reuse_the_panes_and_all_comes_back_the_same() -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        everything = _shown(app)
        await pilot.press("a", "j")  # Early: North, terms, figures
        assert titles(app) == ["North", "Proposed terms", "Key figures"]
        early = list(main(app).panes)
        await pilot.press("j")  # Middle: South, terms, figures, in the same widgets
        await pilot.pause()
        assert main(app).panes == early
        shown = _shown(app)
        assert [title for title, _, _ in shown] == ["1 South", "2 Proposed terms",
                                                    "3 Key figures"]
        assert all(display for _, display, _ in shown)
        assert shown[0][2][1:] == ["a full withdrawal"]
        assert [r.source.article for p in early[1:] for r in p.rows if r.source] == [
            "middle", "middle"]
        assert current_text(app) == "a full withdrawal"
        await pilot.press("j")  # Late
        await pilot.pause()
        assert main(app).panes == early
        assert [p.pane.title for p in early] == ["North", "Proposed terms", "Key figures"]
        assert [r.body.plain for r in early[0].rows] == ["accepts", "the revised truce plan"]
        await pilot.press("home")  # All: the same rows as before any choice
        await pilot.pause()
        assert _shown(app) == everything
        # A new merged briefing (a reload): All and each article show its items, not
        # the kept ones.
        reloaded = story()
        reloaded.terms[1].text = "aid convoys twice a day"
        await main(app).populate(reloaded)
        await pilot.pause()
        assert "aid convoys twice a day" in _shown(app)[2][2]
        assert _shown(app)[:2] == everything[:2]
        assert main(app).articles_open
        await pilot.press("end")  # Late
        await pilot.pause()
        assert "aid convoys twice a day" in [r.body.plain for r in main(app).panes[1].rows]
        await pilot.press("home")
        await pilot.pause()
        assert "aid convoys twice a day" in _shown(app)[2][2]


async def test_the_export_dialog_names_the_chosen_article(briefing_home: Path) -> None:
    app = BriefingApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "j", "j", "enter")  # Middle
        await pilot.press("e")
        await pilot.pause()
        summary = str(app.screen.query_one("#export-summary").render())
        assert summary == "3 items · article 2 of 3 “Middle”"
        await pilot.press("escape", "a", "home", "escape")  # All: no article named
        await pilot.press("e")
        await pilot.pause()
        assert str(app.screen.query_one("#export-summary").render()) == "8 items"


async def test_the_footer_names_a_and_r_and_drops_whole_hints_at_80_columns() -> None:
    from briefing.ui.widgets.key_hints import KeyHints

    app = BriefingApp(story())
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        wide = str(app.screen.query_one(KeyHints).render())
        assert " a articles  r reload  e export " in wide
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        narrow = str(app.screen.query_one(KeyHints).render()).rstrip()
        assert narrow == " tab pane  j/k item  ⏎ source  / search  a articles  e export  ? help  q quit"
