"""Support Console's Qt-free core: the support programme's rules, the data layer,
the use cases and the command line.

Nothing in this package imports PySide6, qasync or :mod:`ui`; an import-linter
contract in ``pyproject.toml`` keeps it so.
"""

__version__ = "0.1.0"
