"""Consentry: consent-first, anonymous usage telemetry for AI coding-assistant extensions."""

__version__ = "0.1.0"
