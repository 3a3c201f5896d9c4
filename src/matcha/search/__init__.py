"""Search: the database's own full-text index of candidates, and the header's search box."""
