"""Printable reports rendered with Qt (no browser)."""
