"""The ``gatehouse`` command: one module per command group, listed in ``app.cli.main.COMMAND_GROUPS``.

``--help`` imports every group module to build the parser (a command imports only its own), so it answers
at once only if each stays light: at its top a command module imports ``argparse``, the standard library,
``app.cli.output`` and the plain ``app.core`` modules (``vocabulary``, ``errors``); its handlers import the
services, the storage and the heavier core modules they use. ``tests/cli/test_startup.py`` fails when ``--help``
loads a library.
"""
