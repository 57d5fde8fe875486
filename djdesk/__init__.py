"""djdesk (党建桌面): offline records for village Party branch clerks."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("djdesk")
except PackageNotFoundError:  # running from a source tree that is not installed (e.g. a bundle)
    __version__ = "0.1.0"
