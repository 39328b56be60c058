"""What several test modules share: the settable clock, the services world, the
hand-computed weeks of the reports and the wallboard, the in-memory keyring and
the PostgreSQL helpers. Fixtures stay in ``conftest.py`` files and build on these;
no test module imports from another test module."""
