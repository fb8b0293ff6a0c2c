"""The pure core: vocabulary, records and rules. Imports neither Qt nor SQLAlchemy."""
