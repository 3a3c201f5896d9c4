"""The user's original React frontend (tajaa/matcha-recruit, client/) against matcha: its API
calls as its `client/src/api/client.ts` builds them, and its pages in a real browser."""
