"""LinkedIn export readers: bytes in, plain rows out (pure: no Qt, no SQLAlchemy, no database).

``archive`` finds the files of an export (a zip, a folder or single files), ``table`` finds a CSV's header and
checks each row, ``dates`` reads LinkedIn's date forms once per distinct string, ``readers`` turns each file into
``rows`` dataclasses, and ``interactions`` works out the owner and each person's last message date.
"""
