"""Extract: Document -> Briefing (parties, positions, terms, figures, sources).

Rules plus lexicons kept as data (``briefing/data/lexicons``). Pure Python, no
model download. ``ENGINE_VERSION`` changes whenever a rule or lexicon changes, so
caches keyed by it are invalidated.
"""

from briefing.extract.engine import ENGINE_VERSION, extract

__all__ = ["ENGINE_VERSION", "extract"]
