"""The event as it leaves: a catalog event wrapped in PostHog's capture shape.

`distinct_id` is the random anonymous id, `uuid` is the event's own id (so a batch
sent twice is counted once), and the context properties are the only extra facts:
OS family, IDE name and version, extension and Consentry versions, a per-session id.
No person profile, no GeoIP, never `$ip`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from consentry import __version__
from consentry.anonymize.catalog import Accepted


def os_family(platform: str = sys.platform) -> str:
    """PostHog's `$os` value for this platform; a family name, never a version."""
    if platform.startswith("win"):
        return "Windows"
    if platform == "darwin":
        return "Mac OS X"
    if platform.startswith("linux"):
        return "Linux"
    return "Other"


@dataclass(frozen=True, kw_only=True)
class Context:
    """Facts about this session that every event carries."""

    ide_name: str = "unknown"
    ide_version: str = "unknown"
    extension_version: str = "unknown"
    session_id: str
    os: str = os_family()

    def properties(self) -> dict[str, Any]:
        """The context properties of PROTOCOL.md."""
        return {
            "$os": self.os,
            "ide": self.ide_name,
            "ide_version": self.ide_version,
            "extension_version": self.extension_version,
            "consentry_version": __version__,
            "$session_id": self.session_id,
            "$process_person_profile": False,
            "$geoip_disable": True,
        }


def wrap(event: Accepted, distinct_id: str, context: Context) -> dict[str, Any]:
    """The PostHog capture object for one accepted event, exactly as it will be sent."""
    return {
        "event": event.event,
        "distinct_id": distinct_id,
        "uuid": event.event_id,
        "timestamp": event.timestamp,
        "properties": {**event.properties, **context.properties()},
    }
