"""Method names and payload shapes of the Consentry protocol (see PROTOCOL.md).

Custom params travel as plain dicts: the catalog validates them, so no typed
structuring layer sits between the wire and the pipeline.
"""

from typing import Final, Literal, TypedDict

PROTOCOL_VERSION: Final = 2

REGISTER_PRODUCT: Final = "consentry/registerProduct"
TRACK: Final = "consentry/track"
TRACK_BATCH: Final = "consentry/trackBatch"
VSCODE_TELEMETRY: Final = "consentry/vscodeTelemetry"
STATUS: Final = "consentry/status"
FLUSH: Final = "consentry/flush"
RECENT_EVENTS: Final = "consentry/recentEvents"
SET_CONSENT: Final = "consentry/setConsent"
RESET_ID: Final = "consentry/resetId"
STATE_CHANGED: Final = "consentry/stateChanged"

State = Literal["on", "errors-only", "off", "undecided"]
Source = Literal["env", "policy", "permanent", "vscode", "setting", "config", "profile"]
Destination = Literal["posthog", "log-only"]


class StateChangedParams(TypedDict):
    """Payload of `consentry/stateChanged` (version 2 adds `product`)."""

    state: State
    decidedBy: Source
    reason: str
    product: str


class StatusResult(TypedDict):
    """Result of `consentry/status` (and of `consentry/setConsent`)."""

    state: State
    decidedBy: Source
    reason: str
    destination: Destination
    queued: int
    sent: int
    dropped: dict[str, int]


class FlushResult(TypedDict):
    """Result of `consentry/flush`."""

    sent: int
    queued: int


class ResetIdResult(TypedDict):
    """Result of `consentry/resetId`: whether an anonymous id existed and was deleted."""

    deleted: bool
