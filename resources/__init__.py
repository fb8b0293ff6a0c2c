"""Templates, icons, translations and help shipped with Gatehouse (read with importlib.resources)."""
