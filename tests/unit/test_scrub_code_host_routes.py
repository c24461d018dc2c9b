"""A code host's own pages and API routes name no account and stay; what follows them
may name someone and does not."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (
            "HTTP Error 503 thrown while requesting GET https://huggingface.co/api/models",
            "HTTP Error 503 thrown while requesting GET https://huggingface.co/api/models",
        ),
        (
            "GET https://huggingface.co/api/models/bartowski/Llama-3-GGUF failed",
            "GET https://huggingface.co/api/models/<path> failed",
        ),
        (
            "https://huggingface.co/datasets/acme/private-data 401",
            "https://huggingface.co/datasets/<path> 401",
        ),
        ("https://gitlab.com/api/v4/projects/12345 404", "https://gitlab.com/api/<path> 404"),
        ("see github.com/models/acmeinternal", "see github.com/models/<redacted>"),
        # An account's path is still no one's business.
        ("https://github.com/microsoft/vscode.git failed", "https://github.com/<path> failed"),
    ],
)
def test_routes_stay_and_accounts_go(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed
