"""`python -m ektp_desk` runs the same command line as `ektp-desk`."""

from ektp_desk.cli import main

raise SystemExit(main())
