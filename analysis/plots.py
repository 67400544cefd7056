"""One figure style and a deterministic save that writes the figure's data beside it.

Every figure must have a title and labelled axes; :func:`save_figure` refuses
one that does not. PNG and SVG are written with fixed metadata so that rerunning
on unchanged input reproduces them byte for byte.

Usage:
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import pandas as pd, tempfile, pathlib
    >>> data = pd.DataFrame({"outlet": ["A", "B"], "words": [300, 900]})
    >>> fig, ax = new_figure()
    >>> _ = ax.bar(data["outlet"], data["words"]); _ = ax.set(title="Length", xlabel="Outlet", ylabel="Words")
    >>> out = save_figure(fig, data, "00_demo", "length", root=pathlib.Path(tempfile.mkdtemp()))
    >>> sorted(p.suffix for p in out.values())
    ['.csv', '.png', '.svg']
"""
from __future__ import annotations

from pathlib import Path

import matplotlib


def _in_jupyter_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and hasattr(shell, "kernel")


if not _in_jupyter_kernel():
    matplotlib.use("Agg")  # scripts and tests draw off-screen; notebooks keep the inline backend
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from .outputs import output_root, write_csv  # noqa: E402
from .paths import FIGURES_DIR  # noqa: E402

# A colour-blind-safe palette (Okabe & Ito 2008), cycled for outlets.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
           "#999999", "#882255"]
STYLE = {
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "legend.frameon": False,
    "svg.hashsalt": "media-analysis",
    "svg.fonttype": "path",
    "path.simplify": True,
}


def use_style() -> None:
    """Apply the suite's figure style (idempotent)."""
    plt.rcParams.update(STYLE)


def new_figure(width: float = 8, height: float = 4.5, **kwargs):
    """``plt.subplots`` in the suite's style."""
    use_style()
    return plt.subplots(figsize=(width, height), **kwargs)


def outlet_colours(outlets) -> dict[str, str]:
    """Stable colour per outlet, in the order given."""
    return {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}


def check_labels(fig) -> list[str]:
    """Problems that keep a figure from standing on its own (missing title or axis labels)."""
    problems = []
    axes = [ax for ax in fig.get_axes() if ax.get_visible() and ax.axison and ax.get_label() != "<colorbar>"]
    has_suptitle = fig._suptitle is not None and fig._suptitle.get_text().strip()
    if not has_suptitle and not any(ax.get_title().strip() for ax in axes):
        problems.append("no title")
    for i, ax in enumerate(axes):
        if not ax.get_xlabel().strip() and ax.get_xticklabels() and not getattr(ax, "_no_xlabel_ok", False):
            problems.append(f"axes {i} has no x label")
        if not ax.get_ylabel().strip() and not getattr(ax, "_no_ylabel_ok", False):
            problems.append(f"axes {i} has no y label")
    return problems


def save_figure(fig, data: pd.DataFrame, notebook: str, name: str, root: Path | None = None) -> dict[str, Path]:
    """Save ``fig`` as PNG and SVG and ``data`` as CSV under ``figures/<notebook>/``.

    Raises ``ValueError`` if the figure lacks a title or axis labels.
    """
    problems = check_labels(fig)
    if problems:
        raise ValueError(f"figure {notebook}/{name}: {', '.join(problems)}")
    folder = Path(root or output_root("figures", FIGURES_DIR)) / notebook
    folder.mkdir(parents=True, exist_ok=True)
    out = {"png": folder / f"{name}.png", "svg": folder / f"{name}.svg", "csv": folder / f"{name}.csv"}
    with plt.rc_context({"svg.hashsalt": STYLE["svg.hashsalt"]}):
        fig.savefig(out["png"], metadata={"Software": None}, bbox_inches="tight")
        fig.savefig(out["svg"], metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    write_csv(data, out["csv"])
    return out
