"""A real Postgres server for the tests (fixtures filled in with the Postgres work)."""
