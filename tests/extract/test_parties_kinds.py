"""Parties on kinds of article not tuned on (a bid wire, a cluttered strike page, a Q&A
interview, a briefing transcript, an opinion column). Invented articles:
tests/extract/articles/parties4-*.

- "Tarrant & Vell": an ampersand joins one firm's names (a list of sides says "and");
- advisers ("The board, advised by X", "Y has hired X as financial adviser") are no side;
- "Partner X said ..." is a title: X speaks for the firm just named;
- "the founding Vell family" is an actor of its own, not the firm sharing its name;
- an ownerless role after a sentence opened by a nominal ("The alliance demanded ...
  Its general secretary, X", "The board ... chairman X said") is that nominal's actor;
- "Its chief negotiator, X" may be a state's; "The Commission's chief negotiator" is
  the EU's (a gazetteer descriptor); a person's affiliation may be written at a later
  mention than the first ("... an interview with X" / "X is the chief negotiator for Y");
- publications ("Harbour Weekly", "Aldo Sun", "seen by the Ledger") are no actors; "I'd"
  is no name; "Downstream X" is X; a first name alone ("If Sela puts ...") is the person;
- "the Progressive Union, the largest party, led by X": X speaks for it; "Former prime
  minister X, now a commentator" is no side (a past job names no owner);
- a union's units ("the X Branch", "ABC Local 14") and "Org Chief Executive X" are one side;
- a communique's roles: "the Personal Envoy of the Secretary-General of the United
  Nations" is no person but a name of the UN ("The Personal Envoy welcomed ..."); a
  title's words are no place ("Minister of State X").
"""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.extract.actors import find_parties
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def sides(name: str) -> dict[str, str]:
    """Every actor the parties pass keeps (not merged away) -> the actor it speaks for."""
    table = find_parties(read_path(ARTICLES / name))
    return {a.name: table.actors[table.top(a.id)].name for a in table.actors if a.cls != "merged"}


def parties(name: str) -> list[str]:
    return [p.name for p in extract(read_path(ARTICLES / name)).parties]


def test_bid_wire_firm_advisers_partner_family() -> None:
    assert sides("parties4-bid-wire.txt") == {
        "Tarrant & Vell": "Tarrant & Vell",
        "Nadia Crane": "Nadia Crane",
        "Oxbury Capital": "Oxbury Capital",
        "Giles Penrose": "Tarrant & Vell",      # "The board, advised by ..." then "chairman X said"
        "Lydia Okonedo": "Oxbury Capital",      # "Partner Lydia Okonedo said Oxbury would ..."
        "Brewery Workers Union": "Brewery Workers Union",
        "Tom Rusk": "Tom Rusk",
        "Vell family": "Vell family",
    }
    assert parties("parties4-bid-wire.txt") == ["Tarrant & Vell", "Oxbury Capital", "Vell family",
                                                 "Brewery Workers Union"]


def test_strike_page_its_role_after_a_nominal_subject() -> None:
    assert sides("parties4-strike-page.html") == {
        "Ambulance Workers' Alliance": "Ambulance Workers' Alliance",
        "Porthaven Ambulance Service": "Porthaven Ambulance Service",
        "Mara Quill": "Ambulance Workers' Alliance",   # "The alliance demanded ... Its general secretary"
        "Hal Benning": "Porthaven Ambulance Service",   # (not "the Ledger" that saw his letter)
        "Keith Orme": "Keith Orme",                    # "of the Eastbay Daily": a newspaper, no actor
        "Ravi Hale": "Ravi Hale",
    }
    assert parties("parties4-strike-page.html") == ["Porthaven Ambulance Service", "Ambulance Workers' Alliance"]


def test_interview_standfirst_affiliation_at_a_later_mention() -> None:
    assert sides("parties4-interview.md") == {
        "Ilse Varnholt": "Northern Dock Workers' Federation",
        "Northern Dock Workers' Federation": "Northern Dock Workers' Federation",
        "Selby Port Authority": "Selby Port Authority",
        "Victor Lane": "Selby Port Authority",
        "National Arbitration Service": "National Arbitration Service",
    }


def test_briefing_owners_publications_first_names() -> None:
    assert sides("parties4-briefing.txt") == {
        "European Union": "European Union",
        "Piet Varga": "European Union",   # "The Commission's chief negotiator, Piet Varga"
        "Sela Dorn": "Varnossa",          # "Its chief negotiator, Sela Dorn" after "Varnossa is asking"
        "Varnossa": "Varnossa",
    }
    table = find_parties(read_path(ARTICLES / "parties4-briefing.txt"))
    forms = {f for a in table.actors for f in [a.name, *a.aliases]}
    assert not {"Aldo Sun", "Radio Keld", "I'd", "Sela"} & {a.name for a in table.actors if a.cls != "merged"}
    assert "Sela" in forms   # the first name is an alias of Sela Dorn


def test_column_adjective_led_by_former() -> None:
    assert sides("parties4-column.md") == {"Hanne Lisberg": "Hanne Lisberg", "Marvel": "Marvel",
                                           "Ostrand": "Ostrand", "Progressive Union": "Progressive Union",
                                           "Carla Voss": "Progressive Union"}


def test_communique_envoy_role_and_minister_of_state() -> None:
    assert sides("parties4-communique.txt") == {
        "Norvania": "Norvania", "Ivo Radek": "Norvania",
        "Castria": "Castria", "Lena Voight": "Castria",
        "Ada Lindqvist": "United Nations", "United Nations": "United Nations",
    }
    briefing = extract(read_path(ARTICLES / "parties4-communique.txt"))
    assert [p.name for p in briefing.parties] == ["United Nations", "Norvania", "Castria"]
    assert "Personal Envoy" in briefing.parties[0].aliases


def test_one_side_not_split_branch_local_and_titled_officer() -> None:
    # "The Valebridge Branch said", "SCWU Local 14 rejected": the union's units speak for
    # it; "Bramley Care Group Chief Executive Marcus Pell": the firm, a title, its officer
    assert sides("parties4-split-sides.txt") == {
        "Social Care Workers Union": "Social Care Workers Union",
        "Valebridge Branch": "Social Care Workers Union",
        "SCWU Local 14": "Social Care Workers Union",
        "Bramley Care Group": "Bramley Care Group",
        "Marcus Pell": "Bramley Care Group",
    }
    assert parties("parties4-split-sides.txt") == ["Social Care Workers Union", "Bramley Care Group"]


def test_trade_briefing_ministry_names_its_state_and_a_titled_label() -> None:
    # "Press briefing by the Corvath Trade Ministry": Corvath is a state (written again in
    # "Corvath Broadcasting"); "Trade Minister Tomas Rell" speaks for the story's trade
    # ministry and so for Corvath (not for Lindmar, the state named most); "RELL:" labels him
    assert sides("parties4-trade-briefing.html") == {
        "Corvath Trade Ministry": "Corvath",
        "Anna Pike": "Anna Pike",
        "Ministry Press Office": "Corvath",   # (heading the page: the ministry's, so Corvath's)
        "Petra Lin": "Petra Lin",
        "Marco Dahl": "Marco Dahl",
        "Steel Producers Association": "Steel Producers Association",
        "Hana Oku": "Hana Oku",
        "Tomas Rell": "Corvath",
        "Solvey": "Solvey",
        "Lindmar": "Lindmar",
        "Corvath": "Corvath",
    }


def test_qa_interview_age_has_led_and_byline_role() -> None:
    # "Tomas Brenner, 54, has led the Coastal Pilots' Federation"; "By Lena Ortiz, Labour
    # Correspondent, The Harbour Record": the byline's role is no person
    assert sides("parties4-qa-interview.md") == {
        "Lena Ortiz": "Lena Ortiz",
        "Tomas Brenner": "Coastal Pilots' Federation",
        "Coastal Pilots' Federation": "Coastal Pilots' Federation",
        "Maritime Ports Group": "Maritime Ports Group",
        "Jana Wolff": "Jana Wolff",
        "Harbour Conciliation Service": "Harbour Conciliation Service",
    }


def test_pollsters_rating_agencies_and_former_officials_are_no_sides() -> None:
    # "A Kestrel Insights survey", "Fitch Ratings warned": they measure, no actors;
    # "Tom Reeve, a former finance minister, said ... and warned ...": a commentator now
    assert sides("parties4-coalition-polls.txt") == {
        "Liberal Union": "Liberal Union",
        "Farmers' Party": "Farmers' Party",
        "Central Bank": "Central Bank",
        "Civica": "Civica",
        "Easter": "Easter",
    }
    assert "Tom Reeve" not in parties("parties4-coalition-polls.txt")


def test_summit_roster_line_names_the_side() -> None:
    # "- **Republic of Arvenia**: President Dana Holt": a head of state in a story with two
    # states speaks for the one the roster line names
    assert sides("parties4-summit-roster.md") == {
        "Arvenia": "Arvenia", "Dana Holt": "Arvenia",
        "Serrat": "Serrat", "Ivo Marek": "Serrat",
        "African Development Bank": "African Development Bank",
        "Lake Merrow Basin Commission": "Lake Merrow Basin Commission",
        "Press Office of the Presidency of Arvenia": "Arvenia",
        "Farmers": "Farmers",
    }


def test_bid_roles_and_stakeholders() -> None:
    # "Kestrel Foods launched a hostile bid for Marlowe Dairies": "the bidder's chief
    # executive" is Kestrel's, "the target's chairman" Marlowe's (not the nearest firm);
    # "Fenwick Asset Management, which holds 8% of Marlowe" is "its largest outside
    # shareholder"; "Kestrel's bankers at Brooke Partners" are advisers, no side
    assert sides("parties4-bid-roles.txt") == {
        "Kestrel Foods": "Kestrel Foods",
        "Marlowe Dairies": "Marlowe Dairies",
        "Ruth Callan": "Kestrel Foods",
        "Peter Ostby": "Marlowe Dairies",
        "Fenwick Asset Management": "Fenwick Asset Management",
    }
    briefing = extract(read_path(ARTICLES / "parties4-bid-roles.txt"))
    aliases = {p.name: p.aliases for p in briefing.parties}
    assert "largest outside shareholder" in aliases["Fenwick Asset Management"]
    assert "bidder" in aliases["Kestrel Foods"] and "target" in aliases["Marlowe Dairies"]


def test_photo_credit_agency_and_port_of_authority() -> None:
    from briefing.ingest import parse_bytes

    text = ("Dock strike\n\nPhoto: Harbour Images / Ana Lutz\n\nThe Port of Selby Authority rejected the dockers' "
            "claim. Its chairman, Victor Lane, said the port could not pay more.\n")
    table = find_parties(parse_bytes(text.encode(), "doc", "txt"))
    got = {a.name: table.actors[table.top(a.id)].name for a in table.actors if a.cls != "merged"}
    # "Harbour Images" is a photo agency (no person); "Port of Selby Authority" is one name
    assert got == {"Ana Lutz": "Ana Lutz", "Port of Selby Authority": "Port of Selby Authority",
                   "Victor Lane": "Port of Selby Authority"}


def test_a_first_name_that_is_a_month_abbreviation() -> None:
    from briefing.ingest import parse_bytes

    text = ("Fishing talks\n\nVelmark and Ostria met on Jan 5. Foreign ministry spokesman Jan Kress said Ostria "
            "wanted a survey. In May Ostria rejected the quota.\n")
    table = find_parties(parse_bytes(text.encode(), "doc", "txt"))
    names = {a.name for a in table.actors if a.cls != "merged"}
    assert "Jan Kress" in names and "Kress" not in names and not any(n.startswith("May") for n in names)


def test_who_leads_a_nominal_and_an_age_before_a_copula() -> None:
    # "X, who has led the federation's negotiating team", "Y, who chairs the authority",
    # "Z, who represents the federation in Selby", "W, 52, is the authority's finance director"
    assert sides("parties4-who-leads.txt") == {
        "Northern Dock Workers' Federation": "Northern Dock Workers' Federation",
        "Selby Port Authority": "Selby Port Authority",
        "Ilse Varnholt": "Northern Dock Workers' Federation",
        "Victor Lane": "Selby Port Authority",
        "Tom Reid": "Northern Dock Workers' Federation",
        "Ana Cole": "Selby Port Authority",
    }


def test_ministry_spokesperson_with_no_ministry_named() -> None:
    # "Ministry spokesperson Anna Vik" in a story with one state (and no ministry named)
    assert sides("parties4-ministry-spokesperson.txt") == {
        "Anna Vik": "Velmark", "Olaf Berg": "Velmark", "Velmark": "Velmark"}
