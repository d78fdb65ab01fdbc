"""Thin launcher: `python main.py` opens the GUI, `python main.py COMMAND ...` runs the CLI."""

from ektp_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
