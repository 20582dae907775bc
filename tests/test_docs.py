"""Documentation that cannot drift: every command, setting and page is written down."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from roundtwo import config
from roundtwo.web import debrief_routes, mock_routes
from roundtwo.web import pages as web_pages

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def test_cli_reference_is_generated_from_the_code() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "cli_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_setting_is_documented() -> None:
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    settings = [value for name, value in vars(config).items() if name.endswith("_ENV")]
    assert len(settings) >= 3
    for setting in [*settings, "ROUNDTWO_DEBUG"]:
        assert f"`{setting}`" in text, setting


def test_every_page_is_documented() -> None:
    text = (DOCS / "web.md").read_text(encoding="utf-8")
    pages = [
        route.path  # type: ignore[attr-defined]
        for router in (web_pages.router, debrief_routes.router, mock_routes.router)
        for route in router.routes
        if "GET" in getattr(route, "methods", set())
    ]
    assert len(pages) >= 5
    for path in pages:
        assert f"`{path}`" in text, path


def test_every_docs_page_is_linked_from_the_index() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        if page.name != "index.md":
            assert f"({page.name})" in index, page.name


def test_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = readme[:1500]
    assert "make run" in first and "make test" in first
    for image in re.findall(r"\]\((docs/images/[^)]+)\)", readme):
        assert (ROOT / image).exists(), image


def test_every_dependency_is_justified() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    text = (DOCS / "dependencies.md").read_text(encoding="utf-8").lower()
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += [d for d in extra if not d.startswith("roundtwo")]
    for requirement in declared:
        name = re.split(r"[<>=\[ ;]", requirement, maxsplit=1)[0].lower()
        assert f"`{name}`" in text, name
