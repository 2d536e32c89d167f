"""coopextract: news about international cooperation in, checkable records out.

>>> import coopextract
>>> record = coopextract.extract(
...     "Vientiane (VNA) - The Vietnam Women's Union (VWU) and the Lao Women's Union (LWU) "
...     "signed a memorandum of understanding on cooperation for 2025-2029 in Vientiane "
...     "on May 6.", reference_date="2025-05-07")
>>> agreement = record.agreements[0]
>>> agreement.instrument.value, agreement.date, agreement.place, agreement.period
('memorandum_of_understanding', '2025-05-06', 'Vientiane', Period(start=2025, end=2029))
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
