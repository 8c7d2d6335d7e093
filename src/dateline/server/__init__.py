"""The `server` stage: the web app and its JSON API (FastAPI)."""
