"""Celery shell: the app configuration and thin tasks over the job functions."""
