"""PyInstaller entry for ``djdesk-cli`` (console): the same as the ``djdesk-cli`` script."""

from djdesk.cli import main

raise SystemExit(main())
