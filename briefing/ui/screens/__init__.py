"""Screens of the reader: the briefing (main), the source view and the help screen."""
