"""Pattern tables: data, not scattered literals.  Each word list and pattern lives here once, documented
where it is defined with real examples, and every stage builds on it; the examples are pinned by tests
(``tests/test_tables.py``, and ``tests/test_deadlines.py``, ``tests/test_obligations.py`` for those
tables)."""
