"""e-KTP Desk core: the print queue, the consumables ledger, import/export and the CLI.

Everything in this package runs headless; it never imports PySide6.QtWidgets.
"""

__version__ = "0.1.0"  # the one place: pyproject.toml, --version, About, reports, audit
SIGNATURE = f"e-KTP Desk {__version__}"  # what a report or the audit log says made it
