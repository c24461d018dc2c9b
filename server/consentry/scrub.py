"""Temporary minimal scrubber (replaced by the full one)."""
import re
REDACTED = "<redacted>"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_HOME = re.compile(r"(/home/|/Users/)[^/\s]+")
_KEY = re.compile(r"sk-[A-Za-z0-9_-]{16,}")
def scrub_message(text: str) -> str:
    """Scrub."""
    return _KEY.sub("<secret>", _HOME.sub(r"\1<user>", _EMAIL.sub("<email>", text)))
def scrub_stack(text: str) -> str:
    """Scrub."""
    return scrub_message(text)
