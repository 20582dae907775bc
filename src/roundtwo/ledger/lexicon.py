"""The ledger's word tables: verbs and their classes, people nouns, containers, qualifier
families, salary cues and time markers. Grammar, not curated knowledge: small and closed."""

from __future__ import annotations

# fmt: off
IRREGULAR = {
    "led": "lead", "ran": "run", "grew": "grow", "grown": "grow", "went": "go", "gone": "go",
    "took": "take", "taken": "take", "brought": "bring", "built": "build", "spent": "spend",
    "won": "win", "sold": "sell", "made": "make", "got": "get", "gotten": "get",
    "kept": "keep", "held": "hold", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "oversaw": "oversee", "overseen": "oversee", "became": "become",
    "began": "begin", "begun": "begin", "left": "leave", "saw": "see", "seen": "see",
    "taught": "teach", "paid": "pay", "had": "have", "has": "have", "having": "have",
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be",
    "being": "be", "'s": "be", "did": "do", "does": "do", "done": "do", "shrank": "shrink",
    "shrunk": "shrink", "found": "find", "drove": "drive", "driven": "drive", "stood": "stand",
    "sat": "sit", "cut": "cut", "hit": "hit", "set": "set", "put": "put", "ship": "ship",
    "wrote": "write", "written": "write", "rebuilt": "rebuild", "sped": "speed",
    "lost": "lose", "met": "meet", "dealt": "deal", "felt": "feel", "told": "tell",
    "thought": "think", "knew": "know", "known": "know", "gave": "give", "given": "give",
    "chose": "choose", "chosen": "choose", "undertook": "undertake", "fed": "feed",
    "earned": "earn", "earns": "earn", "earning": "earn", "stepped": "step",
    "need": "need", "needed": "need", "came": "come", "ate": "eat", "flew": "fly",
    "drew": "draw", "threw": "throw",
}
# fmt: on
# Verbs the ledger recognises (base forms). Regular inflections are found by suffix rules.
# fmt: off
VERBS = frozenset([
    "lead", "manage", "supervise", "oversee", "run", "head", "direct", "own", "have", "be",
    "build", "grow", "hire", "recruit", "onboard", "train", "mentor", "precept", "coach",
    "teach", "care", "look", "support", "serve", "cover", "handle", "process", "resolve",
    "close", "win", "sign", "land", "sell", "ship", "launch", "release", "deliver", "roll",
    "migrate", "cut", "reduce", "increase", "raise", "lift", "boost", "improve", "drop",
    "fall", "rise", "go", "get", "bring", "take", "last", "spend", "save", "generate",
    "drive", "earn", "make", "pay", "target", "expect", "join", "leave", "start", "begin",
    "finish", "end", "promote", "move", "open", "found", "create", "design", "write", "fix",
    "find", "add", "lose", "admit", "discharge", "treat", "see", "answer", "field",
    "interview", "reach", "hit", "stand", "sit", "average", "total", "hold", "keep",
    "maintain", "double", "triple", "halve", "shrink", "lower", "decrease", "speed",
    "accelerate", "shorten", "coordinate", "organise", "organize", "implement",
    "introduce", "rebuild", "redesign", "deploy", "automate", "negotiate", "renegotiate",
    "secure", "recover", "collect", "invest", "allocate", "forecast", "audit", "reconcile",
    "push", "employ", "staff", "include", "comprise", "count", "number", "work", "become",
    "complete", "graduate", "qualify", "certify", "present", "publish", "cost", "spend",
    "push", "climb", "jump", "decline", "slash", "trim", "expand", "scale", "shave",
    "need", "want", "hope", "ask", "aim", "seek", "require", "receive", "earn", "step",
    "come", "sit", "stand", "peak", "plateau", "lift", "convert", "retain", "churn",
    "attract", "acquire", "book", "generate", "close", "lower", "do", "pilot", "test",
    "prepare", "file", "submit", "approve", "review", "answer", "respond", "call",
])
# fmt: on
# Words that end like a verb form but are (in these answers) adjectives or nouns.
# fmt: off
NOT_VERBS = frozenset([
    "based", "advanced", "detailed", "experienced", "skilled", "dedicated", "distributed",
    "senior", "speed", "feed", "seed", "bed", "red", "shed", "hundred", "ed",
    "used", "related", "limited", "united", "automated", "scheduled", "red", "beloved",
    "indeed", "kindred", "naked", "wicked", "sacred", "tired", "interested", "excited",
    "qualified", "certified", "registered", "licensed", "focused", "biased", "varied",
    "mixed", "fixed", "red", "weed", "deed", "shred", "thing", "during", "morning",
    "evening", "nothing", "something", "everything", "anything", "building", "meeting",
    "engineering", "marketing", "nursing", "training", "onboarding", "testing", "billing",
    "pricing", "hiring", "picking", "spring", "string", "king", "ring", "thing", "ceiling",
    "funding", "staffing", "planning", "accounting", "banking", "shipping", "booking",
    "recurring", "outstanding", "existing", "remaining", "incoming", "ongoing", "during",
    "feeling", "setting", "reading", "writing", "teaching", "learning", "coaching",
    "mentoring", "processing", "reporting", "working", "offering", "opening", "closing",
    "parking", "routing", "logging", "paging", "caching", "hosting", "computing",
    "messaging", "monitoring", "forecasting", "budgeting", "recruiting", "screening",
    "selling", "spending", "earnings", "savings", "rating", "ranking", "standing",
])
# fmt: on

# Verb classes: different verbs that state the same fact about a count ("I led five
# engineers", "my team had five engineers") share a class; the rest keep their lemma.
# fmt: off
VERB_CLASS = {
    "have": "have", "be": "have", "lead": "have", "manage": "have", "supervise": "have",
    "oversee": "have", "run": "have", "head": "have", "direct": "have", "own": "have",
    "look": "have", "care": "have", "support": "have", "serve": "have", "cover": "have",
    "employ": "have", "staff": "have", "include": "have", "comprise": "have",
    "count": "have", "number": "have", "reach": "have", "hit": "have", "stand": "have",
    "sit": "have", "total": "have", "average": "have", "hold": "have", "grow": "have",
    "go": "have", "get": "have", "become": "have", "keep": "have", "maintain": "have",
    "teach": "have", "work": "have", "come": "have", "rise": "have", "fall": "have",
    "climb": "have", "drop": "have", "jump": "have", "decline": "have", "peak": "have",
    "shrink": "have", "increase": "have", "decrease": "have", "expand": "have",
    "scale": "have", "double": "have", "triple": "have", "halve": "have", "bring": "have",
    "move": "have", "push": "have", "raise": "have", "lift": "have", "boost": "have",
    "improve": "have", "reduce": "have", "cut": "have", "lower": "have", "take": "have",
    "slash": "have", "trim": "have", "shorten": "have", "speed": "have", "accelerate": "have",
    "hire": "hire", "recruit": "hire", "onboard": "hire", "add": "hire",
    "sign": "win", "win": "win", "close": "win", "land": "win", "acquire": "win",
    "book": "win", "sell": "win",
    "train": "train", "mentor": "train", "precept": "train", "coach": "train",
    "ship": "ship", "launch": "ship", "release": "ship", "deliver": "ship", "roll": "ship",
    "deploy": "ship",
    "earn": "earn", "make": "earn", "pay": "earn", "receive": "earn",
    "save": "save", "generate": "generate", "drive": "generate",
    "spend": "spend", "cost": "spend",
}
# fmt: on
# Verbs that change a level: "cut X by 40%", "grew from four to nine".
# fmt: off
CHANGE_VERBS = frozenset([
    "cut", "reduce", "increase", "raise", "lift", "boost", "improve", "drop", "fall", "rise",
    "go", "get", "bring", "grow", "shrink", "lower", "decrease", "double", "triple", "halve",
    "speed", "accelerate", "shorten", "move", "push", "take", "climb", "jump", "decline",
    "slash", "trim", "expand", "scale", "shave",
])
# fmt: on
# Verbs that link a measure to its value: "churn was 8%", "the project took 18 months".
# fmt: off
LINK_VERBS = frozenset([
    "be", "go", "fall", "drop", "rise", "grow", "increase", "decrease", "improve", "climb",
    "jump", "decline", "stand", "hit", "reach", "sit", "average", "total", "come", "shrink",
    "double", "triple", "halve", "move", "take", "last", "run", "cost", "peak", "start",
    "end", "finish", "get", "become", "remain", "stay", "plateau", "land", "settle", "have",
])
# fmt: on
# What a money figure measures when only its verb says so: "saved $300k" → savings.
VERB_MEASURES = {
    "save": "savings",
    "generate": "revenue",
    "spend": "spend",
    "raise": "funding",
    "sell": "sales",
    "earn": "earnings",
    "cost": "cost",
    "close": "business",
    "win": "business",
    "book": "business",
}

# fmt: off
GENERIC_PEOPLE = frozenset([
    "people", "person", "staff", "member", "members", "folk", "folks", "report", "reports",
    "employee", "headcount", "fte", "ftes", "head", "heads", "colleague", "individual",
    "persons", "hire", "teammate", "us", "direct",
])
# fmt: on
# Roles a team is made of; a count of one of these is a team size when it is on a team.
# fmt: off
PEOPLE_ROLES = frozenset([
    "engineer", "developer", "designer", "nurse", "teacher", "analyst", "recruiter",
    "driver", "picker", "agent", "rep", "representative", "manager", "scientist",
    "technician", "tech", "physician", "doctor", "accountant", "associate", "consultant",
    "researcher", "writer", "editor", "marketer", "seller", "salesperson", "specialist",
    "coordinator", "assistant", "aide", "paramedic", "pharmacist", "therapist",
    "operator", "worker", "volunteer", "intern", "tester", "architect", "administrator",
    "admin", "clerk", "cashier", "supervisor", "lead", "sdr", "bdr", "ae", "csm", "pm",
    "tutor", "instructor", "lecturer", "counsellor", "counselor", "auditor", "controller",
    "bookkeeper", "planner", "buyer", "handler", "packer", "loader", "mechanic", "chef",
    "cook", "server", "carer", "caregiver", "midwife", "hca", "rn", "lpn", "sre",
    "contractor", "freelancer", "programmer", "qa", "devops", "officer", "executive",
])
# fmt: on
# Where counted people belong: a container class each.
# fmt: off
CONTAINERS = {
    "team": "team", "teams": "team", "squad": "team", "squads": "team", "group": "team",
    "pod": "team", "crew": "team", "rotation": "team", "tribe": "team", "cell": "team",
    "org": "org", "organisation": "org", "organization": "org", "department": "org",
    "dept": "org", "division": "org", "function": "org", "company": "org", "firm": "org",
    "business": "org", "startup": "org", "headcount": "org",
    "ward": "ward", "unit": "ward", "floor": "ward", "icu": "ward",
    "class": "class", "classes": "class", "classroom": "class", "cohort": "class",
    "school": "school", "district": "school", "trust": "school",
    "store": "site", "stores": "site", "branch": "site", "site": "site", "warehouse": "site",
    "depot": "site", "plant": "site", "centre": "site", "center": "site", "office": "site",
    "hospital": "site", "clinic": "site", "factory": "site", "shift": "shift",
    "region": "region", "territory": "region", "book": "book", "portfolio": "book",
    "caseload": "book",
}
# fmt: on
# Qualifier families: two facts whose qualifiers in one family differ measure different
# things (p50 vs p99 latency, gross vs net margin, base vs total pay).
# fmt: off
QUALIFIERS = {
    "p50": "percentile", "p75": "percentile", "p90": "percentile", "p95": "percentile",
    "p99": "percentile", "p999": "percentile", "median": "percentile", "mean": "percentile",
    "average": "percentile", "avg": "percentile", "peak": "percentile", "max": "percentile",
    "maximum": "percentile", "minimum": "percentile", "min": "percentile",
    "tail": "percentile",
    "gross": "margin", "net": "margin", "operating": "margin", "ebitda": "margin",
    "daily": "period", "weekly": "period", "monthly": "period", "quarterly": "period",
    "annual": "period", "yearly": "period", "annualised": "period", "annualized": "period",
    "base": "pay", "total": "pay", "ote": "pay", "bonus": "pay", "equity": "pay",
    "hourly": "pay",
    "new": "newness", "existing": "newness", "repeat": "newness", "returning": "newness",
    "inbound": "direction", "outbound": "direction",
    "voluntary": "voluntary", "involuntary": "voluntary", "regrettable": "voluntary",
    "first": "order", "second": "order", "third": "order",
}
# fmt: on
# Synonyms folded into one measure word.
# fmt: off
SYNONYMS = {
    "attrition": "churn", "churn": "churn", "programme": "program", "ppl": "people",
    "revenues": "revenue", "sales": "revenue", "turnover": "revenue", "arr": "arr",
    "cost": "cost", "costs": "cost", "spend": "cost", "expenses": "cost", "expense": "cost",
    "savings": "savings", "saving": "savings", "latency": "latency", "csat": "csat",
    "nps": "nps", "employees": "people", "staff": "people", "headcount": "people",
    "launch": "launch", "go-live": "launch", "rollout": "rollout", "roll-out": "rollout",
    "accounts": "account", "clients": "customer", "client": "customer", "logos": "customer",
    "logo": "customer", "customers": "customer", "kids": "student", "pupils": "student",
    "pupil": "student", "learners": "student", "learner": "student", "children": "student",
    "salaries": "salary", "pay": "salary", "compensation": "salary", "comp": "salary",
    "package": "salary", "wage": "salary", "wages": "salary",
}
# fmt: on

# Salary: what the candidate wants, and what they are paid now.
EXPECTATION_CUES = (
    r"target(?:ing|ed)?|looking\s+for|expect(?:ing|ation|ations)?|hoping\s+for|"
    r"asking(?:\s+for)?|my\s+ask|want(?:ing)?|would\s+(?:need|want|work|accept|consider)|"
    r"i'?d\s+(?:need|want|accept|consider|take|be\s+looking)|i\s+need|"
    r"aiming\s+for|seeking|requir(?:e|ement)|(?:salary|my|the)\s+range|my\s+number|"
    r"happy\s+with|comfortable\s+with|open\s+to|in\s+the\s+range|would\s+be\s+looking"
)
CURRENT_CUES = (
    r"currently\s+(?:earn|make|on|paid|get|at)|current(?:ly)?\s+(?:salary|base|pay|comp|"
    r"compensation|package|total)|(?:i|i'm|i\s+am)\s+(?:currently\s+)?(?:earn|earning|make|"
    r"making|paid|on)|my\s+(?:salary|base|pay)\s+(?:is|now)|right\s+now\s+i\s+(?:earn|make)|"
    r"today\s+i\s+(?:earn|make)|at\s+the\s+moment\s+i\s+(?:earn|make)"
)
SALARY_WORDS = frozenset(
    ["salary", "base", "pay", "comp", "compensation", "package", "ote", "range", "number",
     "expectation", "expectations", "earnings", "wage", "total", ""]
)  # fmt: skip

# Time markers: when the value held.
START_MARKERS = (
    r"\b(?:initially|at\s+first|originally|at\s+the\s+(?:start|beginning|outset)|"
    r"when\s+i\s+(?:joined|started|arrived|took\s+over|came\s+in|inherited)|"
    r"start(?:ed|ing)?\s+(?:with|at|out)|began\s+with|in\s+the\s+beginning|"
    r"to\s+begin\s+with|back\s+then|inherited)\b"
)
# After the claim in its clause only the unmistakable ones count ("finally" is about the verb).
TAIL_MARKERS = (
    r"\b(?:now|today|these\s+days|by\s+the\s+(?:end|time\s+i\s+left)|when\s+i\s+"
    r"(?:joined|started|arrived|took\s+over|left)|at\s+the\s+(?:start|end)|initially)\b"
)
END_MARKERS = (
    r"\b(?:now|today|currently|these\s+days|by\s+the\s+(?:end|time)|eventually|"
    r"in\s+the\s+end|finally|ultimately|when\s+i\s+left|by\s+launch|at\s+launch|"
    r"at\s+the\s+end|ended\s+(?:with|at|up)|end(?:ed|ing)?\s+the\s+year|"
    r"by\s+(?:year|quarter|month)[\s-]end|a\s+year\s+later)\b"
)
