"""Gatehouse: run your own LinkedIn contact policy."""

__version__ = "0.1.0"
