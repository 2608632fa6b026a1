"""Dashboard charts, drawn on the server with matplotlib (Agg) into SVG: no script and no request
to any other site. A count under 5 is never drawn to scale: its bar is a hatched stub of a fixed
height, labelled "<5", so neither the label nor the bar gives the number away."""
from __future__ import annotations

import io
import threading
from typing import Callable, Dict, List, Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)

from bot.staff.i18n import translator  # noqa: E402
from bot.transcripts.queries import SMALL_COUNT, Aggregates, shown  # noqa: E402

STUB = SMALL_COUNT / 2
COLOURS = ["#1f5f8b", "#d08c1a", "#3c8c4a", "#8b3a62", "#6b6b6b", "#2a9d8f"]
_lock = threading.Lock()  # pyplot keeps global state

matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "charts",
                            "font.size": 10, "font.family": "sans-serif"})


# Each drawing function takes the data and `_`, the translator of the portal's language.


def _bars(ax, positions: Sequence[float], counts: Sequence[int], width: float, colour: str,
          label: str = "") -> None:
    heights = [c if c >= SMALL_COUNT else STUB for c in counts]
    bars = ax.bar(positions, heights, width, color=colour, label=label or None)
    for bar, count in zip(bars, counts):
        if count < SMALL_COUNT:
            bar.set_hatch("///")
            bar.set_facecolor("white")
            bar.set_edgecolor(colour)
        ax.annotate(shown(count), (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                    ha="center", va="bottom", fontsize=8, xytext=(0, 2),
                    textcoords="offset points")


def _grouped(title: str, groups: Dict[str, List[int]], labels: List[str]) -> plt.Figure:
    fig, ax = plt.subplots(figsize=(8, 3.2))
    n = max(1, len(groups))
    width = 0.8 / n
    for i, (name, counts) in enumerate(sorted(groups.items())):
        positions = [x - 0.4 + width * (i + 0.5) for x in range(len(labels))]
        _bars(ax, positions, counts, width, COLOURS[i % len(COLOURS)], name)
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels(labels, rotation=30 if len(labels) > 6 else 0, ha="right"
                       if len(labels) > 6 else "center")
    ax.set_title(title)
    _finish(ax, bool(groups) and len(groups) > 1)
    return fig


def _simple(title: str, labels: List[str], counts: List[int]) -> plt.Figure:
    fig, ax = plt.subplots(figsize=(8, 3.2))
    _bars(ax, list(range(len(labels))), counts, 0.6, COLOURS[0])
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels(labels, rotation=20 if len(labels) > 4 else 0,
                       ha="right" if len(labels) > 4 else "center")
    ax.set_title(title)
    _finish(ax, False)
    return fig


def _finish(ax, legend: bool) -> None:
    # Never less than twice the threshold, so that a stub looks small beside real counts.
    top = max([SMALL_COUNT * 2] + [p.get_height() for p in ax.patches])
    ax.set_ylim(0, top * 1.2)
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.set_yticks([])  # the labels carry the numbers; an axis would give away the stubs
    if legend:
        ax.legend(frameon=False, fontsize=8)


def _weekly(series_of: Callable[[Aggregates], Dict[str, Dict]], title: str):
    def draw(data: Aggregates, _) -> plt.Figure:
        series = series_of(data)
        labels = [w.isoformat() for w in data.weeks]
        groups = {name: [weeks.get(w, 0) for w in data.weeks] for name, weeks in series.items()}
        return _grouped(_(title), groups, labels)
    return draw


def _results(data: Aggregates, _) -> plt.Figure:
    return _simple(_("Screening results"), [_(k) for k in data.results], list(data.results.values()))


def _resources(data: Aggregates, _) -> plt.Figure:
    items = sorted(data.resources.items())
    return _simple(_("Resources offered (conversations)"), [k for k, _v in items],
                   [v for _k, v in items])


def _quick_exits(data: Aggregates, _) -> plt.Figure:
    labels = [w.isoformat() for w in data.weeks]
    return _simple(_("Quick exits per week"), labels,
                   [data.quick_exits.get(w, 0) for w in data.weeks])


def _flags(data: Aggregates, _) -> plt.Figure:
    return _simple(_("Danger flags"), [_(k) for k in data.flags], list(data.flags.values()))


CHARTS: Dict[str, Callable] = {
    "weekly_channel": _weekly(lambda d: d.by_channel, "Conversations per week by channel"),
    "weekly_language": _weekly(lambda d: d.by_language, "Conversations per week by language"),
    "results": _results,
    "resources": _resources,
    "quick_exits": _quick_exits,
    "flags": _flags,
}


def render(name: str, data: Aggregates, lang: str) -> bytes:
    """One chart as SVG, its words in the portal's language."""
    with _lock:
        fig = CHARTS[name](data, translator(lang))
        out = io.BytesIO()
        fig.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
        plt.close(fig)
    return out.getvalue()
