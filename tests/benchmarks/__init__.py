"""Benchmarks (`make bench`): speed, memory and weight targets, never part of `make test`."""
