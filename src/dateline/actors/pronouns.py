"""Personal pronouns: "he", "his", "she", "her" refer to a person named before; "their" and "they" to the
two people (or two parties) the previous sentence named together.

Salience decides, as in centering theory: a person earlier in the same sentence as its subject first,
then any person earlier in the sentence, then the person who was the subject of a recent sentence (the
topic), then the person named last. "It" and "its" are left alone: they stand for things as often as for
states. Plural pronouns resolve only when nothing plural comes before them in their own sentence
("Bosnian Serbs said their forces ..." is about the Serbs, when resolved), and otherwise only to a pair
named in the previous sentence or earlier in the same one.

Measured against a maintained library (coreferee, see docs/actors.md): not installable offline with the
project's spaCy, so these few rules over the parse stand in.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from dateline.actors.document import MainSubject
from dateline.actors.lexicon import agents, titles
from dateline.actors.sentence import STATES, SentenceView
from dateline.actors.unnamed import EMBASSY, NAMED_GROUP_HOWS, PRONOUN, UNNAMED
from dateline.nlp.entities import persons
from dateline.nlp.sentences import sentence_of
from dateline.records import Actor, ActorMention

SINGULAR = frozenset({"he", "him", "his", "she", "her"})
PLURAL = frozenset({"they", "their", "them"})
NEUTER = frozenset({"it", "its"})  # a country or a body, as a subject or a possessor (not an object)
TOPIC_REACH = 3  # sentences a subject stays the topic without being named again
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})  # "the Argentine embassy", "Mexico's Embassy"
# Clauses that take their subject from the verb they hang on ("X called Y to congratulate him").
CONTROLLED_DEPS = frozenset({"xcomp", "advcl", "conj"})
RELATIVE_SUBJECTS = frozenset({"who", "that"})
VISITS = frozenset({"visit", "trip", "tour", "journey", "travel"})
# Nouns by which a text refers back to a body it named ("the group", "the bloc"), and how far back.
# The kind of actor each means: an armed or political group, or an organisation of states or people.
BODY_NOUNS = {"group": "group", "movement": "group", "militia": "group", "body": "organization",
              "organisation": "organization", "organization": "organization", "bloc": "organization",
              "alliance": "organization", "coalition": "organization"}  # fmt: skip
BODY_REACH = 3
# How mentions of named bodies are made: a KB alias or an acronym defined in the text, or a reference
# back to one (not an unnamed agent noun: "the group" after "gunmen" is no one known).
NAMED_BODY = NAMED_GROUP_HOWS
# Verbs whose subject "it" stands for no one: "it is unclear", "it seems", "it remains to be seen".
DUMMY_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "take", "happen", "matter", "mean",
                         "rain", "look", "sound"})  # fmt: skip


class Pronouns(SentenceView):
    """The rules for personal pronouns; `found` is what this sentence resolved so far."""

    found: list[ActorMention]

    def _pronoun(self, i: int) -> tuple[list[ActorMention], int] | None:
        key = self._key(i)
        if key == "the":
            return self._definite_body(i)
        if (key not in SINGULAR and key not in PLURAL and key not in NEUTER) or self._pos(i) != "PRON":
            return None
        if key in NEUTER:
            body = self._body_antecedent(i)
            actors = (body,) if body is not None else None
        elif key in SINGULAR:
            actor = None if self._unknown_person_before(i) else self._singular(i)
            if actor is not None and self._stranger_since(actor, self.subs[i].start):
                actor = None  # someone the resolver does not know was named after the antecedent
            actors: tuple[Actor, ...] | None = (actor,) if actor is not None else None
        else:
            actors = self._plural_antecedent(i)
        if not actors:
            return None
        return [self._mention(i, i + 1, actors, PRONOUN)], i + 1

    def _persons_here(self) -> list[tuple[ActorMention, str]]:
        out = []
        for m in self.found:
            if len(m.actors) == 1 and m.actors[0].kind in ("person", "role") and m.how != PRONOUN:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                out.append((m, span.root.dep_ if span is not None else ""))
        return out

    def _singular(self, i: int) -> Actor | None:
        """The antecedent of "he", "his", "him", "she", "her". An object pronoun is never its own
        clause's subject ("Jaishankar met him")."""
        here = self._persons_here()
        barred = self._clause_subject(i)
        added = self._added_to(i)
        visited = self._visited(i)
        surnames, roles = self._named_below(i)
        # A title names one person only where the article knows one holder of it ("the President"
        # after two presidents may be either).
        known = {m.actors[0] for m, _ in here} | {r.actor for r in self.state.persons}
        held = Counter(a.role for a in known if a.role in roles)
        roles = {role for role in roles if held[role] == 1}

        def fits(actor: Actor) -> bool:
            # Nobody visits their own country: "his visit to the U.S." is not the U.S. president's.
            if actor == barred or actor in added or (visited is not None and actor.country == visited):
                return False
            # "He is open to meeting the Prime Minister": a subject pronoun is nobody its own clause
            # names again by name or by definite title.
            return actor.name.split()[-1].lower() not in surnames and actor.role not in roles

        binder = self._reporting_subject(i)
        if binder is not None and fits(binder):
            return binder
        for m, dep in here:
            if dep in SUBJECT_DEPS and fits(m.actors[0]):
                return m.actors[0]
        others = [m.actors[0] for m, _ in here if fits(m.actors[0])]
        if others:
            return others[-1]
        state = self.state
        recent = state.topic is not None and state.sentence_no - state.topic[1] <= TOPIC_REACH
        if state.topic is not None and recent and fits(state.topic[0]):
            return state.topic[0]
        people = [r.actor for r in state.persons if fits(r.actor)]
        return people[-1] if people else None

    def _reporting_subject(self, i: int) -> Actor | None:
        """For the subject of a complement clause ("Putin said he did not agree"), the one person the
        governing verb's subject names (named or a pronoun already resolved): the nearest subject that
        commands the pronoun binds it, not the first subject of the sentence ("Orban called for talks,
        while Putin said he ...": Putin)."""
        span = self.doc.char_span(self.subs[i].start, self.subs[i].end, alignment_mode="expand")
        if span is None or span.root.dep_ not in SUBJECT_DEPS or span.root.head.dep_ != "ccomp":
            return None
        verb = span.root.head.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if verb.dep_ == "relcl" and any(s.lower_ in RELATIVE_SUBJECTS for s in subjects):
            subjects = [verb.head]  # "hosted X, who said he would ...": X
        for m in self.found:
            if len(m.actors) != 1 or m.actors[0].kind not in ("person", "role"):
                continue
            named = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if named is not None and any(named.root.i == s.i for s in subjects):
                return m.actors[0]
        return None

    def _added_to(self, i: int) -> set[Actor]:
        """For a subject pronoun, the persons its own verb adds its object to ("Besides Blinken, he also
        met Sullivan", "Apart from Boric, she met ...", "In addition to X, ..."): whoever is named
        beside what the subject did is not the subject."""
        span = self.doc.char_span(self.subs[i].start, self.subs[i].end, alignment_mode="expand")
        if span is None or span.root.dep_ not in SUBJECT_DEPS:
            return set()
        verb = span.root.head
        out = set()
        for m, _ in self._persons_here():
            named = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if named is not None and _beside(named.root, verb):
                out.add(m.actors[0])
        return out

    def _named_below(self, i: int) -> tuple[set[str], set[str]]:
        """For a subject pronoun, the capitalised words and the roles of definite singular titles ("the
        Prime Minister") later in its clause: whoever they name, the pronoun is someone else."""
        span = self.doc.char_span(self.subs[i].start, self.subs[i].end, alignment_mode="expand")
        if span is None or span.root.dep_ not in SUBJECT_DEPS:
            return set(), set()
        last = span.root.head.right_edge
        end = last.idx + len(last)
        surnames: set[str] = set()
        roles: set[str] = set()
        for k in range(i + 1, len(self.subs)):
            if self.subs[k].start >= end:
                break
            if self.subs[k].capitalized:
                surnames.add(self._key(k))
            title = self._title_match(k) if self._key(k - 1) == "the" else None
            if title is not None and not title[1] and title[0].values[0].role:
                roles.add(title[0].values[0].role)
        return surnames, roles

    def _visited(self, i: int) -> str | None:
        """The country of "his visit to X", "her trip to X" (a country, its capital or a place)."""
        span = self.doc.char_span(self.subs[i].start, self.subs[i].end, alignment_mode="expand")
        if span is None or span.root.dep_ != "poss" or span.root.head.lemma_.lower() not in VISITS:
            return None
        to = [c for p in span.root.head.children if p.lower_ == "to" for c in p.children if c.dep_ == "pobj"]
        return self._country_at(to[0], STATES | {"place"}) if to else None

    def _unknown_person_before(self, i: int) -> bool:
        """True when the person named last before the pronoun (spaCy's PERSON entities, this sentence
        and the two before) is nobody the resolver knows: "Mhlanga ... denies the charges against him"
        is about Mhlanga, not about the president named earlier."""
        start = self.subs[i].start
        span = self.doc.char_span(start, self.subs[i].end, alignment_mode="expand")
        if span is None:
            return False
        # `sentence_of`, not `Token.sent`: spaCy's checks the whole Doc for sentence starts on every call.
        first = sentence_of(span.root).start
        for _ in range(2):
            if first > 0:
                first = sentence_of(self.doc[first - 1]).start
        known = self.state.person_spans + [(m.start, m.end) for m, _ in self._persons_here()]
        people = [e for e in persons(self.doc) if e.start >= first and e.end_char <= start]
        # A noun subject before the pronoun in its own sentence ("The Afghan army chief said his forces
        # ...") that nobody resolved is also a person the resolver does not know.
        # A subject the resolver found to be a country or a body ("... that China stop ...," she said) is
        # no person at all.
        sent = sentence_of(span.root)
        bodies = [m for m in self.found if all(a.kind not in ("person", "role") for a in m.actors)]
        subjects = [
            t
            for t in self.doc[sent.start : span.root.i]
            if t.dep_ in SUBJECT_DEPS
            and t.pos_ in ("NOUN", "PROPN")
            and t.tag_ not in PLURAL_TAGS
            and not any(m.start <= t.idx < m.end for m in bodies)
        ]
        last = max((*(e.end_char for e in people), *(t.idx + len(t) for t in subjects)), default=None)
        if last is None:
            return False
        return not any(s < last <= e for s, e in known)

    def _stranger_since(self, actor: Actor, start: int) -> bool:
        """True when a person nobody resolved (a spaCy PERSON entity) was named between the antecedent's
        last mention and the pronoun."""
        here = [m.end for m in self.found if actor in m.actors]
        last = max(here) if here else self.state.last_seen.get(actor, 0)
        known = self.state.person_spans + [(m.start, m.end) for m, _ in self._persons_here()]
        return any(
            last <= e.start_char
            and e.end_char <= start
            and not any(s < e.end_char and e.start_char < t for s, t in known)
            for e in persons(self.doc)
        )

    def _clause_subject(self, i: int) -> Actor | None:
        """For an object pronoun, the person who is the subject of its verb, named or a pronoun already
        resolved ("He urged him to ...": not the same man)."""
        span = self.doc.char_span(self.subs[i].start, self.subs[i].end, alignment_mode="expand")
        if span is None or span.root.dep_ not in OBJECT_DEPS:
            return None
        verb = span.root.head if span.root.dep_ != "pobj" else span.root.head.head
        subjects = controllers(verb)
        for m in self.found:
            if len(m.actors) != 1 or m.actors[0].kind not in ("person", "role"):
                continue
            m_span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if m_span is not None and m_span.root.i in subjects:
                return m.actors[0]
        return None

    def _plural_antecedent(self, i: int) -> tuple[Actor, ...] | None:
        span = self.doc.char_span(self.subs[i].start, self.subs[i].end, alignment_mode="expand")
        if span is None:
            return None
        sent = sentence_of(span.root)
        plurals = [t for t in self.doc[sent.start : span.root.i] if self._could_be_they(t)]
        if plurals:
            # "Both leaders recalled the call between them": the nearer plural, when it was resolved;
            # "Bosnian Serbs said their forces ...": not anyone named before.
            last = plurals[-1]
            group = [m for m in self.found if m.start <= last.idx < m.end and _plural_reading(m)]
            return group[-1].actors if group else None
        here = [m.actors[0] for m, _ in self._persons_here()]
        distinct = [a for n, a in enumerate(here) if a not in here[:n]]
        if len(distinct) >= 2:
            return tuple(distinct[:2])
        joined = self._joined_subject(sent.start, span.root.i)
        if joined is not None:
            return joined  # "Berlin and Paris are deepening their ties": not the leaders named before
        state = self.state
        if state.person_pair is not None and state.person_pair[1] == state.sentence_no - 1:
            return state.person_pair[0]
        subject = self._previous_subject(span.root, plural=True)
        if subject is not None:
            return subject  # "Kyrgyzstan and Tajikistan agreed to ... They also discussed ..."
        group = state.plural_group
        if span.root.dep_ in OBJECT_DEPS and group is not None and group[1] == state.sentence_no - 1:
            return group[0]  # "... the fate of six opposition aides. The government denied them ..."
        return None  # two countries named before are too often not who "they" are ("officials say they")

    def _joined_subject(self, start: int, end: int) -> tuple[Actor, ...] | None:
        """The countries or bodies a subject of two or more joined names before the pronoun stands for
        ("Moscow and Islamabad ... their cooperation"): each name is singular, so the plural test of
        `_could_be_they` misses the pair the sentence itself names."""
        for tok in self.doc[start:end]:
            if tok.dep_ not in SUBJECT_DEPS or not any(c.dep_ == "conj" for c in tok.children):
                continue
            names = [t for t in tok.subtree if t.i < end and (t.i == tok.i or t.dep_ == "conj")]
            actors = [
                a
                for t in names
                for m in self.found
                if m.start <= t.idx < m.end
                for a in m.actors
                if a.kind not in ("person", "role")
            ]
            distinct = tuple(a for n, a in enumerate(actors) if a not in actors[:n])
            if len(distinct) >= 2:
                return distinct
        return None

    def _definite_body(self, i: int) -> tuple[list[ActorMention], int] | None:
        """ "The group", "the body", "the bloc" heading their phrase: the body of that kind named last,
        within `BODY_REACH` sentences (a known organisation or group, or an acronym the text defined)."""
        noun = self.subs[i + 1] if i + 1 < len(self.subs) else None
        if noun is None or noun.key not in BODY_NOUNS or not noun.text.islower() or self._key(i + 2) == "of":
            return None
        last = self.state.bodies_named.get(BODY_NOUNS[noun.key])
        if last is None or self.state.sentence_no - last[1] > BODY_REACH:
            return None
        span = self.doc.char_span(noun.start, noun.end, alignment_mode="expand")
        if span is None or span.root.pos_ != "NOUN" or span.root.dep_ in ("compound", "amod"):
            return None
        return [self._mention(i, i + 2, (last[0],), "body coreference")], i + 2

    def _body_antecedent(self, i: int) -> Actor | None:
        """ "It", and "its" before people it owns: the country or body that is the nearest subject
        before it in its sentence ("Rwanda denied that its soldiers ...", "The ministry said it would
        ..."), or, with no subject before it, the subject of the previous sentence ("The AU invited
        both sides. It said ..."). A nearer subject that is a person, a plural or a thing ("the deal
        was signed and its terms ...") is what the pronoun means or stands between it and any body,
        so nothing resolves; "it" is only read as a subject ("it said"), not as a dummy ("it is
        unclear") or an object."""
        span = self.doc.char_span(self.subs[i].start, self.subs[i].end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        if tok.lower_ == "it" and (tok.dep_ not in SUBJECT_DEPS or tok.head.lemma_ in DUMMY_HEADS):
            return None
        if tok.lower_ == "its" and (tok.dep_ != "poss" or not self._owns_agents(tok.head)):
            return None
        sent = sentence_of(tok)
        subjects = [t for t in self.doc[sent.start : tok.i] if t.dep_ in SUBJECT_DEPS]
        if subjects:
            return self._singular_body(subjects[-1])
        found = self._previous_subject(tok, plural=False)
        return found[0] if found else None

    def _owns_agents(self, noun) -> bool:
        """Whether "its" owns people ("its troops", "its diplomats"), whom it places (unnamed.py); "its
        relationship", "its decision" are the subject's own acts and things, no party of their own."""
        return _agent_noun(noun)

    def _singular_body(self, subject) -> Actor | None:
        """The one country or body a singular subject token stands for, if a mention resolved it."""
        if subject.tag_ == "NNS" or any(c.dep_ == "conj" for c in subject.children):
            return None
        for m in self.found:
            if m.start <= subject.idx < m.end and len(m.actors) == 1:
                actor = m.actors[0]
                return actor if actor.kind not in ("person", "role") else None
        return None

    def _previous_subject(self, tok, plural: bool) -> tuple[Actor, ...] | None:
        """The bodies that were the main subject of the previous sentence, for a pronoun that is the
        subject of its own sentence's main clause (or, "its", a possessor in it), agreeing in number."""
        subject = self.state.subject
        if subject is None or subject.sentence != self.state.sentence_no - 1 or plural not in subject.plural:
            return None
        clause = tok.head if tok.dep_ == "poss" else tok
        if clause.dep_ not in SUBJECT_DEPS or clause.head.dep_ != "ROOT":
            return None
        return subject.actors

    def _could_be_they(self, token) -> bool:
        """A plural that can be "they": a subject, a resolved mention, or an agent or title noun. A plural
        thing in a phrase ("the two ministers stressed the decisions made during the visits ..., the
        ministry said about their call") stands between a pronoun and no one."""
        if token.tag_ not in PLURAL_TAGS:
            return False
        if token.dep_ in SUBJECT_DEPS or token.pos_ == "PROPN" or token.ent_type_:
            return True
        if any(m.start <= token.idx < m.end for m in self.found):
            return True
        key, spelling = (token.lower_,), [token.text]
        return bool(agents().get(key, spelling) or titles().get(key, spelling))

    def _note_sentence(self, mentions: list[ActorMention]) -> None:
        """After the sentence: its subject person becomes the topic, two people named together the pair
        "their" may refer to."""
        self.found = mentions
        here = self._persons_here()
        self.state.person_spans += [(m.start, m.end) for m, _ in here]
        for m in mentions:
            for a in m.actors:
                if a.kind in ("person", "role"):
                    self.state.last_seen[a] = m.end
        subject = next((m.actors[0] for m, dep in here if dep in SUBJECT_DEPS), None)
        state = self.state
        if subject is not None:
            state.topic = (subject, state.sentence_no)
        people = [m.actors[0] for m, _ in here] + [
            a for m in mentions if m.how == "plural" for a in m.actors if a.kind in ("person", "role")
        ]
        distinct = [a for n, a in enumerate(people) if a not in people[:n]]
        if len(distinct) == 2:
            state.person_pair = ((distinct[0], distinct[1]), state.sentence_no)
        state.subject = self._main_subject(mentions)
        groups = self._plural_groups(mentions)
        state.plural_group = (groups[0], state.sentence_no) if len(groups) == 1 else None
        state.embassy = self._embassy(mentions) or state.embassy
        for m in mentions:
            if len(m.actors) == 1 and m.actors[0].kind in ("organization", "group") and m.how in NAMED_BODY:
                state.bodies_named[m.actors[0].kind] = (m.actors[0], state.sentence_no)
                if m.actors[0].kind == "group" and m.actors[0].sector:
                    named = state.groups_named.setdefault(m.actors[0].sector, [])
                    named[:] = [g for g in named if g[0] != m.actors[0]] + [(m.actors[0], state.sentence_no)]

    def _embassy(self, mentions: list[ActorMention]) -> str | None:
        """The country of the last embassy the sentence names with its nationality: a country mention
        that is the embassy noun's head or modifier ("the Argentine embassy", "Mexico's Embassy") or its
        "of" object ("the embassy of Chile"). Not "the embassy in Caracas": the host is no owner."""
        found = None
        for m in mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(m.actors) != 1 or not m.actors[0].country or m.how.startswith(UNNAMED):
                continue
            root = span.root
            of = root.dep_ == "pobj" and root.head.lower_ == "of"
            noun = root.head.head if of else root if root.lemma_.lower() == EMBASSY else root.head
            if noun.lemma_.lower() == EMBASSY and (noun.i == root.i or of or root.dep_ in OWNER_DEPS):
                found = m.actors[0].country
        return found

    def _plural_groups(self, mentions: list[ActorMention]) -> list[tuple[Actor, ...]]:
        """The distinct groups of one country or body that plural nouns of the sentence name, as the
        noun a mention heads ("Ruritanian soldiers") or the noun a mention modifies ("six Ruritanian
        opposition aides"), in any role: the people an object "them" in the next sentence can mean when
        no subject there or before is plural. A sentence naming two such groups names none."""
        groups: list[tuple[Actor, ...]] = []
        for m in mentions:
            if m.how == PRONOUN or len(m.actors) != 1 or m.actors[0].kind in ("person", "role"):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            noun = root.head if root.dep_ in ("compound", "amod") else root
            if noun.tag_ in PLURAL_TAGS and noun.pos_ == "NOUN" and m.actors not in groups:
                groups.append(m.actors)
        return groups

    def _main_subject(self, mentions: list[ActorMention]) -> MainSubject | None:
        """The countries or bodies the sentence's main subject names ("Kyrgyzstan and Tajikistan",
        "the AU"); None when the subject is a person, a thing or absent (then a following "it" or
        "they" is not resolved across sentences)."""
        if not self.subs:
            return None
        span = self.doc.char_span(self.subs[0].start, self.subs[0].end, alignment_mode="expand")
        if span is None:
            return None
        root = sentence_of(span.root).root
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return None
        tokens = [subject] + [c for c in subject.children if c.dep_ == "conj"]
        actors: list[Actor] = []
        for t in tokens:
            m = next((m for m in mentions if m.start <= t.idx < m.end), None)
            if m is None or any(a.kind in ("person", "role") for a in m.actors):
                return None
            actors += [a for a in m.actors if a not in actors]
        # A plural proper name is one body ("the Armed Forces of X said its ..."); a common plural is not.
        plural = len(tokens) > 1 or subject.tag_ == "NNS" or len(actors) > 1
        if not plural and _collective(subject):
            # "The Serbian foreign ministry rejected the claims. In response, they demanded ...": a body
            # of people named by a singular noun is "they" as often as "it".
            return MainSubject(tuple(actors), frozenset({False, True}), self.state.sentence_no)
        return MainSubject(tuple(actors), frozenset({plural}), self.state.sentence_no)


# Prepositions that add a name to what a clause lists ("besides X", "apart from X", "in addition to X").
BESIDE = frozenset({"besides", "beside", "except"})
BESIDE_HEADS = {"from": frozenset({"apart", "aside"}), "to": frozenset({"addition"})}


def _beside(noun: Token, verb: Token) -> bool:
    """`noun` is the object of a "besides"-phrase of `verb`."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ in BESIDE:
        return prep.head.i == verb.i
    opener = prep.head  # "apart" in "apart from X", "addition" in "in addition to X"
    anchor = opener.head.head if opener.dep_ == "pobj" else opener.head
    return opener.lower_ in BESIDE_HEADS.get(prep.lower_, ()) and anchor.i == verb.i


def _collective(noun: Token) -> bool:
    """A singular noun for a body of people ("the ministry", "the Ministry of Foreign Affairs", "the
    government", "the army": an agent noun of the Phoenix agents dictionary), not a name ("Serbia",
    "Moscow") nor a thing."""
    return noun.tag_ in ("NN", "NNP") and _agent_noun(noun)


def _agent_noun(noun: Token) -> bool:
    """A one-word agent noun of the agents dictionaries, as written ("troops", "ministry")."""
    return bool(agents().get((noun.lower_,), [noun.text]))


def _plural_reading(m: ActorMention) -> bool:
    """A resolved mention a plural noun heads can be "they": two actors ("both sides"), or a body of
    people of one country or group ("the three Russian diplomats ... they had violated", "Tigrayan
    forces said they ..."), never one person."""
    return len(m.actors) >= 2 or (m.how != PRONOUN and m.actors[0].kind not in ("person", "role"))


def controllers(verb: Token) -> set[int]:
    """The subject of a verb, or of a clause without one the noun that is its subject: the governing
    verb's object for an infinitive it controls ("urged Y to meet him": Y), else the governing verb's
    subject ("X called Y to congratulate him", "X flew in and met him": X)."""
    while True:
        subjects = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
        if subjects or verb.dep_ not in CONTROLLED_DEPS or verb.head.i == verb.i:
            return subjects
        head = verb.head
        objects = {c.i for c in head.children if c.dep_ in ("dobj", "dative")}
        if verb.dep_ == "xcomp" and objects:
            return objects
        verb = head
