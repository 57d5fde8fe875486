"""djdesk (党建桌面): offline records for village Party branch clerks."""

# The one place the version is written: pyproject.toml reads it (``dynamic``), and so do the
# installer scripts. A literal, not importlib.metadata, which costs ≈ 40 ms of every start-up.
__version__ = "0.1.0"
