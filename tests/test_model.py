"""The model's JSON round trip is loss-free."""

from briefing.model import Article, Briefing, Change, Figure, Party, Position, Source, Term


def _sample() -> Briefing:
    src = Source("a1", 3, 10, 40, "The union demands a 5% raise.")
    return Briefing(
        articles=[Article(id="a1", title="T", source="Wire", date="2026-01-02", text="x" * 50,
                          sentences=[(0, 20), (21, 50)])],
        parties=[Party("Union", ["the union"], "organisation",
                       [Position("demand", "a 5% raise", src, rule="verb.demand", hedged=True)])],
        terms=[Term("a 60-day pause", "ceasefire", src, rule="term.cue")],
        figures=[Figure(5, "5%", "raise", src, unit="%", qualifier="about", value_max=7.5),
                 Figure(1.5e9, "$1.5 billion", "fund", src, unit="USD")],
        changes=[Change("figure", "hostages held", "", [{"article": "a1", "value": 58}])],
        engine="test",
    )


def test_round_trip_is_loss_free() -> None:
    briefing = _sample()
    again = Briefing.from_json(briefing.to_json())
    assert again == briefing
    assert again.to_json() == briefing.to_json()


def test_whole_numbers_serialise_as_ints() -> None:
    data = _sample().to_dict()
    assert data["figures"][1]["value"] == 1_500_000_000
    assert isinstance(data["figures"][0]["value"], int)
    assert data["parties"][0]["positions"][0]["source"]["quote"].startswith("The union")
