"""Terms: what the proposal on the table contains, one item per term, with a category."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract.terms import categorise, find_terms
from briefing.ingest import read_path, read_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract"


def terms_of(name: str) -> list[tuple[str, str]]:
    doc = read_path(FIXTURES / name)
    return [(t.text, t.category) for t in find_terms(doc)]


def test_enumeration_after_calls_for_and_under_the_plan() -> None:
    assert terms_of("terms_ceasefire.txt") == [
        ("a 45-day cessation of hostilities", "ceasefire"),
        ("the exchange of all prisoners of war", "hostages_prisoners"),
        ("the reopening of the coastal road to aid convoys", "humanitarian"),
        ("both armies would pull back their artillery fifteen kilometres from the front line",
         "withdrawal"),
        ("a panel of neutral observers would monitor the truce", "security"),
        ("Elections would be held within a year under a transitional council", "governance"),
    ]


def test_a_partys_demand_is_not_a_term() -> None:
    texts = " ".join(t for t, _ in terms_of("terms_ceasefire.txt"))
    assert "guarantees that the army" not in texts
    assert "disarm" not in texts


def test_announced_list_one_term_per_item() -> None:
    assert terms_of("terms_trade.md") == [
        ("Pelland cuts its tariff on dairy imports to 4%", "economic"),
        ("the Northern Union opens a quota of 12,000 tonnes for Pelland wool", "economic"),
        ("both sides set up a joint committee to settle disputes", "guarantees"),
    ]


def test_offer_pledges_and_quid_pro_quo() -> None:
    assert terms_of("terms_takeover.txt") == [
        ("410 pence a share for Marrow Dairies", "economic"),
        ("keep all Marrow factories open for two years", "other"),
        ("to protect the pensions of current staff", "economic"),
        ("it wants Marrow's founders to sell their shares", "economic"),
    ]


def test_agreement_text_will_clauses_and_numbered_measures() -> None:
    doc = read_path(FIXTURES / "terms_statement.txt")
    assert [(t.text, t.rule) for t in find_terms(doc)] == [
        ("Alvera will open its ports to Mossen fishing vessels", "term.genre"),
        ("will share catch data every month", "term.genre"),
        ("Mossen will reduce its levy on Alveran timber from 12% to 6%", "term.list"),
        ("Both sides will create a joint fisheries council, which will meet every 90 days",
         "term.list"),
    ]


def test_continuation_and_conditions() -> None:
    doc = read_text(
        "Strike talks end in deal\n\nUnder the agreement, drivers will get a 5% raise and two "
        "extra rest days. No driver will be disciplined for striking. If the vote fails, the two "
        "sides would return to talks, and if they still cannot agree, the dispute would go to "
        "arbitration. The union said it was pleased.".encode(), "strike")
    assert [(t.text, t.category, t.rule) for t in find_terms(doc)] == [
        # (an amount, then a counted group: two things given)
        ("drivers will get a 5% raise", "economic", "term.under"),
        ("two extra rest days", "economic", "term.under"),
        ("No driver will be disciplined for striking", "guarantees", "term.cont"),
        ("If the vote fails, the two sides would return to talks", "other", "term.cont"),
        ("if they still cannot agree, the dispute would go to arbitration", "guarantees",
         "term.cont"),
    ]


def test_sources_are_verbatim_spans() -> None:
    for name in ("terms_ceasefire.txt", "terms_trade.md", "terms_takeover.txt",
                 "terms_statement.txt"):
        doc = read_path(FIXTURES / name)
        for term in find_terms(doc):
            # the source is the sentence the term was read from, quoted verbatim
            assert doc.text[term.source.start:term.source.end] == term.source.quote
            assert term.text in term.source.quote
            start, end = doc.sentences[term.source.sentence]
            assert start <= term.source.start <= term.source.end <= end


@pytest.mark.parametrize("text, category", [
    ("a 60-day pause in hostilities", "ceasefire"),
    ("the release of 250 captured soldiers", "hostages_prisoners"),
    ("would allow a doctor to visit the hostages", "humanitarian"),
    ("the withdrawal of troops to their barracks", "withdrawal"),
    ("a demilitarised buffer zone", "security"),
    ("assurances that attacks will not resume", "guarantees"),
    ("political talks within six months of the truce", "governance"),
    ("a 9% raise over three years", "economic"),
    ("keeps its base open", "other"),
    # cue lexicon beyond ceasefires: PA-X style governance and security, debt, takeovers
    ("the demobilisation of 5,000 fighters", "security"),
    ("a truth commission", "governance"),
    ("two seats on the board for the bidder", "governance"),
    ("sanctions relief within 60 days", "economic"),
    ("maturities extended by 15 years with a grace period", "economic"),
    ("the truce would be watched by 200 unarmed monitors", "guarantees"),
    ("its heavy artillery moved 30 km back", "security"),
])
def test_categories_from_cue_words(text: str, category: str) -> None:
    assert categorise(text) == category


def test_terms_of_the_deal_intro_and_commitments_that_follow() -> None:
    terms = terms_of("terms_merger.txt")
    assert terms[:5] == [
        # "X has agreed to buy Y for $4.8 billion": one party's commitment with its figure
        ("buy Orla Mining for $4.8 billion", "economic"),
        ("Orla shareholders will receive C$12 in cash and 0.45 Castell shares for each Orla "
         "share", "economic"),
        ("Castell will keep Orla's head office in Halden for at least three years", "other"),
        ("will invest up to $600m in the company's two mines by 2028", "economic"),
        ("Castell to sell Orla's stake in the Brenner smelter to satisfy competition regulators",
         "economic"),
    ]
    # what analysts say about the price is no term, nor is the headline
    assert not any("premium" in t or "takeover by" in t for t, _ in terms)


def test_list_announced_by_envisages_in_markdown() -> None:
    assert terms_of("terms_framework.md") == [
        ("an immediate halt to all offensive operations", "ceasefire"),
        ("the release of 85 detained civilians within two weeks", "hostages_prisoners"),
        ("the return of some 40,000 displaced people to the Hills district under UN supervision",
         "humanitarian"),
    ]


def test_html_article_would_see_and_continuation() -> None:
    doc = read_path(FIXTURES / "terms_swap.html")
    assert [(t.text, t.category, t.rule) for t in find_terms(doc)] == [
        # "A in return for B": each side of the swap is a term
        ("the gunmen free all 23 workers", "hostages_prisoners", "term.verb"),
        ("the release of 14 of their comrades held in state prisons", "hostages_prisoners",
         "term.verb"),
        ("Government forces would withdraw 5 km from the refinery perimeter", "withdrawal",
         "term.cont"),
        ("the International Red Cross would escort the gunmen to the border", "other", "term.cont"),
    ]


def test_attributed_judgements_and_demands_are_not_terms() -> None:
    doc = read_text(
        "Union rejects offer\n\nThe union said the plan would create a two-tier workforce. "
        "It demands a 10% raise and rejects any deal that would cut pensions. "
        "The offer includes a 4% raise.".encode(), "judge")
    assert [(t.text, t.rule) for t in find_terms(doc)] == [("a 4% raise", "term.verb")]


def test_no_proposal_no_terms() -> None:
    doc = read_text(b"Shelling kills 12\n\nShelling killed 12 people on Monday. "
                    b"The army said it would continue its offensive.", "war")
    assert find_terms(doc) == []


def test_documents_without_sentences() -> None:
    from briefing.ingest.document import Document

    assert find_terms(Document(id="empty", text="")) == []
    assert find_terms(Document(id="blank", text="   \n  ")) == []


def test_both_sides_agreed_to_and_accord_intro() -> None:
    doc = read_path(FIXTURES / "terms_accord.txt")
    assert [(t.text, t.category, t.rule) for t in find_terms(doc)] == [
        ("reopen their shared border to trade within 30 days", "economic", "term.agreed"),
        ("to restore direct flights", "other", "term.agreed"),
        ("both countries will return their ambassadors", "other", "term.under"),
        ("release detained truck drivers", "hostages_prisoners", "term.under"),
        ("set up a joint commission to settle fishing disputes", "guarantees", "term.under"),
        ("Ketsia will also lift its ban on Arvandi fruit imports", "economic", "term.cont"),
    ]


def test_agreeing_to_a_step_of_the_process_is_no_term() -> None:
    doc = read_text(b"Talks\n\nBoth sides agreed on Monday to study the draft and to meet "
                    b"again next week.", "process")
    assert find_terms(doc) == []
