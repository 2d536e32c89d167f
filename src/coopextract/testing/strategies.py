"""Hypothesis strategies for the cooperation schema, and generated articles.

Strategies for every schema type (:func:`organizations`, :func:`people`,
:func:`partial_dates`, :func:`periods`, :func:`agreements`, :func:`events`,
:func:`records`), and :func:`articles`: a planted set of facts rendered as an article in a
house style, with noise, together with what a correct extractor must recover from it::

    from hypothesis import given
    from coopextract.testing import strategies as cst

    @given(cst.articles(style="vna"))
    def test_my_extractor_recovers_the_signing(article):
        record = my_extractor.extract(article.text, reference_date=article.reference_date)
        assert article.expected.agreements[0].date == record.agreements[0].date

The names are invented, from small pools of realistic parts (Vietnamese, Lao, Khmer,
Japanese, Korean names; ministries, unions and societies); nothing is a real person.
Requires the ``testing`` extra (Hypothesis).
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence

import attrs
from hypothesis import strategies as st

from coopextract.schema import (
    Agreement,
    Area,
    DateQualifier,
    Event,
    EventKind,
    Instrument,
    Organization,
    Period,
    Person,
    Record,
    Status,
)

__all__ = [
    "Article",
    "HouseStyle",
    "agreements",
    "articles",
    "country_codes",
    "events",
    "organizations",
    "partial_dates",
    "people",
    "periods",
    "records",
]

# -- pools of invented name parts ---------------------------------------------------------

_VN_SURNAMES = ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo")
_VN_MIDDLE = ("Van", "Thi", "Duc", "Minh", "Quoc", "Thanh", "Hong", "Ngoc")
_VN_GIVEN = (
    "An",
    "Binh",
    "Cuong",
    "Dung",
    "Hai",
    "Hoa",
    "Khanh",
    "Lan",
    "Long",
    "Nam",
    "Phuong",
    "Tam",
)
_VN_DIACRITICS = {
    "Nguyen": "Nguyễn",
    "Tran": "Trần",
    "Le": "Lê",
    "Pham": "Phạm",
    "Hoang": "Hoàng",
    "Vu": "Vũ",
    "Dang": "Đặng",
    "Bui": "Bùi",
    "Do": "Đỗ",
    "Ngo": "Ngô",
    "Van": "Văn",
    "Thi": "Thị",
    "Duc": "Đức",
    "Quoc": "Quốc",
    "Hong": "Hồng",
    "Ngoc": "Ngọc",
    "Binh": "Bình",
    "Cuong": "Cường",
    "Dung": "Dũng",
    "Hai": "Hải",
    "Hoa": "Hoà",
    "Khanh": "Khánh",
    "Phuong": "Phương",
    "Tam": "Tâm",
}
_FOREIGN = {
    "LA": (
        ("Bounmy", "Somphone", "Khamphet", "Viengsavanh"),
        ("Sisavath", "Phommachanh", "Keovongsa", "Inthavong"),
    ),
    "KH": (("Sok", "Chea", "Heng", "Prak"), ("Vanna", "Sophal", "Dara", "Rithy")),
    "JP": (("Sato", "Tanaka", "Suzuki", "Ito"), ("Kenji", "Hiroshi", "Yuko", "Takeshi")),
    "KR": (("Kim", "Park", "Choi", "Jung"), ("Min-ho", "Ji-won", "Seong-su", "Hye-jin")),
    "TH": (
        ("Somchai", "Anong", "Prasert", "Kanya"),
        ("Wongsakul", "Chaiyaporn", "Sukhum", "Rattanakorn"),
    ),
}
_COUNTRY = {
    "VN": ("Vietnam", "Vietnamese"),
    "LA": ("Laos", "Lao"),
    "KH": ("Cambodia", "Cambodian"),
    "JP": ("Japan", "Japanese"),
    "KR": ("Republic of Korea", "Korean"),
    "TH": ("Thailand", "Thai"),
}
_CITY = {
    "VN": "Hanoi",
    "LA": "Vientiane",
    "KH": "Phnom Penh",
    "JP": "Tokyo",
    "KR": "Seoul",
    "TH": "Bangkok",
}
_UNION_KINDS = (
    ("Women's Union", "WU"),
    ("Farmers' Union", "FU"),
    ("Youth Union", "YU"),
    ("Red Cross Society", "RCS"),
    ("Journalists' Association", "JA"),
    ("Lawyers' Association", "LA"),
    ("Chamber of Commerce and Industry", "CCI"),
)
_PORTFOLIOS = (
    "Health",
    "Justice",
    "Industry and Trade",
    "Education and Training",
    "Natural Resources and Environment",
    "Culture, Sports and Tourism",
)
_TITLES_OF_UNIONS = ("President", "Vice President", "Chairman", "Chairwoman")
_RANKS = ("Colonel", "Senior Colonel", "Major General", "Lieutenant General")
_INSTRUMENT_NOUNS: dict[Instrument, tuple[str, ...]] = {
    Instrument.MEMORANDUM_OF_UNDERSTANDING: ("memorandum of understanding",),
    Instrument.AGREEMENT: ("cooperation agreement", "agreement"),
    Instrument.PROTOCOL: ("protocol",),
    Instrument.LETTER_OF_INTENT: ("letter of intent",),
    Instrument.CONTRACT: ("contract",),
    Instrument.COOPERATION_PLAN: ("cooperation plan", "cooperation programme"),
    Instrument.JOINT_STATEMENT: ("joint statement",),
}
_MONTHS = tuple(calendar.month_name)[1:]

# -- schema strategies --------------------------------------------------------------------


def country_codes() -> st.SearchStrategy[str]:
    """Codes of the countries the generated articles draw from."""
    return st.sampled_from(sorted(_COUNTRY))


@st.composite
def partial_dates(draw: st.DrawFn, *, yearless: bool = True) -> str:
    """ISO dates at every precision the format allows (``2023-11-22`` ... ``--04``)."""
    year = draw(st.integers(1990, 2035))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(2000, month)[1]))
    if not yearless:
        precision = draw(st.sampled_from(["day", "month", "year"]))
    else:
        precision = draw(st.sampled_from(["day", "month", "year", "md", "m"]))
    if precision == "day":
        day = min(day, calendar.monthrange(year, month)[1])
        return f"{year:04d}-{month:02d}-{day:02d}"
    if precision == "month":
        return f"{year:04d}-{month:02d}"
    if precision == "year":
        return f"{year:04d}"
    if precision == "md":
        return f"--{month:02d}-{day:02d}"
    return f"--{month:02d}"


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(st.one_of(st.none(), st.integers(1990, 2035)))
    end = draw(st.integers(start or 1990, (start or 1990) + 10))
    return Period(start, end)


def _vn_name(draw: st.DrawFn) -> str:
    return " ".join(
        (
            draw(st.sampled_from(_VN_SURNAMES)),
            draw(st.sampled_from(_VN_MIDDLE)),
            draw(st.sampled_from(_VN_GIVEN)),
        )
    )


def _name_for(draw: st.DrawFn, country: str) -> str:
    if country == "VN":
        return _vn_name(draw)
    first, last = _FOREIGN[country]
    return f"{draw(st.sampled_from(first))} {draw(st.sampled_from(last))}"


@st.composite
def organizations(draw: st.DrawFn, country: str | None = None) -> Organization:
    """A national union, society or chamber with its acronym, or a ministry."""
    code = country or draw(country_codes())
    name, adjective = _COUNTRY[code]
    if draw(st.booleans()):
        kind, letters = draw(st.sampled_from(_UNION_KINDS))
        prefix = name if code == "VN" else adjective
        full = f"{prefix} {kind}"
        acronym = prefix[0] + letters if code != "KR" else "K" + letters
        return Organization(full, acronym, code)
    portfolio = draw(st.sampled_from(_PORTFOLIOS))
    return Organization(f"Ministry of {portfolio}", None, code)


@st.composite
def people(draw: st.DrawFn, organization: Organization | None = None) -> Person:
    """A person with an office (and sometimes a rank) in an organization."""
    org = organization or draw(organizations())
    code = org.country or "VN"
    if org.name.startswith("Ministry of "):
        title = ("Deputy Minister of " if draw(st.booleans()) else "Minister of ") + org.name[12:]
    else:
        title = draw(st.sampled_from(_TITLES_OF_UNIONS))
    rank = draw(st.sampled_from((None, *_RANKS))) if org.name.startswith("Ministry") else None
    return Person(_name_for(draw, code), title, rank, org.name, code)


@st.composite
def agreements(draw: st.DrawFn) -> Agreement:
    a = draw(organizations())
    b = draw(organizations(country=draw(country_codes().filter(lambda c: c != a.country))))
    return Agreement(
        instrument=draw(st.sampled_from(sorted(_INSTRUMENT_NOUNS, key=lambda i: i.value))),
        parties=(a.name, b.name),
        date=draw(partial_dates()),
        place=_CITY[draw(st.sampled_from((a.country or "VN", b.country or "VN")))],
        period=draw(st.one_of(st.none(), periods())),
        areas=draw(st.lists(st.sampled_from(list(Area)), max_size=3, unique=True)),
    )


@st.composite
def events(draw: st.DrawFn) -> Event:
    return Event(
        kind=draw(st.sampled_from(list(EventKind))),
        date=draw(partial_dates()),
        date_qualifier=draw(st.one_of(st.none(), st.sampled_from(list(DateQualifier)))),
        status=draw(st.sampled_from(list(Status))),
        parties=tuple(
            draw(
                st.lists(st.sampled_from(["Vietnam", "Laos", "Cambodia"]), max_size=2, unique=True)
            )
        ),
    )


@st.composite
def records(draw: st.DrawFn) -> Record:
    orgs = draw(st.lists(organizations(), max_size=4, unique_by=lambda o: (o.name, o.country)))
    return Record(
        doc_id=draw(st.one_of(st.none(), st.text("abcdef0123456789-", min_size=1, max_size=12))),
        reference_date=draw(
            st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))
        ),
        title=draw(st.one_of(st.none(), st.text(min_size=1, max_size=40).filter(str.strip))),
        source=draw(st.sampled_from([None, "VNA", "VOV", "Xinhua"])),
        countries=tuple(sorted({o.country for o in orgs if o.country})),
        organizations=orgs,
        people=draw(st.lists(people(), max_size=3)),
        agreements=draw(st.lists(agreements(), max_size=2)),
        events=draw(st.lists(events(), max_size=3)),
        areas=draw(st.lists(st.sampled_from(list(Area)), max_size=5, unique=True)),
    )


# -- articles -------------------------------------------------------------------------------


@attrs.frozen
class Article:
    """A generated article and what a correct extractor must recover from it."""

    text: str
    expected: Record
    reference_date: dt.date | None
    style: str


@attrs.frozen
class HouseStyle:
    """How an outlet lays out a signing story. Every field is a template of ``str.format``
    fields: ``city``, ``agency``, ``a``/``b`` (names), ``adj_a``/``adj_b`` (country
    adjectives), ``acr_a``/``acr_b``, ``noun``,
    ``period``, ``date``, ``person_a``/``person_b``, ``title_a``/``title_b``, ``rank_a``."""

    name: str
    dateline: str
    signing: str
    quote: str
    closing: str
    agency: str


VNA = HouseStyle(
    name="vna",
    dateline="{city} (VNA) – ",
    signing=(
        "The {a} ({acr_a}) and the {b} ({acr_b}) signed a {noun} on cooperation{period} "
        "in {city} on {date}."
    ),
    quote="{title_a} {person_a} said the document would bring practical benefits to both sides.",
    closing="/.",
    agency="VNA",
)
DEFENCE = HouseStyle(
    name="defence",
    dateline="{city} (VNA) – ",
    signing=(
        "The {adj_a} {a} and the {adj_b} {b} signed a {noun} on defence cooperation{period} "
        "in {city} on {date}."
    ),
    quote="{rank_a}{person_a}, {title_a}, said the two sides would step up delegation exchanges.",
    closing="/.",
    agency="VNA",
)
STYLES = {"vna": VNA, "defence": DEFENCE}

_RELATED = "Related news\nDelegation visits border province\nTrade fair opens in the capital\n"


def _acronym(org: Organization) -> str:
    return org.acronym or "".join(w[0] for w in org.name.split() if w[0].isupper())


def _accented(name: str) -> str:
    return " ".join(_VN_DIACRITICS.get(w, w) for w in name.split())


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    style: str | HouseStyle = "vna",
    noise: bool = True,
    yearless: bool | None = None,
) -> Article:
    """A signing story in a house style, with the facts a correct extractor must find.

    ``style`` is ``"vna"``, ``"defence"`` or your own :class:`HouseStyle`. With ``noise``
    the text gains a photo caption, a related-news block, a source line, diacritics,
    CRLF line ends and NFD normalization at random; the expected facts do not change.
    """
    house = STYLES[style] if isinstance(style, str) else style
    code_a = draw(st.sampled_from(("VN",)))
    code_b = draw(country_codes().filter(lambda c: c != code_a))
    if house.name == "defence":
        org_a = Organization("Ministry of National Defence", None, code_a)
        org_b = Organization(
            "Ministry of National Defence" if code_b != "JP" else "Ministry of Defense",
            None,
            code_b,
        )
    else:
        org_a = draw(organizations(country=code_a).filter(lambda o: o.acronym is not None))
        org_b = draw(organizations(country=code_b).filter(lambda o: o.acronym is not None))
    city = _CITY[draw(st.sampled_from((code_a, code_b)))]
    instrument = draw(st.sampled_from(sorted(_INSTRUMENT_NOUNS, key=lambda i: i.value)))
    noun = draw(st.sampled_from(_INSTRUMENT_NOUNS[instrument]))
    year = draw(st.integers(2015, 2030))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    signed = dt.date(year, month, day)
    drop_year = draw(st.booleans()) if yearless is None else yearless
    reference = signed + dt.timedelta(days=draw(st.integers(0, 3))) if drop_year else None
    date_text = (
        f"{_MONTHS[month - 1]} {day}" if drop_year else f"{_MONTHS[month - 1]} {day}, {year}"
    )
    span = draw(st.integers(1, 5))
    period_kind = draw(st.sampled_from(("none", "range", "period")))
    period: Period | None
    if period_kind == "range":
        period_text, period = f" for {year}-{year + span}", Period(year, year + span)
    elif period_kind == "period":
        period_text, period = f" for the {year} – {year + span} period", Period(year, year + span)
    else:
        period_text, period = "", None
    person_a = _vn_name(draw)
    vn_title = "Deputy Minister of National Defence" if house.name == "defence" else "President"
    rank_a = (
        draw(st.sampled_from(("", "Senior Lieutenant General ", "Lieutenant General ")))
        if house.name == "defence"
        else ""
    )
    accent = noise and draw(st.booleans())
    shown_person = _accented(person_a) if accent else person_a
    values = {
        "city": city,
        "adj_a": _COUNTRY[code_a][1],
        "adj_b": _COUNTRY[code_b][1],
        "a": org_a.name,
        "b": org_b.name,
        "acr_a": _acronym(org_a),
        "acr_b": _acronym(org_b),
        "noun": noun,
        "period": period_text,
        "date": date_text,
        "person_a": shown_person,
        "title_a": vn_title,
        "rank_a": rank_a,
    }
    headline = f"{_COUNTRY[code_a][0]}, {_COUNTRY[code_b][0]} sign {noun}"
    paragraphs = [house.dateline.format(**values) + house.signing.format(**values)]
    if noise and draw(st.booleans()):
        paragraphs[0] += f"\nAt the signing ceremony (Photo: {house.agency})"
    paragraphs.append(house.quote.format(**values) + house.closing)
    text = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    if noise and draw(st.booleans()):
        text += "\n" + _RELATED
    if noise and draw(st.booleans()):
        text += f"(Source: {house.agency})\n"
    if noise and draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    if noise and draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    person = Person(person_a, vn_title, rank_a.strip() or None, None, code_a)
    expected = Record(
        reference_date=reference,
        title=headline,
        source=house.agency,
        countries=(code_a, code_b),
        organizations=(org_a, org_b),
        people=(person,),
        agreements=(
            Agreement(
                instrument=instrument,
                parties=(org_a.name, org_b.name),
                date=signed.isoformat(),
                place=city,
                period=period,
            ),
        ),
    )
    return Article(text, expected, reference, house.name)


def register_type_strategies(
    register: Callable[[type, st.SearchStrategy[object]], None] | None = None,
) -> None:
    """Make ``st.from_type`` work for the schema classes (the Hypothesis entry point)."""
    reg = register or st.register_type_strategy
    pairs: Sequence[tuple[type, st.SearchStrategy[object]]] = (
        (Organization, organizations()),
        (Person, people()),
        (Period, periods()),
        (Agreement, agreements()),
        (Event, events()),
        (Record, records()),
    )
    for cls, strategy in pairs:
        reg(cls, strategy)
