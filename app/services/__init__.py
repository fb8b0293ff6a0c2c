"""Use cases. Each public function takes a Database, runs in one session and returns core dataclasses."""
