"""Widgets of the reader, one module per area of the screen."""
