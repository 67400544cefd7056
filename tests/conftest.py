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
