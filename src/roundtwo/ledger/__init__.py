"""The fact ledger: every fact the candidate stated, and the contradictions between them.

Interviewers compare their round-one and round-two notes. The ledger turns each claim the
analysis engine finds in an answer into a :class:`~roundtwo.analysis.facts.Fact` — the claim
tied to its statement, round and interviewer, with the *entity* it is about ("at Northwind",
"on the payments team") and a normalised *subject* ("team size", "p99 latency cut") — and
checks new facts against the ledger:

- ``statements.facts_from_statement(statement)`` reads one statement into facts;
- ``check.check(new_facts, ledger_facts)`` and ``check.contradictions_among(facts)`` return
  :class:`~roundtwo.ledger.verdicts.Contradiction` objects (both quotes, a one-line
  explanation and a suggestion to reconcile them before the next round), using the fact index
  (``index``), the score memo (``scores``) and the verdicts on pairs (``verdicts``);
- ``recycled.compare(earlier, later)`` says whether a repeated question got the same words,
  the same story told deeper, or a different story;
- ``contract.consistency(payload)`` is the JSON contract of ``roundtwo consistency``
  (docs/ledger.md).

Pure functions over the analysis engine and the standard library: nothing here opens a store,
a web request or a terminal — except ``service`` (what the user sees and does), ``sync``
(answers into entries and back) and ``views``, which feed these from the store.
"""
