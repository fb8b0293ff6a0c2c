"""Storage: the declarative models, opening databases (migrations, backups) and repositories."""
