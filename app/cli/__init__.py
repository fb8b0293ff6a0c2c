"""The ``gatehouse`` command: one module per command group, registered in ``app.cli.main``."""
