"""Figures: which numbers of an invented article are key figures, and their labels."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.figures import find_figures
from briefing.ingest import read_path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract"


def figures_of(name: str):
    doc = read_path(FIXTURES / name)
    return doc, find_figures(doc)


def test_exact_figures_of_a_pay_dispute() -> None:
    _, figures = figures_of("figures_numbers.txt")
    assert [(f.value, f.value_max, f.unit, f.qualifier, f.display) for f in figures] == [
        (4500, None, "", "nearly", "nearly 4,500"),
        (2.5e9, None, "USD", "about", "about $2.5 billion"),
        (6.5, None, "%", "", "6.5 percent"),
        (4, None, "year", "", "four years"),
        (3, None, "%", "", "3%"),
        (1200, None, "EUR", "", "€1,200"),
        (9, 11, "%", "between", "between 9% and 11%"),
        (2e6, None, "tonne", "some", "Some two million tonnes"),
        (12, None, "", "", "a dozen"),
        (50, None, "%", "more than", "More than half"),
        (80, None, "", "", "80"),
        (1.2e9, None, "", "", "1.2bn"),
        (300, None, "", "up to", "up to 300"),
        (14, None, "day", "", "14 days"),
    ]


def test_dates_years_times_ages_ordinals_and_names_are_not_figures() -> None:
    _, figures = figures_of("figures_numbers.txt")
    values = {f.value for f in figures}
    # 12th (ordinal), 3 May 2024 / April 21 (dates), 47 (age), 9:30 (time),
    # 2025 / 2019 (years), Article 12 (a designator), "the two sides"
    assert not values & {21, 47, 9.5, 2025, 2019, 2, 2024}
    assert [f.display for f in figures if f.value == 12] == ["a dozen"]


def test_labels_name_what_is_counted() -> None:
    _, figures = figures_of("figures_numbers.txt")
    labels = {f.display: f.label for f in figures}
    assert labels["nearly 4,500"] == "members"
    assert labels["€1,200"] == "one-time bonus"
    assert labels["80"] == "cranes"
    assert labels["up to 300"] == "temporary jobs"
    assert labels["Some two million tonnes"] == "cargo"
    assert labels["about $2.5 billion"] == "cost"


def test_from_to_figures_share_their_label() -> None:
    _, figures = figures_of("terms_statement.txt")
    assert [(f.display, f.label) for f in figures] == [
        ("12%", "levy"), ("6%", "levy"), ("90 days", "meet (days)")]


def test_money_in_pence_and_scales() -> None:
    _, figures = figures_of("terms_takeover.txt")
    assert [(f.value, f.unit, f.qualifier, f.label) for f in figures] == [
        (410, "GBp", "", "offer per share"),
        (9e8, "GBP", "about", "company"),
        (2, "year", "", "factories open (years)"),
        (450, "GBp", "at least", "offer"),
    ]


def test_sources_quote_the_clause_verbatim() -> None:
    doc, figures = figures_of("figures_numbers.txt")
    for f in figures:
        start, end = doc.sentences[f.source.sentence]
        assert doc.text[f.source.start:f.source.end] == f.source.quote
        assert start <= f.source.start <= f.source.end <= end
        assert f.display in f.source.quote
        assert f.rule.startswith("fig.")
    quotes = {f.display: f.source.quote for f in figures}
    assert quotes["nearly 4,500"] == ("The Harbour Workers Guild said on Tuesday that nearly "
                                      "4,500 members had stayed off the job since April 21")


def test_a_value_repeated_is_one_figure() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"Talks stall.\n\nThe union wants a 12% raise. A 12% raise is too much, "
                    b"the firm said.", "repeat")
    assert [f.display for f in find_figures(doc)] == ["12%"]


def test_html_figures_words_fractions_and_dates() -> None:
    _, figures = figures_of("terms_swap.html")
    assert [(f.value, f.unit, f.qualifier, f.display) for f in figures] == [
        (3, "week", "", "three-week"),
        (23, "", "", "23"),
        (14, "", "", "14"),
        (5, "km", "", "5 km"),
        (3e6, "USD", "", "$3m"),
        (4, "", "at least", "At least 4"),
        (25, "%", "roughly", "roughly a quarter"),
        (21, "day", "", "21 days"),
    ]  # "six-point" (a compound) and "2 March" (a date) are not figures


def test_headline_figure_reported_once_with_the_body_wording() -> None:
    _, figures = figures_of("terms_merger.txt")
    assert [f.display for f in figures if f.value == 4.8e9] == ["$4.8 billion"]
    assert [(f.value, f.unit) for f in figures if f.unit == "CAD"] == [(31.5, "CAD"), (12, "CAD")]
    assert ("34 per cent", "premium") in [(f.display, f.label) for f in figures]


def test_documents_without_sentences_or_numbers() -> None:
    from briefing.ingest import read_text
    from briefing.ingest.document import Document

    assert find_figures(Document(id="empty", text="")) == []
    doc = read_text(b"No numbers here, only words and one or two sides.", "words")
    assert find_figures(doc) == []


def test_relative_times_are_not_figures() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"Talks\n\nTwo weeks after the vote, a 60-day pause began. Three years ago "
                    b"the deal collapsed after six weeks. The strike lasted 8 days.", "when")
    assert [f.display for f in find_figures(doc)] == ["60-day", "six weeks", "8 days"]


def test_a_qualifier_and_the_quote_stay_in_the_figures_sentence() -> None:
    from briefing.ingest import read_text

    # a heading ends with "over"/"up to" and the figure opens the next line or paragraph
    doc = read_text(b"Losses since the truce began: over\n\n54,000 people were displaced by the "
                    b"fighting. Pay would rise by up to\n3% a year, the union said. Talks lasted "
                    b"about 20 days.", "breaks")
    sentences = doc.sentences
    got = []
    for f in find_figures(doc):
        s, e = sentences[f.source.sentence]
        assert s <= f.source.start < f.source.end <= e  # the quote is inside its sentence
        assert f.source.quote == doc.text[f.source.start:f.source.end]
        got.append((f.value, f.qualifier, f.display, f.source.quote))
    assert got == [
        (54000, "", "54,000", "54,000 people were displaced by the fighting."),
        (3, "", "3%", "3% a year, the union said."),
        (20, "about", "about 20 days", "Talks lasted about 20 days."),
    ]


def test_numbers_keep_no_qualifier_or_range_across_a_blank_line() -> None:
    from briefing.extract.numbers import find_numbers

    found = [(n.display, n.qualifier, n.value_max)
             for n in find_numbers("It rose to nearly\n\n40 to\n\n50 tonnes.", quantities_only=True)]
    assert found == [("40", "", None), ("50 tonnes", "", None)]
    # inside one paragraph, a hard-wrapped line still carries its qualifier
    assert [n.display for n in find_numbers("It rose to nearly\n40 tonnes.")] == ["nearly\n40 tonnes"]


def test_one_in_five_is_a_share_and_the_two_neighbours_no_figure() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"Fishing\n\nThe industry employs nearly one in five workers on the isles, "
                    b"and 1 in every 4 boats is idle. The two neighbours remain apart. "
                    b"Talks ran for 12 in 30 minutes.", "ratio")
    assert [(f.value, f.unit, f.qualifier, f.display, f.label) for f in find_figures(doc)] == [
        (20, "%", "nearly", "nearly one in five", "workers"),
        (25, "%", "", "1 in every 4", "boats"),
        (12, "", "", "12", "Talks ran"),
        (30, "minute", "", "30 minutes", "minutes"),
    ]


def test_labels_skip_adverbs_passives_and_participle_clauses() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"Talks\n\nA ransom of $5 million was demanded. The union asked for "
                    b"compensation for the families, reportedly about two million dollars. "
                    b"Interest rates will be lowered to no more than 1.5% a year. The army moved its heavy "
                    b"guns at least 30 kilometres back. It ignored the cost of rebuilding the "
                    b"port, estimated by the Harbour Board at over $2 billion.", "labels")
    assert [(f.value, f.label) for f in find_figures(doc)] == [
        (5e6, "ransom"),
        (2e6, "compensation"),
        (1.5, "Interest rates per year"),
        (30, "heavy guns"),
        (2e9, "cost"),
    ]


def test_spans_fractions_spoken_prices_and_mixed_units() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"Bonds\n\nLenders may suspend payments for up to two years after a disaster. "
                    b"New bonds mature eight years later than the old ones. Jobs are safe in the "
                    b"first 24 months after the deal closes. A drought cut output by nearly a "
                    b"third. Flows meet less than a tenth of needs. \"Thirty-one fifty is a "
                    b"step,\" he said. Shares rose 6% to $30.80. The upper house will be the "
                    b"harder of the two. Talks resumed two weeks after the vote.", "spans")
    assert [(round(f.value, 2), f.qualifier, f.display) for f in find_figures(doc)] == [
        (2, "up to", "up to two years"),
        (8, "", "eight years"),
        (24, "", "24 months"),
        (33.33, "nearly", "nearly a third"),
        (10, "less than", "less than a tenth"),
        (6, "", "6%"),
        (30.8, "", "$30.80"),
    ]


def test_the_bodies_of_the_two_sides_are_no_figure() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"The accord will be signed by the two Heads of State within 60 days and "
                    b"ratified by both parliaments. Disputes go first to the two heads of "
                    b"government, then to a panel of 5 judges.", "bodies")
    assert [(f.value, f.display) for f in find_figures(doc)] == [(60, "60 days"), (5, "5")]


def test_a_hedged_or_listed_small_count_of_officials_is_a_figure() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"The deal ended a dispute that threatened at least four downstream countries. "
                    b"The rebels will release 45 soldiers and eight civilian officials. "
                    b"Two senior officials said the text was final.", "counts")
    assert [(f.value, f.display) for f in find_figures(doc)] == [
        (4, "at least four"), (45, "45"), (8, "eight")]


def test_a_span_given_after_an_event_is_a_figure() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"The hearings last four days. The arbiter has 30 days after that to rule. "
                    b"Two weeks after the vote, talks resumed.", "span")
    assert [f.display for f in find_figures(doc)] == ["four days", "30 days"]


def test_a_speakers_own_agenda_is_no_figure() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"SPOKESPERSON: I have two announcements and then three brief remarks. "
                    b"We will cut the duty on 40 products and give two regions a grace period.", "agenda")
    assert [f.display for f in find_figures(doc)] == ["40", "two"]


def test_reading_time_left_out_numbers_and_elided_ordinals_are_no_figures() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"By Ana Roe | 7 min read\n\n"
                    b"The ninth round ended the way the other eight did, with no date for a tenth. "
                    b"The remaining three were freed. Imports fell by a tenth. "
                    b"The other 12 detainees and a quarter of the fleet stay.", "furniture")
    assert [f.display for f in find_figures(doc)] == ["a tenth", "12", "a quarter"]


def test_wire_times_rate_steps_and_spans_a_term_sets() -> None:
    from briefing.ingest import read_text

    doc = read_text("Shares rose 12% by 1030 GMT; talks resume at 09.00 UTC. "
                    "The truce starts 72 hours after signature. Every 1% costs the fund \u00a39.2 million. "
                    "Two weeks after the vote, talks resumed. The pact ends 90 days after ratification.".encode(),
                    "wire")
    assert [f.display for f in find_figures(doc)] == ["12%", "72 hours", "\u00a39.2 million", "90 days"]


def test_pence_written_onto_the_digits_are_money() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"The group raised its offer to 812p a share after an offer of 740p was dismissed. "
                    b"The talks end at 5pm.", "pence")
    assert [(f.display, f.value, f.unit) for f in find_figures(doc)] == [
        ("812p", 812, "GBp"), ("740p", 740, "GBp")]


def test_a_span_after_in_force_or_takes_effect_is_a_figure() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"Ceasefire: permanent, in force 72 hours after signing. "
                    b"The rule takes effect 30 days after publication.", "force")
    assert [f.display for f in find_figures(doc)] == ["72 hours", "30 days"]


def test_spoken_clock_times_and_hedged_ago_are_no_figures() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"At about half past five the company called. A statement came about twenty "
                    b"minutes ago. They met at a quarter to ten and spent 40 minutes. "
                    b"Output fell by a quarter to 300 tonnes.", "spoken")
    assert [f.display for f in find_figures(doc)] == ["40 minutes", "a quarter", "300 tonnes"]


def test_fraction_ranges_designated_volumes_and_vague_scales() -> None:
    from briefing.ingest import read_text

    doc = read_text(b"Volume 412, No. 38. For herring, our share rises from a quarter to just under a third. "
                    b"Build costs are up by between a fifth and a quarter since 2024. They held a third round. "
                    b"The sides are still several million pounds apart, and a few hundred fighters remain. "
                    b"Some 3 million people voted.", "fractions")
    assert [(f.display, f.value, f.value_max) for f in find_figures(doc)] == [
        ("a quarter", 25, None), ("just under a third", 33.33, None),
        ("between a fifth and a quarter", 20, 25), ("Some 3 million", 3_000_000, None)]


def test_a_quoted_fraction_range_and_counts_of_the_sides_again() -> None:
    from briefing.ingest import read_text

    doc = read_text(b'Members lost "between a tenth and an eighth" of their pay. The two blocs met on two '
                    b"occasions; the three states share 48 dams.", "sides")
    assert [(f.display, f.value, f.value_max) for f in find_figures(doc)] == [
        ("between a tenth and an eighth", 10, 12.5), ("48", 48, None)]
