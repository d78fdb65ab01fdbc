"""The database tables, as SQLAlchemy 2 typed models; Alembic owns how they are created.

One module per area; importing this package puts every table on ``Base.metadata``.
"""

from __future__ import annotations

from ektp_desk.models.base import NAMING, Base
from ektp_desk.models.counter import (
    OPEN_STATUS_SQL,
    QUEUE_ORDER,
    QUEUED_SQL,
    RECORD_TABLE,
    ImportBatch,
    OutboxMessage,
    PrintAttempt,
    Record,
    Station,
    StationHeartbeat,
    order_key,
    published_record,
    queue_key,
    status_is,
    unpublished_batches,
)
from ektp_desk.models.orders import (
    StockOrder,
)
from ektp_desk.models.papers import (
    CauseCorrection,
    DestroyedEntry,
    Destruction,
    HandedInCard,
)
from ektp_desk.models.people import (
    AuditEntry,
    LoginGuard,
    Setting,
    SignInSession,
    User,
)
from ektp_desk.models.printers import (
    PrinterReading,
    StationProbe,
)
from ektp_desk.models.security import (
    ChainHead,
    ServiceToken,
    SignInLock,
)
from ektp_desk.models.stock import (
    Shift,
    ShiftStation,
    StockBalance,
    StockMovement,
    StockSnapshot,
)

__all__ = [
    "NAMING",
    "OPEN_STATUS_SQL",
    "QUEUED_SQL",
    "QUEUE_ORDER",
    "RECORD_TABLE",
    "AuditEntry",
    "Base",
    "CauseCorrection",
    "ChainHead",
    "DestroyedEntry",
    "Destruction",
    "HandedInCard",
    "ImportBatch",
    "LoginGuard",
    "OutboxMessage",
    "PrintAttempt",
    "PrinterReading",
    "Record",
    "ServiceToken",
    "Setting",
    "Shift",
    "ShiftStation",
    "SignInLock",
    "SignInSession",
    "Station",
    "StationHeartbeat",
    "StationProbe",
    "StockBalance",
    "StockMovement",
    "StockOrder",
    "StockSnapshot",
    "User",
    "order_key",
    "published_record",
    "queue_key",
    "status_is",
    "unpublished_batches",
]
