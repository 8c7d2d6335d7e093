"""The `nlp` stage: spaCy parsing with the en_core_web_sm pipeline shipped as a registry package."""

from dateline.nlp.parse import load, parse_many
from dateline.nlp.sentences import sentence_of, sentences
from dateline.nlp.text import text_of

__all__ = ["load", "parse_many", "sentence_of", "sentences", "text_of"]
