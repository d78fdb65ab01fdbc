"""Reproducible performance runs: every figure is a ratio against a raw baseline measured in the
same run, on the same data, on the same machine (``python -m benchmarks --help``)."""
