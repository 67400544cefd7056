"""Shared fixtures: the bundled event and paths to its raw files."""
from __future__ import annotations

import pytest

from analysis import paths


@pytest.fixture(scope="session")
def event():
    from analysis import load_event

    return load_event(paths.DEFAULT_EVENT)


@pytest.fixture(scope="session")
def independent(event):
    return event.parsed["000_254f71784dde8cdb"]


@pytest.fixture(scope="session")
def beacon(event):
    return event.parsed["001_44cb888064497d10"]


def _raw_hashes():
    import hashlib

    return {p.relative_to(paths.RAW_DIR).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(paths.RAW_DIR.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session", autouse=True)
def raw_data_is_never_modified():
    """Whatever the tests run (including full notebook runs), data/raw ends as it began."""
    before = _raw_hashes()
    yield
    after = _raw_hashes()
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, f"data/raw was modified during the tests: {changed}"
