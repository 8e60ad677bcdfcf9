from aspectos_desktop.cli import main

raise SystemExit(main())
