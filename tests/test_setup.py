"""Project setup: one dependency list, offline readability, raw data unchanged."""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tomllib

from analysis import paths


def _name(spec: str) -> str:
    return re.split(r"[<>=!\[ ]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_lists_the_same_runtime_dependencies():
    project = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text())["project"]
    runtime = {_name(d) for d in project["dependencies"]}
    yml = (paths.PROJ_ROOT / "environment.yml").read_text()
    deps = yml.split("dependencies:", 1)[1]
    items = [m.group(1) for m in re.finditer(r"^\s+-\s+([^\s#]+)", deps, re.M)]
    listed = {_name(i) for i in items if not i.endswith(":")}
    listed |= {"dask"} if "distributed" in listed else set()  # conda splits dask[distributed]
    assert runtime - listed == set(), f"missing from environment.yml: {runtime - listed}"
    # conda spells extras as separate packages: dask[distributed] -> distributed, bleach[css] -> tinycss2
    extra = listed - runtime - {"python", "pip", "pytest", "-e", "distributed", "tinycss2"}
    assert extra == set(), f"environment.yml lists packages pyproject.toml does not: {extra}"
    assert "conda-forge" in yml and "python=3.11" in yml and "-e ." in yml


def test_textstat_pinned_to_the_offline_release():
    project = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text())["project"]
    assert "textstat==0.7.8" in project["dependencies"]


def test_readability_and_tone_make_no_download(tmp_path):
    # A child process with sockets disabled and an empty NLTK data path: any download attempt raises.
    code = """
import socket, os, sys
def refuse(*a, **k):
    raise RuntimeError("network access attempted")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
try:
    import nltk
    nltk.download = refuse
except ImportError:
    pass
import textstat
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
from analysis import load_event
ev = load_event()
text = " ".join(ev.sentences["text"])
print(round(textstat.flesch_reading_ease(text), 2), textstat.syllable_count("honour"))
print(SentimentIntensityAnalyzer().polarity_scores("Holding your ground with honour")["compound"])
"""
    env = {"NLTK_DATA": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.split("\n")[:2]
    assert first.split()[1] == "2"  # hon-our, from the bundled CMU dictionary
    assert float(second) > 0


# SHA-256 of the two seed files as delivered (computed from shared/seeds when the corpus was copied).
SEED_HASHES = {
    "000_254f71784dde8cdb.txt": "b1a1c6e18faa68694f63afac66e71dfc50310e3718c9990ab73f6267a5cf1332",
    "001_44cb888064497d10.txt": "eb4d320dc38755d1f8060d161f44f29874c0b23c9e6107d32139f08c437748d9",
}


def test_bundled_corpus_is_byte_for_byte_the_seeds():
    for name, digest in SEED_HASHES.items():
        assert hashlib.sha256((paths.DEFAULT_EVENT / name).read_bytes()).hexdigest() == digest


def test_every_public_name_resolves():
    import analysis

    for name in analysis.__all__:
        assert callable(getattr(analysis, name)), name
