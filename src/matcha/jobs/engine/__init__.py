"""Job records and how they run: the row, leases, the runner, the sweeper, queueing."""
