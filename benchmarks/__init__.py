"""Benchmarks of the Consentry server: `python -m benchmarks` (see the README's Benchmarks).

Every figure is measured against the real server over stdio, as a client process
would drive it, and printed beside its goal with min / median / max over several
runs; ratios compare with a stock pygls server measured in the same run.
"""
