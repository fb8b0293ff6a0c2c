"""Qt models: thin adapters over the rows services return (column enum, sort role, id role)."""
