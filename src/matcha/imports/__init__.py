"""CSV import of candidates, companies and positions, row by row through the API's schemas."""
