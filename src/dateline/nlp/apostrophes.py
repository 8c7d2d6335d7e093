"""Contractions written with a typographic apostrophe read as the ASCII ones.

Real news pages print "we’ve", "won’t", "he’ll" with U+2019. en_core_web_sm splits them as it splits
"we've", but the pieces are other words to it: "’ve" keeps the lemma "’ve" (so a present perfect is no
perfect: `aspect` looks for an auxiliary "have"), "n’t" may be tagged as punctuation and "’ll" is no
"will" for the rules that test a token's lowercase form. The lexemes of the curly pieces take the
ASCII pieces' lowercase, norm, prefix, suffix and shape, the attributes the tagger and parser read
(`tok2vec`), the attribute ruler matches and the rules test. The token's text is untouched, so
offsets and sentence text stay those of the article.
"""

from __future__ import annotations

from spacy.vocab import Vocab

# The verbal clitics en_core_web_sm's tokenizer splits off in both spellings. Not "’s": mostly a
# possessive, which the model already tags as one, and giving it the ASCII features re-parses many
# sentences for no rule's sake (measured: on the round-12 unseen set b it cost a matched event).
CONTRACTIONS = ("'ve", "'ll", "'re", "'m", "'d", "n't")
ATTRIBUTES = ("lower_", "norm_", "prefix_", "suffix_", "shape_")
CURLY = "\u2019"


def read_as_ascii(vocab: Vocab) -> None:
    """Give each curly clitic, lowercase and uppercase, the lexical attributes of its ASCII form."""
    for clitic in CONTRACTIONS:
        for form in (clitic, clitic.upper()):
            ascii_lexeme, curly = vocab[form], vocab[form.replace("'", CURLY)]
            for attribute in ATTRIBUTES:
                setattr(curly, attribute, getattr(ascii_lexeme, attribute))
