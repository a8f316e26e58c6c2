"""A readable plain-text summary of a briefing, for `briefing parse` without --json."""

from __future__ import annotations

from briefing.model import Briefing
from briefing.sanitize import clean_line


def render_summary(briefing: Briefing) -> str:
    """Parties with their positions, then terms and figures, one item per line."""
    lines: list[str] = []
    for article in briefing.articles:
        meta = " · ".join(clean_line(x) for x in (article.source, article.date) if x)
        lines.append(f"# {clean_line(article.title or article.id)}" + (f"  ({meta})" if meta else ""))
    if briefing.is_empty():
        lines.append("")
        lines.append("Nothing found: no parties, terms or figures.")
        return "\n".join(lines) + "\n"
    for party in briefing.parties:
        lines.append("")
        aliases = ", ".join(clean_line(a) for a in party.aliases if a != party.name)
        lines.append(f"{clean_line(party.name)}" + (f"  (also: {aliases})" if aliases else ""))
        for position in party.positions:
            lines.append(f"  {position.stance:<8} {clean_line(position.text)}")
    if briefing.terms:
        lines.append("")
        lines.append("Proposed terms")
        for term in briefing.terms:
            lines.append(f"  {term.category:<19} {clean_line(term.text)}")
    if briefing.figures:
        lines.append("")
        lines.append("Key figures")
        width = max(len(clean_line(f.display)) for f in briefing.figures)
        for figure in briefing.figures:
            lines.append(f"  {clean_line(figure.display):>{width}}  {clean_line(figure.label)}")
    return "\n".join(lines) + "\n"
