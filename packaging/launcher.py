"""Entry point of the bundled executable: the same ``gatehouse`` command as the installed package."""

import multiprocessing

from app.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
