"""Shared fixtures. `../shared` (seeds, contract, benchmarks) sits beside the repository in CI and on
development machines; tests that read it skip with a message where it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found beside the repository ({SHARED}); skipping shared-data test")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    path = shared_dir / "seeds"
    if not path.is_dir():
        pytest.skip(f"{path} not found; skipping seed test")
    return path


@pytest.fixture(scope="session")
def nlp():
    from dateline.nlp import load

    return load()


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline (real spaCy and knowledge base), built once for the tests that run it."""
    from dateline.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def resolver():
    """The default actor resolver on the real knowledge base (a test module may override it with one
    on fixture tables)."""
    from dateline.actors.component import DefaultActorResolver
    from dateline.actors.kb import KnowledgeBase

    return DefaultActorResolver(KnowledgeBase.load())
