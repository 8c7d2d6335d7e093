"""The `api` stage: the web app and its JSON API (FastAPI)."""
