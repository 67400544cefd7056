"""`make lab` works: a Jupyter server on loopback lists the notebooks and runs one through its REST API."""
from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never through a proxy


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, root: Path, env: dict):
        self.port, self.token = _free_port(), secrets.token_hex(16)
        args = [sys.executable, "-m", "jupyter_server", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}",
                f"--IdentityProvider.token={self.token}", "--ServerApp.open_browser=False",
                f"--ServerApp.root_dir={root}", "--ServerApp.port_retries=0"]
        if hasattr(os, "getuid") and os.getuid() == 0:
            args.append("--allow-root")
        self.log = open(env["SERVER_LOG"], "wb")
        self.proc = subprocess.Popen(args, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                self.api("GET", "/api/status")
                return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"jupyter server did not start; see {env['SERVER_LOG']}")

    def api(self, method: str, path: str, body: dict | None = None):
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"token {self.token}",
                                              "Content-Type": "application/json"})
        with OPENER.open(req, timeout=30) as resp:
            raw = resp.read()
            return json.loads(raw) if raw else None

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def run_cell(ws, code: str, timeout: float = 120) -> dict:
    """Send one execute_request over the kernel channels websocket; collect outputs until the reply."""
    msg_id = uuid.uuid4().hex
    ws.send(json.dumps({"header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test",
                                   "session": "test", "version": "5.3"},
                        "parent_header": {}, "metadata": {}, "channel": "shell",
                        "content": {"code": code, "silent": False, "store_history": True,
                                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
    outputs, reply, deadline = [], None, time.time() + timeout
    while time.time() < deadline and (reply is None or not any(
            o["msg_type"] == "status" and o["content"]["execution_state"] == "idle" for o in outputs)):
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        if msg["channel"] == "shell" and msg["msg_type"] == "execute_reply":
            reply = msg["content"]
        elif msg["channel"] == "iopub":
            outputs.append({"msg_type": msg["msg_type"], "content": msg["content"]})
    assert reply is not None, f"no reply within {timeout} s for: {code[:60]}"
    return {"reply": reply, "outputs": outputs}


@pytest.mark.slow
def test_server_lists_and_runs_the_corpus_notebook(tmp_path):
    import websocket

    env = {**os.environ, "SERVER_LOG": str(tmp_path / "server.log"), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    for kind in ("figures", "processed", "reports", "cache"):
        env[f"ANALYSIS_{kind.upper()}_DIR"] = str(tmp_path / kind)  # the kernel inherits these: no repo writes
    server = Server(NOTEBOOKS, env)
    try:
        listing = server.api("GET", "/api/contents")
        names = {item["name"] for item in listing["content"]}
        assert "01_corpus.ipynb" in names
        assert {n for n in names if n.endswith(".ipynb")} >= {p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")}
        with pytest.raises(urllib.error.HTTPError):  # the token is required
            OPENER.open(f"http://127.0.0.1:{server.port}/api/contents", timeout=10)

        nb = server.api("GET", "/api/contents/01_corpus.ipynb")["content"]
        session = server.api("POST", "/api/sessions", {"path": "01_corpus.ipynb", "type": "notebook",
                                                        "name": "01_corpus.ipynb", "kernel": {"name": "python3"}})
        kernel = session["kernel"]["id"]
        ws = websocket.create_connection(
            f"ws://127.0.0.1:{server.port}/api/kernels/{kernel}/channels?token={server.token}",
            timeout=120, suppress_origin=True)
        try:
            cwd = run_cell(ws, "import os; print(os.getcwd())")
            printed = "".join(o["content"].get("text", "") for o in cwd["outputs"] if o["msg_type"] == "stream")
            assert Path(printed.strip()) == NOTEBOOKS
            findings = None
            for cell in nb["cells"]:
                if cell["cell_type"] != "code":
                    continue
                result = run_cell(ws, cell["source"])
                assert result["reply"]["status"] == "ok", (cell["source"][:80], result["reply"])
                if "findings" in cell["metadata"].get("tags", []):
                    findings = [o["content"]["data"] for o in result["outputs"]
                                if o["msg_type"] in ("execute_result", "display_data")]
        finally:
            ws.close()
        assert findings and "**2 articles** from 2 outlets" in findings[0]["text/markdown"]
        assert (tmp_path / "figures" / "01_corpus" / "words_by_section.png").is_file()
        server.api("DELETE", f"/api/sessions/{session['id']}")
        assert server.api("GET", "/api/kernels") == []
    finally:
        server.stop()
    assert server.proc.returncode is not None
