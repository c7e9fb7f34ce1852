"""Persistence: SQLModel tables, the engine, Alembic migrations, reference data and queries."""
