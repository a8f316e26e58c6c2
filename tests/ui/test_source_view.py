"""Pilot tests: Enter opens the source view on the item's sentence; Escape comes back."""

from __future__ import annotations

from briefing.ui.app import BriefingApp
from briefing.ui.screens.main import MainScreen
from briefing.ui.screens.source import SourceScreen, highlighted, paragraphs

from .helpers import current_text, focused_pane

SIZE = (120, 30)


async def test_enter_opens_the_sentence_and_escape_returns_to_the_same_item(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "j", "j")
        assert current_text(app) == "Israel will maintain control over Gaza indefinitely"
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert screen.source.sentence == 9
        body = screen.body
        assert body.target_block is not None and body.target_block in body.hits
        text = screen.target_text
        assert text is not None
        # The whole sentence is highlighted (reverse), the quote is also underlined.
        sentence = seed.articles[0].sentence_text(9)
        styled = [text.plain[s.start:s.end] for s in text.spans if "reverse" in str(s.style)]
        assert "".join(styled) == sentence
        underlined = [text.plain[s.start:s.end] for s in text.spans
                      if "underline" in str(s.style)]
        assert "".join(underlined) == "suggested Israel will maintain control over Gaza indefinitely"
        # Scrolled so the sentence is on screen, and drawn there.
        assert body.scroll_y > 0
        line = body.target_line
        assert line is not None
        assert body.scroll_y <= line < body.scroll_y + body.size.height
        drawn = body.render_line(line - int(body.scroll_y)).text.strip()
        assert sentence.split()[0] in drawn.split()
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert focused_pane(app).pane.title == "Israel"
        assert current_text(app) == "Israel will maintain control over Gaza indefinitely"


async def test_backspace_also_returns_and_keys_scroll(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        body = app.screen.query_one("#source-body")
        assert body.scroll_y == 0  # sentence 1 is at the top
        await pilot.press("j", "j")
        assert body.scroll_y == 2
        await pilot.press("k")
        assert body.scroll_y == 1
        await pilot.press("backspace")
        assert isinstance(app.screen, MainScreen)
        assert current_text(app) == "the latest US-brokered proposal"


async def test_article_text_that_looks_like_markup_shows_as_text(six) -> None:
    app = BriefingApp(six)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "j", "enter")  # the union's "claim" quoting markup
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        shown = app.screen.target_text.plain
        assert "[b]not bold[/b] and [@click=app.quit]do not click[/]" in shown
        assert app.is_running


def test_paragraphs_and_highlight_use_raw_offsets() -> None:
    text = "One.\n\nTwo \x1b[31mred\x1b[0m here. Three.\n"
    spans = paragraphs(text)
    assert spans == [(0, 4), (6, len(text) - 1)]
    start = text.index("Two")
    end = text.index("Three") - 1
    out = highlighted(text, *spans[1], (start, end), (start, start + 3), "reverse", "underline")
    assert out.plain == "Two red here. Three."
    assert [(out.plain[s.start:s.end], str(s.style)) for s in out.spans] == [
        ("Two", "reverse underline"), (" red here.", "reverse")]


def test_many_paragraphs_stay_paragraphs() -> None:
    text = "\n".join(f"line {i}" for i in range(1000))
    spans = paragraphs(text)
    assert len(spans) == 1000
    assert spans[0] == (0, 6) and spans[-1][1] == len(text)


async def test_a_long_article_opens_on_its_last_sentence_drawing_only_what_shows() -> None:
    from briefing.model import Article, Briefing, Party, Position, Source

    words = "word " * 30
    lines = [f"Paragraph {i} {words}ends here." for i in range(2000)]
    text = "\n\n".join(lines)
    start = text.index("Paragraph 1999")
    end = len(text)
    article = Article(id="long", title="Long", text=text, sentences=[(0, 10), (start, end)])
    quote = text[start:start + 14]
    party = Party("P", [], "group", [Position("demand", "the last thing",
                                              Source("long", 1, start, start + 14, quote))])
    app = BriefingApp(Briefing(articles=[article], parties=[party]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        body = app.screen.body
        assert body.target_block == 1999
        assert body.scroll_y == body.max_scroll_y  # the end of the article
        assert body.scroll_y <= body.target_line < body.scroll_y + body.size.height
        # Only the paragraphs on screen were drawn; none of the first ones.
        drawn = {block for block, _line, _width in body._strips}
        assert drawn and min(drawn) >= 1985


async def test_the_view_is_kept_and_each_enter_shows_that_items_sentence(seed) -> None:
    """One source view is made and reused: the second Enter shows the second item's
    sentence (highlighted, scrolled to, titled), not the first one's, and Escape lands
    on the item it was opened from each time."""
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "j", "j", "enter")
        await pilot.pause()
        first = app.screen
        assert isinstance(first, SourceScreen) and first.source.sentence == 9
        await pilot.press("escape")
        assert current_text(app) == "Israel will maintain control over Gaza indefinitely"
        await pilot.press("1", "enter")  # Hamas's first item: sentence 1, at the top
        await pilot.pause()
        screen = app.screen
        assert screen is first
        assert screen.source.sentence == 0
        body = screen.body
        text = screen.target_text
        assert text is not None
        sentence = seed.articles[0].sentence_text(0)
        styled = [text.plain[s.start:s.end] for s in text.spans if "reverse" in str(s.style)]
        assert "".join(styled) == sentence
        assert body.scroll_y == 0  # the first paragraph: no scrolling
        assert body.render_line(0).text.strip().split()[:3] == sentence.split()[:3]
        title = str(screen.query_one("#source-title").render())
        assert title.endswith("· sentence 1")
        await pilot.press("escape", "2", "enter")  # Israel's item again: sentence 10
        await pilot.pause()
        assert app.screen is first and first.body.scroll_y > 0
        line = first.body.target_line
        assert line is not None
        assert first.body.scroll_y <= line < first.body.scroll_y + first.body.size.height
        assert str(first.query_one("#source-title").render()).endswith("· sentence 10")
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert focused_pane(app).pane.title == "Israel"
        assert current_text(app) == "Israel will maintain control over Gaza indefinitely"


async def test_the_kept_view_takes_a_theme_changed_while_it_was_closed(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        before = app.screen.body.rich_style.bgcolor
        await pilot.press("escape", "t", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        after = app.screen.body.rich_style.bgcolor
        assert after != before
        assert after == list(app.screen.body.render_line(0))[0].style.bgcolor


async def test_the_kept_view_opens_on_the_sentence_after_a_resize(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.resize_terminal(70, 14)
        await pilot.pause()
        await pilot.press("2", "j", "j", "enter")
        await pilot.pause()
        body = app.screen.body
        assert isinstance(app.screen, SourceScreen) and app.screen.source.sentence == 9
        assert body.size.width < 70 and body.size.height < 14
        line = body.target_line
        assert line is not None and body.scroll_y > 0
        # A third of the way down, at the new size.
        assert body.scroll_y == line - body.scrollable_content_region.height // 3


async def test_another_sentence_of_the_same_article_redraws_only_the_highlights() -> None:
    """Reopened on the same article, the view keeps its wrapping and the drawn lines of
    every paragraph the highlight neither left nor reached; the old highlight is gone.
    A control sequence cut by the sentence's edge is wrapped as it is shown."""
    from briefing.model import Article, Briefing, Party, Position, Source
    from briefing.ui.wrap import line_starts

    lines = [f"Paragraph {i} says something of note here." for i in range(12)]
    lines[8] = "Para\x1b[31mgraph 8 has colour.\x1b[0m It ends."
    text = "\n\n".join(lines)
    spans = [(text.index(line), text.index(line) + len(line)) for line in lines]
    first = text.index("graph 8")  # the sentence starts inside the escape sequence
    spans[8] = (first - 6, first + 20)
    article = Article(id="a", title="A", text=text, sentences=spans)

    def item(i: int, what: str) -> Position:
        start, end = spans[i]
        return Position("demand", what, Source("a", i, start, end, text[start:end]))

    party = Party("P", [], "group", [item(1, "one"), item(8, "eight")])
    app = BriefingApp(Briefing(articles=[article], parties=[party]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        body = app.screen.body
        assert body.hits == {1}
        kept = {key: strip for key, strip in body._strips.items() if key[0] in (0, 5)}
        assert kept
        heights = list(body._heights)
        await pilot.press("escape", "j", "enter")
        await pilot.pause()
        assert app.screen.body is body and body.hits == {8}
        assert all(body._strips.get(key) is strip for key, strip in kept.items())
        assert not any("reverse" in str(s.style) for s in body.block_text(1).spans)
        shown = body.block_text(8)
        assert shown.plain.startswith("Paragraph 8 has colour.") and "\x1b" not in shown.plain
        # Wrapped as shown now (the highlighted paragraph is cleaned piece by piece).
        assert body._wraps[8] == line_starts(shown.plain, body._width)
        assert [h for i, h in enumerate(body._heights) if i != 8] == [
            h for i, h in enumerate(heights) if i != 8]
        line = body.target_line
        assert line is not None and body.scroll_y <= line < body.scroll_y + body.size.height
        drawn = body.render_line(line - int(body.scroll_y)).text
        assert "Paragraph 8 has colour." in drawn and "\x1b" not in drawn


async def test_a_theme_change_inside_the_view_redraws_its_lines(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        body = app.screen.body
        before = list(body.render_line(0))[0].style.bgcolor
        app.action_toggle_theme()  # as the command palette's theme command does here
        await pilot.pause()
        after = list(body.render_line(0))[0].style.bgcolor
        assert after != before and after == body.rich_style.bgcolor
