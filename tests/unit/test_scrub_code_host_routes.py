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
        ("https://github.com/jdoe42/vscode.git failed", "https://github.com/<path> failed"),
    ],
)
def test_routes_stay_and_accounts_go(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # A public model, as the model field would keep its id: a registry id, or a
        # registry organisation's repository with a model's size tag.
        (
            "Repository Not Found for url: https://huggingface.co/api/models/"
            "Qwen/Qwen2.5-7B-Instruct-GGUF/revision/main.",
            "Repository Not Found for url: https://huggingface.co/api/models/"
            "Qwen/Qwen2.5-7B-Instruct-GGUF/revision/main.",
        ),
        (
            "Cannot access gated repo for url https://huggingface.co/"
            "meta-llama/Llama-3.1-8B-Instruct/resolve/main/config.json.",
            "Cannot access gated repo for url https://huggingface.co/"
            "meta-llama/Llama-3.1-8B-Instruct/resolve/main/config.json.",
        ),
        (
            "https://huggingface.co/api/models/gpt2/revision/v2.0",
            "https://huggingface.co/api/models/gpt2/revision/v2.0",
        ),
        # A person's or a company's namespace is no registry organisation's.
        (
            "https://huggingface.co/someuser/llama-3-8b/resolve/main",
            "https://huggingface.co/<path>",
        ),
        ("https://huggingface.co/acme-corp/Llama-3.1-8B-Instruct", "https://huggingface.co/<path>"),
        # After a public model, a branch of someone's naming or a file of no known word.
        (
            "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/resolve/feature-x/a.json",
            "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/resolve<path>",
        ),
        (
            "https://huggingface.co/gpt2/blob/main/kowalczyk/notes.txt",
            "https://huggingface.co/gpt2/blob/main<path>",
        ),
        # Datasets and Spaces are no models.
        ("https://huggingface.co/spaces/gpt2", "https://huggingface.co/spaces/<path>"),
        # The Hub's documentation is no one's account.
        (
            "(https://huggingface.co/docs/transformers/main/en/main_classes/text_generation)",
            "(https://huggingface.co/docs/transformers/main/en/main_classes/text_generation)",
        ),
    ],
)
def test_a_public_model_on_the_hub_stays(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed
    assert scrub_message(scrubbed) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # A repo id of one name is one of the Hub's own early models: no account has it.
        (
            "429 for url: https://huggingface.co/api/models/bert-base-uncased/tree/main.",
            "429 for url: https://huggingface.co/api/models/bert-base-uncased/tree/main.",
        ),
        (
            "GET https://huggingface.co/gpt2/resolve/main/config.json failed",
            "GET https://huggingface.co/gpt2/resolve/main/config.json failed",
        ),
        # At the top level one name is an account's page; a person's name is no model;
        # one name before anything but a route is an account.
        ("https://huggingface.co/bertbase", "https://huggingface.co/<path>"),
        ("https://huggingface.co/api/models/james", "https://huggingface.co/api/models/<path>"),
        (
            "https://huggingface.co/api/models/acme/weights-v2",
            "https://huggingface.co/api/models/<path>",
        ),
    ],
)
def test_canonical_models_of_the_hub(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (
            "See https://vite.dev/guide/troubleshooting.html#_431-request-header-fields-too-large.",
            "See https://vite.dev/guide/troubleshooting.html#_431-request-header-fields-too-large.",
        ),
        # A fragment elsewhere may carry a sign-in's token.
        ("https://example.com/page#section-two", "https://example.com/page"),
    ],
)
def test_documentation_sites_keep_their_sections(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed
