"""Where roundtwo keeps its data, and how it is configured.

One switch relocates everything: ``ROUNDTWO_HOME`` (default: the platform's user data folder).
``ROUNDTWO_DATABASE_URL`` points the store at PostgreSQL (or another SQLite file) instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "ROUNDTWO_HOME"
DATABASE_URL_ENV = "ROUNDTWO_DATABASE_URL"
BUSY_TIMEOUT_ENV = "ROUNDTWO_BUSY_TIMEOUT"


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    busy_timeout: float = 5.0

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def where(self) -> str:
        """The store's location as a user would recognise it (no password)."""
        if self.is_sqlite:
            return self.database_url.split("///", 1)[-1]
        from sqlalchemy.engine import make_url

        return make_url(self.database_url).render_as_string(hide_password=True)


def roundtwo_home() -> Path:
    configured = os.environ.get(HOME_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("roundtwo", appauthor=False))


def load_settings() -> Settings:
    home = roundtwo_home()
    url = os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{home / 'roundtwo.db'}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    timeout = float(os.environ.get(BUSY_TIMEOUT_ENV, "5"))
    return Settings(home=home, database_url=url, busy_timeout=timeout)
