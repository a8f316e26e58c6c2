"""The extraction pipeline: runs each extractor over one Document, in order."""

from __future__ import annotations

from briefing.extract.actors import find_parties, keep_parties
from briefing.extract.figures import find_figures
from briefing.extract.lexicons import lexicon_fingerprint
from briefing.extract.positions import find_positions
from briefing.extract.quotes import trim_list_markers
from briefing.extract.terms import find_terms
from briefing.ingest.document import Document
from briefing.model import Briefing

RULES_VERSION = "23"   # bump when a rule changes the output (the parse cache keys on it)


def _engine_version() -> str:
    return f"{RULES_VERSION}-{lexicon_fingerprint()}"


ENGINE_VERSION = _engine_version()


def extract(doc: Document) -> Briefing:
    """Build the briefing of one article."""
    actors = find_parties(doc)
    parties = keep_parties(find_positions(doc, actors), actors)
    return trim_list_markers(Briefing(articles=[doc.to_article()], parties=parties,
                                      terms=find_terms(doc), figures=find_figures(doc),
                                      engine=ENGINE_VERSION))
