"""What the privacy dashboard asks the server: the catalog, a product's history, a purge.

Three requests (docs/PROTOCOL.md, "The privacy dashboard"), all barriers like every
request:

- `consentry/catalog` → what is collected and what never is, as data;
- `consentry/history` `{"product"?, "days"?}` → that product's events per day sent and
  dropped, where its audit log is, its setting key and the administrator's limit on it;
- `consentry/purge` `{"product"?}` → deletes that product's queued events, its lines in
  the audit log, its anonymous id and its daily counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from pygls.exceptions import JsonRpcInternalError, JsonRpcInvalidParams

from consentry.anonymize.catalog import CATALOG, CATALOG_VERSION, NEVER_COLLECTED, Field
from consentry.anonymize.catalog_doc import CONTEXT_PROPERTIES
from consentry.lsp.handlers import _off_loop, _product, _ready
from consentry.lsp.server import ConsentryServer

CATALOG_METHOD: Final = "consentry/catalog"
HISTORY_METHOD: Final = "consentry/history"
PURGE_METHOD: Final = "consentry/purge"
DEFAULT_DAYS: Final = 14

_FIELD_KINDS: Final = {
    "enum": "one of {choices}",
    "identifier": "a short identifier; anything else becomes <redacted>",
    "count": "a non-negative integer",
    "text": "free text, scrubbed of personal data and secrets",
    "stack": "a stack trace reduced to file base names, lines and functions",
}


def _describe(field: Field) -> str:
    kind = _FIELD_KINDS.get(field.type, field.type).format(choices=", ".join(field.choices))
    return f"{field.description} ({kind})"


def catalog_description() -> dict[str, Any]:
    """The catalog as data: every event, its properties, what every event carries, what never."""
    return {
        "version": CATALOG_VERSION,
        "events": [
            {
                "name": event.name,
                "kind": event.kind,
                "description": event.description,
                "properties": [
                    {"name": f.name, "required": f.required, "description": _describe(f)}
                    for f in event.fields
                ],
            }
            for event in CATALOG.values()
        ],
        "context": [{"name": name, "description": what} for name, what in CONTEXT_PROPERTIES],
        "never": list(NEVER_COLLECTED),
    }


def _days(params: object) -> int:
    days = params.get("days", DEFAULT_DAYS) if isinstance(params, Mapping) else DEFAULT_DAYS
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 90:
        raise JsonRpcInvalidParams("'days' must be an integer from 1 to 90")
    return days


def register(server: ConsentryServer) -> None:
    """Register the dashboard's requests on `server`."""

    @server.feature(CATALOG_METHOD)
    async def catalog(ls: ConsentryServer, _params: Any) -> dict[str, Any]:
        await _ready(ls)
        return catalog_description()

    @server.feature(HISTORY_METHOD)
    async def history(ls: ConsentryServer, params: Any) -> dict[str, Any]:
        days = _days(params)
        pipeline = await _ready(ls)
        product = _product(pipeline, params)
        sources = product.state.sources
        counts = await _off_loop(lambda: pipeline.history.days(product.id, days))
        return {
            "product": product.id,
            "days": [day.as_dict() for day in counts],
            "auditLog": str(pipeline.audit.path),
            "setting": product.profile.setting,
            "policy": (
                {"level": sources.policy_level, "by": sources.policy_by}
                if sources.policy_level is not None
                else None
            ),
        }

    @server.feature(PURGE_METHOD)
    async def purge(ls: ConsentryServer, params: Any) -> dict[str, Any]:
        pipeline = await _ready(ls)
        product = _product(pipeline, params)
        # Queued events first (the writer purges in order with what it commits), so
        # nothing of the product is sent after this answer.
        purged = product.partition.purge(None)
        product.ledger.revoke(None)
        if purged is not None:
            await _off_loop(lambda: purged.result(timeout=30))
        try:
            had_id = product.reset_id()
            removed = await _off_loop(lambda: pipeline.audit.remove_product(product.id))
        except OSError as exc:
            raise JsonRpcInternalError(f"could not delete everything: {exc.strerror}") from exc
        pipeline.history.purge(product.id)
        if product.decision.sends_errors:
            product.partition.open()  # the purge closed its sender's gate; consent stands
        return {"product": product.id, "anonymousId": had_id, "auditLines": removed}
