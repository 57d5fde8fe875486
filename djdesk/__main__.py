from djdesk.ui.app import main

raise SystemExit(main())
