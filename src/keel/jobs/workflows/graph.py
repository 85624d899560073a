"""A workflow's DAG drawn as text (its layers, each step with what it waits for) and as SVG (a box
per step, layers top to bottom, an arrow per dependency): hand-written, the same bytes for the
same workflow, no script.

    keel workflow graph flow.yaml              # text
    keel workflow graph flow.yaml --format svg -o flow.svg

STATUSES (a run's step statuses, `keel workflow status`) colour the SVG boxes and mark the text.
"""

from __future__ import annotations

from html import escape

from keel.jobs.workflows.spec import Workflow

BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN = 190, 46, 36, 56, 24
FILL = {
    "succeeded": "#d9f2dc",
    "cached": "#dbe9fb",
    "failed": "#f9d6d5",
    "skipped": "#eeeeee",
    "running": "#fff2c7",
    "pending": "#ffffff",
}
MARK = {"succeeded": "✓", "cached": "=", "failed": "✗", "skipped": "–", "running": "…", "pending": " "}


def _extras(wf: Workflow, name: str) -> str:
    s = wf.steps[name]
    out = []
    if s.condition is not None and s.condition is not True:
        out.append(f"if {s.condition.text}" if hasattr(s.condition, "text") else "if false")
    if s.retries:
        out.append(f"retries {s.retries}")
    if s.timeout_s:
        out.append(f"timeout {s.timeout_s:g}s")
    if not s.cache:
        out.append("no cache")
    return f"  ({'; '.join(out)})" if out else ""


def text(wf: Workflow, statuses: dict[str, str] | None = None) -> str:
    """The layers, top down: `name [type] ← deps`, then every edge as `a → b`."""
    layers = wf.layers()
    lines = [f"workflow {wf.name}: {len(wf.steps)} step(s) in {len(layers)} layer(s)", ""]
    width = max(len(n) for n in wf.steps)
    types = max(len(s.type.name) for s in wf.steps.values()) + 2
    for i, layer in enumerate(layers, 1):
        lines.append(f"layer {i}")
        for name in layer:
            s = wf.steps[name]
            mark = f"{MARK.get(statuses.get(name, 'pending'), ' ')} " if statuses is not None else ""
            deps = f"  ← {', '.join(s.deps)}" if s.deps else ""
            line = f"  {mark}{name.ljust(width)}  {f'[{s.type.name}]'.ljust(types)}{deps}{_extras(wf, name)}"
            lines.append(line.rstrip())
    edges = [f"  {d} → {name}" for name in wf.order() for d in wf.steps[name].deps]
    if edges:
        lines += ["", "edges", *edges]
    return "\n".join(lines) + "\n"


LANE = 18  # the space between edges routed beside the boxes


def _long_edges(wf: Workflow) -> list[tuple[str, str]]:
    """Edges that skip a layer: drawn around the boxes between, on the right, one lane each."""
    depth = {n: i for i, layer in enumerate(wf.layers()) for n in layer}
    return [(d, n) for n in wf.order() for d in wf.steps[n].deps if depth[n] - depth[d] > 1]


def _positions(wf: Workflow) -> tuple[dict[str, tuple[float, float]], float, float]:
    layers = wf.layers()
    widest = max(len(layer) for layer in layers)
    lanes = len(_long_edges(wf))
    width = 2 * MARGIN + widest * BOX_W + (widest - 1) * GAP_X + (LANE * (lanes + 1) if lanes else 0)
    height = 2 * MARGIN + 28 + len(layers) * BOX_H + (len(layers) - 1) * GAP_Y
    pos: dict[str, tuple[float, float]] = {}
    inner = width - (LANE * (lanes + 1) if lanes else 0)
    for row, layer in enumerate(layers):
        used = len(layer) * BOX_W + (len(layer) - 1) * GAP_X
        x0 = (inner - used) / 2
        y = MARGIN + 28 + row * (BOX_H + GAP_Y)
        for col, name in enumerate(layer):
            pos[name] = (x0 + col * (BOX_W + GAP_X), y)
    return pos, width, height


def _n(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _fit(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def svg(wf: Workflow, statuses: dict[str, str] | None = None) -> str:
    pos, width, height = _positions(wf)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(width)}" height="{_n(height)}" '
        f'viewBox="0 0 {_n(width)} {_n(height)}" font-family="ui-sans-serif, Helvetica, Arial, sans-serif">',
        f"<title>{escape(wf.name)}</title>",
        "<defs>",
        '<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto">',
        '<path d="M0,0 L10,5 L0,10 z" fill="#555"/>',
        "</marker>",
        "</defs>",
        f'<rect x="0" y="0" width="{_n(width)}" height="{_n(height)}" fill="#fbfbfb"/>',
        f'<text x="{MARGIN}" y="{MARGIN + 8}" font-size="15" font-weight="bold" fill="#222">'
        f"{escape(_fit(wf.name, 80))}</text>",
    ]
    long = _long_edges(wf)
    right = max(x for x, _ in pos.values()) + BOX_W
    for name in wf.order():  # edges under the boxes
        x2, y2 = pos[name]
        for d in wf.steps[name].deps:
            x1, y1 = pos[d]
            if (d, name) in long:  # out of the source's right side, down a lane, into the target's
                lane = right + LANE * (long.index((d, name)) + 1) * 4 / 3  # a cubic reaches ¾ of the way
                sx, sy, ex, ey = x1 + BOX_W, y1 + BOX_H / 2, x2 + BOX_W, y2 + BOX_H / 2
                path = f"M{_n(sx)},{_n(sy)} C{_n(lane)},{_n(sy)} {_n(lane)},{_n(ey)} {_n(ex)},{_n(ey)}"
            else:
                sx, sy, ex, ey = x1 + BOX_W / 2, y1 + BOX_H, x2 + BOX_W / 2, y2
                mid = (sy + ey) / 2
                path = f"M{_n(sx)},{_n(sy)} C{_n(sx)},{_n(mid)} {_n(ex)},{_n(mid)} {_n(ex)},{_n(ey)}"
            out.append(
                f'<path class="edge" data-from="{escape(d)}" data-to="{escape(name)}" d="{path}" '
                'fill="none" stroke="#555" stroke-width="1.4" marker-end="url(#arrow)"/>'
            )
    for name in wf.order():
        x, y = pos[name]
        s = wf.steps[name]
        status = (statuses or {}).get(name)
        fill = FILL.get(status or "pending", "#ffffff")
        dash = ' stroke-dasharray="5,3"' if s.condition is not None and s.condition is not True else ""
        out += [
            f'<g class="step" data-step="{escape(name)}" data-type="{escape(s.type.name)}"'
            + (f' data-status="{escape(status)}"' if status else "")
            + ">",
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{BOX_W}" height="{BOX_H}" rx="7" fill="{fill}" '
            f'stroke="#333" stroke-width="1.2"{dash}/>',
            f'<text x="{_n(x + BOX_W / 2)}" y="{_n(y + 19)}" text-anchor="middle" font-size="13" '
            f'font-weight="bold" fill="#111">{escape(_fit(name, 24))}</text>',
            f'<text x="{_n(x + BOX_W / 2)}" y="{_n(y + 36)}" text-anchor="middle" font-size="11" fill="#555">'
            f"{escape(_fit(s.type.name + (f' · {status}' if status else ''), 30))}</text>",
            "</g>",
        ]
    out.append("</svg>")
    return "\n".join(out) + "\n"
