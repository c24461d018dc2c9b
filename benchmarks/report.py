"""Figures, their goals, and the table they are printed in."""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Figure:
    """One measured figure: samples from several runs, judged against a goal.

    `better` says which way is good ("higher" or "lower"); `goal` is the bound the
    median must reach (None: reported without a goal); `stretch` is optional.
    """

    name: str
    unit: str
    samples: list[float]
    goal: float | None = None
    better: str = "lower"
    stretch: float | None = None
    note: str = ""
    goal_text: str = ""

    @property
    def median(self) -> float:
        """The median of the samples (NaN when there are none)."""
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def met(self) -> bool | None:
        """Whether the median meets the goal (None: no goal or no samples)."""
        if self.goal is None or not self.samples:
            return None
        if self.better == "higher":
            return self.median >= self.goal
        return self.median <= self.goal

    @property
    def stretch_met(self) -> bool | None:
        """Whether the median meets the stretch goal, if there is one."""
        if self.stretch is None or not self.samples:
            return None
        if self.better == "higher":
            return self.median >= self.stretch
        return self.median <= self.stretch

    def goal_label(self) -> str:
        """The goal as printed: `≥ 4,500 events/s`, `≤ 3 ms`, or a sentence."""
        if self.goal_text:
            return self.goal_text
        if self.goal is None:
            return "-"
        sign = "≥" if self.better == "higher" else "≤"
        text = f"{sign} {fmt(self.goal)} {self.unit}"
        if self.stretch is not None:
            text += f" (stretch {fmt(self.stretch)})"
        return text

    def measured_label(self) -> str:
        """`median (min to max)` with the unit."""
        if not self.samples:
            return "not measured"
        if len(self.samples) == 1:
            return f"{fmt(self.samples[0])} {self.unit}"
        low, high = min(self.samples), max(self.samples)
        return f"{fmt(self.median)} {self.unit} ({fmt(low)}–{fmt(high)})"

    def met_label(self) -> str:
        """yes / no / stretch / -."""
        met = self.met
        if met is None:
            return "-"
        if met and self.stretch_met:
            return "yes, stretch too"
        return "yes" if met else "NO"


def fmt(value: float) -> str:
    """A number as people read it: 12,345 / 123 / 12.3 / 1.23 / 0.123."""
    if value != value:  # NaN
        return "n/a"
    magnitude = abs(value)
    if magnitude >= 1000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def percentile(values: Sequence[float], fraction: float) -> float:
    """The `fraction` quantile (nearest rank) of `values`."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass
class Report:
    """Everything one benchmark run measured."""

    machine: dict[str, str]
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        """Record a figure and return it."""
        self.figures.append(figure)
        return figure

    def table(self) -> str:
        """The results as a Markdown table (also readable in a terminal)."""
        rows = [("figure", "goal", "measured: median (min–max)", "met?")]
        rows += [(f.name, f.goal_label(), f.measured_label(), f.met_label()) for f in self.figures]
        widths = [max(len(row[i]) for row in rows) for i in range(4)]

        def line(cells: Sequence[str]) -> str:
            return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

        out = [line(rows[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        out += [line(row) for row in rows[1:]]
        return "\n".join(out)

    def as_json(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "machine": self.machine,
            "figures": [
                {**asdict(f), "median": f.median, "met": f.met, "stretch_met": f.stretch_met}
                for f in self.figures
            ],
            "notes": self.notes,
        }

    def save(self, path: Path) -> None:
        """Write the JSON report."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.as_json(), indent=2) + "\n")


Progress = Callable[[str], None]
