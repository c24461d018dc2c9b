"""What the editor and its extensions log: who owns a package, an extension or a sign-in,
the accounts of container registries, ids after their keys, and the build commits, exit
codes and keys that stay."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('npm package "ui-kit" does not exist under owner "pelican-fintech"', "pelican-fintech"),
        (
            "The user is not authorized to access publisher 'harbinger-analytics'.",
            "harbinger-analytics",
        ),
        ("not found in the gallery (private publisher 'quinn-labs').", "quinn-labs"),
        ("Failed to get user info for account 'ben-ashworth-cw': HttpError", "ben-ashworth-cw"),
        # A container registry's first part is an account, as a code host's is.
        (
            "Processing feature: ghcr.io/aster-robotics/devcontainer-features/ros2-humble:1",
            "aster-robotics",
        ),
        ("pull registry.gitlab.com/kestrel-freight/ledger:2.1 failed", "kestrel-freight"),
        # An id after its key, not only after the noun.
        ('unexpected diff for employee "Kaito Mori" (emp_id 20391):', "20391"),
        ("lookup failed for user_id=88213", "88213"),
        ("account no. 40921 is closed", "40921"),
    ],
)
def test_an_owner_or_a_number_named_by_its_noun_goes(text: str, name: str) -> None:
    assert name not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "publisher 'microsoft' is verified",
        "account 'default' has no session",
        "image ghcr.io/linuxserver/node:latest pulled",
        # A build's commit after the editor's version, and a crash's exit status under
        # its key: printed alike on every machine.
        "Dev Containers 0.327.0 in VS Code 1.86.2 (903b1e9d8990623e3d7da1df3d33db3e42d80eda).",
        "GPU process exited unexpectedly: exit_code=-1073740791",
        "emp 2024 plan",
        "client 404 error",
    ],
)
def test_public_names_builds_and_statuses_stay(text: str) -> None:
    assert scrub_message(text) == text


def test_a_random_value_run_together_with_its_key_still_goes() -> None:
    out = scrub_message("device=5f2a9c1e7b3d8e40a6c2f91d0b8e7a34c5d1f9e2a6b0c4d8e7f3a1b5c9d2e6f0 x")
    assert out == "device=<secret> x"
    assert "Zq81kKx0" not in scrub_message("blob=Zq81kKx0Lp2Mn3Bv4Cx5Zq81kKx0Lp2M")


@pytest.mark.parametrize(
    "text",
    [
        "Proxy authentication failed for proxy01.sahara-telecom.ma:8080: GSS-API error",
        "could not reach llm.norrsken-energi.no",
        "connect to db.corp-intra.at:5432 refused",
    ],
)
def test_a_host_under_any_country_code_of_three_labels_goes(text: str) -> None:
    assert "<host>" in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        # Two labels, or a source file's and a build file's last parts: no host.
        "open model.fp16.pt failed",
        "edit config.h.in first",
        "file x.ma missing",
        "arr.at(-1) is undefined",
    ],
)
def test_files_and_methods_ending_in_a_country_code_stay(text: str) -> None:
    assert scrub_message(text) == text
