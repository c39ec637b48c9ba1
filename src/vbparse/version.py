"""The version of vbparse, in a module of its own so that modules below the package (``stamp``) read it
without importing back up into the package's ``__init__``."""

__version__ = "0.1.0"
