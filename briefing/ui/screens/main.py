"""The main screen: a masthead, the panes side by side, the source preview, the footer.

Layout rules (the screen decides, the stylesheet draws):
- wide (>= NARROW_WIDTH columns): the terms and figures panes always show; party panes
  show as many as fit and page to follow the focus (the pane bar appears when some are
  paged out);
- narrow: one pane at a time, the pane bar works as tabs; the keys are the same.

``#body`` is a horizontal row: the article list (``compose_sidebar``) docks at the left
of the panes when several articles are open and the terminal is wide; narrow, ``a``
shows it in place of the panes. ``full`` is the whole (merged) briefing, ``briefing``
what the panes show: all of it, or the chosen article's part (``view.only_article``,
the same function the export applies, so the export writes what is shown;
indexed once per merged briefing: ``merged_rows.ArticleParts``). Like the
panes, the list never takes the focus: while it is open (``articles_open``) the
screen routes j/k/enter/escape to it. ``populate`` may be called again (articles
streaming in, ``r``): the choice, the current pane and item and the keys' owner stay.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, LoadingIndicator, ProgressBar, Static

from briefing.crash import CrashGuard
from briefing.model import Briefing, Source
from briefing.ui.bindings import MAIN, to_bindings
from briefing.ui.merged_rows import ArticleParts, decorate, item_sources
from briefing.ui.rows import PaneData, Row, build_panes
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.item_list import ItemList
from briefing.ui.widgets.key_hints import KeyHints
from briefing.ui.widgets.masthead import Masthead
from briefing.ui.widgets.preview import SourcePreview
from briefing.ui.widgets.tab_bar import TabBar
from briefing.view import ViewSpec, filter_briefing

NARROW_WIDTH = 100
# What merged_rows appends to an item's text: "  (54,000 → 56,000)", " · 3 articles".
MERGE_MARKS = re.compile(r"(?:  \([^()]*→[^()]*\))?(?: · \d+ articles)?$")
SHORT_HEIGHT = 16      # below this the source preview keeps to one line
PARTY_MIN_WIDTH = 20   # cells a party pane needs before another one is paged in
FIXED_MIN_WIDTH = 26   # cells the terms and figures panes each keep
SIDEBAR_WIDTH = 32     # the article list's width (styles/article_list.tcss)...
SIDEBAR_SLIM_WIDTH = 26  # ...and below WIDE_WIDTH columns, where the panes need the room
WIDE_WIDTH = 140


class MainScreen(CrashGuard, Screen[None]):
    """The briefing: every pane, keyboard navigation, search and filter."""

    BINDINGS = to_bindings(MAIN)
    # No widget takes the focus when the screen shows or comes back ("*", the app's
    # default, focused the hidden search box, dropped again after: two restyles and
    # ~5 ms on every return from the source view or a dialog).
    AUTO_FOCUS = ""
    # Textual's Screen repaints the whole screen when the focus moves; here that is the
    # search box opening or closing, and with a thousand items a full repaint is most
    # of the 50 ms budget. The widgets whose look depends on the focus (the box, by
    # its :focus rule) restyle and repaint themselves; nothing else needs it.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    class Ready(Message):
        """The screen is composed: the app may fill it (sent to the app)."""

    class Progress(Message):
        """Reading progress, posted by the loading thread (see ``show_progress``)."""

        def __init__(self, done: int, total: int, name: str) -> None:
            super().__init__()
            self.done, self.total, self.name = done, total, name

    def __init__(self) -> None:
        super().__init__(id="main")
        self.full: Briefing | None = None
        self.briefing: Briefing | None = None
        self._sources: dict[int, list[Source]] = {}
        self._all_panes: tuple[Briefing, list[PaneData]] | None = None
        self._all_widgets: tuple[Briefing, list[ItemList]] | None = None
        self._all_sources: tuple[Briefing, dict[int, list[Source]]] | None = None
        self._parts: ArticleParts | None = None
        # One-article panes not showing now (hidden), reused for the next article.
        self._spare: list[ItemList] = []
        self._choosing = False  # an _apply_choice is queued
        self._wanted: str | None = None  # ...for this article (None: All)
        # The article list has the keys (j/k move in it, enter/escape close it). Like the
        # panes it never takes the focus: focusing restyles every ancestor, a third of
        # a second with a thousand articles' panes.
        self.articles_open = False
        self.panes: list[ItemList] = []
        self.current = 0
        self.page_start = 0
        self.query_text = ""
        self.filtered = False
        self.narrow = False
        self._origin: tuple[int, int | None] = (0, None)
        # The article chosen in a side list (the library's), or None for all of them.
        self.article: str | None = None
        self.show_aliases = False

    # -- composition --------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Masthead()
        with Horizontal(id="body"):
            yield from self.compose_sidebar()
            with Vertical(id="reader"):
                yield TabBar()
                yield ProgressBar(id="load-progress", show_eta=False)
                with Vertical(id="loading"):
                    yield LoadingIndicator()
                    yield Static("Reading…", id="progress", markup=False)
                yield Horizontal(id="panes")
        # The search box and the preview share a fixed-height strip, so opening the box
        # never changes the panes' size (no relayout, no full repaint).
        with Vertical(id="status"):
            with Horizontal(id="search-row"):
                yield Static("/", id="search-prompt", markup=False)
                yield Input(placeholder="search all panes (enter: keep, escape: clear)",
                            id="search")
            yield SourcePreview()
        yield KeyHints(getattr(self.app, "config", None) and self.app.config.keymap)

    def compose_sidebar(self) -> ComposeResult:
        """The article list, docked left of the panes (shown with several articles)."""
        articles = ArticleList(id="articles")
        articles.border_title = "Articles"
        articles.can_focus = False  # the screen routes the keys (see articles_open)
        yield articles

    def on_mount(self) -> None:
        self.query_one(Masthead).show(None, "reading…")
        self._show_search(False)
        self.query_one(TabBar).display = False
        self.app.post_message(self.Ready())

    def show_progress(self, done: int, total: int, name: str) -> None:
        """Progress while a large input is read (called from the loading worker)."""
        # Only what is on screen: an update relays the screen out (~60 ms with a
        # thousand articles' panes), and this comes ten times a second.
        if self.query_one("#loading").display:
            text = Text(f"Reading {done} of {total}: ")
            text.append(name)
            self.query_one("#progress", Static).update(text)
        if self.has_class("-streaming"):
            self.query_one("#load-progress", ProgressBar).update(total=total, progress=done)

    def on_main_screen_progress(self, message: MainScreen.Progress) -> None:
        self.show_progress(message.done, message.total, message.name)

    def set_streaming(self, streaming: bool) -> None:
        """Show the progress bar above the panes while articles are still arriving."""
        self.set_class(streaming, "-streaming")

    async def populate(self, briefing: Briefing) -> None:
        """Show ``briefing`` (one article's or the merged one): one pane per party,
        then terms and figures, and the article list when there are several.

        Called again as articles stream in and on reload: the chosen article, the
        current pane (by name) and its current item are kept where they still exist."""
        self.full = briefing
        if self.article is not None and briefing.article(self.article) is None:
            self.article = None
        many = len(briefing.articles) > 1
        self.set_class(many, "-many")
        self.query_one(KeyHints).many = many
        articles = self.query_one(ArticleList)
        if many:
            articles.set_articles(briefing.articles)
            articles.choose(self.article)
        elif articles.option_count:
            articles.set_articles([])
        self.query_one("#loading").display = False
        await self._show()

    @staticmethod
    def _find_row(pane: ItemList, keep: Row) -> int | None:
        """The index of the row showing the same item as ``keep``: the same text and
        source, else the same source (its marks, "3 articles", may have changed)."""
        same = [i for i, row in enumerate(pane.rows)
                if not row.heading and keep.source is not None and row.source == keep.source]
        exact = [i for i in same if pane.rows[i].body.plain == keep.body.plain]
        return (exact or same or [None])[0]

    def _show_masthead(self) -> None:
        shown = self.briefing
        if shown is None:
            return
        article = shown.article(self.article) if self.article is not None else None
        if article is None:
            self.query_one(Masthead).show(shown)
            return
        number = shown.articles.index(article) + 1
        self.query_one(Masthead).show(replace(shown, articles=[article]),
                                      position=f"article {number} of {len(shown.articles)}")

    def _displayed(self) -> Briefing:
        assert self.full is not None
        if self.article is None:
            return self.full
        return self._article_parts().only(self.article)

    def _article_parts(self) -> ArticleParts:
        """Each article's part of ``full`` (``view.only_article``, indexed once)."""
        assert self.full is not None
        if self._parts is None or self._parts.briefing is not self.full:
            self._parts = ArticleParts(self.full)
        return self._parts

    def _item_sources(self, shown: Briefing) -> dict[int, list[Source]]:
        if shown is not self.full:
            return item_sources(shown)
        if self._all_sources is None or self._all_sources[0] is not shown:
            self._all_sources = (shown, item_sources(shown))
        return self._all_sources[1]

    def _build_panes(self, briefing: Briefing, query: str = "") -> list[PaneData]:
        """The panes of ``briefing``, with the marks a merged briefing adds (the shown
        briefing's changes and article counts: see ``merged_rows``)."""
        if self.article is not None:
            return build_panes(briefing)  # one article: nothing reported twice or changed
        whole = not query and briefing is self.full
        if whole and self._all_panes is not None and self._all_panes[0] is briefing:
            # Back to All: the merged panes (a second with a thousand articles) again.
            return list(self._all_panes[1])
        panes = decorate(build_panes(briefing), self.briefing or briefing, query)
        if whole:
            self._all_panes = (briefing, list(panes))
        return panes

    async def _show(self) -> None:
        """Rebuild the panes for the chosen article (or all), keeping the place."""
        shown = self._displayed()
        place_name = self.pane.pane.name if self.pane else None
        place_row = self.pane.current if self.pane else None
        self.briefing = shown
        self._sources = self._item_sources(shown)
        await self._swap_panes(shown)
        self._show_masthead()
        if self.query_text:
            self._apply_query()
        names = [p.pane.name for p in self.panes]
        index = names.index(place_name) if place_name in names else 0
        self.current = index
        if place_row is not None:
            row = self._find_row(self.panes[index], place_row)
            if row is not None:
                self.panes[index].select_row(row)
        search = self.query_one("#search", Input)
        if not (self.articles_open or (search.display and search.has_focus)):
            self.focus_pane(index)
        else:
            # The search box or the article list has the keys (articles streaming in
            # while the user types or chooses): they keep them.
            self._layout_panes()
            for other in self.panes:
                other.set_current(other is self.panes[index])
            self._update_preview()
        if self.panes[index].cursor is not None:
            self.call_after_refresh(self.panes[index].scroll_to_cursor)

    async def _swap_panes(self, shown: Briefing) -> None:
        """Put the panes of ``shown`` on screen, as cheaply as possible:

        - back to All: the merged view's panes were kept (hidden) while one article
          was shown, so they come back as they were (rebuilding them takes a second
          with a thousand articles);
        - the same panes as now (articles streaming in, a reload): new rows in the
          same widgets;
        - one article: the one-article panes shown before (hidden, ``_spare``) get its
          rows; only a pane more than ever shown is mounted (mounting styles every
          widget: ~10 ms a pane). The merged view's panes are hidden, not removed.
        """
        container = self.query_one("#panes", Horizontal)
        kept = self._all_widgets
        showing_all = kept is not None and self.panes is kept[1]
        wanted_all = self.article is None
        if kept is not None and kept[0] is not self.full:
            # Another load (streaming, reload): the kept panes show a stale briefing.
            self._all_widgets = None
            if not showing_all:
                await container.remove_children(kept[1])
            kept = None
        if wanted_all and kept is not None and not showing_all:
            self._hide(self.panes)
            self.panes = kept[1]
            return
        data = self._build_panes(shown)
        if (self.panes and showing_all == wanted_all
                and [d.name for d in data] == [p.pane.name for p in self.panes]):
            for pane, new in zip(self.panes, data, strict=True):
                pane.pane = new
                pane.empty_message = new.empty_message
                pane.set_rows(new.rows, pane.current)
        elif not wanted_all:
            if showing_all and kept is None:
                await container.remove_children(self.panes)  # a stale merged view
            else:
                self._hide(self.panes)  # All's: kept for the way back; else spares
            self.panes = await self._article_panes(container, data)
        else:
            await container.remove_children([c for c in container.children
                                             if kept is None or c not in kept[1]])
            self._spare = []
            self.panes = [ItemList(pane, number) for number, pane in enumerate(data, 1)]
            for pane in self.panes:
                pane.set_aliases(self.show_aliases)
            await container.mount_all(self.panes)
        if wanted_all:
            self._all_widgets = (self.full, self.panes) if self.full is not None else None

    def _hide(self, panes: list[ItemList]) -> None:
        """Take ``panes`` off screen; one-article panes become spares."""
        kept = self._all_widgets[1] if self._all_widgets else []
        for pane in panes:
            pane.display = False
            if pane not in kept and pane not in self._spare:
                self._spare.append(pane)

    async def _article_panes(self, container: Horizontal, data: list[PaneData],
                             ) -> list[ItemList]:
        """Widgets showing ``data`` (one article's panes): spares of the same kind
        first, in screen order, then new ones mounted where their kind goes."""
        spares = [p for p in container.children if isinstance(p, ItemList) and p in self._spare]
        panes: list[ItemList] = []
        new: list[ItemList] = []
        for number, pane_data in enumerate(data, 1):
            widget = next((p for p in spares if p.pane.kind == pane_data.kind), None)
            if widget is None:
                widget = ItemList(pane_data, number)
                widget.set_aliases(self.show_aliases)
                new.append(widget)
            else:
                spares.remove(widget)
                self._spare.remove(widget)
                widget.pane = pane_data
                widget.number = number
                widget.empty_message = pane_data.empty_message
                widget.show_aliases = self.show_aliases
                widget.set_rows(pane_data.rows)
                widget.scroll_to(y=0, animate=False, immediate=True, force=True)
            panes.append(widget)
        for widget in new:
            # Screen order is parties, then terms, then figures: a new widget goes before
            # the first later one (hidden spares in between show nothing).
            later = panes[panes.index(widget) + 1:]
            before = next((p for p in later if p not in new), None)
            if before is not None:
                await container.mount(widget, before=before)
            else:
                await container.mount(widget)
        return panes

    # -- layout -------------------------------------------------------------------
    def on_resize(self, event: events.Resize) -> None:
        self._layout_panes()

    def _fixed(self, pane: ItemList) -> bool:
        return pane.pane.kind in ("terms", "figures")

    def _layout_panes(self) -> None:
        """Decide which panes show (tabs when narrow, paging when many parties)."""
        if not self.panes:
            return
        width = self.size.width
        self.narrow = width < NARROW_WIDTH
        self.set_class(self.narrow, "-narrow")
        self.set_class(self.narrow and self.articles_open, "-articles-open")
        self.query_one(ArticleList).set_class(self.articles_open, "-active")
        slim = width < WIDE_WIDTH
        self.set_class(slim, "-slim")
        if self.has_class("-many") and not self.narrow:
            width -= SIDEBAR_SLIM_WIDTH if slim else SIDEBAR_WIDTH
        self.set_class(self.size.height < SHORT_HEIGHT, "-short")
        if self.narrow:
            visible = {self.current}
        else:
            fixed = [i for i, p in enumerate(self.panes) if self._fixed(p)]
            parties = [i for i, p in enumerate(self.panes) if not self._fixed(p)]
            room = width - FIXED_MIN_WIDTH * len(fixed)
            fit = max(1, room // PARTY_MIN_WIDTH)
            if self.current in parties:
                position = parties.index(self.current)
                if position < self.page_start:
                    self.page_start = position
                elif position >= self.page_start + fit:
                    self.page_start = position - fit + 1
            self.page_start = max(0, min(self.page_start, max(0, len(parties) - fit)))
            visible = set(fixed) | set(parties[self.page_start:self.page_start + fit])
            self._party_width(parties, fit if len(parties) > fit else 0, room_all=width)
        if self.narrow:
            self._party_width([i for i, p in enumerate(self.panes) if not self._fixed(p)], 0)
        for index, pane in enumerate(self.panes):
            pane.display = index in visible
        bar = self.query_one(TabBar)
        bar.display = len(visible) < len(self.panes)
        if bar.display:
            bar.show([p.pane.title for p in self.panes], self.current, visible, width)

    def _party_width(self, parties: list[int], shown: int, room_all: int = 0) -> None:
        """While party panes page (``shown`` of them at a time), give them all one width.

        With ``1fr`` each, the columns' rounding gives the slots different widths (20,
        21, 21), so on every Tab each pane that moves one slot over changed width: it
        rewrapped every row and redrew every line (most of the cost of Tab with many
        items). One width for all keeps their wrapping and drawn lines; the terms and
        figures panes share what is left (their ``fr`` in styles/main.tcss). ``shown``
        0: no paging, the stylesheet's widths again. This is geometry, decided here
        like which panes show, not styling."""
        width: int | None = None
        if shown:
            # The stylesheet's proportions: parties 1fr each, terms 1.2fr, figures 1.4fr.
            width = max(PARTY_MIN_WIDTH, int(room_all / (shown + 2.6)))
        for index in parties:
            pane = self.panes[index]
            wanted = None if pane is self.maximized else width  # maximised: the full width
            if pane._party_width != wanted:
                pane._party_width = wanted
                pane.styles.width = wanted
    # -- focus and panes ----------------------------------------------------------
    @property
    def pane(self) -> ItemList | None:
        return self.panes[self.current] if self.panes else None

    def focus_pane(self, index: int) -> None:
        """Make pane ``index`` current (and give the keys back to the panes)."""
        if not self.panes:
            return
        self.articles_open = False  # the keys go to the panes, so the list steps aside
        self.current = index % len(self.panes)
        pane = self.panes[self.current]
        if self.maximized is not None and self.maximized is not pane:
            self.maximized = pane
        self._layout_panes()
        for other in self.panes:
            other.set_current(other is pane)
        if self.focused is not None:
            self.set_focus(None)
        self._update_preview()

    def on_screen_resume(self) -> None:
        # Back from a palette or dialog, Textual may hand the focus to the (hidden)
        # search box; the keys belong to the panes unless the box is open.
        self.call_after_refresh(self._drop_stray_focus)

    def _drop_stray_focus(self) -> None:
        if not self.query_one("#search").display and self.focused is not None:
            self.set_focus(None)

    @on(ItemList.Clicked)
    def _pane_clicked(self, event: ItemList.Clicked) -> None:
        if event.item_list in self.panes:
            self.focus_pane(self.panes.index(event.item_list))

    @on(ItemList.CursorMoved)
    def _cursor_moved(self, event: ItemList.CursorMoved) -> None:
        if event.item_list is self.pane:
            self._update_preview()

    @on(TabBar.Picked)
    def _tab_picked(self, event: TabBar.Picked) -> None:
        self.focus_pane(event.index)

    def _update_preview(self) -> None:
        row = self.pane.current if self.pane else None
        self.query_one(SourcePreview).show(self.briefing, row.source if row else None)

    def current_source(self) -> Source | None:
        row = self.pane.current if self.pane else None
        return row.source if row else None

    # -- actions: moving ----------------------------------------------------------
    def action_pane_next(self) -> None:
        self.focus_pane(self.current + 1)

    def action_pane_previous(self) -> None:
        self.focus_pane(self.current - 1)

    def action_pane_jump(self, number: int) -> None:
        if 1 <= number <= len(self.panes):
            self.focus_pane(number - 1)

    def action_item_down(self) -> None:
        if self.articles_open:
            self.query_one(ArticleList).action_cursor_down()
        elif self.pane:
            self.pane.move(1)
            self._update_preview()  # now, in the same frame as the cursor

    def action_item_up(self) -> None:
        if self.articles_open:
            self.query_one(ArticleList).action_cursor_up()
        elif self.pane:
            self.pane.move(-1)
            self._update_preview()  # now, in the same frame as the cursor

    def action_item_first(self) -> None:
        if self.articles_open:
            self.query_one(ArticleList).action_first()
        elif self.pane:
            self.pane.first()
            self._update_preview()  # now, in the same frame as the cursor

    def action_item_last(self) -> None:
        if self.articles_open:
            self.query_one(ArticleList).action_last()
        elif self.pane:
            self.pane.last()
            self._update_preview()  # now, in the same frame as the cursor

    def action_item_page_down(self) -> None:
        if self.articles_open:
            self.query_one(ArticleList).action_page_down()
        elif self.pane:
            self.pane.page(1)
            self._update_preview()  # now, in the same frame as the cursor

    def action_item_page_up(self) -> None:
        if self.articles_open:
            self.query_one(ArticleList).action_page_up()
        elif self.pane:
            self.pane.page(-1)
            self._update_preview()  # now, in the same frame as the cursor

    def action_maximise(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.pane:
            self.maximize(self.pane, container=False)

    def _watch_maximized(self, previous: Widget | None, maximized: Widget | None) -> None:
        # Textual's own watcher also puts "-maximized-view" on the screen, which
        # restyles every widget on it (a third of the cost of z with many items); no
        # rule of ours needs it: the screen arranges the maximised pane alone anyway.
        if previous is not None:
            previous.remove_class("-maximized")
        if maximized is not None:
            maximized.add_class("-maximized")
        if self.panes:
            self._layout_panes()  # the maximised pane drops its paging width, and back

    def action_aliases(self) -> None:
        self.show_aliases = not self.show_aliases
        for pane in self.panes:
            pane.set_aliases(self.show_aliases)
        if not any(p.pane.aliases for p in self.panes):
            self.notify("No party has other names here.", markup=False, timeout=3)

    def action_open_source(self) -> None:
        from briefing.ui.screens.source import open_source
        from briefing.ui.screens.sources import SourcesScreen

        if self.articles_open:
            self._close_articles()  # enter in the list: done choosing
            return
        source = self.current_source()
        if self.briefing is None or source is None:
            self.app.bell()
            return
        sources = self._sources.get(id(source), [])
        if len(sources) > 1:
            row = self.pane.current if self.pane else None
            title = MERGE_MARKS.sub("", row.body.plain) if row else ""
            self.app.push_screen(SourcesScreen(self.briefing, sources, title))
            return
        article = self.briefing.article(source.article)
        if article is None:
            self.notify(f"The article of this item ({source.article}) is not loaded.",
                        severity="warning", markup=False)
            return
        open_source(self.app, article, source)

    # -- the article list -----------------------------------------------------------
    def action_articles(self) -> None:
        """Give the keys to the article list (or, when it has them, back to the panes)."""
        if self.full is None or len(self.full.articles) < 2:
            self.notify("Only one article is open: there is no other to choose.",
                        markup=False, timeout=3)
            return
        if self.articles_open:
            self._close_articles()
            return
        self.articles_open = True
        self._layout_panes()
        # Index the articles' parts once the list is painted, not on the first choice.
        self.call_after_refresh(self._article_parts)

    def _close_articles(self) -> None:
        self.focus_pane(self.current)  # closes the list (see focus_pane)
        self._layout_panes()

    @on(ArticleList.Closed)
    def _articles_closed(self, event: ArticleList.Closed) -> None:
        event.stop()
        self._close_articles()

    @on(ArticleList.Chosen)
    def _article_chosen(self, event: ArticleList.Chosen) -> None:
        event.stop()
        # Applied after the messages already queued: j j j through the list applies
        # the last choice only (each costs a repaint of the panes: ~20 ms).
        self._wanted = event.article_id
        if not self._choosing:
            self._choosing = True
            self.call_later(self._apply_choice)

    async def _apply_choice(self) -> None:
        self._choosing = False
        if self._wanted == self.article or self.full is None:
            return
        self.article = self._wanted
        await self._show()  # the list keeps the keys: choosing goes on

    # -- actions: search and filter -----------------------------------------------
    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus:  # "/" is a priority binding: inside the box it is text
            search.insert_text_at_cursor("/")
            return
        self._show_search(True)
        self.query_one(KeyHints).mode = "search"
        pane = self.pane
        self._origin = (self.current, pane.cursor if pane else None)
        # Focus now, not after a refresh: keys typed right after "/" must reach the box.
        self.set_focus(search)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self._apply_query()
        # Incremental search starts from where "/" was pressed each time, and goes back
        # there when nothing matches (as in less or vim).
        index, cursor = self._origin
        if self.panes and index < len(self.panes):
            self.current = index
            if cursor is not None:
                self.panes[index].select_row(cursor)
            self._layout_panes()
            for other in self.panes:
                other.set_current(other is self.panes[index])
        self._jump_to_match(1, include_current=True, quiet=True)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self._show_search(False)
        self.query_one(KeyHints).mode = "normal"
        for pane in self.panes:
            pane.update_title()
        self.focus_pane(self.current)
        if self.query_text.strip():
            count = sum(len(p.matches) for p in self.panes)
            self.notify(f"{count} match" + ("" if count == 1 else "es") +
                        " · n/N next/previous · f filter · escape clear",
                        markup=False, timeout=3)

    def _show_search(self, show: bool) -> None:
        self.query_one("#search-row").display = show
        self.query_one("#search").display = show

    def _apply_query(self) -> None:
        """Highlight matches in every pane and, with the filter on, narrow the rows."""
        query = self.query_text.strip()
        if self.filtered and self.briefing is not None:
            shown = {p.name: p for p in self._build_panes(filter_briefing(self.briefing, query),
                                                          query)}
            for pane in self.panes:
                data: PaneData | None = shown.get(pane.pane.name)
                keep = pane.current
                pane.empty_message = (f"No items match “{query}”."
                                      if query else pane.pane.empty_message)
                pane.set_rows(data.rows if data and pane.pane.kind != "none" else [], keep)
        typing = self.query_one("#search").has_focus
        for pane in self.panes:
            pane.set_query(query, titles=not typing)
        if typing:
            self.query_one(KeyHints).matches = sum(len(p.matches) for p in self.panes)
        self._update_preview()

    def _jump_to_match(self, direction: int, include_current: bool = False,
                       quiet: bool = False) -> None:
        """Move to the next (or previous) match across all panes, wrapping around."""
        if not self.panes or not self.query_text.strip():
            return
        count = len(self.panes)
        pane = self.pane
        assert pane is not None
        if include_current and pane.cursor in pane.matches:
            return
        order = [(self.current + direction * step) % count for step in range(count + 1)]
        for step, index in enumerate(order):
            candidate = self.panes[index]
            if step == 0:
                row = candidate.next_match(candidate.cursor, direction)
            else:
                row = candidate.next_match(None, direction)
            if row is not None:
                if index != self.current:
                    if self.query_one("#search").has_focus:
                        self.current = index  # the search box keeps the focus
                        self._layout_panes()
                        for other in self.panes:
                            other.set_current(other is candidate)
                    else:
                        self.focus_pane(index)
                candidate.select_row(row)
                self._update_preview()
                return
        if not quiet:
            self.app.bell()

    def action_search_next(self) -> None:
        self._jump_to_match(1)

    def action_search_previous(self) -> None:
        self._jump_to_match(-1)

    def _restore_rows(self) -> None:
        """Every item back in its pane (the filter off), cursors kept where possible."""
        if self.briefing is None:
            return
        full = {p.name: p for p in self._build_panes(self.briefing)}
        for pane in self.panes:
            keep = pane.current
            pane.empty_message = pane.pane.empty_message
            data = full.get(pane.pane.name)
            pane.set_rows(data.rows if data and pane.pane.kind != "none" else [], keep)

    def action_search_clear(self) -> None:
        if self.articles_open:
            self._close_articles()  # escape in the list: back to the panes
            return
        search = self.query_one("#search", Input)
        if not self.query_text and not search.display and self.maximized is not None:
            self.minimize()
            return
        self.query_text = ""
        if self.filtered:
            self.filtered = False
            self._restore_rows()
        with search.prevent(Input.Changed):
            search.value = ""
        self._show_search(False)
        self.query_one(KeyHints).mode = "normal"
        for pane in self.panes:
            pane.set_query("")
        self.focus_pane(self.current)

    def action_filter_toggle(self) -> None:
        if not self.query_text.strip():
            self.notify("Search first (/), then f shows only the matching items.",
                        markup=False, timeout=3)
            return
        self.filtered = not self.filtered
        if self.filtered:
            self._apply_query()
        else:
            self._restore_rows()
            for pane in self.panes:
                pane.set_query(self.query_text)
        self.focus_pane(self.current)

    # -- the current view (export) ------------------------------------------------
    def view_spec(self) -> ViewSpec:
        maximised: Widget | None = self.maximized
        pane_name = None
        if isinstance(maximised, ItemList) and maximised.pane.kind != "none":
            pane_name = maximised.pane.name
        return ViewSpec(query=self.query_text.strip() if self.filtered else "", pane=pane_name,
                        article=self.article)
