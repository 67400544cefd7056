"""Open the HTML reports in headless Chromium: every image loads, no script error, nothing fetched online.

Needs Debian's ``chromium`` (``apt-get install -y chromium``; ``.ci/run`` installs it). Drives the
browser over the DevTools protocol with ``websocket-client``. Screenshots go to ``tests/artifacts/``.

Also a tiny command line for the README screenshot:
``.venv/bin/python tests/test_browser.py reports/index.html docs/screenshot-index.png``
"""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import warnings
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CANDIDATES = ["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
         "--mute-audio", "--remote-allow-origins=*", "--remote-debugging-port=0"]


def find_chromium() -> str | None:
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    """A headless Chromium page driven over the DevTools protocol."""

    def __init__(self, width: int = 1280, height: int = 900):
        import websocket

        exe = find_chromium()
        self.profile = tempfile.mkdtemp(prefix="chromium-profile-")
        self.proc = subprocess.Popen([exe, *FLAGS, f"--user-data-dir={self.profile}",
                                      f"--window-size={width},{height}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        port, deadline = None, time.time() + 30
        while time.time() < deadline and port is None:
            line = self.proc.stderr.readline()
            match = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
            if match:
                port = int(match.group(1))
            elif not line and self.proc.poll() is not None:
                break
        if port is None:
            self.close()
            raise RuntimeError("chromium did not start (no DevTools port)")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        for _ in range(50):
            targets = json.loads(opener.open(f"http://127.0.0.1:{port}/json/list", timeout=5).read())
            pages = [t for t in targets if t.get("type") == "page"]
            if pages:
                break
            time.sleep(0.1)
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)

    def send(self, method: str, **params):
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, method: str, timeout: float = 30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(e.get("method") == method for e in self.events):
                return
            self.ws.settimeout(max(deadline - time.time(), 0.1))
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(method)

    def open(self, path: Path) -> None:
        self.events.clear()
        self.send("Page.navigate", url=Path(path).resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    def images(self) -> list[dict]:
        return self.evaluate("Array.from(document.images).map(i => ({src: i.src.slice(0, 60), "
                             "complete: i.complete, width: i.naturalWidth}))")

    def errors(self) -> list[str]:
        found = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                found.append("console.error: " + " ".join(str(a.get("value")) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")
        return found

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def screenshot(self, path: Path, full_page: bool = False) -> Path:
        params = {"format": "png"}
        if full_page:
            metrics = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params.update(captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": metrics["width"],
                                                               "height": min(metrics["height"], 12000), "scale": 1})
        data = self.send("Page.captureScreenshot", **params)["data"]
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:
            pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


HOW_TO_INSTALL = ("headless Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) "
                  "or run .ci/run, which installs it")


def require_chromium():
    """Skip (or fail, when REQUIRE_BROWSER is set as in CI) if Chromium is not installed."""
    if find_chromium() is None:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(HOW_TO_INSTALL + " (REQUIRE_BROWSER is set, so this is an error)")
        pytest.skip(HOW_TO_INSTALL)


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    b = Browser()
    yield b
    b.close()


@pytest.fixture(scope="module")
def index_html():
    """reports/index.html, brought up to date by the incremental runner (a no-op when nothing changed)."""
    from analysis.runner import run_all

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert run_all(log=lambda *a: None) == 0, "make report failed: see the notebook error above"
    return ROOT / "reports" / "index.html"


def _check_page(browser, path: Path, shot: str) -> dict:
    browser.open(path)
    images = browser.images()
    title = browser.evaluate("document.title")
    browser.screenshot(ARTIFACTS / shot, full_page=True)
    return {"images": images, "errors": browser.errors(), "requests": browser.requests(), "title": title}


@pytest.mark.slow
def test_index_loads_every_image_without_script_errors(browser, index_html):
    page = _check_page(browser, index_html, "index.png")
    assert page["title"].startswith("Speech coverage report")
    assert page["images"], "the summary shows no figure"
    broken = [i for i in page["images"] if not i["complete"] or i["width"] <= 0]
    assert not broken, f"images that did not load: {broken}"
    assert not page["errors"], page["errors"]
    online = [u for u in page["requests"] if not u.startswith(("file:", "data:"))]
    assert not online, f"the report fetched from the network: {online}"
    assert (ARTIFACTS / "index.png").stat().st_size > 10_000


@pytest.mark.slow
def test_every_notebook_report_loads(browser, index_html):
    reports = sorted(p for p in index_html.parent.glob("[0-9][0-9]_*.html"))
    assert reports, "no notebook reports next to index.html"
    for path in reports:
        page = _check_page(browser, path, f"{path.stem}.png")
        broken = [i for i in page["images"] if not i["complete"] or i["width"] <= 0]
        assert not broken, f"{path.name}: images that did not load: {broken}"
        assert not page["errors"], f"{path.name}: {page['errors']}"
        assert not [u for u in page["requests"] if not u.startswith(("file:", "data:"))], path.name


@pytest.mark.slow
def test_script_in_an_article_shows_as_text_and_never_runs(browser, tmp_path, monkeypatch):
    """A hostile article (script tag, onerror handler) is rendered as visible text by the corpus report."""
    from analysis.corpus import new_event
    from analysis.runner import run_all

    for kind in ("figures", "processed", "reports", "cache"):
        monkeypatch.setenv(f"ANALYSIS_{kind.upper()}_DIR", str(tmp_path / kind))
    folder = Path(new_event("hostile-press-conference", speaker="Mayor Jane Roe", title="Budget <b>briefing</b>",
                            root=tmp_path / "raw"))
    article = ("<script>window.__pwned = 1; document.title = 'pwned'</script> Mayor defends budget\n\n"
               "By Sam Poe\n\n"
               "CITY HALL (AP) — Mayor Jane Roe said on Monday: \"We will <img src=x onerror=\"window.__pwned=2\"> "
               "balance the books.\"\n\nShe took questions for an hour.\n")
    (folder / "000_hostile.txt").write_text(article, encoding="utf-8")
    (folder / "manifest.csv").write_text("file,outlet,url,provenance\n000_hostile.txt,City <i>Wire</i>,,test\n",
                                         encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert run_all(event=folder, only=["01"], log=lambda *a: None) == 0
    report = tmp_path / "reports" / "events" / "hostile-press-conference" / "01_corpus.html"
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    assert soup.find_all("script") == []
    handlers = [(t.name, a) for t in soup.find_all(True) for a in t.attrs if a.lower().startswith("on")]
    assert handlers == []
    assert all(img["src"].startswith("data:image/png;base64,") for img in soup.find_all("img"))
    browser.open(report)
    assert browser.evaluate("window.__pwned === undefined")
    assert browser.evaluate("document.title") != "pwned"
    text = browser.evaluate("document.body.innerText")
    assert "<script>window.__pwned = 1;" in text  # shown to the reader as text
    assert "City <i>Wire</i>" in text
    assert not browser.errors()
    browser.screenshot(ARTIFACTS / "hostile-01_corpus.png")


if __name__ == "__main__":  # screenshot for the README: python tests/test_browser.py REPORT.html OUT.png
    if find_chromium() is None:
        sys.exit("chromium not found: sudo apt-get install -y chromium")
    b = Browser(width=int(os.environ.get("SHOT_WIDTH", 1280)), height=int(os.environ.get("SHOT_HEIGHT", 1000)))
    try:
        b.open(Path(sys.argv[1]))
        print(b.screenshot(Path(sys.argv[2]), full_page=os.environ.get("SHOT_FULL") == "1"))
    finally:
        b.close()
