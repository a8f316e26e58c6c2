"""briefing: a terminal reader that turns negotiation news into a briefing."""

__version__ = "0.1.0"
