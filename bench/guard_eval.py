"""Guard evaluation: precision / recall / F1 per scanner on the shipped labelled sets, and latency.

The sets live in bench/guard_sets/*.jsonl (built by bench/guard_sets/build.py, deterministic;
their README says what each holds). Every scanner runs with its default parameters, as a policy
would use it; nothing is tuned on these sets at run time.

  pii        over every entity type the set labels (all the scanner supports): a gold entity is found
             when a predicted span of its type overlaps it. One headline figure ("ALL TYPES"), the
             issue's nine types, per-type rows; IoU >= 0.5 and exact-boundary F1 alongside; and
             Presidio's default AnalyzerEngine on the same texts (--no-presidio skips it).
  secrets    text level (secret / clean), and span level for the secret itself
  injection  text level (attack / benign): recall, false-positive rate; target recall >= 0.90
             at <= 3% false positives. Also recall per attack family, FP rate per benign family.
  independent/pii, independent/injection: the same, on bench/guard_sets/independent/ (--only
             independent), written apart from the training corpora; nothing is tuned on them.
  independent2/injection: a second injection set written apart from both (--only independent2),
             kept for figures the first set's many runs could have steered.
  toxicity, bias, refusal, gibberish, relevance: text level
  language   accuracy of "not in the allow-list (en)"
  grounded   sentence level: unsupported answer sentences

Latency: each scanner on a realistic 1 KB prompt (a support e-mail with an address, phone and
card number), p50 / p99 over --runs runs after a warm-up, in ms; and the whole input side of the
built-in policies, side by side (`default`: pii patterns, people, places and URLs -> pseudonymize,
secrets -> redact, injection -> block; `fast`: the same with the pii pattern types only), on the
same prompt, and over 100 different benign 1 KB prompts built from the sets' ordinary benign texts
(and 100 more salted with the injection set's hard look-alikes); target for `default`: p50 <= 15
ms, p99 <= 40 ms.

    .venv/bin/python bench/guard_eval.py [--runs 200] [--json] [--only pii,injection]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from guard_scoring import binary, overlap_scores, presidio_default, prf, span_scores

SETS = Path(__file__).parent / "guard_sets"
# the headline types (ORGANIZATION is scored too, in "all", where a set labels it)
NINE = [
    "PERSON",
    "LOCATION",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "URL",
]

PROMPT_1KB = (
    "Hi support team, I'm writing about my order from last week. I placed order #A-20931 on the website on "
    "Tuesday. The package was supposed to arrive at my flat by Friday, but the tracking page still says it is "
    "waiting at the depot. I already called your hotline twice and was told someone would get back to me within "
    "24 hours, which did not happen. Could you please check what is going on and tell me when I can expect the "
    "delivery? If it is easier, you can reach me at laura.becker@example.org or on my mobile, +49 151 2345 6789, "
    "any time after 5pm. I paid with my card 4242 4242 4242 4242 and I would like a refund of the shipping fee "
    "if the parcel does not arrive before the weekend, since I chose express delivery specifically. Also, the "
    "invoice lists the wrong billing address; it should be Lindenstrasse 12, 20095 Hamburg. Thanks a lot for "
    "your help, and please let me know if you need any other details from me to sort this out quickly. Best, L."
)


def load(name: str) -> list[dict[str, Any]]:
    path = SETS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ----------------------------------------------------------------------------- evaluations


def eval_pii(report: dict, name: str, presidio: bool) -> None:
    """Keel's pii scanner with every type the set labels (all the scanner supports), and Presidio's default."""
    from keel.guard.base import ScanContext
    from keel.guard.scanners.pii import PiiScanner

    rows = load(name)
    types = sorted({s["entity"] for r in rows for s in r["spans"]})
    scanner = PiiScanner(entities=types)
    gold = [[(s["entity"], s["start"], s["end"]) for s in r["spans"]] for r in rows]
    keel = [[(f.entity, f.start, f.end) for f in scanner.scan(r["text"], ScanContext()).findings] for r in rows]
    out: dict[str, Any] = {"n": len(rows), "types": types, "keel": overlap_scores(list(zip(keel, gold)), types)}
    out["keel"]["nine"] = overlap_scores(list(zip(keel, gold)), [t for t in NINE if t in types])["all"]
    for exact in (False, True):  # the earlier span-level scores: IoU >= 0.5, and exact boundaries
        counts = span_scores(list(zip(keel, gold)), exact)
        total = sum(counts.values(), Counter())
        per = {ent: prf(c["tp"], c["fp"], c["fn"]) for ent, c in counts.items() if ent in types}
        out["exact" if exact else "iou"] = {**per, "all": prf(total["tp"], total["fp"], total["fn"])}
    if presidio:
        engine = presidio_default()
        pres = [[(x.entity_type, x.start, x.end) for x in engine.analyze(r["text"], language="en")] for r in rows]
        out["presidio"] = overlap_scores(list(zip(pres, gold)), types)
        out["presidio"]["nine"] = overlap_scores(list(zip(pres, gold)), [t for t in NINE if t in types])["all"]
    report[name] = out


def eval_text(report: dict, name: str, scanner: Any, positive: str, text_key: str = "text", **ctx_from: str) -> None:
    from keel.guard.base import ScanContext

    rows = load(name)
    preds, gold = [], []
    for r in rows:
        ctx = ScanContext("output" if ctx_from else "input", **{k: r[v] for k, v in ctx_from.items()})
        preds.append(scanner.scan(r[text_key], ctx).triggered)
        gold.append(r["label"] == positive)
    report[name] = binary(preds, gold)
    if "family" in rows[0]:  # injection: recall per attack family, false-positive rate per benign one
        families: dict[tuple[str, str], list[bool]] = defaultdict(list)
        for r, p in zip(rows, preds):
            families[(r["label"], r.get("family", "?"))].append(p)
        for label, key in ((positive, "recall_by_family"), (None, "fpr_by_family")):
            report[name][key] = {
                f: {"rate": sum(v) / len(v), "n": len(v)}
                for (lab, f), v in sorted(families.items())
                if (lab == positive) == (label == positive)
            }


def eval_secrets(report: dict) -> None:
    from keel.guard.base import ScanContext
    from keel.guard.scanners.secrets import SecretsScanner

    rows = load("secrets")
    scanner = SecretsScanner()
    results = [scanner.scan(r["text"], ScanContext()) for r in rows]
    report["secrets"] = binary([x.triggered for x in results], [r["label"] == "secret" for r in rows])
    pairs = [
        (
            [("SECRET", f.start, f.end) for f in x.findings],
            [("SECRET", s["start"], s["end"]) for s in r.get("spans", [])],
        )
        for x, r in zip(results, rows)
    ]
    c = span_scores(pairs)["SECRET"]
    report["secrets"]["spans"] = prf(c["tp"], c["fp"], c["fn"])


def eval_language(report: dict) -> None:
    from keel.guard.base import ScanContext
    from keel.guard.scanners.limits import LanguageScanner

    rows = load("language")
    scanner = LanguageScanner(allowed=["en"])
    preds = [scanner.scan(r["text"], ScanContext()).triggered for r in rows]
    report["language"] = binary(preds, [r["language"] != "en" for r in rows])


def eval_grounded(report: dict) -> None:
    from keel.guard.base import ScanContext
    from keel.guard.scanners._sentences import sentence_spans
    from keel.guard.scanners.output import GroundedScanner

    rows = load("grounded")
    scanner = GroundedScanner()
    tp = fp = fn = 0
    for r in rows:
        result = scanner.scan(r["answer"], ScanContext("output", documents=r["context"]))
        sentences = sentence_spans(r["answer"])
        flagged = {
            i for i, (s, e) in enumerate(sentences) for f in result.findings if f.start is not None and s <= f.start < e
        }
        gold = set(r["unsupported"])
        tp += len(flagged & gold)
        fp += len(flagged - gold)
        fn += len(gold - flagged)
    report["grounded"] = prf(tp, fp, fn)


def evaluate(only: set[str] | None, presidio: bool = True) -> dict:
    from keel.guard.scanners.bias import BiasScanner
    from keel.guard.scanners.injection import InjectionScanner
    from keel.guard.scanners.limits import GibberishScanner
    from keel.guard.scanners.output import RefusalScanner, RelevanceScanner
    from keel.guard.scanners.toxicity import ToxicityScanner

    report: dict = {}
    injection = InjectionScanner()
    jobs = {
        "pii": lambda: eval_pii(report, "pii", presidio),
        "independent/pii": lambda: eval_pii(report, "independent/pii", presidio),
        "secrets": lambda: eval_secrets(report),
        "injection": lambda: eval_text(report, "injection", injection, "attack"),
        "independent/injection": lambda: eval_text(report, "independent/injection", injection, "attack"),
        "independent2/injection": lambda: eval_text(report, "independent2/injection", injection, "attack"),
        "toxicity": lambda: eval_text(report, "toxicity", ToxicityScanner(), "toxic"),
        "bias": lambda: eval_text(report, "bias", BiasScanner(), "biased"),
        "refusal": lambda: eval_text(report, "refusal", RefusalScanner(), "refusal"),
        "gibberish": lambda: eval_text(report, "gibberish", GibberishScanner(), "gibberish"),
        "relevance": lambda: eval_text(
            report, "relevance", RelevanceScanner(), "irrelevant", text_key="answer", prompt="question"
        ),
        "language": lambda: eval_language(report),
        "grounded": lambda: eval_grounded(report),
    }
    for name, job in jobs.items():
        if only and name not in only and name.split("/")[0] not in only:
            continue
        if not (SETS / f"{name}.jsonl").is_file():
            report[name] = {"skipped": f"no {name}.jsonl in {SETS}"}
            continue
        t0 = time.perf_counter()
        job()
        print(f"  evaluated {name} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return report


# ----------------------------------------------------------------------------- latency


def _timed(fn: Any, runs: int) -> dict[str, float]:
    for _ in range(3):
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50": statistics.median(times), "p99": times[min(len(times) - 1, int(0.99 * len(times)))]}


def latency(runs: int, only: set[str] | None) -> dict:
    from keel.config import GuardSettings
    from keel.guard.base import ScanContext
    from keel.guard.engine import Guard, Item, check
    from keel.guard.registry import build_scanner
    from keel.guard.vault import Vault

    text = PROMPT_1KB[:1024]
    question = "When will my parcel arrive?"
    scanners = {
        "pii (patterns)": build_scanner(
            "pii", {"entities": ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN"]}
        ),
        "pii (patterns + NER)": build_scanner("pii", {}),
        "pii (the nine headline types)": build_scanner("pii", {"entities": NINE}),
        "secrets": build_scanner("secrets", {}),
        "injection": build_scanner("injection", {}),
        "injection (lexical only)": build_scanner("injection", {"semantic": False}),
        "injection (embed every unit)": build_scanner("injection", {"gate": 0.0}),
        "toxicity": build_scanner("toxicity", {}),
        "bias": build_scanner("bias", {}),
        "ban_topics": build_scanner("ban_topics", {"topics": ["violence", "politics"]}),
        "ban_substrings": build_scanner("ban_substrings", {"substrings": ["acme", "contoso"]}),
        "language": build_scanner("language", {"allowed": ["en"]}),
        "gibberish": build_scanner("gibberish", {}),
        "token_limit": build_scanner("token_limit", {}),
        "refusal (output)": build_scanner("refusal", {}),
        "relevance (output)": build_scanner("relevance", {}),
        "prompt_leak (output)": build_scanner("prompt_leak", {}),
        "grounded (output)": build_scanner("grounded", {}),
    }
    out: dict[str, Any] = {"text_bytes": len(text.encode())}
    ctx_in = ScanContext("input")
    ctx_out = ScanContext("output", prompt=question, system_prompt="You are a helpful support bot for a shop.")
    ctx_out.documents = [text]
    for name, scanner in scanners.items():
        if only and name.split(" ")[0] not in only:
            continue
        warm = getattr(scanner, "warm", None)
        if warm:
            warm()
        ctx = ctx_out if "(output)" in name else ctx_in
        out[name] = _timed(lambda s=scanner, c=ctx: s.scan(text, c), runs)
    guard = Guard(GuardSettings())
    guard.warm()
    # the built-in policies side by side, each prompt through both in turn: `default` (names,
    # places and URLs too) and `fast` (the pattern types only)
    policies = {name: guard.policies[name] for name in ("default", "fast")}

    def run_policy(name: str, t: str) -> None:
        policy = policies[name]
        check(policy.input, [Item(t, ctx_in)], "input", vault=Vault(), hash_key=policy.hash_key)

    for name in policies:
        out[f"{name} input policy"] = _timed(lambda n=name: run_policy(n, text), runs)
    # the same over many different benign 1 KB prompts: what a prompt costs depends on it (the
    # injection classifier embeds only the sentences its lexical model finds suspicious)
    for label, lookalikes in (("ordinary", False), ("with look-alikes", True)):
        prompts = benign_prompts(100, lookalikes=lookalikes)
        for p in prompts[:3]:
            for name in policies:
                run_policy(name, p)
        times: dict[str, list[float]] = {name: [] for name in policies}
        for _ in range(max(1, runs // 50)):
            for p in prompts:
                for name in policies:
                    t0 = time.perf_counter()
                    run_policy(name, p)
                    times[name].append((time.perf_counter() - t0) * 1000)
        for name, ts in times.items():
            ts.sort()
            out[f"{name} input policy, 100 {label}"] = {
                "p50": statistics.median(ts),
                "p99": ts[min(len(ts) - 1, int(0.99 * len(ts)))],
            }
    return out


def benign_prompts(n: int, size: int = 1024, lookalikes: bool = False) -> list[str]:
    """N distinct benign ~1 KB prompts from the sets' benign texts, shuffled with a seed: support
    messages with personal data, ordinary answers and documents; with LOOKALIKES a third of the
    texts are the injection set's hard benign look-alikes (questions about jailbreaks, "ignore my
    typos", personas…), which make the injection classifier look twice."""
    import random

    pool = [r["text"] for r in load("pii")]
    pool += [r["answer"] for r in load("relevance") if r["label"] == "relevant"]
    pool += [r["text"] for r in load("refusal") if r["label"] == "answer"]
    pool += [p for r in load("grounded") for p in r["context"]]
    tricky = [r["text"] for r in load("injection") if r["label"] == "benign"]
    rng = random.Random(11)
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(x) + 1 for x in parts) < size:
            parts.append(rng.choice(tricky if lookalikes and rng.random() < 1 / 3 else pool))
        out.append(" ".join(parts)[:size])
    return out


# ----------------------------------------------------------------------------- printing


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def print_pii(name: str, m: dict) -> None:
    pres = m.get("presidio", {})
    print(f"{name}: {m['n']} texts; a gold entity is found when a predicted span of its type overlaps it")
    print(f"  {'entity':<16} {'gold':>5} {'precision':>9} {'recall':>7} {'F1':>7}  {'IoU F1':>7} {'exact':>6}", end="")
    print(f"  | Presidio {'P':>5} {'R':>5} {'F1':>5}" if pres else "")
    for ent in ["all", "nine", *m["types"]]:
        k = m["keel"][ent]
        iou, ex = m["iou"].get(ent, {}), m["exact"].get(ent, {})
        label = {"all": "= ALL TYPES", "nine": "= issue's nine"}.get(ent, ent)
        extra = f"  {_fmt(iou['f1']):>7} {_fmt(ex['f1']):>6}" if iou else f"  {'':>7} {'':>6}"
        line = f"  {label:<16} {k['gold']:>5} {_fmt(k['precision']):>9} {_fmt(k['recall']):>7} {_fmt(k['f1']):>7}"
        if pres:
            q = pres[ent]
            extra += f"  |          {q['precision']:.3f} {q['recall']:.3f} {q['f1']:.3f}"
        print(line + extra)
    print()


def print_injection(name: str, m: dict) -> None:
    print(f"{name}: recall per attack family, false-positive rate per benign family")
    for key, what in (("recall_by_family", "recall"), ("fpr_by_family", "FP rate")):
        for fam, v in m.get(key, {}).items():
            print(f"  {what:<8} {fam:<30} {v['n']:>4} {v['rate']:>7.3f}")
    print()


def print_report(quality: dict, timing: dict) -> None:
    print("Guard evaluation: labelled sets (bench/guard_sets), default scanner parameters\n")
    for name, m in quality.items():
        if name.endswith("pii") and "keel" in m:
            print_pii(name, m)
    for name, m in quality.items():
        if name.endswith("injection") and "recall_by_family" in m:
            print_injection(name, m)
    print(f"  {'set':<22} {'n':>4} {'precision':>9} {'recall':>7} {'F1':>7} {'FP rate':>8}")
    names = ("secrets", "injection", "independent/injection", "independent2/injection", "toxicity", "bias")
    names += ("refusal", "gibberish")
    for name in (*names, "relevance", "language"):
        m = quality.get(name)
        if not m:
            continue
        if "skipped" in m:
            print(f"  {name:<22} skipped: {m['skipped']}")
            continue
        note = "   target recall >= 0.90 at FP rate <= 0.03" if name.endswith("injection") else ""
        print(
            f"  {name:<22} {m['n']:>4} {_fmt(m['precision']):>9} {_fmt(m['recall']):>7} {_fmt(m['f1']):>7} "
            f"{_fmt(m['fpr']):>8}{note}"
        )
    if "grounded" in quality and "f1" in quality["grounded"]:
        m = quality["grounded"]
        print(f"  {'grounded':<22} {'sent':>4} {_fmt(m['precision']):>9} {_fmt(m['recall']):>7} {_fmt(m['f1']):>7}")
    if "secrets" in quality and "spans" in quality["secrets"]:
        m = quality["secrets"]["spans"]
        print(f"  secrets, span level: precision {_fmt(m['precision'])} recall {_fmt(m['recall'])} F1 {_fmt(m['f1'])}")
    if timing:
        print(f"\nlatency on a {timing['text_bytes']}-byte prompt (ms, after warm-up)")
        print(f"  {'scanner':<42} {'p50':>7} {'p99':>7}")
        for name, m in timing.items():
            if name == "text_bytes":
                continue
            note = "   target p50 <= 15 ms, p99 <= 40" if name.startswith("default input policy") else ""
            print(f"  {name:<42} {m['p50']:>7.2f} {m['p99']:>7.2f}{note}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=200, help="latency runs per scanner")
    ap.add_argument("--only", default="", help="comma-separated scanners/sets (default: all)")
    ap.add_argument("--no-latency", action="store_true")
    ap.add_argument("--no-presidio", action="store_true", help="skip Presidio's default analyzer")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args()
    only = {x.strip() for x in args.only.split(",") if x.strip()} or None
    quality = evaluate(only, presidio=not args.no_presidio)
    timing = {} if args.no_latency else latency(args.runs, only)
    if args.json:
        print(json.dumps({"quality": quality, "latency": timing}, indent=2))
    else:
        print_report(quality, timing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
