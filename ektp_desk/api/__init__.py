"""The front door: every user action of the office, and the reads the faces show.

The window (``ui``) and the command line (``ektp_desk.cli``) call these modules and nothing
else of the core beyond the vocabulary (``domain``), ``actor``, ``errors``, ``i18n`` and
``labels``; a layer contract in ``.ci/run`` checks it. Each action is one function, one
database transaction, and takes the authenticated ``Actor`` doing it: the audit log names that
person and station, whatever the arguments say.

- ``counter``: the print counter (claim, print, release, resolve, the queue, a card)
- ``stock``: deliveries, adjustments, rolls, balances, the ledger check
- ``shifts``: shifts and the shortage forecast
- ``reports``: the handover workbook, the berita acara, the audit log
- ``citizens``: status at the counter, collection, ready messages
- ``office``: first start, users, stations, settings, sign-in, the database file
- ``jobs``: the service tokens scheduled jobs (backup, SMS delivery) sign in with
"""
