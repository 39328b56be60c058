"""Support Console's Qt GUI. It depends on :mod:`console`, never the reverse."""
