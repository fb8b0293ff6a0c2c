"""LinkedIn export readers: bytes in, plain rows out."""
