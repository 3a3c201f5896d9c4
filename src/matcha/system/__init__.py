"""System: worker liveness, the status report, on-demand launching."""
