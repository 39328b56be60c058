"""Storage: typed SQLAlchemy mappings, engines per backend, migrations and connection profiles."""
