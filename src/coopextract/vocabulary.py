"""Word lists and patterns: the data tables plus what plugins contribute, compiled once.

Every table has a name, a kind and a doc line (:data:`TABLES`). Plugins add entries
through the ``coopextract_register_vocabulary`` hook; the host tags each entry with the
plugin that gave it, rejects unknown tables and broken patterns with a
:class:`~coopextract.errors.PluginError` that names the plugin, and compiles each table
once when an :class:`~coopextract.pipeline.Extractor` is built.

Kinds:

``terms``
    a set of phrases (``"Deputy Minister"``); matched as whole words.
``mapping``
    phrase -> value (``"Sr. Lt. Gen." -> "Senior Lieutenant General"``).
``patterns``
    regular expression (the ``regex`` module's syntax, case-insensitive) -> label
    (``r"held (?:online )?talks" -> "meeting"``).
"""

from __future__ import annotations

import bisect
import functools
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from typing import Any, TypeVar

import attrs
import regex

from coopextract.dispatch import DEPTH, Dispatcher, PhraseMatcher, _live, word_starts
from coopextract.errors import PluginError

T = TypeVar("T")

__all__ = [
    "TABLES",
    "Entry",
    "TableSpec",
    "Vocabulary",
    "VocabularyBuilder",
    "load_tsv",
    "phrase_pattern",
]


@attrs.frozen
class TableSpec:
    kind: str  # "terms" | "mapping" | "patterns"
    doc: str
    labels: frozenset[str] | None = None  # allowed values, when closed


def _labels(*values: str) -> frozenset[str]:
    return frozenset(values)


_KINDS = _labels("meeting", "request", "pledge", "aid", "joint_activity")
_INSTRUMENTS = _labels(
    "memorandum_of_understanding",
    "agreement",
    "protocol",
    "treaty",
    "letter_of_intent",
    "contract",
    "cooperation_plan",
    "joint_statement",
    "other",
    "document",
)
_AREAS = _labels(
    "humanitarian_aid",
    "disaster_management",
    "climate_environment",
    "health",
    "pandemic_response",
    "medical_supplies",
    "education_training",
    "youth_volunteering",
    "culture_tourism",
    "people_to_people",
    "trade",
    "investment",
    "finance_banking",
    "industry_energy",
    "agriculture_fisheries",
    "transport_infrastructure",
    "science_technology",
    "information_media",
    "justice_law",
    "defence",
    "security_policing",
    "labour",
    "governance",
)

#: Every table a plugin may contribute to, with what it holds.
TABLES: dict[str, TableSpec] = {
    "section_labels": TableSpec("terms", "labels printed above a headline ('Making news')"),
    "related_headers": TableSpec(
        "terms", "lines that open a block of other headlines ('Related news')"
    ),
    "boilerplate_lines": TableSpec(
        "patterns", "page furniture lines that never carry facts", labels=_labels("boilerplate")
    ),
    "agencies": TableSpec(
        "mapping", "news agencies credited in datelines and closing credits -> the credit"
    ),
    "agency_countries": TableSpec(
        "mapping", "news agencies -> the country they report from (whose bodies go unqualified)"
    ),
    "abbreviations": TableSpec("terms", "abbreviations whose dot does not end a sentence"),
    "org_heads": TableSpec("terms", "words that end or open an organization's name"),
    "geographic_features": TableSpec(
        "terms", "seas, gulfs and rivers named after a country ('Gulf of Thailand')"
    ),
    "sited_heads": TableSpec(
        "terms", "heads of bodies whose name may end 'in <place>' ('Consulate General')"
    ),
    "topic_heads": TableSpec(
        "terms", "heads of bodies whose name may go on 'on <topic>' ('Committee')"
    ),
    "org_suffixes": TableSpec(
        "terms", "company-form words a short reference may drop ('Corporation')"
    ),
    "non_org_heads": TableSpec(
        "terms", "head words of names that are not organizations (events, documents, places)"
    ),
    "locality_words": TableSpec(
        "terms", "lowercase words that may sit inside a locality body's name ('provincial')"
    ),
    "titles": TableSpec("terms", "offices a person holds ('Deputy Minister')"),
    "portfolio_words": TableSpec(
        "terms", "words of a minister's portfolio ('Labour', 'Invalids', 'Social', 'Affairs')"
    ),
    "ranks": TableSpec("mapping", "military and police ranks, abbreviated or not -> full rank"),
    "honorifics": TableSpec("terms", "honorifics and academic titles dropped from names"),
    "name_particles": TableSpec("terms", "lowercase words inside personal names ('van', 'de')"),
    "surnames": TableSpec("terms", "family names that mark a personal name"),
    "surname_countries": TableSpec(
        "mapping", "family names -> the country they are most common in (from surnames.tsv)"
    ),
    "reporting_verbs": TableSpec(
        "terms", "verbs that report what a person said ('noted'): a name before one is a person"
    ),
    "not_name_words": TableSpec("terms", "capitalised words that are never part of a name"),
    "countries": TableSpec("mapping", "country names -> ISO alpha-2 code"),
    "demonyms": TableSpec("mapping", "country adjectives -> ISO alpha-2 code"),
    "country_display": TableSpec("mapping", "ISO alpha-2 code -> the name printed as a party"),
    "places": TableSpec("mapping", "cities and provinces -> 'CC kind' (kind: capital, city...)"),
    "intl_orgs": TableSpec("mapping", "international bodies: any name or acronym -> the full name"),
    "companies": TableSpec(
        "mapping", "companies named by a brand with no company word ('Viettel') -> ISO code"
    ),
    "national_agencies": TableSpec(
        "mapping", "a state's agencies named by acronym alone ('JICA') -> ISO code"
    ),
    "instruments": TableSpec(
        "patterns", "nouns of formal instruments -> instrument", labels=_INSTRUMENTS
    ),
    "signing_verbs": TableSpec(
        "patterns",
        "verbs that report a signing -> 'past' or 'future'",
        labels=_labels("past", "future"),
    ),
    "event_triggers": TableSpec("patterns", "words that report an event -> kind", labels=_KINDS),
    "event_blockers": TableSpec(
        "patterns",
        "dated happenings that are not cooperation events -> 'blocker'",
        labels=_labels("blocker"),
    ),
    "planned_cues": TableSpec(
        "patterns", "words that make an act planned -> 'planned'", labels=_labels("planned")
    ),
    "background_cues": TableSpec(
        "patterns",
        "words that mark a signing as background -> 'background'",
        labels=_labels("background"),
    ),
    "area_keywords": TableSpec("patterns", "keywords of cooperation areas -> area", labels=_AREAS),
}


@attrs.frozen
class Entry:
    key: str
    value: str
    plugin: str


def load_tsv(name: str, package: str = "coopextract.data") -> Iterator[list[str]]:
    """Rows of a packaged tab-separated data file; ``#`` lines are comments."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


def phrase_pattern(phrase: str) -> str:
    """A regex source matching ``phrase`` literally, spaces as any run of spaces."""
    return r"\s+".join(regex.escape(part) for part in phrase.split())


class VocabularyBuilder:
    """Collects entries from plugins; :meth:`build` compiles them into a Vocabulary."""

    def __init__(self) -> None:
        self._entries: dict[str, dict[str, Entry]] = {name: {} for name in TABLES}

    def register(
        self,
        table: str,
        entries: Iterable[str] | Mapping[str, str],
        *,
        plugin: str,
    ) -> None:
        if table not in TABLES:
            close = ", ".join(sorted(t for t in TABLES if t[:3] == table[:3])) or ", ".join(TABLES)
            raise PluginError(
                f"plugin {plugin!r} registered vocabulary for unknown table {table!r}; "
                f"known tables include: {close}",
                plugin=plugin,
                hook="coopextract_register_vocabulary",
            )
        spec = TABLES[table]
        items: Iterable[tuple[str, str]]
        if isinstance(entries, Mapping):
            items = entries.items()
        elif isinstance(entries, (str, bytes)):
            raise PluginError(
                f"plugin {plugin!r} gave table {table!r} a single string; give a list or a dict",
                plugin=plugin,
                hook="coopextract_register_vocabulary",
            )
        else:
            items = ((e, "") for e in entries)
        target = self._entries[table]
        for key, value in items:
            if not isinstance(key, str) or not key.strip():
                raise PluginError(
                    f"plugin {plugin!r} gave table {table!r} an empty or non-text entry {key!r}",
                    plugin=plugin,
                    hook="coopextract_register_vocabulary",
                )
            if spec.kind != "terms" and not value:
                raise PluginError(
                    f"plugin {plugin!r} gave table {table!r} entry {key!r} without a value; "
                    f"{table} is a {spec.kind} table (entry -> value)",
                    plugin=plugin,
                    hook="coopextract_register_vocabulary",
                )
            if spec.labels is not None and value not in spec.labels:
                raise PluginError(
                    f"plugin {plugin!r} gave table {table!r} entry {key!r} the label {value!r}; "
                    f"allowed: {', '.join(sorted(spec.labels))}",
                    plugin=plugin,
                    hook="coopextract_register_vocabulary",
                )
            if spec.kind == "patterns":
                try:
                    _check_pattern(key)
                except regex.error as exc:
                    raise PluginError(
                        f"plugin {plugin!r} gave table {table!r} a broken pattern {key!r}: {exc}",
                        plugin=plugin,
                        hook="coopextract_register_vocabulary",
                    ) from exc
            target[key] = Entry(key, value, plugin)

    def build(self) -> Vocabulary:
        return Vocabulary(
            {name: tuple(entries.values()) for name, entries in self._entries.items()}
        )


def _check_pattern(key: str) -> None:
    """Raise ``regex.error`` if ``key`` is no pattern.

    The standard library's parser is tried first: it is several times faster, and what it
    accepts the ``regex`` module accepts too; only what it refuses goes to ``regex``, whose
    syntax is wider (``\\p{...}``, set operations).
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            re.compile(key)
    except re.error:
        regex.compile(key, regex.V1)


class Vocabulary:
    """The compiled tables. Built once per extractor; read-only afterwards."""

    def __init__(self, tables: Mapping[str, tuple[Entry, ...]]) -> None:
        self._tables = dict(tables)
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, factory: Callable[[Vocabulary], T]) -> T:
        """A value derived from this vocabulary, built once (rules keep their indexes here)."""
        if key not in self._memo:
            self._memo[key] = factory(self)
        return self._memo[key]  # type: ignore[no-any-return]

    def entries(self, table: str) -> tuple[Entry, ...]:
        return self._tables[table]

    @functools.cached_property
    def _terms(self) -> dict[str, frozenset[str]]:
        return {name: frozenset(e.key for e in entries) for name, entries in self._tables.items()}

    def terms(self, table: str) -> frozenset[str]:
        """The phrases of a table, as written."""
        return self._terms[table]

    @functools.lru_cache(maxsize=64)  # noqa: B019 - the vocabulary lives as long as its extractor
    @functools.lru_cache(maxsize=64)  # noqa: B019
    def lower_terms(self, table: str) -> frozenset[str]:
        return frozenset(key.lower() for key in self._terms[table])

    @functools.lru_cache(maxsize=64)  # noqa: B019
    def mapping(self, table: str) -> dict[str, str]:
        """phrase -> value; later plugins override earlier ones."""
        return {e.key: e.value for e in self._tables[table]}

    @functools.lru_cache(maxsize=64)  # noqa: B019
    def lower_mapping(self, table: str) -> dict[str, str]:
        return {e.key.lower(): e.value for e in self._tables[table]}

    @functools.lru_cache(maxsize=64)  # noqa: B019
    def plugin_of(self, table: str, key: str) -> str:
        for entry in self._tables[table]:
            if entry.key == key:
                return entry.plugin
        return "coopextract"

    @functools.lru_cache(maxsize=64)  # noqa: B019
    def phrase_regex(self, table: str, *, ignore_case: bool = False) -> regex.Pattern[str]:
        """One pattern matching any phrase (or mapping key) of the table as whole words.

        Longer phrases win where several start at the same place.
        """
        keys = sorted(self._terms[table], key=len, reverse=True)
        body = "|".join(phrase_pattern(k) for k in keys) or r"(?!x)x"
        flags = regex.V1 | (regex.IGNORECASE if ignore_case else 0)
        return regex.compile(rf"(?<![\w'-])(?:{body})(?![\w-])", flags)

    @functools.lru_cache(maxsize=16)  # noqa: B019
    def phrase_matcher(self, table: str) -> PhraseMatcher:
        """The table's phrases (or mapping keys) as a fast exact matcher."""
        return PhraseMatcher(self._terms[table])

    @functools.lru_cache(maxsize=16)  # noqa: B019
    def multi_scanner(self, tables: tuple[str, ...]) -> MultiScanner:
        """The given pattern tables, scanned together in one pass."""
        return MultiScanner({name: self.pattern_table(name) for name in tables})

    @functools.lru_cache(maxsize=64)  # noqa: B019
    def pattern_table(self, table: str) -> PatternTable:
        """The table's patterns compiled into one alternation that tells which one hit."""
        return PatternTable(self._tables[table])


#: a match ending in a letter or digit must end a word ("aid" is not "aide")
_WORD_END = r"(?:(?<=\w)(?!\w)|(?<!\w))"

#: seconds a plugin's pattern may run on one word before it is stopped
PLUGIN_PATTERN_TIMEOUT = 2.0


def _matcher(entry: Entry) -> Any:
    """A ``match(text, pos, endpos)`` for one entry.

    The built-in patterns are compiled with the standard library's ``re`` where it can
    (its matching call is several times cheaper); a plugin's patterns always run under the
    ``regex`` module's timeout, so a pathological pattern becomes a diagnostic, not a hang.
    """
    source = rf"(?:{entry.key}){_WORD_END}"
    if entry.plugin.startswith("coopextract.") or entry.plugin == "coopextract":
        try:
            return re.compile(source, re.IGNORECASE).match
        except re.error:
            pass
    try:
        compiled = regex.compile(source, regex.V1 | regex.IGNORECASE)
    except regex.error as exc:
        raise PluginError(
            f"plugin {entry.plugin!r} gave a broken pattern {entry.key!r}: {exc}",
            plugin=entry.plugin,
            hook="coopextract_register_vocabulary",
        ) from exc

    def match(text: str, pos: int, endpos: int) -> Any:
        return compiled.match(text, pos, endpos, timeout=PLUGIN_PATTERN_TIMEOUT)

    return match


class PatternTable:
    """Many labelled patterns, matched from word starts.

    Only the patterns whose first letters fit the word are tried there
    (:class:`~coopextract.dispatch.Dispatcher`); where several match, the longest wins.
    """

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        # longer sources first: on equal matches the more specific pattern wins
        self.entries = tuple(sorted(entries, key=lambda e: len(e.key), reverse=True))
        parts = [f"(?P<p{i}>{e.key})" for i, e in enumerate(self.entries)]
        body = "|".join(parts) or r"(?!x)x"
        self._full_source = rf"(?:{body})"
        self.matchers = [_matcher(e) for e in self.entries]
        self.dispatcher = Dispatcher([e.key for e in self.entries])

    @functools.cached_property
    def _full(self) -> regex.Pattern[str]:
        return regex.compile(self._full_source, regex.V1 | regex.IGNORECASE)

    def fullmatch(self, line: str) -> Entry | None:
        """The entry matching all of ``line``, if any."""
        match = self._full.fullmatch(line, timeout=5.0)
        if match is None or match.lastgroup is None:
            return None
        return self.entries[int(match.lastgroup[1:])]

    def finditer(
        self,
        text: str,
        pos: int = 0,
        endpos: int | None = None,
        *,
        starts: Sequence[int] | None = None,
    ) -> Iterator[tuple[Any, Entry]]:
        """``(match, entry)`` for every non-overlapping hit, leftmost-longest.

        ``starts`` are the text's word starts (:func:`~coopextract.dispatch.word_starts`);
        pass them when scanning one text with several tables.
        """
        end = len(text) if endpos is None else endpos
        if starts is None:
            starts = word_starts(text)
        matchers = self.matchers
        candidates = self.dispatcher.candidates
        after = pos
        for start in self.dispatcher.positions(starts, pos, end):
            if start < after:
                continue
            best: Any = None
            best_index = -1
            for index in candidates(text, start):
                match = matchers[index](text, start, end)
                if match is not None and (best is None or match.end() > best.end()):
                    best, best_index = match, index
            if best is not None and best.end() > start:
                after = best.end()
                yield best, self.entries[best_index]


class MultiScanner:
    """Several pattern tables in one pass over a text's word starts.

    Each table keeps its own semantics (leftmost-longest, non-overlapping), but the word
    under the cursor is looked at once for all of them.
    """

    def __init__(self, tables: Mapping[str, PatternTable]) -> None:
        self.names = tuple(tables)
        self.tables = [tables[name] for name in self.names]
        self._cache: dict[str, tuple[tuple[int, int], ...]] = {}
        self._verdicts: dict[str, bool] = {}

    def _candidates(self, key: str) -> tuple[tuple[int, int], ...]:
        found = self._cache.get(key)
        if found is None:
            pairs: list[tuple[int, int]] = []
            for t, table in enumerate(self.tables):
                pairs.extend((t, i) for i in table.dispatcher.for_key(key))
            found = tuple(pairs)
            self._cache[key] = found
        return found

    def scan(
        self, text: str, spans: Iterable[tuple[int, int]], starts: Sequence[int]
    ) -> dict[str, list[tuple[Any, Entry]]]:
        """``{table: [(match, entry), ...]}`` over the given spans of ``text``."""
        out: dict[str, list[tuple[Any, Entry]]] = {name: [] for name in self.names}
        lists = [out[name] for name in self.names]
        tables = self.tables
        n_tables = len(tables)
        starts = _live(starts, self, self._candidates, self._verdicts, lower=True)
        for pos, end in spans:
            after = [pos] * n_tables
            lo = bisect.bisect_left(starts, pos)
            hi = bisect.bisect_left(starts, end)
            for k in range(lo, hi):
                start = starts[k]
                candidates = self._candidates(text[start : start + DEPTH].lower())
                if not candidates:
                    continue
                best: dict[int, tuple[Any, int]] = {}
                for t, i in candidates:
                    if start < after[t]:
                        continue
                    match = tables[t].matchers[i](text, start, end)
                    if match is not None and match.end() > start:
                        held = best.get(t)
                        if held is None or match.end() > held[0].end():
                            best[t] = (match, i)
                for t, (match, i) in best.items():
                    after[t] = match.end()
                    lists[t].append((match, tables[t].entries[i]))
        return out
