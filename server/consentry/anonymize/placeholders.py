"""The placeholders scrubbing writes in place of what it removes, each written once.

Every stage imports them from here, so a placeholder one stage writes is the same
string another stage recognises (and leaves alone) on the next pass.
"""

from __future__ import annotations

from typing import Final

REDACTED: Final = "<redacted>"
CODE: Final = "<code>"
TEXT: Final = "<text>"
FILE: Final = "<file>"
ID: Final = "<id>"
NAME: Final = "<name>"
EXTENSION: Final = "<extension>"
USER: Final = "<user>"
HOST: Final = "<host>"
PATH: Final = "<path>"
WORKSPACE: Final = "<workspace>"
EMAIL: Final = "<email>"
SECRET: Final = "<secret>"
JWT: Final = "<jwt>"
PRIVATE_KEY: Final = "<private-key>"
IP: Final = "<ip>"
MAC: Final = "<mac>"
CARD: Final = "<card>"
IBAN: Final = "<iban>"
PHONE: Final = "<phone>"
SID: Final = "<sid>"
URL: Final = "<url>"
LOCATION: Final = "<location>"

# The shape every placeholder above has: how a text's placeholders are found.
PLACEHOLDER_SHAPE: Final = r"<[a-z][a-z-]{0,20}>"
