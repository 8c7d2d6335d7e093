"""Convert the Phoenix (TABARI/PETRARCH) actor dictionaries into the knowledge base's TSV files.

    python -m dateline.actors.phoenix /work/shared/data/phoenix OUTDIR

The Phoenix dictionaries (MIT, Open Event Data Alliance 2014) are CAMEO-coded lists of country
names, places, national institutions, international bodies and people with dated codes. TABARI's
format is read here because no maintained Python parser for it exists (PETRARCH's reader is bound to
its coder):

    HOSNI_MUBARAK_  # comment          an entry: `_` between words, a trailing `_` = word boundary
    +PRESIDENT_MUBARAK_                an alias of the entry above
        [EGYGOV 811014-110211]         a code with a date range (YYMMDD, or YYYYMMDD)
        [EGYELI]                       a code without a date: what the actor is at other times
    ABDUL_KARIM_KHALILI_ [AFGGOV >030101]   codes may follow the name; `>D` from D on, `<D` until D

Output (the formats `kb.py` reads; see docs/actors.md):
- `countries.tsv`: per country, the Phoenix spellings close to its name (misspellings: "Afganistan").
- `places_phoenix.tsv`: cities, provinces, regions and dependent territories -> country.
- `organizations.tsv`: national institutions ([AFGMIL]) and international bodies (IGO, NGO).
- `people.tsv`: people with their country and sector; a role (head of state ...) only when one of
  their aliases carries exactly one such title ("PRESIDENT_MUBARAK_"), with the dated government codes
  as its tenures. Phoenix does not say which office a dated GOV code is, so no alias title, no role.
Multinational companies ([MNC...]) are left out: rarely actors of political events, and many of their
names are common words.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

from dateline.actors.kb import (
    ORGANIZATION_COLUMNS,
    PEOPLE_COLUMNS,
    KnowledgeBase,
    alias_key,
    package_files,
    phoenix_files,
)
from dateline.actors.lexicon import titles

SOURCE = "Phoenix dictionaries (MIT, Open Event Data Alliance 2014)"
COUNTRY_FILE = "Phoenix.Countries.actors.txt"
INTERNATIONAL_FILE = "Phoenix.International.actors.txt"
AGENTS_FILE = "Phoenix.agents.txt"
# PETRARCH-2's militarized non-state actors (same licence and format; in the petrarch2 folder).
MNSA_FILE = "Phoenix.MilNonState.actors.txt"
MNSA_SOURCE = "Phoenix MilNonState dictionary (MIT, Open Event Data Alliance; PETRARCH-2)"
MNSA_OUT = "groups_mnsa.tsv"
MNSA_CODES = {"ANG": "AGO"}  # the MilNonState file's one misspelt country code (UNITA_ [ANGREB])
_ACRONYM = re.compile(r"^(?P<name>.+?)_*\((?P<short>[A-Za-z.\-]{2,8})\)_*$")
PLACE_COLUMNS = ("name", "country", "source")
COUNTRY_COLUMNS_OUT = ("iso3", "name", "aliases", "demonyms", "metonyms", "sector", "source")

# CAMEO sector codes -> ours. Religions collapse to REL; insurgents are rebels. (CIV, an old spelling
# of CVL, is left out: in Phoenix codes it is Cote d'Ivoire.)
_OWN_SECTORS = (
    "GOV MIL REB OPP PTY COP JUD LEG MED BUS CVL EDU HLH REF ELI UAF SPY LAB AGR CRM REL ENV DEV HRI IGO NGO"
)
_RELIGIONS = "MUS CHR JEW BUD HIN CTH ORT PRO SHI SUN JAN SIK TAO ZRO CON ITR MOS"
SECTORS = {
    **{s: s for s in _OWN_SECTORS.split()},
    "INS": "REB",
    **{s: "REL" for s in _RELIGIONS.split()},
}
NON_STATE = {"IGO", "NGO", "MNC", "IMG", "UIS", "ISM"}
# CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO3 = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
# Roles a title in an alias may give; others ("minister", "envoy") are too vague to date an article.
TRUSTED_ROLES = {"head of state", "head of government", "foreign minister", "defence minister",
                 "vice president", "secretary-general"}  # fmt: skip
# Words that make an entry a body rather than a person ("AFGHAN_NATIONAL_ARMY", "ASSAD_REGIME").
INSTITUTION_WORDS = set(
    """army forces force party council congress ministry department court agency bureau office
    committee front movement university college school assembly government police service services
    commission union association organization organisation regime military reserve institute
    declaration navy guard guards brigade brigades tribunal parliament sabha duma league federation
    coalition alliance bank fund center centre command authority administration cabinet senate
    house group network foundation society corporation company council's intelligence board
    secretariat troops rebels militia junta establishment directorate mission forum institution
    program programme project initiative committees agencies""".split()  # noqa: SIM905
)
# Lower-case words inside names ("Mazar-i-Sharif", "Ban Ki-moon" stays capitalised).
PARTICLES = {"al", "el", "ul", "ur", "bin", "ibn", "de", "du", "la", "le", "of", "the", "and", "da",
             "van", "von", "der", "den", "e", "i", "y", "des", "di", "do", "dos", "das", "for", "in",
             "on", "und", "et"}  # fmt: skip
LEADING_NOISE = {"mr", "mrs", "ms", "dr", "former", "ex", "late", "then", "-", "."}
_CODE = re.compile(r"\[([^\]]*)\]")
_DATES = re.compile(r"^(?:(?P<a>\d+)\s*-\s*(?P<b>\d+)|(?P<op>[<>])\s*(?P<c>\d+))$")


@dataclass(frozen=True)
class Code:
    actor: str  # the CAMEO code: EGYGOV, IGOUNOIAE, ELI ...
    start: date | None
    end: date | None
    dated: bool

    @property
    def country(self) -> str | None:
        head = self.actor[:3]
        if head in NON_STATE or head in SECTORS or len(head) < 3:
            return None
        return CAMEO_TO_ISO3.get(head, head)

    @property
    def sector(self) -> str | None:
        head = self.actor[:3]
        if head in NON_STATE:
            return head
        for i in range(0 if head in SECTORS else 3, len(self.actor) - 2, 3):
            sector = SECTORS.get(self.actor[i : i + 3])
            if sector:
                return sector
        return None


@dataclass
class Entry:
    name: str  # raw TABARI phrase
    aliases: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    block: str | None = None  # the country block the entry sits in (Countries file)


def _date(digits: str) -> date | None:
    """YYMMDD (years up to 30 are 20xx; starts before 1931 are written YYYYMMDD) or YYYYMMDD."""
    try:
        if len(digits) == 6:
            yy = int(digits[:2])
            return date(2000 + yy if yy <= 30 else 1900 + yy, int(digits[2:4]), int(digits[4:6]))
        if len(digits) == 8:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return None


def parse_code(text: str) -> Code | None:
    """ "EGYGOV 811014-110211" -> Code; None for the null code "---" or a malformed date."""
    parts = text.strip().split(None, 1)
    if not parts or not parts[0].isalpha():
        return None
    actor = parts[0].upper()
    rest = parts[1].strip() if len(parts) > 1 else ""
    if not rest:
        return Code(actor, None, None, dated=False)
    m = _DATES.match(rest)
    if m is None:
        return None
    if m["op"]:
        when = _date(m["c"])
        if when is None:
            return None
        return Code(actor, when, None, True) if m["op"] == ">" else Code(actor, None, when, True)
    start, end = _date(m["a"]), _date(m["b"])
    if start is None or end is None or end < start:
        return None
    return Code(actor, start, end, True)


def _is_country_code(code: Code) -> bool:
    """ "[EGY]", or a dependent territory or region "[DNKGRL]", "[PSEGZA]" (not "[AFGMIL]")."""
    actor = code.actor
    if not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})?", actor) or code.country is None:
        return False
    return actor[3:] == "" or actor[3:] not in SECTORS


def _country_code(codes: list[Code]) -> Code | None:
    """The code of a country block: its undated one, else the current one ("[IRQ >20060520]")."""
    if not codes or not all(_is_country_code(c) for c in codes):
        return None
    plain = [c for c in codes if len(c.actor) == 3]
    for c in plain:
        if not c.dated:
            return c
    current = [c for c in plain if c.end is None]
    return (current or plain or codes)[-1]


def _phrase(text: str) -> str:
    """The TABARI phrase of a line: before any code or comment, without the `!PERSON!` markers."""
    text = text.split("#", 1)[0].split("[", 1)[0]
    text = re.sub(r"!\w+!", "", text)
    text = re.sub(r"\{[^}]*\}", "", text)
    return text.strip().lstrip("+").strip()


def parse(lines: Iterable[str]) -> Iterator[Entry]:
    """The entries of a TABARI .actors file: name, aliases and codes."""
    entry: Entry | None = None
    for raw in lines:
        body = raw.split("#", 1)[0]
        if not body.strip():
            continue
        codes = [c for c in (parse_code(t) for t in _CODE.findall(body)) if c]
        if raw[:1] in (" ", "\t") and body.strip().startswith("["):
            if entry is not None:
                entry.codes.extend(codes)
            continue
        if body.startswith("+"):
            if entry is not None and _phrase(body):
                entry.aliases.append(_phrase(body))
                entry.codes.extend(codes)
            continue
        if entry is not None:
            yield entry
        name = _phrase(body)
        entry = Entry(name, [], codes)
    if entry is not None:
        yield entry


def entries(lines: Iterable[str]) -> Iterator[Entry]:
    """`parse`, with each entry marked with the country block it follows ("EGYPT_ [EGY]" ...)."""
    block: str | None = None
    for e in parse(lines):
        code = _country_code(e.codes)
        if code is not None and len(code.actor) == 3:
            block = code.country
        e.block = block
        yield e


# --- names ------------------------------------------------------------------------------------------


def words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", phrase.strip("_ ")) if w]


def display(phrase: str, acronyms: bool = False) -> str:
    """ "MAZAR-I-SHARIF_" -> "Mazar-i-Sharif"; with `acronyms`, short capital words stay ("NATO")."""
    out = []
    ws = words(phrase)
    for n, w in enumerate(ws):
        if "." in w and re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?", w):
            out.append(w.upper())
            continue
        if acronyms and w.isalpha() and w.isupper() and len(ws) == 1 and len(w) <= 5:
            out.append(w)
            continue
        parts = re.split(r"(-)", w)
        cased = []
        for m, part in enumerate(parts):
            low = part.lower()
            if low in PARTICLES and (n > 0 or m > 0) and len(parts) + len(ws) > 2:
                cased.append(low)
            else:
                cased.append(part[:1].upper() + part[1:].lower())
        out.append("".join(cased))
    return " ".join(out)


def _is_institution(phrase: str) -> bool:
    return any(w.lower().strip(".,'") in INSTITUTION_WORDS for w in words(phrase))


def _has_title(name: str) -> bool:
    ws = words(name)
    return any(_title_at(ws, i) for i in range(len(ws)))


def _title_at(tokens: list[str], i: int):
    """The longest title at token i: (end index, Title rows) or None."""
    table = titles()
    for j in range(min(len(tokens), i + table.max_len), i, -1):
        found = table.get(alias_key(" ".join(tokens[i:j])), [])
        if found:
            return j, found
    return None


def strip_title(alias: str) -> tuple[str, set[str]]:
    """ "RUSSIAN_PRESIDENT_VLADIMIR_PUTIN" -> ("Vladimir Putin", {"head of state"}).

    A title may follow up to two words (a nationality, "US", "former"); what follows the title is the
    name. Without a title the alias is returned whole, with leading "Mr."/"former" dropped."""
    ws = words(alias)
    while ws and ws[0].lower().strip(".") in LEADING_NOISE:
        ws = ws[1:]
    for i in range(min(3, len(ws))):
        found = _title_at(ws, i)
        if found:
            j, rows = found
            return " ".join(ws[j:]), {t.role for t in rows}
    return " ".join(ws), set()


# --- conversion -------------------------------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _main_country(codes: list[Code]) -> str | None:
    counts = Counter(c.country for c in codes if c.country)
    return counts.most_common(1)[0][0] if counts else None


def _main_sector(codes: list[Code], country: str | None) -> str | None:
    own = [c for c in codes if c.country == country] or codes
    sectors = [c.sector for c in own if c.sector]
    if "GOV" in sectors:
        return "GOV"
    dated = sorted((c for c in own if c.sector and c.dated), key=lambda c: c.start or c.end or date.min)
    if dated:
        return dated[-1].sector
    return Counter(sectors).most_common(1)[0][0] if sectors else None


def _usable(name: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", name)
    return len(letters) >= 3 and name[:1].isalpha()


@dataclass
class Converted:
    countries: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # iso3 -> name, aliases
    places: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> name, iso3
    organizations: dict[str, list[str]] = field(default_factory=dict)  # id -> row
    people: list[list[str]] = field(default_factory=list)
    _org_keys: dict[tuple[str, ...], str] = field(default_factory=dict)
    _person_ids: set[str] = field(default_factory=set)
    _person_keys: dict[tuple[tuple[str, ...], str | None], str] = field(default_factory=dict)

    def country_block(self, e: Entry) -> None:
        found = _country_code(e.codes)
        assert found is not None
        code = found.actor
        iso3 = CAMEO_TO_ISO3.get(code[:3], code[:3])
        name = display(e.name)
        if len(code) == 6:  # a dependent territory or region ("GAZA_ [PSEGZA]"): a place
            for form in (e.name, *e.aliases):
                self.place(display(form), iso3)
            return
        _, aliases = self.countries.setdefault(iso3, (name, []))
        for form in e.aliases:
            shown = display(form)
            if _misspelling(shown, name):
                aliases.append(shown)
            else:
                self.place(shown, iso3)

    def place(self, name: str, iso3: str) -> None:
        key = alias_key(name)
        if _usable(name) and key not in self.places:
            self.places[key] = (name, iso3)

    def organization(self, e: Entry) -> None:
        code = next((c for c in e.codes if c.actor[:3] != "MNC"), None)
        if code is None or not _usable(display(e.name)):
            return
        if code.country is None and code.sector not in ("IGO", "NGO"):
            return
        names = [display(f, acronyms=True) for f in (e.name, *e.aliases)]
        # An alias with a title in it ("German Chancellor" under the Reichstag) is an office, which
        # the title parser reads; as an alias of the body it would hide the person.
        names = [
            n for n in dict.fromkeys(names)
            if (_usable(n) or n.isupper()) and not _has_title(n) and n.upper() not in NON_STATE
        ]  # fmt: skip
        if not names or alias_key(names[0]) != alias_key(display(e.name, acronyms=True)):
            return
        known = next((self._org_keys[alias_key(n)] for n in names if alias_key(n) in self._org_keys), None)
        if known:  # the same body listed twice (common in the International file): one row
            row = self.organizations[known]
            row[2] = "|".join(dict.fromkeys([*filter(None, row[2].split("|")), *names[1:]]))
            return
        oid = "phx-" + _slug(names[0])
        sector = code.sector
        kind = "group" if sector in ("REB", "OPP", "PTY") else "organization"
        self.organizations[oid] = [oid, names[0], "|".join(names[1:]), code.country or "",
                                   sector or "", kind, f"Phoenix [{code.actor}]"]  # fmt: skip
        for n in names:
            self._org_keys.setdefault(alias_key(n), oid)

    def person(self, e: Entry) -> None:
        codes = [c for c in e.codes if c.actor[:3] != "MNC"]
        country = _main_country(codes)
        sector = _main_sector(codes, country)
        if not codes or (country is None and sector not in ("IGO", "NGO")):
            return
        name, roles = strip_title(e.name)
        aliases = []
        for form in e.aliases:
            stripped, found = strip_title(form)
            roles |= found
            if stripped and not _is_institution(stripped):
                aliases.append(display(stripped))
        name = display(name)
        if not _usable(name):
            name = next((a for a in aliases if len(words(a)) >= 2), "")
        if not _usable(name) or (len(words(name)) < 2 and not aliases and len(name) < 5):
            return
        aliases = [a for a in dict.fromkeys(aliases) if a != name and _usable(a)]
        # The same person entered twice ("KOFI_ANNAN_", "KOFI_ATTA_ANNAN_"): one id, aliases joined.
        same = next((self._person_keys[(alias_key(n), country)] for n in (name, *aliases)
                     if (alias_key(n), country) in self._person_keys), None)  # fmt: skip
        if same is not None:
            for row in self.people:
                if row[0] == same:
                    row[2] = "|".join(dict.fromkeys([*filter(None, row[2].split("|")), name, *aliases]))
            return
        pid = "phx-" + _slug(name)
        if pid in self._person_ids:
            pid = f"{pid}-{(country or sector or '').lower()}"
            if pid in self._person_ids:
                return
        self._person_ids.add(pid)
        for n in (name, *aliases):
            self._person_keys.setdefault((alias_key(n), country), pid)
        trusted = roles & TRUSTED_ROLES
        base = [pid, name, "|".join(aliases), country or "", sector or ""]
        tenures = []
        if len(trusted) == 1:
            role = next(iter(trusted))
            wanted = "IGO" if role == "secretary-general" else "GOV"
            tenures = [
                c for c in codes
                if c.start and c.end and (
                    (c.country == country and c.actor[3:] == "GOV" and wanted == "GOV")
                    or (wanted == "IGO" and c.sector == "IGO")
                )
            ]  # fmt: skip
        if tenures:
            seen = set()
            for c in tenures:
                if (c.start, c.end) in seen:
                    continue
                seen.add((c.start, c.end))
                self.people.append([*base, role, _iso(c.start), _iso(c.end), f"Phoenix [{c.actor}]"])
        else:
            self.people.append([*base, "", "", "", "Phoenix"])


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _misspelling(form: str, name: str) -> bool:
    """A spelling of the country's own name ("Afganistan", "Egipto") rather than a city in it."""
    a, b = form.lower(), name.lower()
    return a != b and len(a) >= 5 and a[:2] == b[:2] and SequenceMatcher(None, a, b).ratio() >= 0.8


def _kind(e: Entry) -> str:
    if _country_code(e.codes) is not None:
        return "country"
    if _is_institution(e.name):
        return "organization"
    if any(c.dated or c.sector == "ELI" for c in e.codes):
        return "person"
    stripped, roles = strip_title(e.name)
    if roles and len(words(stripped)) < 2:
        return "office"  # "KOSOVAR_PRIME_MINISTER_": an office, which titles.tsv already reads
    return "person" if e.block is not None and len(words(e.name)) >= 2 else "organization"


def convert(phoenix_dir: Path) -> Converted:
    out = Converted()
    for filename in (COUNTRY_FILE, INTERNATIONAL_FILE):
        text = (phoenix_dir / filename).read_text(encoding="utf-8", errors="replace").splitlines()
        for e in entries(text):
            if not e.codes:
                continue
            kind = _kind(e)
            if kind == "country":
                out.country_block(e)
            elif kind == "organization":
                out.organization(e)
            elif kind == "person":
                out.person(e)
    return out


def agent_rows(phoenix_dir: Path) -> list[list[str]]:
    """Phoenix.agents.txt -> `words sector` rows, with the regular plurals PETRARCH derives itself."""
    by_sector: dict[str, list[str]] = {}
    text = (phoenix_dir / AGENTS_FILE).read_text(encoding="utf-8", errors="replace")
    for line in text.splitlines():
        body = line.split("#", 1)[0]
        m = re.search(r"\[~([A-Z]+)\]", body)
        if not m:
            continue
        sector = Code(m[1], None, None, False).sector or SECTORS.get(m[1][:3])
        phrase = _phrase(body)
        if not sector or not phrase:
            continue
        forms = [w.lower() for w in words(phrase)]
        if not forms:
            continue
        singular = " ".join(forms)
        plural = " ".join([*forms[:-1], _plural(forms[-1])])
        extra = re.findall(r"\{([^}]*)\}", body)
        by_sector.setdefault(sector, []).extend([singular, plural, *(display(x).lower() for x in extra if x)])
    return [["|".join(dict.fromkeys(forms)), sector] for sector, forms in sorted(by_sector.items())]


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def mnsa_rows(path: Path, kb: KnowledgeBase) -> list[list[str]]:
    """Phoenix.MilNonState.actors.txt -> organization rows (kind `group`) for the armed and non-state
    groups whose code names one country the knowledge base knows ("UNITA_ [AGOREB]" -> AGO). Codes of
    a region or of no country ([MEAREB], [WAFREB], [INTREB], [IMG...]) and CAMEO codes that are no ISO
    code give no row: the dictionary's value here is the country, and a group the KB cannot place is
    already read as an unnamed body. Forms that would read ordinary text as a group are dropped (see
    `_plain_form`)."""
    rows: dict[str, list[str]] = {}
    keys: set[tuple[str, ...]] = set()
    for e in parse(path.read_text(encoding="utf-8", errors="replace").splitlines()):
        code = e.codes[0] if e.codes else None
        country = MNSA_CODES.get(code.actor[:3], code.country) if code else None
        forms = [part for form in (e.name, *e.aliases) for part in _acronym_parts(form)]
        if code is None or country not in kb.countries:
            continue
        names = [display(f, acronyms=True) for f in forms]
        names = [n for n in dict.fromkeys(names) if alias_key(n) not in keys and _plain_form(n, kb)]
        # A three-letter acronym is the group's own name only as its entry ("PKK"); as an alias of a
        # longer name it is as often another body's ("ANA", "CAR", "ISA").
        names = names[:1] + [n for n in names[1:] if not (n.isupper() and len(n) <= 3)]
        if not names or alias_key(names[0]) != alias_key(display(forms[0], acronyms=True)):
            continue  # listed twice, or a name that is no safe key: the first entry keeps the name
        keys.update(alias_key(n) for n in names)
        oid = "mnsa-" + _slug(names[0])
        if oid in rows:
            continue
        rows[oid] = [oid, names[0], "|".join(names[1:]), str(country), code.sector or "REB", "group",
                     f"{MNSA_SOURCE} [{code.actor}]"]  # fmt: skip
    return sorted(rows.values())


def _plain_form(name: str, kb: KnowledgeBase) -> bool:
    """A name that can key a group: three letters or more, no number (groups named after a date,
    "May 15", would read dates as actors), not a word alone in title case ("Paradise", "Youth": an
    acronym in capitals is kept), and not already a country, place or person ("Colombia", a leader's
    surname listed under his group)."""
    if not (_usable(name) or name.isupper()) or len(re.sub(r"[^A-Za-z]", "", name)) < 3:
        return False
    if re.search(r"\d", name) or (len(words(name)) == 1 and not name.isupper() and "-" not in name):
        return False
    return all(
        e.kind not in ("country", "demonym", "metonym", "place", "person") for e in kb.lookup(alias_key(name))
    )


def _dump(path: Path, header: Iterable[str], rows: Iterable[list[str]]) -> int:
    rows = [[cell.replace("\t", " ") for cell in row] for row in rows]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
        w.writerow(list(header))
        w.writerows(rows)
    return len(rows)


def write(out: Converted, outdir: Path, agents: list[list[str]]) -> dict[str, int]:
    outdir.mkdir(parents=True, exist_ok=True)

    def dump(name: str, header: Iterable[str], rows: Iterable[list[str]]) -> int:
        return _dump(outdir / name, header, rows)

    countries = [
        [iso3, name, "|".join(dict.fromkeys(aliases)), "", "", "GOV", SOURCE]
        for iso3, (name, aliases) in sorted(out.countries.items())
    ]
    places = sorted(([name, iso3, "Phoenix"] for name, iso3 in out.places.values()), key=lambda r: r[0])
    return {
        "countries.tsv": dump("countries.tsv", COUNTRY_COLUMNS_OUT, countries),
        "places_phoenix.tsv": dump("places_phoenix.tsv", PLACE_COLUMNS, places),
        "organizations.tsv": dump("organizations.tsv", ORGANIZATION_COLUMNS, out.organizations.values()),
        "people.tsv": dump("people.tsv", PEOPLE_COLUMNS, out.people),
        "agents.tsv": dump("agents.tsv", ("words", "sector"), agents),
    }


def _acronym_parts(form: str) -> list[str]:
    """ "MORO_ISLAMIC_LIBERATION_FRONT_(MILF)_" -> the name and its acronym, as two forms."""
    m = _ACRONYM.match(form)
    return [m["name"], m["short"].upper()] if m else [form]


def write_mnsa(path: Path, outdir: Path) -> int:
    """Write `groups_mnsa.tsv` from the MilNonState file, against the shipped KB (without it)."""
    kb = KnowledgeBase.from_files(package_files(), [p for p in phoenix_files() if p.name != MNSA_OUT])
    return _dump(outdir / MNSA_OUT, ORGANIZATION_COLUMNS, mnsa_rows(path, kb))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("phoenix_dir", type=Path, help="folder with the Phoenix .txt dictionaries")
    parser.add_argument("outdir", type=Path, help="where to write the TSV files")
    parser.add_argument("--mnsa", type=Path, help=f"PETRARCH-2's {MNSA_FILE} (adds {MNSA_OUT})")
    args = parser.parse_args(argv)
    counts = write(convert(args.phoenix_dir), args.outdir, agent_rows(args.phoenix_dir))
    if args.mnsa is not None:
        counts[MNSA_OUT] = write_mnsa(args.mnsa, args.outdir)
    for name, n in counts.items():
        print(f"{args.outdir / name}: {n} rows")


if __name__ == "__main__":
    main()
