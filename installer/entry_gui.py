"""PyInstaller entry for ``djdesk`` (windowed GUI): the same as the ``djdesk`` gui-script."""

from djdesk.ui.app import main

raise SystemExit(main())
