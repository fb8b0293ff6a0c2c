"""Alembic revisions: the schema. Shipped inside the wheel as ``app.migrations``."""
