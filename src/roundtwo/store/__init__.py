"""The store: one database (SQLite by default, PostgreSQL by URL), every row owned by a user.

Use it as ``with open_store().transaction() as tx: ...``; service functions take the ``tx``.
"""

from roundtwo.store.db import Store, Tx, open_store

__all__ = ["Store", "Tx", "open_store"]
