"""User settings from ``config.toml`` in the platformdirs config folder.

Every field has a default, so a missing file is fine; a broken file or a bad key is
reported by name (``ConfigError``) and the defaults are used instead.

    theme = "textual-dark"            # any Textual theme name
    library = "~/News/talks"          # the folder `briefing` opens with no arguments
    exports = "~/Documents/briefings" # where `e` saves exports

    [keymap]                          # binding id = keys (comma separated)
    "pane.next" = "tab,l"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from briefing import locations


class ConfigError(Exception):
    """The config file is unreadable or holds a bad value; the message says which."""


@dataclass
class Config:
    theme: str = "textual-dark"
    """The Textual theme the app starts with."""
    library: Path | None = None
    """The library folder; None means the default under the user data folder."""
    exports: Path | None = None
    """Where exports are saved; None means the default under the user data folder."""
    keymap: dict[str, str] = field(default_factory=dict)
    """Binding id -> comma-separated keys, to remap the app's bindings."""

    @property
    def library_directory(self) -> Path:
        return self.library or locations.library_directory()

    @property
    def exports_directory(self) -> Path:
        return self.exports or locations.exports_directory()


def _path(value: object, key: str, source: Path) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{source}: '{key}' must be a folder path (a string)")
    return Path(value).expanduser()


def load_config(path: Path | None = None) -> Config:
    """Read the config file; raises ConfigError naming the file and the bad key."""
    path = path or locations.config_file()
    if not path.exists():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    config = Config()
    for key, value in data.items():
        if key == "theme":
            if not isinstance(value, str):
                raise ConfigError(f"{path}: 'theme' must be a string")
            config.theme = value
        elif key in ("library", "exports"):
            setattr(config, key, _path(value, key, path))
        elif key == "keymap":
            if not isinstance(value, dict) or not all(
                    isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                raise ConfigError(f"{path}: [keymap] must map binding ids to key strings")
            config.keymap = dict(value)
        else:
            raise ConfigError(f"{path}: unknown key '{key}'")
    return config
