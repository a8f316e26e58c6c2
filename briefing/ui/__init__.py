"""The Textual reader. Gets briefings from the library, never from the engine."""
