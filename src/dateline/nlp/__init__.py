"""The `nlp` stage: spaCy parsing with the en_core_web_sm pipeline shipped as a registry package."""

from dateline.nlp.parse import load, parse_many

__all__ = ["load", "parse_many"]
