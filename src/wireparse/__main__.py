"""``python -m wireparse`` runs the command line."""

from wireparse.cli import main

raise SystemExit(main())
