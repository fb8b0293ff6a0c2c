"""Controllers: the behaviour of a view, its signals wired in one ``_connect_signals()``."""
