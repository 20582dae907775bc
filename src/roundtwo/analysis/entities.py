"""What a fact is about: the company, team, project or site named around it.

"At Northwind", "joined Acme", "on the payments team", "in the Lumen project", "on the
oncology ward", "at my previous company". Two facts can only contradict each other when their
entities agree: a component (company, team, project, site) named in both must be the same;
one left unnamed matches anything; "another team" matches nothing. Where the names are found
in a statement, and which a figure is about, is read in :mod:`roundtwo.analysis.mentions`.
"""

from __future__ import annotations

from dataclasses import dataclass

COMPONENTS = ("company", "team", "project", "site")
OTHER = "~other"


@dataclass(frozen=True, slots=True)
class Entity:
    """The company, team, project and site a fact is about ("" when not said)."""

    company: str = ""
    team: str = ""
    project: str = ""
    site: str = ""

    def compatible(self, other: Entity) -> bool:
        if self == other:
            return True
        if self.empty or other.empty:
            return OTHER not in self.folded and OTHER not in other.folded
        if OTHER not in self.folded + other.folded and self.names_site_of(other):
            return True  # "the Hollins Quarry plant, for Marlow Aggregates" / "at Hollins"
        for mine, theirs in zip(self.folded, other.folded, strict=True):
            if OTHER in (mine, theirs) or (mine and theirs and not same_name(mine, theirs)):
                return False
        # a place read as a company on one side and as a site on the other ("At Harwood Wildlife
        # Park…" against "at Tamsin Bay Aquarium…"): two named places, unless one names the other
        here = [w for w in (self.company, self.site) if w]
        there = [w for w in (other.company, other.site) if w]
        crossed = not (self.company and other.company) and not (self.site and other.site)
        if here and there and crossed:
            return any(same_name(a.casefold(), b.casefold()) for a in here for b in there)
        return True

    def names_site_of(self, other: Entity) -> bool:
        """One names as its organisation the site the other is at: the plant, the depot, the
        ward a statement placed inside its employer ("I run the Hollins Quarry plant for Marlow
        Aggregates" / "At Hollins we…")."""
        pairs = ((self, other), (other, self))
        return any(
            one.company
            and there.site
            and not one.site  # two sites named are two places ("Cheras" / "Sungai Besi plaza")
            and same_name(one.company.casefold(), there.site.casefold())
            for one, there in pairs
        )

    @property
    def folded(self) -> tuple[str, str, str, str]:
        return (self.company.casefold(), self.team.casefold(), self.project.casefold(),
                self.site.casefold())  # fmt: skip

    def merged(self, other: Entity) -> Entity:
        """Fill the components this one leaves empty from ``other``."""
        values = {n: getattr(self, n) or getattr(other, n) for n in COMPONENTS}
        return Entity(**values)

    @property
    def empty(self) -> bool:
        return not (self.company or self.team or self.project or self.site)

    def label(self) -> str:
        """ "Northwind, payments team" — for people to read."""
        parts = []
        for name in COMPONENTS:
            value = getattr(self, name)
            if not value:
                continue
            if value == OTHER:
                parts.append(f"another {name}")
            elif name == "team" and not value.endswith("team"):
                parts.append(f"{value} team")
            elif name == "project" and "project" not in value:
                parts.append(f"the {value} project")
            else:
                parts.append(value)
        return ", ".join(parts)

    def where(self) -> str:
        """ "on the payments team at Northwind" — to follow a subject in a sentence."""
        parts = []
        if self.team:
            parts.append(
                "on another team" if self.team == OTHER else f"on the {self.label_of('team')}"
            )
        if self.project:
            parts.append(
                "on another project" if self.project == OTHER else f"in {self.label_of('project')}"
            )
        if self.site:
            parts.append("at another site" if self.site == OTHER else f"at {_article(self.site)}")
        if self.company:
            company = self.company
            if company == OTHER:
                parts.append("at another company")
            elif company.split()[0] in ("previous", "current", "first"):
                parts.append(f"at your {company}")
            else:
                parts.append(f"at {_article(company)}")
        return " ".join(parts)

    def label_of(self, name: str) -> str:
        return Entity(**{name: getattr(self, name)}).label()


def _bare(word: str) -> str:
    """ "st aidan's" → "st aidan": a name said with its possessive is the same name."""
    return word[:-2] if word.endswith(("'s", "’s")) and len(word) > 3 else word


def same_name(a: str, b: str) -> bool:
    """ "skybridge" / "skybridge airways", "riverside tower" / "the riverside tower project":
    one name, said in full or in short (the shorter's words begin the longer's)."""
    if a == b:
        return True
    words_a = [_bare({"&": "and"}.get(w, w)) for w in a.split() if w != "the"]
    words_b = [_bare({"&": "and"}.get(w, w)) for w in b.split() if w != "the"]  # "Brenner & Sons"
    short, long = sorted((words_a, words_b), key=len)
    if not short:
        return False
    if long[: len(short)] == short:
        return True
    if len(short) == 1 and short[0] == long[-1] and len(short[0]) > 3:
        return True  # "wellcare" / "elm road wellcare": the place said before the name
    if len(short) > 1 and long[-len(short) :] == short:
        return True  # "san isidro" / "almazara san isidro": what it is, said before the name
    # "sunrise hc" / "sunrise homecare", "brackley dc" / "brackley district council"
    rest = "".join(w[0] for w in long[1:])
    told = "".join(short[1:])
    return (
        short[0] == long[0]
        and 0 < len(told) <= 3
        and (rest.startswith(told) or _letters_in(told, " ".join(long[1:])))
    )


def _letters_in(short: str, word: str) -> bool:
    """ "hc" in "homecare": the letters of an abbreviation, in order, from the word's first."""
    if not word or word[0] != short[0]:
        return False
    position = 0
    for letter in short:
        position = word.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _article(name: str) -> str:
    """ "the oncology ward", "the ICU", "Northwind"."""
    first = name.split()[0]
    return name if first[:1].isupper() and not first.isupper() else f"the {name}"
