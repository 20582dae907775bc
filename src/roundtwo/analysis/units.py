"""The grammar's word tables: currencies, units of time, rate units, approximations and the
words that make a number a label rather than a quantity."""

from __future__ import annotations

# fmt: off
CURRENCY_SYMBOLS = {
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₦": "NGN", "₩": "KRW",
    "₽": "RUB", "₺": "TRY", "₱": "PHP", "₫": "VND", "₴": "UAH", "₪": "ILS", "฿": "THB",
    "₵": "GHS", "₡": "CRC", "₸": "KZT"
}
# A dollar sign after a country's letters: "AU$165,000", "C$90k", "NZ$ 80,000".
DOLLAR_PREFIXES = {"us": "USD", "au": "AUD", "a": "AUD", "nz": "NZD", "c": "CAD", "ca": "CAD",
                   "hk": "HKD", "s": "SGD", "sg": "SGD", "n": "NAD", "r": "BRL", "mx": "MXN",
                   "nt": "TWD", "tt": "TTD", "j": "JMD", "fj": "FJD"}
# fmt: on
# fmt: off
CURRENCY_CODES = {
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "cad": "CAD", "aud": "AUD", "chf": "CHF", "inr":
    "INR", "jpy": "JPY", "sek": "SEK", "nzd": "NZD",
    # ISO codes that are no English word ("try", "pen", "mad", "cop" are left out)
    "nok": "NOK", "dkk": "DKK", "isk": "ISK", "pln": "PLN", "czk": "CZK", "huf": "HUF",
    "ron": "RON", "bgn": "BGN", "uah": "UAH", "zar": "ZAR", "brl": "BRL", "mxn": "MXN",
    "clp": "CLP", "ars": "ARS", "cny": "CNY", "rmb": "CNY", "hkd": "HKD", "sgd": "SGD",
    "myr": "MYR", "thb": "THB", "idr": "IDR", "vnd": "VND", "krw": "KRW", "twd": "TWD",
    "aed": "AED", "sar": "SAR", "qar": "QAR", "kwd": "KWD", "bhd": "BHD", "omr": "OMR",
    "jod": "JOD", "ils": "ILS", "egp": "EGP", "tnd": "TND", "ngn": "NGN", "ghs": "GHS",
    "kes": "KES", "ugx": "UGX", "tzs": "TZS", "zmw": "ZMW", "lkr": "LKR", "pkr": "PKR",
    "bdt": "BDT", "npr": "NPR", "php": "PHP",
}
# A word said for several countries' money ("kroner", "pesos") is each of them
CURRENCY_FAMILY = {
    "NOK": "KRONE", "DKK": "KRONE", "MXN": "PESO", "CLP": "PESO", "ARS": "PESO", "PHP": "PESO",
    "JOD": "DINAR", "KWD": "DINAR", "BHD": "DINAR", "TND": "DINAR", "KES": "SHILLING",
    "UGX": "SHILLING", "TZS": "SHILLING", "ZMW": "KWACHA",
}
# fmt: on


def same_currency(a: str, b: str) -> bool:
    """Two currencies that can be one: the same code, or a code and the word its country's
    money shares with others ("NOK" / "kroner")."""
    return a == b or CURRENCY_FAMILY.get(a, a) == CURRENCY_FAMILY.get(b, b)


CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "bucks": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "quid": "GBP",
    "yen": "JPY",
    "rupees": "INR",
    "rupee": "INR",
    "francs": "CHF",
    "kronor": "SEK",
    "australian": "AUD",
    "canadian": "CAD",
    # pesos, krone and dinars are several countries' money: the word is the unit
    "pesos": "PESO",
    "peso": "PESO",
    "rand": "ZAR",
    "reais": "BRL",
    "real": "BRL",
    "zloty": "PLN",
    "zlotys": "PLN",
    "złoty": "PLN",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ringgit": "MYR",
    "baht": "THB",
    "dirhams": "AED",
    "dirham": "AED",
    "riyals": "SAR",
    "riyal": "SAR",
    "shekels": "ILS",
    "shekel": "ILS",
    "naira": "NGN",
    "cedis": "GHS",
    "cedi": "GHS",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "rupiah": "IDR",
    "kroner": "KRONE",
    "krone": "KRONE",
    "krona": "SEK",
    "dinars": "DINAR",
    "dinar": "DINAR",
    "lira": "TRY",
    "shillings": "SHILLING",
    "kwacha": "KWACHA",
    "pula": "BWP",
    # more countries' money by its name ("180 million som", "48,000 kina a year")
    "som": "SOM",
    "soms": "SOM",
    "kina": "PGK",
    "tenge": "KZT",
    "lari": "GEL",
    "dram": "AMD",
    "drams": "AMD",
    "manat": "MANAT",
    "lei": "LEU",
    "leu": "LEU",
    "leva": "BGN",
    "kwanza": "AOA",
    "birr": "ETB",
    "taka": "BDT",
    "kyat": "MMK",
    "riel": "KHR",
    "dong": "VND",
    "lempira": "HNL",
    "lempiras": "HNL",
    "quetzal": "GTQ",
    "quetzales": "GTQ",
    "colones": "CRC",
    "córdobas": "NIO",
    "cordobas": "NIO",
    "guaraníes": "PYG",
    "guaranies": "PYG",
    "guaranis": "PYG",
    "bolivianos": "BOB",
    "soles": "PEN",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "rubles": "RUB",
    "roubles": "RUB",
    "rials": "RIAL",
    "afghanis": "AFN",
    "dalasi": "GMD",
    "leones": "SLE",
    "vatu": "VUV",
    "tala": "WST",
    "paanga": "TOP",
    "pa'anga": "TOP",
    "rufiyaa": "MVR",
    "ngultrum": "BTN",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "somoni": "TJS",
    "denars": "MKD",
    "kuna": "HRK",
    "cfa": "XOF",
    **CURRENCY_CODES,
}
# A country's money said with its adjective, only before the money's name ("eighteen thousand
# Namibian dollars", "2,000 Swiss francs"); "40 Swiss engineers" are engineers
COUNTRY_MONEY = {
    "namibian": "NAD",
    "jamaican": "JMD",
    "fijian": "FJD",
    "liberian": "LRD",
    "guyanese": "GYD",
    "bahamian": "BSD",
    "zimbabwean": "ZWL",
    "singapore": "SGD",
    "taiwan": "TWD",
    "mexican": "MXN",
    "colombian": "COP",
    "chilean": "CLP",
    "argentine": "ARS",
    "philippine": "PHP",
    "kenyan": "KES",
    "ugandan": "UGX",
    "tanzanian": "TZS",
    "jordanian": "JOD",
    "tunisian": "TND",
    "egyptian": "EGP",
    "swiss": "CHF",
    "danish": "DKK",
    "norwegian": "NOK",
    "swedish": "SEK",
    "hong": "HKD",
    "new": "NZD",
    "east": "XCD",
}
CURRENCY_NAMES = frozenset(
    [
        "dollars",
        "dollar",
        "pounds",
        "pound",
        "pesos",
        "peso",
        "francs",
        "franc",
        "rupees",
        "shillings",
        "dinars",
        "kroner",
        "krone",
        "kronor",
        "krona",
    ]
)
# fmt: off
SECONDS = {
    "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001, "second": 1, "seconds": 1,
    "sec": 1, "secs": 1, "minute": 60, "minutes": 60, "min": 60, "mins": 60, "hour": 3600,
    "hours": 3600, "hr": 3600, "hrs": 3600, "day": 86400, "days": 86400, "week": 604800,
    "weeks": 604800, "wk": 604800, "wks": 604800, "fortnight": 1209600, "fortnights": 1209600,
    "month": 2629800, "months": 2629800, "quarter": 7889400, "quarters": 7889400, "year":
    31557600, "years": 31557600, "yr": 31557600, "yrs": 31557600, "decade": 315576000,
    "decades": 315576000
}
# fmt: on
# fmt: off
ADJACENT_UNITS = {
    "s": 1, "h": 3600, "d": 86400, "mo": 2629800, "y": 31557600, "m": 60
}
# fmt: on
# fmt: off
RATE_UNITS = {
    "second": "s", "minute": "min", "hour": "hour", "day": "day", "shift": "shift", "week":
    "week", "month": "month", "quarter": "quarter", "year": "year", "sprint": "sprint",
    "night": "night", "semester": "semester", "term": "term", "patient": "patient",
    "customer": "customer", "user": "user", "student": "student", "class": "class", "person":
    "person", "head": "person", "rep": "rep", "engineer": "engineer", "s": "s", "sec": "s",
    "min": "min", "hr": "hour", "wk": "week", "yr": "year"
}
# fmt: on
# fmt: off
RELATIVE_AFTER = {
    "ago", "old"
}
# fmt: on
# fmt: off
APPROX_ONE = {
    "approaching", "approximately", "~", "under", "around", "nearly", "circa", "roughly",
    "some", "over", "approx", "almost", "ca", "about"
}
# fmt: on
# fmt: off
APPROX_TWO = {
    ("something", "like"), ("close", "to"), ("more", "than"), ("upwards", "of"), ("at",
    "least"), ("well", "over"), ("just", "over"), ("shy", "of"), ("just", "under"), ("north",
    "of"), ("fewer", "than"), ("less", "than"), ("up", "to")
}
# fmt: on
# fmt: off
LABEL_WORDS = {
    "covid", "part", "day", "option", "round", "category", "route", "the", "class", "year",
    "phase", "level", "floor", "step", "unit", "windows", "gen", "chapter", "question",
    "week", "channel", "stage", "number", "pillar", "top", "v", "grade", "line", "series",
    "ward", "version", "item", "page", "iphone", "python", "section", "tier", "bed", "no",
    "sprint", "web", "room", "figure"
}
# fmt: on
# fmt: off
ONE_NOUNS = {
    "analyst", "person", "engineer", "incident", "deal", "designer", "bug", "school",
    "outage", "site", "contract", "patient", "teacher", "student", "account", "release",
    "customer", "complaint", "developer", "team", "hire", "client", "manager", "store",
    "nurse"
}
# fmt: on
# fmt: off
COMPARATIVES = {
    "quicker", "higher", "bigger", "her", "faster", "over", "our", "the", "that", "its",
    "their", "slower", "what", "less", "as", "his", "my", "cheaper", "smaller", "more",
    "larger", "fewer", "lower", "better"
}
# fmt: on

# "a team of five": the group the number counts the members of.
GROUP_NOUNS = frozenset(
    [
        "team",
        "group",
        "squad",
        "department",
        "class",
        "cohort",
        "crew",
        "staff",
        "panel",
        "committee",
        "unit",
        "ward",
        "pod",
        "org",
        "organisation",
        "organization",
        "function",
        "practice",
        "office",
        "firm",
        "company",
        "startup",
        "family",
        "household",
    ]
)
# Words that make a scaled number with no currency ("78k", "85 to 95k", "1,5 million") money.
MONEY_CONTEXT = frozenset(
    [
        "salary",
        "salaries",
        "base",
        "pay",
        "paid",
        "paying",
        "comp",
        "compensation",
        "package",
        "offer",
        "offered",
        "offering",
        "bonus",
        "ote",
        "budget",
        "budgets",
        "revenue",
        "arr",
        "mrr",
        "deal",
        "deals",
        "contract",
        "contracts",
        "savings",
        "saved",
        "save",
        "saving",
        "cost",
        "costs",
        "spend",
        "spent",
        "worth",
        "price",
        "pricing",
        "funding",
        "raised",
        "earn",
        "earned",
        "earning",
        "earnings",
        "income",
        "equity",
        "fee",
        "fees",
        "invoice",
        "invoices",
        "sales",
        "bookings",
        "profit",
        "margin",
        "ebitda",
        "asking",
        "expectation",
        "expectations",
        "rate",
        "grant",
        "donations",
        "fundraising",
        "turnover",
        "capex",
        "opex",
        "write-off",
        "overspend",
        "underspend",
        "variance",
        "fine",
        "fines",
        "penalty",
        "refund",
        "refunds",
        "renewal",
        "acv",
        "tcv",
        "gmv",
        "nrr",
    ]
)
# A counted noun that is money itself ("a 500k deal" is money; "500k users" is a count).
MONEY_NOUNS = frozenset(
    [
        "deal",
        "deals",
        "contract",
        "contracts",
        "budget",
        "salary",
        "base",
        "bonus",
        "package",
        "offer",
        "revenue",
        "arr",
        "mrr",
        "savings",
        "cost",
        "costs",
        "spend",
        "profit",
        "grant",
        "renewal",
        "raise",
        "investment",
        "loss",
        "losses",
        "overspend",
        "pipeline",
        "total",
        "account",
        "accounts",
        "opportunity",
        "quota",
        "ote",
        "comp",
        "compensation",
        "equity",
    ]
)
SCALE_WORDS = frozenset(["k", "m", "mm", "mn", "mil", "mio", "b", "bn", "thousand", "million",
                         "billion"])  # fmt: skip


# Units of measure said with metric prefixes or other units: one quantity, one unit.
MEASURES = {
    "w": ("watt", 1.0), "watt": ("watt", 1.0), "kw": ("watt", 1e3), "kilowatt": ("watt", 1e3),
    "mw": ("watt", 1e6), "megawatt": ("watt", 1e6), "gw": ("watt", 1e9), "gigawatt": ("watt", 1e9),
    "kwh": ("watt-hour", 1e3), "mwh": ("watt-hour", 1e6), "gwh": ("watt-hour", 1e9),
    "kg": ("kg", 1.0), "kilo": ("kg", 1.0), "kilogram": ("kg", 1.0), "tonne": ("kg", 1e3),
    "ton": ("kg", 1e3), "t": ("kg", 1e3), "km": ("metre", 1e3), "kilometre": ("metre", 1e3),
    "kilometer": ("metre", 1e3), "mile": ("metre", 1609.344), "litre": ("litre", 1.0),
    "liter": ("litre", 1.0), "hectolitre": ("litre", 100.0), "hectoliter": ("litre", 100.0),
    "hl": ("litre", 100.0), "ml": ("litre", 1e-3), "gallon": ("litre", 3.785),
}  # fmt: skip
MEASURE_WORDS = frozenset(unit for unit in MEASURES) | frozenset(unit + "s" for unit in MEASURES)
# Words that say a figure is told per calendar period: "annual admissions", "250 annually".
PERIOD_WORDS = {
    "annual": "year", "annually": "year", "yearly": "year", "annualised": "year",
    "annualized": "year", "per annum": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "quarterly": "quarter",
}  # fmt: skip
