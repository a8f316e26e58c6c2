"""Tests of the Markdown export (briefing/export, briefing/ui/export_screen.py)."""
