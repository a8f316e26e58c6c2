"""Parties: long names with connectors stay whole: "the International Council for the
Exploration of the Sea" (the run no longer stops at "for the"), "the Rail and Signal
Workers' Federation" (a lone industry word before "and" is no name of its own)."""

from __future__ import annotations

from briefing.extract.actors import find_parties
from briefing.ingest import parse_bytes

TEXT = """Quota and pay

According to the International Council for the Exploration of the Sea, stocks are falling. The Rail and Tram Workers' Federation demanded a raise. The Union and the Council met.
"""


def test_connected_names_stay_whole() -> None:
    table = find_parties(parse_bytes(TEXT.encode(), "doc", "txt"))
    assert sorted(a.name for a in table.actors if a.cls not in ("merged", "generic")) == [
        "International Council for the Exploration of the Sea", "Rail and Tram Workers' Federation"]


def test_a_demonym_starting_a_name_stays_the_states() -> None:
    text = ("Steel tariffs\n\nKorvia and Sautenne met on Monday. The Korvian trade minister said Korvia "
            "would cut tariffs. The Korvian Metal Workers' Union opposed the cut. Korvian exporters welcomed it.\n")
    table = find_parties(parse_bytes(text.encode(), "doc", "txt"))
    aliases = {a.name: a.aliases for a in table.actors if a.cls not in ("merged", "generic")}
    assert aliases["Korvian Metal Workers' Union"] == []
    assert "Korvian" in aliases["Korvia"]
