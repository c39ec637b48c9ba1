"""Ingest: the files an index run reads (``walk``) and the processes that parse them, a local pool
(``workers``) or a Ray cluster (``ray_engine``), picked by ``engines``.

It turns files into whatever the job's ``parse_one`` returns and knows nothing of the database: the store
(``store.indexing``) calls it and writes the results; nothing here imports the store
(``tests/test_layering.py``).  Its modules are small and imported one by one (the CLI reads ``walk`` and
``workers`` without loading the archive).
"""
