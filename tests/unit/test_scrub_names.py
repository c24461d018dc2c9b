"""Person names in prose, by the US Census name lists the `names` package ships: a given
name and a surname, a given name after a greeting or an address word, first.last logins.
The names of products, places and tools that begin with a given name stay."""

from __future__ import annotations

import pytest

from consentry.anonymize import person_names
from consentry.anonymize.scrub import Scrubber, scrub_message

# The detectors alone: what the name rules change, without the allow-list's own verdicts.
DETECTORS = Scrubber(free_text="scrubbed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello John Smith, your account is ready", "Hello <name>, your account is ready"),
        ("Contact Sarah Connor for access", "Contact <name> for access"),
        ("Sarah J. Connor approved the request", "<name> approved the request"),
        ("ask John S. about the token", "ask <name> about the token"),
        ("Patrick O'Brien and Ronald McDonald", "<name> and <name>"),
        ("Walter White rejected it", "<name> rejected it"),
        # A given name and a word of no list, which the allow-list removes anyway.
        ("Hello Maria Kowalczyk, welcome", "Hello <name>, welcome"),
        # A word of no list and a surname that is no common English word.
        ("Hello Xochitl Gonzalez, welcome", "Hello <name>, welcome"),
    ],
)
def test_given_name_and_surname(text: str, expected: str) -> None:
    assert DETECTORS.scrub_message(text) == expected
    assert scrub_message(expected) == scrub_message(scrub_message(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name of no census list: a word that is no common English word and no
        # software word, before a surname or before a word of no list.
        ("Commit by Rahul Sharma was reverted", "Commit by <name> was reverted"),
        ("Reviewed by Tiago Ribeiro", "Reviewed by <name>"),
        # Letters with diacritics are letters of a name; lists are read without them.
        ("Reviewed by Jérémy Lefèvre", "Reviewed by <name>"),
        ("Łukasz Nowak approved it", "<name> approved it"),
        ("Heiðar Þórðarson approved it", "<name> approved it"),
        # Further surnames, initials without a dot, the surname first.
        ("Andreas Damgaard Pedersen approved it", "<name> approved it"),
        ("John A Edwards approved it", "<name> approved it"),
        ("Petrov Nikita approved it", "<name> approved it"),
        # Names in capitals, as forms make people write them; short acronyms end a name.
        ("Commit by JAMES TANNER was reverted", "Commit by <name> was reverted"),
        ("Reviewed by Alain KHALIL", "Reviewed by <name>"),
        ("Sarah J. Connor approved it", "<name> approved it"),
        # A given name that is also a word, before a surname that is none.
        ("Reviewed by Hunter Schwartz", "Reviewed by <name>"),
        ("Reviewed by Will Kowalczyk", "Reviewed by <name>"),
        # A word of no list before a surname web text writes as often as a word.
        ("Commit by Vishwajeet Singh was reverted", "Commit by <name> was reverted"),
    ],
)
def test_names_beyond_the_census(text: str, expected: str) -> None:
    assert scrub_message(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Maria, the build failed", "Hi <name>, the build failed"),
        ("Dear Maria, the job failed", "Dear <name>, the job failed"),
        ("Thanks, Maria", "Thanks, <name>"),
        ("Cc: Maria", "Cc: <name>"),
        ("Hi Maria Garcia, welcome", "Hi <name>, welcome"),
        ("cc Maria on the ticket", "cc <name> on the ticket"),
        ("Issue assigned to Maria yesterday", "Issue assigned to <name> yesterday"),
        ("reported by Maria", "reported by <name>"),
    ],
)
def test_given_name_after_an_address_word(text: str, expected: str) -> None:
    assert DETECTORS.scrub_message(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("login john.smith failed", "login <user> failed"),
        ("user Maria_Garcia has no seat", "user <user> has no seat"),
        # Written together with capitals, or with a hyphen.
        ("signed in as BobStevens", "signed in as <user>"),
        ("signed in as chris-martin", "signed in as <user>"),
    ],
)
def test_first_last_login(text: str, expected: str) -> None:
    # Judged by the allow-list, where the two words would otherwise pass.
    assert scrub_message(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Products whose first word is a given name: the second is a software word.
        "Claude Code failed to start",
        "Claude Sonnet 4 is overloaded",
        "Ruby Gems could not be installed",
        "Max Tokens must be a number",
        "Mistral Large returned 429",
        "Gemini Pro is not available in your region",
        "Devin opened a pull request",
        "Jules: task failed",
        "Ada, Julia, Ruby and Grace are languages or products here",
        "generated by Claude",
        # Places and tools.
        "San Francisco",
        "Visual Studio Code",
        "Jupyter Notebook kernel died",
        "Hugging Face token rejected",
        # Calendar words and title case.
        "due by June",
        "From foo@bar Thu Jan  1 00:00:00 1970",
        "Rate Limit Exceeded",
        "Will Retry in 5 seconds",
        "Plan B failed",
        # A verb's form before a word of no list is no given name.
        "Combining Diacritical Marks",
        "Handles Firehose requests",
        "Type A Error",
        "LLM Provider NOT provided",
        "HTTP GET failed: RPM TPM LIMIT",
        "WARNING: DO NOT EDIT",
        "Grace Period Expired",
        "Mark Down is not a format",
        "An Rmail-style header",
        "AppStream Fleet is not ready",
        "Paris, France",
        "Hi Claude, the request failed",
        # Code: attributes, keyword arguments, files.
        "self.john_smith is None",
        "max_length must be positive",
        "MaxTokens must be a number",
        "will-change is not supported",
        "grant_type is required",
        "john.smith.py not found",
    ],
)
def test_products_places_and_code_stay(text: str) -> None:
    assert DETECTORS.scrub_message(text) == text
    out = scrub_message(text)
    assert "<name>" not in out, out
    assert "<user>" not in out, out


def test_name_lists_are_read() -> None:
    assert "maria" in person_names.given_names()
    assert "smith" in person_names.surnames()
    assert "smith" in person_names.surnames().common
    assert "code" in person_names.surnames()
    assert "code" not in person_names.surnames().common
    assert "kowalczykowski" not in person_names.surnames()
    # Common words the census lists as rare given names are not taken.
    assert not any(n in person_names.given_names() for n in ("will", "in", "so", "many", "june"))


def test_a_title_finds_its_name_whatever_else_the_text_holds() -> None:
    # "Miss" was no needle of the title rule: its name went only when "ms" stood elsewhere.
    assert scrub_message("Miss Jones called") == "Miss <name> called"
    assert scrub_message("Miss Jones called in 30 ms") == "Miss <name> called in 30 ms"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Review requested from @BobStevens", "Review requested from <user>"),
        ("assigned by @jane-doe42 yesterday", "assigned by <user> yesterday"),
        ("cc @james", "cc <user>"),
        # Words: a decorator, an assistant's context or participant, an npm scope.
        ("decorated with @property", "decorated with @property"),
        ("Could not retrieve @docs context", "Could not retrieve @docs context"),
        ("use @workspace or @copilot", "use @workspace or @copilot"),
        ("@types/node not found", "@types/node not found"),
        ("write to bob@example.org", "write to <email>"),
    ],
)
def test_an_account_mentioned_by_its_handle(text: str, expected: str) -> None:
    assert scrub_message(text) == expected
