"""Read test cases out of Python test modules without running them.

A small evaluator over the syntax tree: literals, names bound earlier in the module to
such values, `+`, `*`, `%`, `str.format`, f-strings, `.encode()`/`.decode()` and
`base64.b64encode`. Anything else is *unknown* and the case that needs it is skipped,
so no code of the peer project ever runs here.
"""

from __future__ import annotations

import ast
import base64
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


class UnknownError(Exception):
    """An expression this evaluator does not handle."""


def evaluate(node: ast.AST, env: dict[str, Any]) -> Any:
    """The value of `node`, or UnknownError."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Tuple | ast.List):
        return tuple(evaluate(e, env) for e in node.elts)
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        raise UnknownError(node.id)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -evaluate(node.operand, env)
    if isinstance(node, ast.BinOp):
        left, right = evaluate(node.left, env), evaluate(node.right, env)
        if isinstance(node.op, ast.Add) and type(left) is type(right):
            return left + right
        if isinstance(node.op, ast.Mult) and isinstance(right, int) and right < 100_000:
            return left * right
        if isinstance(node.op, ast.Mod) and isinstance(left, str):
            return left % right
        raise UnknownError("binop")
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif isinstance(value, ast.FormattedValue) and value.format_spec is None:
                parts.append(str(evaluate(value.value, env)))
            else:
                raise UnknownError("f-string")
        return "".join(parts)
    if isinstance(node, ast.Call):
        return _call(node, env)
    raise UnknownError(type(node).__name__)


def _call(node: ast.Call, env: dict[str, Any]) -> Any:
    func = node.func
    args = [evaluate(a, env) for a in node.args]
    kwargs = {k.arg: evaluate(k.value, env) for k in node.keywords if k.arg}
    if isinstance(func, ast.Attribute):
        if func.attr == "b64encode" and isinstance(func.value, ast.Name) and args:
            return base64.b64encode(args[0])
        owner = evaluate(func.value, env)
        if isinstance(owner, str) and func.attr in {"format", "encode", "upper", "lower", "strip"}:
            return getattr(owner, func.attr)(*args, **kwargs)
        if isinstance(owner, bytes) and func.attr == "decode":
            return owner.decode(*args)
    raise UnknownError("call")


def module_env(tree: ast.Module) -> dict[str, Any]:
    """Module-level names bound to values the evaluator understands."""
    env: dict[str, Any] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if isinstance(target, ast.Name):
                try:
                    env[target.id] = evaluate(stmt.value, env)
                except (UnknownError, TypeError, ValueError, KeyError, IndexError):
                    continue
    return env


@dataclass(frozen=True)
class Case:
    """One parametrized case: the test it belongs to and its arguments by name."""

    test: str
    args: dict[str, Any]


def _functions(tree: ast.AST) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Test functions and methods (as Class.method), in source order."""
    found: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    found.append((f"{node.name}.{item.name}", item))
    for node in tree.body if isinstance(tree, ast.Module) else []:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append((node.name, node))
    return sorted(found, key=lambda pair: pair[1].lineno)


def parametrized_cases(source: str) -> Iterator[Case]:
    """Every case of every `pytest.mark.parametrize` whose values can be evaluated."""
    tree = ast.parse(source)
    env = module_env(tree)
    for name, function in _functions(tree):
        for decorator in function.decorator_list:
            if not (isinstance(decorator, ast.Call) and _is_parametrize(decorator.func)):
                continue
            if len(decorator.args) < 2:
                continue
            try:
                names = evaluate(decorator.args[0], env)
            except UnknownError:
                continue
            argnames = (
                [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
            )
            values = decorator.args[1]
            elements = values.elts if isinstance(values, ast.List | ast.Tuple) else []
            if not elements:
                try:
                    elements = [ast.Constant(v) for v in evaluate(values, env)]
                except (UnknownError, TypeError):
                    continue
            for element in elements:
                try:
                    value = evaluate(element, env)
                except (UnknownError, TypeError, ValueError, KeyError, IndexError):
                    continue
                row = value if len(argnames) > 1 else (value,)
                if isinstance(row, tuple) and len(row) == len(argnames):
                    yield Case(name, dict(zip(argnames, row, strict=True)))


def _is_parametrize(func: ast.expr) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "parametrize"
