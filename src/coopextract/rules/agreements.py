"""Built-in plugin: the words that report a signing.

Instrument nouns ("memorandum of understanding", "protocol", "cooperation plan"), signing
verbs ("signed", "inked", "renewed"; the base form "sign" marks a future signing) and
background cues ("since", "first", "previously"). Resolution
(:mod:`coopextract.resolve.agreements`) links them within a sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from coopextract.document import Document
from coopextract.hookspecs import hookimpl
from coopextract.rules.patterns import scan_table
from coopextract.vocabulary import Vocabulary


@hookimpl
def coopextract_find(document: Document, vocabulary: Vocabulary, add: Callable[..., None]) -> None:
    scan_table(document, vocabulary, "instruments", "instrument", add, rule="agreements.instrument")
    scan_table(document, vocabulary, "signing_verbs", "signing", add, rule="agreements.signing")
    scan_table(
        document, vocabulary, "background_cues", "background", add, rule="agreements.background"
    )
