"""Faster equivalents of two inner steps of en_core_web_sm, with the same output token for token.

Measured on the VOA stories (CPU seconds, one process), the model's two rule-based components cost a
quarter of the whole parse, more than the parser network itself:

- `attribute_ruler` (POS and morphology from the tagger's tags, a few lemma exceptions) runs a spaCy
  `Matcher` with 179 patterns, which tries every pattern at every token (~70 µs per token). All but a
  handful are single-token patterns on TAG, LOWER, DEP and IS_SPACE: here they are looked up by the
  token's values (memoized on them) and only the others go through a `Matcher`. The ruler then sets
  the attributes from the same sorted match list, so later patterns still take precedence.
- `lemmatizer` (rule mode) tests each candidate lemma for membership in its word lists with `in` on a
  Python list of up to 57,528 words; the lists become frozensets (same membership, constant time).

Both act on the loaded pipeline in place (`speed_up`); a pipeline whose ruler patterns are changed
afterwards must be loaded again. tests/test_nlp_speedups.py checks the equivalence against spaCy's own
components on text of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes a single-token pattern may test to be looked up here, in the order of the values
# `IndexedRulerMatch.__call__` reads; anything else (other attributes, operators, several tokens) is
# left to spaCy's Matcher.
_KEY_ORDER = ("TAG", "LOWER", "DEP", "IS_SPACE")
_TAG, _LOWER = _KEY_ORDER.index("TAG"), _KEY_ORDER.index("LOWER")
# Distinct (tag, lower, dep, is_space) values remembered; the memo starts again past this.
_MEMO_MAX = 200_000


def speed_up(nlp: Language) -> None:
    """Install the faster steps in `nlp`'s rule-based components, where it has them."""
    for _name, component in nlp.pipeline:
        if type(component) is AttributeRuler:
            component.match = IndexedRulerMatch(component)  # type: ignore[method-assign]
            component.set_annotations = _set_annotations(component)  # type: ignore[method-assign]
        elif isinstance(component, Lemmatizer) and "lemma_index" in component.lookups:
            table = component.lookups.get_table("lemma_index")
            for key, words in list(table.items()):
                table[key] = frozenset(words)


def _predicate(spec: Any, strings: Any) -> tuple[Callable[[int], bool], frozenset[int] | None] | None:
    """The Matcher's test of one attribute value (an id) and, for an equality or IN, the ids that pass;
    None if not handled here."""
    if isinstance(spec, bool | str | int):
        wanted = int(spec) if isinstance(spec, bool) else get_string_id(spec)
        return (lambda v: v == wanted), frozenset((wanted,))
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            ids = frozenset(get_string_id(a) for a in arg)
            return ((lambda v: v in ids), ids) if op == "IN" else ((lambda v: v not in ids), None)
        if op == "REGEX" and isinstance(arg, str):
            regex = re.compile(arg)
            return (lambda v: bool(regex.search(strings[v]))), None
    return None


@dataclass
class _Simple:
    """A single-token pattern: its number and match id (None: the first token of a pattern left to the
    Matcher), its tests on the token's values, and the (attribute, id) keys it is filed under."""

    number: int
    match_id: int | None
    tests: list[tuple[int, Callable[[int], bool]]]
    filed: list[tuple[int, int] | None]


def _simple(number: int, match_id: int | None, token: dict[str, Any], strings: Any) -> _Simple | None:
    if not token or any(a not in _KEY_ORDER for a in token):
        return None
    simple = _Simple(number, match_id, [], [None])
    passing: dict[str, frozenset[int]] = {}
    for attr, spec in token.items():
        found = _predicate(spec, strings)
        if found is None:
            return None
        test, ids = found
        simple.tests.append((_KEY_ORDER.index(attr), test))
        if ids is not None:
            passing[attr] = ids
    # Filed under the values of LOWER (the most selective) or else TAG that pass; checked for every
    # token (under None) without either.
    attr = next((a for a in ("LOWER", "TAG") if a in passing), None)
    if attr is not None:
        simple.filed = [(_KEY_ORDER.index(attr), v) for v in passing[attr]]
    return simple


class IndexedRulerMatch:
    """`AttributeRuler.match` without trying every pattern at every token: the same sorted list of
    (pattern number, match id, start, end)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        strings = self.vocab.strings
        self.residual = Matcher(self.vocab)
        self.filed: dict[tuple[int, int] | None, list[_Simple]] = {}
        # The residual Matcher runs only on a Doc with a token that can start one of its patterns.
        self.gated = True
        for number in range(len(ruler.attrs)):
            key = str(number)
            match_id = strings.add(key)
            for pattern in ruler.matcher.get(key)[1]:
                simple = _simple(number, match_id, pattern[0], strings) if len(pattern) == 1 else None
                if simple is None:
                    self.residual.add(match_id, [pattern])
                    simple = _simple(number, None, pattern[0], strings) if pattern else None
                    self.gated &= simple is not None
                if simple is not None:
                    for key_ in simple.filed:
                        self.filed.setdefault(key_, []).append(simple)
        self._memo: dict[tuple[int, ...], tuple[tuple[int, int | None], ...]] = {}

    def _matching(self, values: tuple[int, ...]) -> tuple[tuple[int, int | None], ...]:
        found = self._memo.get(values)
        if found is None:
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            candidates = [
                *self.filed.get((_LOWER, values[_LOWER]), ()),
                *self.filed.get((_TAG, values[_TAG]), ()),
                *self.filed.get(None, ()),
            ]
            found = self._memo[values] = tuple(
                (s.number, s.match_id) for s in candidates if all(test(values[k]) for k, test in s.tests)
            )
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        # A set: the Matcher reports a span once per match id, whichever of its patterns matched.
        matches: set[tuple[int, int, int, int]] = set()
        residual = not self.gated
        for token in doc:
            for number, match_id in self._matching((token.tag, token.lower, token.dep, int(token.is_space))):
                if match_id is None:
                    residual = True
                else:
                    matches.add((number, match_id, token.i, token.i + 1))
        if residual:
            strings = self.vocab.strings
            found = self.residual(doc, allow_missing=True, as_spans=False)
            matches.update((int(strings[m_id]), m_id, start, end) for m_id, start, end in found)
        return sorted(matches)


def _set_annotations(ruler: AttributeRuler) -> Callable[[Doc, list], None]:
    """`AttributeRuler.set_annotations` without building a Span per match; an index outside its span
    goes to spaCy's own, for its error."""
    original = ruler.set_annotations

    def set_annotations(doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        for attr_id, match_id, start, end in matches:
            index = ruler.indices[attr_id]
            if not -(end - start) <= index < end - start:
                original(doc, [(attr_id, match_id, start, end)])
            set_token_attrs(doc[start + index if index >= 0 else end + index], ruler.attrs[attr_id])

    return set_annotations
