"""Gatehouse: run your own LinkedIn contact policy."""

__version__ = "0.2.0"
