"""Names that tell: what sensitive data someone holds (`hiv_viral_load`,
`clientDiagnosis`), or whose business it is (`harbor-street-bakery`).

An identifier made of vocabulary words passes the allow-list (`maxTokens`,
`attention_mask`), so a column, a variable, a file or a function named for the data it
holds passed too, and told what a person's or a company's data is about: a table with
HIV results, a script splitting a divorce settlement, a column of gambling losses. Such
a name goes when one of its words names a sensitive subject:

- the special categories of personal data of the GDPR (Art. 9): health, sex life and
  sexual orientation, religious and political beliefs, ethnic origin (and with it
  asylum and immigration); and criminal convictions and offences (Art. 10);
- what many privacy laws and codes also treat as sensitive: financial hardship (debt,
  eviction, garnishment, bankruptcy, gambling), pay, dismissal and an employee's
  disciplinary cases, lawsuits, divorce and custody, a pupil's record (FERPA), and the
  numbers that identify a person to the state (`ssn`, `aadhaar`).

The list is a policy, written here: no maintained package lists sensitive subjects.
Words whose software sense is common are left out, as the benign corpora would lose
them: "genetic" (genetic algorithms), "biometric" (an authenticator's), "passport"
(Passport.js), "union" (SQL), "race" (race conditions), "orientation" (layouts),
"party" (third-party), "termination" (a process's, Kubernetes' grace period), "emr"
(Amazon's MapReduce), "rx" and "std" (libraries), "sin" (the sine). A word alone in
prose is not judged here: "HIV test failed" says nothing of whose.

A name that calls itself "internal" beside a word that is not software's
(`acme_internal_mcp`, `gilmore_internal`) is an organisation's own package or service,
named for it: it goes too.

A name with the word for a kind of business (`harbor-street-bakery`,
`docker-compose.sunnyvale-clinic.yml`, `architects_stockholm`) is a customer's or an
employer's, a company's name written as a slug: it goes too. Not the words software
also names things with, which its dictionaries hold ("inc" folders, LLVM's "llc", a
"pty", "foundation", "law", "properties" files), nor "gym" (OpenAI's), "mutual" (TLS),
"builders" (the pattern) or "co" (a domain's).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from consentry.anonymize.vocabulary import identifier_parts

__all__ = [
    "BUSINESS_WORDS",
    "SENSITIVE_WORDS",
    "names_a_business",
    "names_a_sensitive_subject",
    "names_an_internal_thing",
    "names_that_tell",
]

SENSITIVE_WORDS: Final = frozenset(
    # Health, mental health and addiction.
    {"hiv", "aids", "viral", "tumor", "tumour", "cancer", "oncology", "oncologist"}
    | {"chemo", "psych", "psychiatric", "psychiatrist", "therapist", "therapy"}
    | {"diagnosis", "diagnoses", "mental", "depression", "suicide", "relapse", "rehab"}
    | {"addiction", "overdose", "pregnancy", "pregnant", "abortion", "fertility"}
    | {"hepatitis", "disability", "medication", "prescription", "illness", "disease"}
    | {"dementia", "autism", "diabetes", "diabetic", "insulin", "dialysis", "opioid"}
    | {"methadone", "hospice", "psychotherapy", "ptsd", "adhd", "bipolar", "schizophrenia"}
    | {"anorexia", "bulimia", "alcoholism", "miscarriage", "ivf", "ehr"}
    | {"suicidal", "chlamydia", "gonorrhea", "syphilis", "herpes", "hpv"}
    # Sex life and sexual orientation, religious and political beliefs, origin.
    | {"sexual", "sexuality", "transgender", "lgbt", "lgbtq", "religion", "religious", "church"}
    | {"mosque", "synagogue", "parish", "congregation", "voter", "ballot", "partisan"}
    | {"ethnicity", "ethnic", "asylum", "immigration", "immigrant", "deportation", "refugee"}
    # Criminal convictions and offences.
    | {"criminal", "arrest", "conviction", "felony", "parole", "probation"}
    # Financial hardship, pay and dismissal, family law.
    | {"gambling", "debt", "bankruptcy", "eviction", "arrears", "garnish", "garnishment"}
    | {"foreclosure", "overdraft", "salary", "salaries", "wage", "payroll", "payslip"}
    | {"paycheck", "severance", "layoff"}
    | {"disciplinary", "grievance", "harassment", "misconduct", "lawsuit", "litigation"}
    | {"divorce", "custody", "alimony"}
    # A pupil's record (FERPA's education records).
    | {"pupil", "truancy", "expulsion"}
    # A person's number with the state.
    | {"ssn", "aadhaar"}
)

BUSINESS_WORDS: Final = frozenset(
    {"bakery", "dental", "dentistry", "pharmacy", "clinic", "hospital", "veterinary"}
    | {"plumbing", "realty", "realtors", "insurance", "attorneys", "partners", "associates"}
    | {"architects", "consulting", "logistics", "freight", "trucking", "construction"}
    | {"roofing", "landscaping", "farms", "winery", "brewery", "restaurant", "cafe"}
    | {"salon", "fitness", "academy", "ministries", "charity", "apartments", "holdings"}
    | {"ventures", "ltd", "gmbh", "corp", "plc"}
)


def names_that_tell(name: str, is_software_word: Callable[[str], bool]) -> bool:
    """True for an identifier that names a sensitive subject, a business or an
    organisation's internal thing (`names_a_sensitive_subject`, `names_a_business`,
    `names_an_internal_thing`), its parts split once."""
    parts = _parts(name)
    return _sensitive(parts) or _business(parts) or _internal(parts, is_software_word)


def names_a_sensitive_subject(name: str) -> bool:
    """True for an identifier of two parts or more of which one (or its plural) is a
    sensitive subject's (`SENSITIVE_WORDS`): ``tumor_stage``, ``buyerSsn``,
    ``divorce_settlement_asset_split.sh``; not ``hiv`` alone nor ``tax_rate``."""
    return _sensitive(_parts(name))


def names_a_business(name: str) -> bool:
    """True for an identifier of two parts or more with the word for a kind of business
    (`BUSINESS_WORDS`): ``harbor-street-bakery``, ``sunnyvale-clinic``; not ``clinic``."""
    return _business(_parts(name))


def names_an_internal_thing(name: str, is_software_word: Callable[[str], bool]) -> bool:
    """True for an identifier that says something is an organisation's own: "internal"
    beside a word of three letters or more that is not software's (``acme_internal_mcp``,
    ``gilmore_internal``); not ``pip._internal.cli`` or ``node:internal/deps``."""
    return _internal(_parts(name), is_software_word)


def _parts(name: str) -> list[str]:
    return [p.lower() for p in identifier_parts(name)]


def _sensitive(parts: list[str]) -> bool:
    # A plural is the word's with an "s" ("layoffs", "ballots"); "salaries" is listed.
    return len(parts) >= 2 and any(
        p in SENSITIVE_WORDS or (p[-1:] == "s" and p[:-1] in SENSITIVE_WORDS) for p in parts
    )


def _business(parts: list[str]) -> bool:
    return len(parts) >= 2 and any(p in BUSINESS_WORDS for p in parts)


def _internal(parts: list[str], is_software_word: Callable[[str], bool]) -> bool:
    return "internal" in parts and any(
        p != "internal" and len(p) > 2 and not p.isdigit() and not is_software_word(p)
        for p in parts
    )
