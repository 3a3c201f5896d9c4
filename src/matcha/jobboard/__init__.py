"""The public job board: an organisation's opted-in open positions, and applying to them."""
