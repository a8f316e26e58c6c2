"""Every platform folder in one place (platformdirs), each created on demand.

``BRIEFING_HOME`` (an environment variable) moves all of them under one folder:
tests and CI use it so they never touch the real user folders.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "briefing"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False)


def _home_override(kind: str) -> Path | None:
    home = os.environ.get("BRIEFING_HOME")
    return Path(home) / kind if home else None


def _ensure(path: Path, create: bool) -> Path:
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def config_directory(create: bool = False) -> Path:
    """Where ``config.toml`` and the user lexicon live."""
    return _ensure(_home_override("config") or _dirs().user_config_path, create)


def config_file() -> Path:
    return config_directory() / "config.toml"


def user_lexicon_file() -> Path:
    """Extra actors and aliases the user adds (see README)."""
    return config_directory() / "lexicon.toml"


def data_directory(create: bool = False) -> Path:
    return _ensure(_home_override("data") or _dirs().user_data_path, create)


def library_directory(create: bool = False) -> Path:
    """The default library folder (``briefing add`` copies articles here)."""
    return _ensure(data_directory() / "library", create)


def exports_directory(create: bool = False) -> Path:
    """The default folder for Markdown exports."""
    return _ensure(data_directory() / "exports", create)


def cache_directory(create: bool = False) -> Path:
    """The parse cache."""
    return _ensure(_home_override("cache") or _dirs().user_cache_path, create)


def log_directory(create: bool = False) -> Path:
    """Crash logs."""
    return _ensure(_home_override("log") or _dirs().user_log_path, create)
