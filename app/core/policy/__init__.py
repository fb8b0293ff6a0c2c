"""The contact policy: rules, templates, evaluation, red flags and policy files (pure)."""
