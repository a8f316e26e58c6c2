"""The sentence splitter: exact spans on the hard cases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.ingest.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # abbreviations before names and numbers
    ("The U.S. envoy met Gen. Smith in Washington. He said talks would resume.",
     ["The U.S. envoy met Gen. Smith in Washington.", "He said talks would resume."]),
    ("Mr. and Mrs. Jones met Dr. Li and Sen. Ortiz. Rep. Hall was absent.",
     ["Mr. and Mrs. Jones met Dr. Li and Sen. Ortiz.", "Rep. Hall was absent."]),
    ("They met at No. 10 on Jan. 5. Then they left.",
     ["They met at No. 10 on Jan. 5.", "Then they left."]),
    ("The U.N. Security Council met. The U.N. said no.",
     ["The U.N. Security Council met.", "The U.N. said no."]),
    ("Talks were held in the U.S. The deal failed.",
     ["Talks were held in the U.S.", "The deal failed."]),
    ("Goods, e.g. beef and lamb, etc. are covered, i.e. all meat. Next item.",
     ["Goods, e.g. beef and lamb, etc. are covered, i.e. all meat.", "Next item."]),
    ("Shares of Acme Corp. The deal closed. Acme Corp. Chairman Li spoke.",
     ["Shares of Acme Corp.", "The deal closed.", "Acme Corp. Chairman Li spoke."]),
    ("Widgets Inc. and Gadgets Ltd. signed. St. Paul agreed.",
     ["Widgets Inc. and Gadgets Ltd. signed.", "St. Paul agreed."]),
    # initials
    ("J. R. Smith and A. B. Jones signed. They left.",
     ["J. R. Smith and A. B. Jones signed.", "They left."]),
    ("They chose Plan B. The talks ended.", ["They chose Plan B.", "The talks ended."]),
    # decimals and money
    ("The offer rose 1.5% to $2.3bn. It was 3.25 times more.",
     ["The offer rose 1.5% to $2.3bn.", "It was 3.25 times more."]),
    ("Inflation was 2. The rest is history.", ["Inflation was 2.", "The rest is history."]),
    # quotes and brackets closing after the stop
    ('"We will not accept it." He left the room.',
     ['"We will not accept it."', "He left the room."]),
    ("It was over.\u201d The talks resumed (after a pause.) Then nothing.",
     ["It was over.\u201d", "The talks resumed (after a pause.)", "Then nothing."]),
    ('"Why?" he asked. "Because!" She smiled.',
     ['"Why?" he asked.', '"Because!"', "She smiled."]),
    ("He said: \u201cNo.\u201d \u201cNever,\u201d she replied.",
     ["He said: \u201cNo.\u201d", "\u201cNever,\u201d she replied."]),
    # ellipses
    ("He paused... and then spoke. Wait\u2026 what? No\u2026 The end.",
     ["He paused... and then spoke.", "Wait\u2026 what?", "No\u2026", "The end."]),
    ("The deal is done... The rest can wait.", ["The deal is done...", "The rest can wait."]),
    # ! and ?
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    # list numbers opening a line
    ("1. The north will cut tariffs.\n2. The south will too.",
     ["1. The north will cut tariffs.", "2. The south will too."]),
])
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_exact_spans_with_line_breaks_and_white_space() -> None:
    text = "  Headline without a stop\n\nFirst one. Second one!\nA line\n\n  Last?  \n"
    assert split_sentences(text) == [(2, 25), (27, 37), (38, 49), (50, 56), (60, 65)]
    assert sentences(text) == ["Headline without a stop", "First one.", "Second one!",
                               "A line", "Last?"]


def test_every_line_of_an_unwrapped_article_is_its_own_sentence() -> None:
    text = "OFFICE OF THE PREMIER\nFor Immediate Release\n\n10:32 A.M.\nTHE PREMIER: Good morning."
    assert sentences(text) == ["OFFICE OF THE PREMIER", "For Immediate Release", "10:32 A.M.",
                               "THE PREMIER: Good morning."]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "Negotiators wrap up the first round\n"
        "\n"
        "The two delegations met for six hours on Friday in the capital and\n"
        "agreed to continue the talks next week, officials said. Mr. Lee, who\n"
        "leads the delegation, said the mood was good but that differences on\n"
        "tariffs and quotas for farm goods remained wide after the first round.\n"
        "He said the next meeting would be held at the end of the month, after\n"
        "experts from both sides have compared their figures on trade flows.\n"
        "Short last line.\n"
    )
    assert sentences(text) == [
        "Negotiators wrap up the first round",
        "The two delegations met for six hours on Friday in the capital and\n"
        "agreed to continue the talks next week, officials said.",
        "Mr. Lee, who\nleads the delegation, said the mood was good but that differences on\n"
        "tariffs and quotas for farm goods remained wide after the first round.",
        "He said the next meeting would be held at the end of the month, after\n"
        "experts from both sides have compared their figures on trade flows.",
        "Short last line.",
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_spans_never_hold_outer_white_space_and_are_ordered() -> None:
    text = " One.  Two?\t Three!\n\n Four \u2026 five. Six"
    spans = split_sentences(text)
    assert all(text[s].strip() and text[e - 1].strip() for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert sentences(text) == ["One.", "Two?", "Three!", "Four \u2026 five.", "Six"]


def test_short_lines_are_not_mistaken_for_a_wrapped_paragraph() -> None:
    text = "\n".join(f"Item number {n}" for n in range(10))
    assert len(split_sentences(text)) == 10


@pytest.mark.parametrize(("text", "count"), [
    ("." * 100_000, 1),
    ("A.\t" * 20_000, 1),
    ("U.S. " * 20_000, 1),
    ("." + '"' * 100_000, 1),
    ("... " * 20_000, 10_000),
    ("\n" * 100_000, 0),
], ids=["stops", "tabbed-initials", "acronyms", "quotes", "ellipses", "newlines"])
def test_pathological_runs_split_without_backtracking(text: str, count: int) -> None:
    # Linear-time regex (no backtracking into runs of stops, bounded look-behind
    # for the token): these finish at once; a quadratic splitter would hang here.
    assert len(split_sentences(text)) == count


@given(st.lists(st.sampled_from(list("ab AB.!?\u2026\"\u201d(),;\n\t1") + ["Mr", "U.S.", "No"]),
                max_size=150).map("".join))
@settings(max_examples=300, deadline=None)
def test_spans_cover_every_visible_character_in_order(text: str) -> None:
    spans = split_sentences(text)
    covered = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)
