"""What an assistant's own errors in agent mode carry: the names its user gave MCP servers,
the team or company that owns a seat, long quoted text joined by "; " or " & "."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MCP server 'postgres-orders' failed to start", "postgres-orders"),
        ('[MCP] Server "jira-tidewater" error: Request failed with 401', "jira-tidewater"),
        ("Your team 'Pilgrim Robotics' (team id 118204) has hit its limit", "Pilgrim Robotics"),
        ("organization 'acme-corp' has no Copilot seat", "acme-corp"),
    ],
)
def test_a_name_someone_gave_goes(text: str, name: str) -> None:
    out = scrub_message(text)
    assert name not in out
    assert "<redacted>" in out


@pytest.mark.parametrize(
    "text",
    [
        "MCP server 'github' failed to start",
        "language server 'rust-analyzer' crashed",
        # Several words only after an owner's noun.
        "database 'two words' not found",
    ],
)
def test_public_names_and_other_nouns_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    "text",
    [
        'Query began: "find where we compute the commission for Delgado & Sons reseller'
        " accounts and why Maria's override\"",
        'Beginning: "Always use the Redwood Capital naming scheme; never mention Project'
        ' Falcon; the password is in the vault"',
    ],
)
def test_long_quoted_prose_with_clause_punctuation_is_text(text: str) -> None:
    assert scrub_message(text).endswith('"<text>"')


@pytest.mark.parametrize(
    "text",
    [
        "Type 'Window & typeof globalThis' is not assignable",
        # ": " starts a quoted error's own message as often as a clause.
        'Request failed: "Error: connect ECONNREFUSED while loading the remote configuration'
        ' file again"',
    ],
)
def test_short_expressions_and_quoted_errors_are_not(text: str) -> None:
    assert "<text>" not in scrub_message(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Command failed: az login --tenant westbrook-pharma", "westbrook-pharma"),
        ("args ['-m', 'server', '--tenant', 'westbrook-pharma'] exited 1", "westbrook-pharma"),
        ("fly deploy --app=kingfisher-api: app not found", "kingfisher-api"),
        ("kubectl --namespace payments-prod get pods failed", "payments-prod"),
        ("GitHub Copilot: no seat (enterprise: orchid-systems)", "orchid-systems"),
        ("tenant=contoso-hr is not allowed", "contoso-hr"),
        ("team id 118204 has hit its fast request limit", "118204"),
        ("org_id: 4411 is not permitted", "4411"),
        # JSON's quoted key and value, in a payload a command echoes.
        ('--payload \'{"customer_id":"CUST-88213","plan":"pro"}\'', "CUST-88213"),
        ('{"customerId": "C-88213"}', "C-88213"),
        # An organisation's slug after a colon, a company's name quoted after its key.
        ("caused by: Invalid org token\n  org: hawthorn-labs\n", "hawthorn-labs"),
        ('traits: { plan: "enterprise", company: "Lambert Architectes" }', "Lambert"),
        ('{"organization": "Fenwick & Daughters"}', "Fenwick"),
        # A person or an account by their number after the noun.
        ("refresh failed for user 5521 (token expired)", "5521"),
        ("patient #20931 has no chart", "20931"),
    ],
)
def test_an_owner_named_by_a_flag_or_label_goes(text: str, name: str) -> None:
    out = scrub_message(text)
    assert name not in out
    assert "<redacted>" in out or "<id>" in out


@pytest.mark.parametrize(
    "text",
    [
        "tsc --project tsconfig.json exited with 2",
        "kubectl --namespace default get pods failed",
        "Can not use --no-workspaces and --workspace at the same time",
        "team: Engineering",
        # "org" labels a number only: "org:" stands in scopes and keys too.
        "org: personal",
        '{"organization": "default"}',
        "client 404 error, user 1 of 3",
    ],
)
def test_an_owner_flag_with_a_file_or_a_word_stays(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Token was revoked by an admin of Sandpiper Media Group", "Sandpiper Media"),
        ("overridden by policy from Hawthorne & Pryce LLP device management", "Hawthorne"),
        ("Invoice for Northwind Traders, Inc. is overdue", "Northwind Traders"),
        # Or by its kind of business.
        ("deploy for Harbor Street Bakery failed", "Harbor Street"),
        ("Project: Calloway Pharmacy / rx-refill-service", "Calloway"),
    ],
)
def test_a_company_by_its_legal_form_goes(text: str, name: str) -> None:
    out = scrub_message(text)
    assert name not in out
    assert "<redacted>" in out


@pytest.mark.parametrize(
    "text",
    [
        "Copyright Microsoft Corporation. All rights reserved.",
        "Failed to update Auto Scaling Group capacity",
        "Cannot move the editor to Editor Group 3",
        "Contact the Google Cloud Consulting team",
    ],
)
def test_a_software_company_or_a_group_of_software_stays(text: str) -> None:
    assert scrub_message(text) == text


def test_a_file_named_after_a_learnt_user_is_a_file() -> None:
    out = scrub_message(
        "Invalid JSON in /home/olga/.config/Code/User/settings.json: allowedCommands"
        ' ["./deploy_olga.sh"]'
    )
    assert "olga" not in out
    assert '"./<file>"' in out
    out = scrub_message("ls: cannot access '/home/hendra/docs/scan_ktp_hendra.jpg': No such file")
    assert "'<path>/<file>'" in out


def test_a_learnt_user_name_joined_by_an_underscore_goes() -> None:
    out = scrub_message("cd /home/olga/src && run olga_backup now")
    assert "olga" not in out
    assert "<user>_backup" in out


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("has invalid URL: 'http//copilot-proxy.dmz.verity-insure.com'", "http//", "verity"),
        ("has invalid URL: 'https:/proxy.acme-corp.dev/v1?key=1'", "https:/", "acme-corp"),
    ],
)
def test_a_url_missing_a_colon_or_slash_is_judged_as_one(text: str, kept: str, gone: str) -> None:
    out = scrub_message(text)
    assert kept in out
    assert gone not in out


def test_a_broken_url_to_a_public_host_stays() -> None:
    text = "has invalid URL: 'https//api.openai.com/v1'"
    assert scrub_message(text) == text


def test_an_mcp_tool_keeps_its_name_and_loses_its_server_s() -> None:
    out = scrub_message("but was 'mcp__acme-finance-internal__get_budget_for_cost_center'")
    assert "acme-finance-internal" not in out
    assert "__get_budget_for_cost_center" in out
    assert scrub_message("tool mcp__github__create_issue failed") == (
        "tool mcp__github__create_issue failed"
    )


@pytest.mark.parametrize(
    "text",
    [
        'could not locate code block target "function computeAlimonySchedule(" in main.js',
        "could not find 'class PayrollExport extends Base' in the file",
        "target 'export default async function loadDonors() {' not found",
    ],
)
def test_a_quoted_declaration_is_code(text: str) -> None:
    assert "<code>" in scrub_message(text)


@pytest.mark.parametrize(
    "text", ["Unexpected token 'function'", "'class' is a reserved word in strict mode"]
)
def test_a_quoted_keyword_alone_stays(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    "model", ["acme-fin-coder-34b-ft-2024-06", "finetuned-leasing-contracts-q4", "fine-tuned-x"]
)
def test_a_fine_tune_s_own_name_is_no_public_model(model: str) -> None:
    out = scrub_message(f"model '{model}' not found, try pulling it first")
    assert model not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Error: creating RDS DB Instance (kingfisher-prod-db): AlreadyExists", "kingfisher"),
        ("error: creating S3 Bucket (acme-payroll-exports): BucketAlreadyExists", "acme"),
    ],
)
def test_a_resource_an_infrastructure_tool_acts_on_goes(text: str, name: str) -> None:
    out = scrub_message(text)
    assert name not in out
    assert "(<redacted>)" in out


def test_a_resource_named_by_one_word_stays() -> None:
    text = "Error: reading IAM Role (default): not found"
    assert scrub_message(text) == text


def test_a_remote_branch_someone_named_goes() -> None:
    out = scrub_message("Rebasing onto origin/release/2024.07-northstar failed")
    assert "northstar" not in out
    assert "origin/<redacted>" in out


@pytest.mark.parametrize(
    "text",
    [
        "Rebasing onto origin/release/1.4 failed",
        "Rebasing onto origin/release/2.0-rc1 failed",
        "Your branch is up to date with origin/main.",
    ],
)
def test_a_default_or_released_remote_branch_stays(text: str) -> None:
    assert scrub_message(text) == text


def test_a_glob_for_documents_by_name_is_a_file() -> None:
    out = scrub_message("file_search returned 0 results for glob '**/*payroll*Q2*.xlsx'")
    assert "payroll" not in out
    assert "'<file>'" in out


@pytest.mark.parametrize("text", ["no files match '*.xlsx'", "no files match '**/*.ts'"])
def test_a_glob_for_an_extension_stays(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Pinecone query failed: 403 Forbidden (index "support-tickets-zenith")', "zenith"),
        (
            'Error: Project "lucia-beaumont-portfolio" not found in scope "beaumont-studio".',
            "beaumont",
        ),
        ("No files found matching '**/*.md' in workspace 'practice-billing'", "practice-billing"),
        ("(deployment: gpt4o-claims-triage, endpoint: https://x.example.com/)", "claims"),
        ("rpc error (application: sequencer-scheduler-prod, project: lab-automation)", "sequencer"),
        ("Token has expired (profile: kt-prod-admin, sso_start_url: https://x)", "kt-prod-admin"),
        ("Cluster 0412 does not exist (cluster name: ml-team-quentin)", "quentin"),
        ("Your organization meridian-bank-eng has disabled Copilot Chat", "meridian"),
        (
            "You must grant your OAuth token access to the granite-peak-capital organization.",
            "granite",
        ),
        ("Slack API error: channel_not_found (posting to #proj-maple-acquisition)", "maple"),
        ("To gitlab.com:quokka-studio/clients/marigold-wedding-site.git", "marigold"),
    ],
)
def test_a_resource_or_owner_someone_named_goes(text: str, name: str) -> None:
    assert name not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "Use project 'tsconfig.json' here",
        "profile `bench-fast` inherits from `fast`, but that profile is not defined",
        "index: 3 is out of range",
        "Contact your organization administrator.",
        "posting to #general failed",
        "See issue #1234 and ISO-8859-1",
        "Invalid author: 'Signed-off-by: the release bot' is not a valid template",
    ],
)
def test_a_file_a_number_or_prose_after_those_nouns_stays(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "value", "placeholder"),
    [
        ('could not fetch linked Jira ticket PAY-1742 ("x"): 401', "PAY-1742", "<id>"),
        ("Sentry API: Issue PLATO-API-3KF not found", "PLATO-API-3KF", "<id>"),
        (
            'DETAIL:  Key (customer_id)=(5510293) is not present in table "customers".',
            "5510293",
            "<redacted>",
        ),
        ("DETAIL:  Key (email)=(jo@x.org) already exists.", "jo@x.org", "<redacted>"),
        ("redis-cli -h cache -p 6380 --user app_sessions --pass '***'", "app_sessions", "<user>"),
        (
            "CodeQL analysis failed (actor: lucy-admissions-it): Error",
            "lucy-admissions-it",
            "<user>",
        ),
    ],
)
def test_issue_keys_rows_and_logins_go(text: str, value: str, placeholder: str) -> None:
    out = scrub_message(text)
    assert value not in out
    assert placeholder in out


def test_a_person_named_in_a_class_file_is_a_file() -> None:
    out = scrub_message(r"EPERM: operation not permitted, open 'C:\dev\x\Employees\VictorHuang.cs'")
    assert "Victor" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Error: creating RDS DB Instance: kingfisher-prod-db already exists", "kingfisher"),
        ("heroku config:set X=1 -a marigold-staging failed", "marigold"),
        ("aws sso login --profile kt_prod_admin", "kt_prod_admin"),
        ("release ACME-PAYROLL-UAT failed", "PAYROLL"),
    ],
)
def test_a_name_marked_by_its_environment_goes(text: str, name: str) -> None:
    assert name not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "webpack --config webpack.prod.js failed",
        "NODE_ENV=production npm run build",
        "Switching to the staging environment",
    ],
)
def test_an_environment_word_alone_or_in_a_file_name_stays(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "cd /home/Olga/src; OLGA_backup and olga.txt, xolga and olga2 and olga",
        "cd /home/olga/src; Ölga olga_ß.txt and olga",
    ],
)
def test_a_learnt_user_is_found_alike_in_ascii_and_other_texts(text: str) -> None:
    out = scrub_message(text)
    assert "olga" not in out.lower().replace("xolga", "").replace("olga2", "")


def test_a_markdown_document_s_prose_is_text() -> None:
    text = (
        "**Actionable comments posted: 2**\n\n<details>\n<summary>Nitpick comments (1)"
        "</summary>\n\n**Avoid mutating `claimantLedger` inside the reducer.**\n\n"
        "The reducer writes directly to the ledger, which makes the waiver path hard to replay."
    )
    out = scrub_message(text)
    assert "reducer" not in out
    assert "**<text>**" in out


@pytest.mark.parametrize(
    "text",
    [
        "Tips:\n- Use /drop to remove unneeded files from the chat\n- Break it into smaller files",
        "error: # of arguments is wrong for this command",
    ],
)
def test_a_message_without_a_document_s_marks_keeps_its_lines(text: str) -> None:
    assert "<text>" not in scrub_message(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Command: docker login harbor.example.net -u svc_ci_deployer -p x", "svc_ci_deployer"),
        ("docker build --build-arg X=1 -t tidal-crm-web .", "tidal-crm-web"),
        ("$ helm upgrade --install portal ./charts/portal -n riverside-hoa", "riverside-hoa"),
        ("heroku pg:psql -a tandem-fleet-prod -c 'select 1'", "tandem-fleet"),
        ("Command failed: cargo build -p beacon-ledger", "beacon-ledger"),
        ("Command failed: journalctl -u quarry-ledger-export --since today", "quarry"),
        ("psql -h db -U ledger_admin -d books", "ledger_admin"),
        ("az storage blob upload --container-name grant-applications --file x", "grant"),
        ("aws lambda invoke --function-name invoice-pdf-renderer out.json", "invoice-pdf"),
    ],
)
def test_a_tool_s_flag_for_someone_s_resource_goes(text: str, name: str) -> None:
    assert name not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "pip install -U numpy failed",
        "git push -u origin main failed",
        "kubectl get pods -n default failed",
        "mysql -u root returned 1",
        "docker run --name web nginx failed",
        "python -m 'pytest' failed",
    ],
)
def test_the_same_letters_elsewhere_or_a_word_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    "text",
    [
        '$ gh pr create --title "CLN-218: add dosage alerts for Sunrise Pediatrics" --base main',
        "git commit -m 'fix: Wexler invoice rounding' failed",
    ],
)
def test_text_given_to_a_flag_for_text_is_text(text: str) -> None:
    out = scrub_message(text)
    assert "<text>" in out
    assert "Sunrise" not in out and "Wexler" not in out


def test_pep_440_versions_in_a_pip_list_stay() -> None:
    text = "(from versions: 2.16.0rc0, 2.16.1, 1.0b2, 0.4.dev1, 2.0.post3, 3.1.0a1)"
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("⧗   input: fixed the Wexler invoice rounding thing", "Wexler"),
        ("Refs: LIST-5530", "LIST-5530"),
        ("added you as a reviewer to pull request 3312: Irrigation for Salinas", "Salinas"),
        ("Project: Veridian  Repository: field-telemetry", "field-telemetry"),
        ("INFO: Project key: okafor-ventures_crm-sync", "okafor"),
        ("(repo: halcyon-ai/eval-harness, line: 88)", "eval-harness"),
        # GitLab's pipeline mail, Gerrit's change mail: a labelled subject at a line's start.
        ("Commit: 4f1e2a9d\nCommit Message: Block refills for Calloway\n", "Calloway"),
        ("Change subject: Raise timeout for Kings Cross allocation\n....", "Kings Cross"),
        ("  PR title: Fix the export for Hollins Farms", "Hollins"),
        # The pattern allows any blanks between a label's words; so must its needles.
        ("Commit\tMessage: Block refills for Calloway", "Calloway"),
    ],
)
def test_titles_subjects_keys_and_repositories_go(text: str, gone: str) -> None:
    assert gone not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unknown configuration key: maxTokens",
        "Invalid API key: please check",
        "Fixes: #123",
        # Mid-line, a linter's label, and what follows is the linter's.
        "error: invalid commit message: subject may not be empty",
    ],
)
def test_other_keys_and_numbers_stay(text: str) -> None:
    assert scrub_message(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("$ helm upgrade --install tenant-portal ./charts/portal -n x", "tenant-portal"),
        ("Exit code 2 from `make import-hollins-leads`", "hollins"),
        ("Exit code 3 from `systemctl status tillerman-pos-bridge`", "tillerman"),
        ('mysqldump: Couldn\'t find table: "employee_salaries"', "employee_salaries"),
        ("   Compiling beacon-ledger v0.4.0 (/workspace/crates/beacon-ledger)", "beacon"),
        ("npm notice name: @halden-ai/prompt-guard", "halden"),
    ],
)
def test_a_release_a_target_a_unit_a_table_and_own_packages_go(text: str, gone: str) -> None:
    assert gone not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "helm status nginx failed",
        "make build failed",
        "make -C src test failed",
        "sudo systemctl restart nginx failed",
        "   Compiling serde v1.0.210",
    ],
)
def test_a_word_or_a_registry_s_crate_stays(text: str) -> None:
    assert scrub_message(text) == text


def test_an_annotation_in_braces_is_no_address() -> None:
    # "{" is atext, but punctuation alone names no mailbox; "_" or a letter does.
    text = "Dependency annotations: {@org.springframework.beans.factory.annotation.Autowired}"
    assert "<email>" not in scrub_message(text)
    assert scrub_message("mail _@example.org now") == "mail <email> now"


@pytest.mark.parametrize(
    "text",
    [
        "sasl_ssl://b-2.kafka-prod.lindenhall.aws:9096/bootstrap: SASL authentication error",
        "Connect to SASL_PLAINTEXT://kafka.acme-corp.internal:9092 failed",
    ],
)
def test_a_kafka_listeners_host_goes(text: str) -> None:
    # Kafka names its listeners' protocols with "_", which RFC 3986's schemes lack.
    out = scrub_message(text)
    assert "lindenhall" not in out and "acme-corp" not in out
    assert "<host>" in out
