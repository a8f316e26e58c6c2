"""Positions: one item per claim, with negation, passives, reported speech,
"according to", quotes with the speaker after them, hedges and coreference."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.extract.positions import find_positions
from briefing.ingest import read_path, read_text
from briefing.model import STANCES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract"


def positions_of(doc) -> dict[str, list[tuple[str, str]]]:
    return {p.name: [(q.stance, q.text) for q in p.positions]
            for p in find_positions(doc, find_parties(doc))}


def test_harbor_dispute_items() -> None:
    got = positions_of(read_path(FIXTURES / "harbor-dispute.txt"))
    assert got["Harbour Workers Federation"] == [
        # "The union representing ..." resolves to the federation named later
        ("reject", "rejected a new pay offer from Marlowe Shipping Holdings, the port's largest operator"),
        # an enumeration of three demands is three items
        ("demand", "is demanding a 12% raise"),
        ("demand", "is demanding a shorter working week"),
        ("demand", "is demanding the reinstatement of dismissed stewards"),
        # "It also wants ...": the pronoun is the union
        ("demand", "wants an independent review of safety rules"),
        ("claim", 'the offer "a slap in the face."'),
        # reported speech: "She said the federation would not accept ..."
        ("reject", "would not accept any cut to overtime rates"),
        # quote with the speaker after it; "we" is the speaker
        ("vow", "will strike before we sign this"),
        # passive: "was rejected by the federation's executive board"
        ("reject", "rejected: The offer"),
    ]
    assert got["Marlowe Shipping Holdings"] == [
        ("claim", "could not go further"),
        # "He warned": the chief executive, who speaks for the company
        ("concern", "warned a strike would cost the port its biggest customers"),
        # negation: "did not reject" is an acceptance
        ("accept", "not reject a return to talks"),
    ]


def test_valdoria_items_conditions_and_according_to() -> None:
    got = positions_of(read_path(FIXTURES / "valdoria-truce.txt"))
    assert got["Crimson Hills Front"] == [
        ("vow", "would observe a ten-day truce"),
        ("vow", "will not hand over its weapons"),
        # "... until the army leaves": the condition is a demand
        ("demand", "the army leaves the hill towns"),
        ("reject", "rejected a proposal to hold elections next spring"),
    ]
    assert got["Valdoria"] == [
        ("accept", "accepted the truce in principle"),
        ("vow", "would not negotiate with armed men"),
        ("demand", "demanded the release of six abducted engineers"),
    ]
    assert got["Northern Plains Compact"] == [
        ("claim", "both sides have agreed to exchange the bodies of fallen fighters"),
        # '"...," said Ines Varga, the Compact's special envoy.' and the quote after it
        ("accept", "ready to sign tomorrow"),
        ("claim", "Nobody wants another winter of war"),
    ]


def test_rules_hedges_and_verbatim_sources() -> None:
    doc = read_path(FIXTURES / "valdoria-truce.txt")
    parties = find_positions(doc, find_parties(doc))
    by_text = {q.text: q for p in parties for q in p.positions}
    assert by_text["accepted the truce in principle"].hedged is True      # "reportedly"
    assert by_text["demanded the release of six abducted engineers"].hedged is False
    assert by_text["the army leaves the hill towns"].rule == "cond.demand"
    assert by_text["both sides have agreed to exchange the bodies of fallen fighters"].rule == "according_to"
    for p in parties:
        for q in p.positions:
            assert q.stance in STANCES
            s = q.source
            assert doc.text[s.start:s.end] == s.quote
            start, end = doc.sentences[s.sentence]
            assert start <= s.start < s.end <= end


def test_hedge_marks_only_its_own_clause() -> None:
    doc = read_path(FIXTURES / "harbor-dispute.txt")
    items = {q.text: q.hedged for p in find_positions(doc, find_parties(doc)) for q in p.positions}
    assert items["not reject a return to talks"] is False


def test_inverted_speaker_passive_and_negated_rejection() -> None:
    doc = read_text(
        b"Farm talks\n\n"
        b'"The quota is far too small," said Mara Lind, the chief negotiator of the Eastern '
        b"Growers Alliance. The revised quota was dismissed by the alliance as an insult. "
        b"Brenholt Foods did not rule out a higher price, according to the company.\n", "farm")
    got = positions_of(doc)
    assert got["Eastern Growers Alliance"] == [
        ("claim", "The quota is far too small"),
        ("reject", "dismissed: The revised quota as an insult"),
    ]
    # "according to the company" adds nothing to the company's own stance
    assert got["Brenholt Foods"] == [("accept", "not rule out a higher price")]


def test_colon_lists_give_one_item_each() -> None:
    doc = read_text(
        b"Dock talks\n\nThe Carvel Dockers Union wants three things before it will sign: a 10% raise, "
        b"an end to zero-hour contracts, and a seat on the port board.\n\n"
        b"The Lanmark Group's conditions are:\n\n- a wage freeze;\n- longer shifts;\n- no strikes for two years.\n",
        "lists")
    got = positions_of(doc)
    assert got["Carvel Dockers Union"] == [
        ("demand", "wants a 10% raise"),
        ("demand", "wants an end to zero-hour contracts"),
        ("demand", "wants a seat on the port board"),
    ]
    assert got["Lanmark Group"] == [
        ("demand", "a wage freeze"), ("demand", "longer shifts"), ("demand", "no strikes for two years"),
    ]


def test_transcript_labels_answers_and_first_person() -> None:
    doc = read_text(
        b"REMARKS BY GOVERNOR ELSA MARVIK ON THE RAIL DISPUTE\n\n"
        b"GOVERNOR MARVIK: Good morning. I urge both sides to return to the table tonight.\n\n"
        b"Q: Will the state pay for the wage rise?\n\n"
        b"GOVERNOR MARVIK: Not one dollar of new money will go to the operators.\n", "remarks")
    got = positions_of(doc)
    assert got == {"Elsa Marvik": [
        # "I" in the speaker's own lines is the speaker
        ("demand", "urge both sides to return to the table tonight"),
        # an answer to a question is the speaker's claim
        ("claim", "Not one dollar of new money will go to the operators"),
    ]}
