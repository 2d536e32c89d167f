"""coopextract: news about international cooperation in, checkable records out.

>>> import coopextract
>>> record = coopextract.extract(open("seeds/000_fc63badabb488197.txt").read())  # doctest: +SKIP
>>> record.agreements[0].instrument.value  # doctest: +SKIP
'memorandum_of_understanding'
"""

from coopextract.errors import (
    CoopextractError,
    InputError,
    InputTypeError,
    PluginError,
    RecordError,
    SourceError,
)
from coopextract.hookspecs import hookimpl
from coopextract.pipeline import Extractor, extract
from coopextract.schema import (
    Agreement,
    Area,
    DateQualifier,
    Diagnostic,
    Event,
    EventKind,
    Evidence,
    Instrument,
    Organization,
    Period,
    Person,
    PluginInfo,
    Record,
    Status,
)

__all__ = [
    "Agreement",
    "Area",
    "CoopextractError",
    "DateQualifier",
    "Diagnostic",
    "Event",
    "EventKind",
    "Evidence",
    "Extractor",
    "InputError",
    "InputTypeError",
    "Instrument",
    "Organization",
    "Period",
    "Person",
    "PluginError",
    "PluginInfo",
    "Record",
    "RecordError",
    "SourceError",
    "Status",
    "extract",
    "hookimpl",
]
