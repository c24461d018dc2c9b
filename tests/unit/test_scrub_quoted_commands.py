"""A quoted command of a known tool is a command line, not someone's sentence: its words
are judged one by one, while quoted prose of three words or more is still <text>."""

from __future__ import annotations

import pytest

from consentry.anonymize import vocabulary
from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    "text",
    [
        "error: some local refs could not be updated; try running\n"
        " 'git remote prune origin' to remove any old, conflicting branches",
        "If you are behind a proxy, please make sure that the 'proxy' config is set"
        " properly.  See: 'npm help config'",
        "'docker compose up' exited with code 1",
        "run `kubectl get nodes --all-namespaces` to see them",
        # A program's coined name (no English word, no verb's forms) or an npm package's
        # hyphenated one: a subcommand and one argument at most, flags aside.
        "specify the permissions using `deno compile --allow-net`",
        "reproduce locally with: `pre-commit run --all-files`.",  # an npm package's name
        "`pnpm cache view` only accepts one package name",
        'Use the "pnpm self-update" command to install or update pnpm',
        "Please run `npm install --cpu=wasm32 sharp` to install it.",
        "run 'git push origin main' and 'docker compose up -d'",
        "Your pre-commit configuration is unstaged.\n`git add .pre-commit-config.yaml` to fix.",
    ],
)
def test_a_known_tools_command_stays(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # Its words are still judged: an owner, an author, a file of someone's.
        (
            "'git clone https://github.com/acme/payroll' failed",
            "'git clone https://github.com/<path>' failed",
        ),
        ("'git log --author=kowalczyk' failed", "'git log --author=<redacted>' failed"),
        # Prose stays <text>, also when it starts with an everyday word that is a command
        # elsewhere ("make", "find"), which the tools' list leaves out.
        ("prompt was 'please fix the login bug'", "prompt was '<text>'"),
        ("'make the button blue please' was refused", "'<text>' was refused"),
        ("'find my notes from yesterday' was refused", "'<text>' was refused"),
        # More than a subcommand and two arguments after the tool's name is a sentence.
        ("run `pip show my tax return`", "run `<text>`"),
        ("'git fix all my old bugs' was refused", "'<text>' was refused"),
        # A program the tools' list does not name takes fewer words, and is no everyday
        # word ("python" and "react" are).
        ("'ruff fix my tax return' was refused", "'<text>' was refused"),
        ("query 'python sort list descending' failed", "query '<text>' failed"),
        ("'react hooks tutorial please' was refused", "'<text>' was refused"),
        # Web text writes "aws" and "ruff" as words; "refactor" is a verb.
        ("run 'aws sso login' again", "run '<text>' again"),
        ("'refactor gonzalez payroll' was refused", "'<text>' was refused"),
        # After a coined program's name, a subcommand alone: an argument is the person's.
        ("run 'vercel link --project acme-layoffs'", "run '<text>'"),
        # After a known tool's subcommand, what the person named: a branch, a namespace,
        # an image. Software's words, default refs and npm packages stay.
        (
            "run 'git push origin acquisition-target-zeta' now",
            "run 'git push origin <redacted>' now",
        ),
        ("run 'git checkout layoffs' first", "run 'git checkout <redacted>' first"),
        # A word software does not write is lost with them ("pods").
        ("try 'kubectl get pods -n payments-prod'", "try 'kubectl get <redacted> -n <redacted>'"),
        ("run 'docker run acme/payroll'", "run 'docker run <redacted>'"),
        # A flag's value before the subcommand, after "=", or a setting's value.
        ("run 'kubectl -n payments-prod get nodes'", "run 'kubectl -n <redacted> get nodes'"),
        ("run 'git log --grep=layoffs'", "run 'git log --grep=<redacted>'"),
        ("run 'git -c user.name=Morgan status'", "run 'git -c user.name=<redacted> status'"),
        # Refs, tags and ranges with dots; tabs; and every command of a shell line.
        ("run 'git diff main...layoffs'", "run 'git diff <redacted>'"),
        ("run 'git tag v2.0-layoffs'", "run 'git tag <redacted>'"),
        ("run 'git checkout\tlayoffs'", "run 'git checkout\t<redacted>'"),
        (
            "run 'git checkout layoffs && git push'",
            "run 'git checkout <redacted> && git push'",
        ),
        ("run 'git checkout layoffs; git push'", "run 'git checkout <redacted>; git push'"),
        (
            "run 'npm i merger && git checkout layoffs'",
            "run 'npm i merger && git checkout <redacted>'",
        ),
        (
            "run 'helm upgrade payroll charts/payroll --set image.tag=layoffs'",
            "run 'helm upgrade <redacted> <redacted> --set image.tag=<redacted>'",
        ),
    ],
)
def test_prose_and_unknown_words_still_go(text: str, scrubbed: str) -> None:
    assert scrub_message(text) == scrubbed


def test_the_tools_are_cspells_commands_and_no_everyday_words() -> None:
    commands = vocabulary.command_names()
    assert {"git", "npm", "kubectl", "docker"} <= commands
    assert not {"make", "find", "go", "code", "test"} & commands
