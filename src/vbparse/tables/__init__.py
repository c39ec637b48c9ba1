"""Pattern tables: data, not scattered literals.  Each table is documented where it is defined and
pinned by tests of real examples (``tests/test_tables.py``)."""
