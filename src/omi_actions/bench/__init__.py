"""Benchmarks shipped with the project (SPEC §9): ``omi-actions bench ...``."""
