"""A real Redis server for the tests (fixtures filled in with the Redis work)."""
