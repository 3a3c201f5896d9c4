"""The hiring pipeline: applications, their stages and history, and notes."""
