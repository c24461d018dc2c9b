"""One extractor per peer suite: test files in, `PeerSample`s out.

- gitleaks: every rule's true positives (`tps`, mostly `utils.GenerateSampleSecrets`
  with a `secrets.NewSecret(regex)` value, generated here from the same regex with a
  fixed seed) and false positives (`fps`, must-keep); the secret of a literal sample
  is what the rule's own regex (from `config/gitleaks.toml`) captures.
- detect-secrets: the parametrized cases of `tests/plugins/*_test.py`; where a case
  does not name its secret, detect-secrets itself (the released package) locates it.
- Presidio: the parametrized recognizer tests with expected positions.
- sentry-python: the key/value pairs its scrubber tests expect filtered (keys of its
  deny-lists) or kept, in the assignment forms a message carries.
- VS Code: the error-telemetry cleaning tests (PII removed from messages and stacks,
  Code's own paths kept).
"""

from __future__ import annotations

import ast
import random
import re
import tomllib
from collections.abc import Callable, Iterator
from typing import Any, Final

from tests.corpus.peers import PeerSample
from tests.corpus.peers.pyast import UnknownError, evaluate, parametrized_cases
from tests.corpus.peers.sources import Tree

MIN_SECRET: Final = 5
GENERATOR_SEED: Final = 12


# ------------------------------------------------------------------ gitleaks
_GO_HELPERS: Final[dict[str, Callable[..., str]]] = {
    "Numeric": lambda n: f"[0-9]{{{n}}}",
    "Hex": lambda n: f"[a-f0-9]{{{n}}}",
    "AlphaNumeric": lambda n: f"[a-z0-9]{{{n}}}",
    "AlphaNumericExtendedShort": lambda n: f"[a-z0-9_-]{{{n}}}",
    "AlphaNumericExtended": lambda n: f"[a-z0-9=_\\-]{{{n}}}",
    "AlphaNumericExtendedLong": lambda n: f"[a-z0-9\\/=_\\+\\-]{{{n}}}",
    "Hex8_4_4_4_12": lambda: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
}


def _go_string(token: str) -> str:
    if token.startswith("`"):
        return token[1:-1]
    return str(ast.literal_eval(token))


def _split_top(text: str, sep: str, quotes: str = '"`') -> list[str]:
    """`text` split at `sep` outside brackets and string literals."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if c in quotes:
            end = text.index(c, i + 1) if c == "`" else _end_quote(text, i)
            i = end + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i + len(sep)
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _end_quote(text: str, start: int) -> int:
    i = start + 1
    while i < len(text) and text[i] != text[start]:
        i += 2 if text[i] == "\\" else 1
    return i


def _matching(text: str, open_at: int, quotes: str = '"`') -> int:
    """Index of the bracket closing the one at `open_at`."""
    depth, i = 0, open_at
    while i < len(text):
        c = text[i]
        if c in quotes:
            i = (text.index(c, i + 1) if c == "`" else _end_quote(text, i)) + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise UnknownError("unbalanced")


class _GoEval:
    """Evaluates the few Go expressions gitleaks' rule tests build samples with."""

    def __init__(self, templates: list[str], rng: random.Random) -> None:
        import rstr

        self.templates = templates
        self.xeger = rstr.Rstr(rng)

    def value(self, expr: str) -> str:
        parts = _split_top(expr, "+")
        if len(parts) > 1:
            return "".join(self.value(p) for p in parts)
        e = expr.strip()
        if e[:1] in '"`':
            return _go_string(e)
        call = re.fullmatch(r"(?:utils|secrets)\.(\w+)\((.*)\)", e, re.DOTALL)
        if call is None:
            raise UnknownError(e[:40])
        name, inner = call.group(1), call.group(2)
        args = [self.value(a) for a in _split_top(inner, ",")]
        if name == "NewSecret":
            return self.xeger.xeger(_python_regex(args[0]))
        if name in _GO_HELPERS:
            return _GO_HELPERS[name](*args)
        raise UnknownError(name)

    def samples(self, expr: str) -> tuple[list[str], str | None]:
        """The texts an element of `tps`/`fps` stands for, and the secret if known."""
        e = expr.strip().removesuffix("...")
        call = re.fullmatch(r"utils\.(GenerateSampleSecrets?)\((.*)\)", e, re.DOTALL)
        if call is None:
            return [self.value(e)], None
        args = _split_top(call.group(2), ",")
        ident, secret = self.value(args[0]), self.value(args[1])
        if call.group(1) == "GenerateSampleSecret":
            return [f'{ident}_api_token = "{secret}"'], secret
        texts = [
            t.replace("{i}", ident).replace("{I}", ident.upper()).replace("{s}", secret)
            for t in self.templates
        ]
        return texts, secret


def _python_regex(go: str) -> str:
    out = go.replace(r"\z", r"\Z").replace("[[:alnum:]]", "[a-zA-Z0-9]")
    out = out.replace("[:alnum:]", "a-zA-Z0-9").replace("[:digit:]", "0-9")
    return out.replace("[:alpha:]", "a-zA-Z").replace("[:xdigit:]", "0-9a-fA-F")


def _sample_templates(tree: Tree) -> list[str]:
    source = tree.read("cmd/generate/config/utils/generate.go")
    start = source.index("samples := map[string]string{")
    block = source[start : _matching(source, source.index("{", start)) + 1]
    templates = []
    for line in block.splitlines():
        found = re.match(r'\s*"[^"]+":\s*("(?:[^"\\]|\\.)*"|`[^`]*`),?\s*$', line)
        if found:
            templates.append(_go_string(found.group(1)))
    return templates


def _rule_regexes(tree: Tree) -> dict[str, tuple[re.Pattern[str], int]]:
    config = tomllib.loads(tree.read("config/gitleaks.toml"))
    rules: dict[str, tuple[re.Pattern[str], int]] = {}
    for rule in config.get("rules", []):
        if "regex" not in rule:
            continue
        try:
            rules[rule["id"]] = (
                re.compile(_python_regex(rule["regex"])),
                rule.get("secretGroup", 0),
            )
        except re.error:
            continue
    return rules


def _captured(found: re.Match[str], group: int) -> str:
    if group:
        return found.group(group) or ""
    return next((g for g in found.groups() if g), found.group(0))


def _block(body: str, name: str) -> str | None:
    """The `{...}` of `name := []string{...}` or the call of `name := utils.Gen...(...)`."""
    found = re.search(rf"\b{name}\s*:?=\s*", body)
    if found is None:
        return None
    rest = body[found.end() :]
    if rest.startswith("[]string{"):
        open_at = found.end() + len("[]string")
        return body[open_at + 1 : _matching(body, open_at)]
    if rest.startswith("utils."):
        open_at = body.index("(", found.end())
        return body[found.end() : _matching(body, open_at) + 1]
    return None


def gitleaks(tree: Tree) -> list[PeerSample]:
    """True and false positives of every gitleaks rule."""
    source = f"gitleaks/gitleaks@{tree.commit()}"
    go = _GoEval(_sample_templates(tree), random.Random(GENERATOR_SEED))
    regexes = _rule_regexes(tree)
    out: list[PeerSample] = []
    for path in tree.files("cmd/generate/config/rules/"):
        if not path.endswith(".go") or path.endswith("_test.go"):
            continue
        text = tree.read(path)
        # Comments may hold quotes of their own; the cases never span one.
        text = re.sub(r"(?m)^\s*//.*$", "", text)
        text = re.sub(r"(?m)([,{(])\s*//.*$", r"\1", text)
        for body in re.split(r"\nfunc ", text)[1:]:
            rule = re.search(r'RuleID:\s*"([^"]+)"', body)
            if rule is None:
                continue
            rule_id = rule.group(1)
            test = f"{path.rsplit('/', 1)[-1]}::{rule_id}"
            out.extend(_gitleaks_cases(go, body, "tps", rule_id, test, source, regexes))
            out.extend(_gitleaks_cases(go, body, "fps", rule_id, test, source, regexes))
    return out


def _gitleaks_cases(
    go: _GoEval,
    body: str,
    name: str,
    rule_id: str,
    test: str,
    source: str,
    regexes: dict[str, tuple[re.Pattern[str], int]],
) -> Iterator[PeerSample]:
    block = _block(body, name)
    if block is None:
        return
    elements = [block] if block.startswith("utils.") else _split_top(block, ",")
    for element in elements:
        try:
            texts, secret = go.samples(element)
        except (UnknownError, ValueError, SyntaxError, IndexError):
            continue
        for text in texts:
            if name == "fps":
                yield PeerSample("gitleaks", source, test, text)
                continue
            found_secret = secret
            if rule_id in regexes:
                pattern, group = regexes[rule_id]
                found = pattern.search(text)
                if found is not None and len(_captured(found, group)) >= MIN_SECRET:
                    found_secret = _captured(found, group)
            if found_secret and len(found_secret) >= MIN_SECRET:
                yield PeerSample("gitleaks", source, test, text, (found_secret,))


# ------------------------------------------------------------------ detect-secrets
def _locate_with_detect_secrets(line: str) -> str | None:
    """The longest secret detect-secrets' own plugins find on `line`."""
    from detect_secrets.core.scan import scan_line
    from detect_secrets.settings import default_settings

    with default_settings():
        values = [s.secret_value or "" for s in scan_line(line)]
    values = [v for v in values if len(v) >= MIN_SECRET]
    return max(values, key=len) if values else None


_NEGATIVE_TEST: Final = re.compile(r"not|false|ignore|no_|invalid|fail|exclud|allow", re.I)


def detect_secrets(tree: Tree) -> list[PeerSample]:
    """Parametrized plugin cases of detect-secrets."""
    source = f"Yelp/detect-secrets@{tree.commit()}"
    out: list[PeerSample] = []
    for path in tree.files("tests/plugins/"):
        if not path.endswith("_test.py"):
            continue
        for case in parametrized_cases(tree.read(path)):
            test = f"{path.rsplit('/', 1)[-1]}::{case.test}"
            out.extend(_detect_secrets_case(case.args, case.test, test, source))
    return out


def _detect_secrets_case(
    args: dict[str, Any], function: str, test: str, source: str
) -> Iterator[PeerSample]:
    secret, non_secret = args.get("secret"), args.get("non_secret")
    if isinstance(secret, str) and "line" not in args and "payload" not in args:
        if len(secret) >= MIN_SECRET:
            yield PeerSample("detect-secrets", source, test, secret, (secret,))
        if isinstance(non_secret, str) and non_secret:
            yield PeerSample("detect-secrets", source, test, non_secret)
        return
    texts = [v for k, v in args.items() if isinstance(v, str) and k not in {"secret"}]
    # A `format` case is a template the test fills per plugin ("{secret}"): not a text.
    if not texts or re.search(r"\{\w+\}", texts[0]):
        return
    text = texts[0]
    flag = next((v for k, v in args.items() if isinstance(v, bool)), None)
    if "secret" in args:
        positive = isinstance(secret, str)
    elif flag is not None:
        positive = flag
    else:
        positive = _NEGATIVE_TEST.search(function) is None
    if not positive:
        yield PeerSample("detect-secrets", source, test, text)
        return
    located = secret if isinstance(secret, str) else _locate_with_detect_secrets(text)
    if located is None and " " not in text.strip() and len(text.strip()) >= 8:
        located = text.strip()
    if located and len(located) >= MIN_SECRET and located in text:
        yield PeerSample("detect-secrets", source, test, text, (located,))


# ------------------------------------------------------------------ Presidio
def presidio(tree: Tree) -> list[PeerSample]:
    """Recognizer cases of presidio-analyzer with expected positions."""
    source = f"microsoft/presidio@{tree.commit()}"
    out: list[PeerSample] = []
    for path in tree.files("presidio-analyzer/tests/"):
        name = path.rsplit("/", 1)[-1]
        if not (name.startswith("test_") and name.endswith(".py")):
            continue
        for case in parametrized_cases(tree.read(path)):
            text, positions = case.args.get("text"), case.args.get("expected_positions")
            if not isinstance(text, str) or not isinstance(positions, tuple) or not text.strip():
                continue
            test = f"{name}::{case.test}"
            spans = [
                text[p[0] : p[1]]
                for p in positions
                if isinstance(p, tuple) and len(p) >= 2 and isinstance(p[0], int)
            ]
            spans = [s for s in spans if len(s.strip()) >= MIN_SECRET]
            if case.args.get("expected_len") == 0 or not positions:
                out.append(PeerSample("presidio", source, test, text))
            elif spans:
                out.append(PeerSample("presidio", source, test, text, tuple(spans)))
    return out


# ------------------------------------------------------------------ sentry-python
def _deny_lists(scrubber_source: str) -> set[str]:
    keys: set[str] = set()
    wanted = {"DEFAULT_DENYLIST", "DEFAULT_PII_DENYLIST"}
    for node in ast.parse(scrubber_source).body:
        if not isinstance(node, ast.Assign):
            continue
        target = node.targets[0]
        if isinstance(target, ast.Name) and target.id in wanted:
            keys.update(evaluate(node.value, {}))
    return {k.lower() for k in keys}


def _pairs(tree: ast.AST) -> Iterator[tuple[str, str, str]]:
    """(test function, key, value) of string pairs in dict literals and assignments."""
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef) or not function.name.startswith("test"):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Dict):
                for k, v in zip(node.keys, node.values, strict=True):
                    key = k.value if isinstance(k, ast.Constant) else None
                    value = v.value if isinstance(v, ast.Constant) else None
                    if isinstance(key, str) and isinstance(value, str):
                        yield function.name, key, value
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                yield function.name, node.targets[0].id, node.value.value


_FORMS: Final = ("{k}={v}", '"{k}": "{v}"', "{k}: {v}")


def sentry_python(root: Any, version: str) -> list[PeerSample]:
    """Filtered and kept pairs of sentry-python's scrubber tests, in message forms."""
    source = f"sentry-sdk=={version} (PyPI)"
    deny = _deny_lists((root / "sentry_sdk" / "scrubber.py").read_text())
    out: list[PeerSample] = []
    for rel in ("tests/test_scrubber.py", "tests/integrations/django/test_data_scrubbing.py"):
        path = root / rel
        if not path.is_file():
            continue
        seen: set[tuple[str, str]] = set()
        for function, key, value in _pairs(ast.parse(path.read_text())):
            if (key, value) in seen or not value.strip() or value.startswith("[Filtered"):
                continue
            seen.add((key, value))
            test = f"{rel.rsplit('/', 1)[-1]}::{function}"
            for form in _FORMS:
                text = form.format(k=key, v=value)
                if key.lower() in deny and len(value) >= MIN_SECRET:
                    out.append(PeerSample("sentry-python", source, test, text, (value,)))
                elif key.lower() not in deny:
                    out.append(PeerSample("sentry-python", source, test, text))
    return out


# ------------------------------------------------------------------ VS Code
def _ts_strings(source: str) -> dict[str, str]:
    """`name = '...'` and `name: string = '...'` bindings, resolved in order."""
    env: dict[str, str] = {}
    pattern = re.compile(
        r"(?:this\.|const |public )(\w+)(?:: string)?\s*=\s*(.+?);\s*$", re.MULTILINE
    )
    for found in pattern.finditer(source):
        try:
            env[found.group(1)] = _ts_value(found.group(2), env)
        except UnknownError:
            continue
    return env


def _ts_value(expr: str, env: dict[str, str]) -> str:
    out = []
    for part in _split_top(expr, "+", "'`"):
        part = part.strip()
        if part[:1] == "'":
            out.append(part[1:-1].replace("\\'", "'"))
        elif part[:1] == "`":
            out.append(re.sub(r"\$\{(?:this\.)?(\w+)\}", lambda m: env[m.group(1)], part[1:-1]))
        elif re.fullmatch(r"(?:this\.)?\w+", part) and part.removeprefix("this.") in env:
            out.append(env[part.removeprefix("this.")])
        else:
            raise UnknownError(part)
    return "".join(out)


def _ts_array(block: str, env: dict[str, str]) -> list[str]:
    return [_ts_value(e, env) for e in _split_top(block, ",", "'`")]


def vscode(path: Any, commit: str) -> list[PeerSample]:
    """VS Code's error-telemetry cleaning cases (messages and stacks)."""
    source = f"microsoft/vscode@{commit}"
    text = path.read_text()
    settings_end = text.index("test(")
    env = _ts_strings(text[:settings_end])
    stack_at = text.index("this.stack = [")
    open_at = text.index("[", stack_at)
    stack = "\n".join(_ts_array(text[open_at + 1 : _matching(text, open_at, "'`")], env))
    test = "telemetryService.test.ts::ErrorTestingSettings"
    personal = (env["personalInfo"],)
    out = [
        PeerSample(
            "vscode",
            source,
            test,
            stack,
            (*personal, env["randomUserFile"]),
            (
                env["nodeModulePathToRetain"],
                env["nodeModuleAsarPathToRetain"],
                env["importantInfo"],
            ),
            ("stack",),
        ),
        PeerSample(
            "vscode",
            source,
            test,
            env["dangerousPathWithImportantInfo"],
            personal,
            (env["importantInfo"],),
            ("message",),
        ),
        PeerSample(
            "vscode",
            source,
            test,
            env["dangerousPathWithoutImportantInfo"],
            personal,
            (),
            ("message",),
        ),
        PeerSample(
            "vscode",
            source,
            test,
            env["missingModelMessage"],
            personal,
            (env["missingModelPrefix"].strip(),),
            ("message",),
        ),
        PeerSample(
            "vscode",
            source,
            test,
            env["noSuchFileMessage"],
            personal,
            (env["noSuchFilePrefix"],),
            ("message",),
        ),
    ]
    for found in re.finditer(r"test\('([^']+)'", text):
        body = text[found.end() : text.find("test('", found.end())]
        local = {**env, **_ts_strings(body)}
        name = f"telemetryService.test.ts::{found.group(1)}"
        removed = [
            (m.group(1), m.group(2))
            for m in re.finditer(
                r"assert\.strictEqual\([^;]*?\.(msg|callstack)\.indexOf\('([^']+)'\), -1\)", body
            )
        ]
        kept = [
            (m.group(1), local.get(m.group(2), m.group(2).strip("'")))
            for m in re.finditer(
                r"assert\.notStrictEqual\([^;]*?\.(msg|callstack)\.indexOf\(('[^']+'|\w+)\), -1\)",
                body,
            )
        ]
        if "const stack = [" in body:
            open_at = body.index("[", body.index("const stack = ["))
            frames = "\n".join(_ts_array(body[open_at + 1 : _matching(body, open_at, "'`")], local))
            out.append(
                PeerSample(
                    "vscode",
                    source,
                    name,
                    frames,
                    tuple(s for w, s in removed if w == "callstack" and len(s) >= MIN_SECRET),
                    tuple(k for w, k in kept if w == "callstack"),
                    ("stack",),
                )
            )
        error = re.search(r"new Error\((`[^`]*`|'[^']*')\)", body)
        message_secrets = tuple(s for w, s in removed if w == "msg" and len(s) >= MIN_SECRET)
        if error and message_secrets:
            message = _ts_value(error.group(1), local)
            out.append(
                PeerSample("vscode", source, name, message, message_secrets, (), ("message",))
            )
    return out


# ------------------------------------------------------------------ Sentry Relay
_RUST_STRING: Final = r'(r#"(?:.|\n)*?"#|"(?:[^"\\]|\\.)*")'
_RUST_ESCAPES: Final = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "r": "\r"}


def _rust_string(token: str) -> str:
    if token.startswith('r#"'):
        return token[3:-2]
    return re.sub(r"\\(.)", lambda m: _RUST_ESCAPES.get(m.group(1), m.group(1)), token[1:-1])


def _removed(before: str, after: str) -> str:
    """The part of `before` that `after` replaced (common prefix and suffix set aside)."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    limit = min(len(before), len(after)) - start
    while end < limit and before[-1 - end] == after[-1 - end]:
        end += 1
    return before[start : len(before) - end]


def relay(path: Any, commit: str) -> list[PeerSample]:
    """Relay's built-in PII rule tests: input/output pairs and inputs left alone."""
    source = f"getsentry/relay@{commit}"
    text = path.read_text()
    out: list[PeerSample] = []
    seen: set[tuple[str, str]] = set()
    functions = re.split(r"\n\s*fn (test_\w+)\(\)", text)
    for name, body in zip(functions[1::2], functions[2::2], strict=True):
        test = f"builtin.rs::{name}"

        def add(sample: PeerSample, test: str = test) -> None:
            if (test, sample.text) not in seen:
                seen.add((test, sample.text))
                out.append(sample)

        pair = rf"input = {_RUST_STRING};\s*output = {_RUST_STRING};"
        for found in re.finditer(pair, body):
            before, after = _rust_string(found.group(1)), _rust_string(found.group(2))
            removed = _removed(before, after).strip()
            if before == after:
                add(PeerSample("relay", source, test, before))
            elif len(removed) >= MIN_SECRET:
                add(PeerSample("relay", source, test, before, (removed,)))
        for found in re.finditer(
            rf"assert_rule_not_applied!\([^;]*;\s*input = {_RUST_STRING};", body
        ):
            add(PeerSample("relay", source, test, _rust_string(found.group(1))))
        listed = re.search(r"let (\w+) = vec!\[(.*?)\];", body, re.DOTALL)
        template = re.search(r'input = &format!\("([^"]*)\{(\w+)\}([^"]*)"\)', body)
        if listed and template:
            for code in re.findall(r'"([^"]+)"', listed.group(2)):
                sample = template.group(1) + code + template.group(3)
                add(PeerSample("relay", source, test, sample, (code,)))
    return out
