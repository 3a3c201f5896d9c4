"""CSV exports that open safely in a spreadsheet: candidates (filtered) and a position's matches."""
