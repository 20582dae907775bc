"""The web app (FastAPI + Jinja2 + HTMX): a thin shell over the same services as the CLI."""
