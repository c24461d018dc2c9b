"""Model ids: registry ids and public namespaces pass; someone's own namespace does not."""

from __future__ import annotations

import pytest

from consentry.anonymize.catalog import looks_like_identifier
from consentry.anonymize.identifiers import (
    CUSTOM_MODEL,
    is_file_name,
    joins_unknown_word,
    model_id,
)
from consentry.anonymize.models import load_registry, registry_namespaces


def test_namespaces_come_from_the_registry() -> None:
    namespaces = registry_namespaces()
    assert {"openrouter", "meta-llama", "accounts", "ollama"} <= namespaces
    # Every namespace is a part of some registry id, or a provider.
    assert all(any(n in r for r in load_registry()) for n in namespaces)


@pytest.mark.parametrize(
    "model",
    [
        "gpt-4o",
        "ollama/llama3:8b",
        "ollama/llama3.1:8b",
        "openai/gpt-4o",
        "openrouter/anthropic/claude-3.5-sonnet",
        "meta-llama/Llama-3.1-8B-Instruct",
        "together_ai/meta-llama/Llama-3-8b-chat-hf",
        "accounts/fireworks/models/llama-v3p1-70b-instruct",
        "qwen2.5-coder:7b",
        "llama3:8b-instruct-q4_K_M",
    ],
)
def test_public_models_pass(model: str) -> None:
    assert model_id(model) == model


@pytest.mark.parametrize(
    "model",
    [
        # A person's or a company's namespace, even in front of a registry id.
        "zelmorvin/llama3",
        "zelmorvin-corp/mistral-7b",
        "acme-corp/llama-3-8b",
        "zelmorvin/codellama:13b-q5",
        "hf.co/zelmorvin/qwen2.5-coder-7b-sft-GGUF:Q4_K_M",
        "projects/zelmorvin-ml/locations/us-central1/endpoints/1234567890",
        # Fine-tunes and resource names carry the organisation or the account.
        "ft:gpt-4o-mini:zelmorvin::AbC12xYz",
        "ft:gpt-3.5-turbo-0125:acme::9xQ2bLmA",
        "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh",
        # A fine-tune's marker anywhere: its trainer named it.
        "acme-fin-coder-34b-ft-2024-06",
        "finetuned-leasing-contracts-q4",
        # Weights on a disk.
        "/home/zelmorvin/models/llama-3-8b.gguf",
        "D:\\llm\\merged-7b.Q5_K_M.gguf",
        "file:///opt/models/zelmorvin-lora/adapter_model.safetensors",
    ],
)
def test_private_models_are_custom(model: str) -> None:
    assert model_id(model) == CUSTOM_MODEL


def test_a_profile_listed_model_passes() -> None:
    assert model_id("zelmorvin/llama3", frozenset({"zelmorvin/llama3"})) == "zelmorvin/llama3"


@pytest.mark.parametrize(
    ("value", "is_file"),
    [
        ("minutes.json", True),
        ("index.html", True),
        ("cv.pdf", True),
        ("backup.tar.bz2", True),
        ("typescriptreact", False),
        ("editor.action.inlineSuggest.commit", False),
        ("esbenp.prettier-vscode", False),
        (".json", False),
    ],
)
def test_file_names(value: str, is_file: bool) -> None:
    assert is_file_name(value) is is_file


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("typescriptreact", True),
        ("editor.action.inlineSuggest.commit", True),
        ("openai", True),
        # Someone's namespace, document or file in a field that expects a name.
        ("openai/hanakowal-assistant-v2", False),
        ("hanakowal-forecast.json", False),
        ("hanakowal-payroll.csv", False),
    ],
)
def test_identifier_fields_refuse_namespaces_and_files(value: str, kept: bool) -> None:
    assert looks_like_identifier(value) is kept


@pytest.mark.parametrize(
    ("value", "joined"),
    [
        ("kowalczyk_resume_final", True),
        ("scan_kowalczyk_001", True),
        ("typescriptreact", False),
        ("github-actions-workflow", False),
        ("esbenp.prettier-vscode", False),
        ("ERR_MODULE_NOT_FOUND", False),
    ],
)
def test_names_joined_to_an_unknown_word(value: str, joined: bool) -> None:
    assert joins_unknown_word(value) is joined
