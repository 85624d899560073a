"""toxicity: insults, harassment and profanity, scored by a trained classifier.

`alt-profanity-check` ships its model (a linear SVM over character and word n-grams, calibrated to a
probability) inside the package, so nothing is downloaded. The text is scored whole and sentence by
sentence, and the highest probability counts, so one abusive sentence in a long polite message is
not averaged away. Sentences that cross `threshold` become findings with their spans (so a policy
can redact them), but the scanner's judgement is about the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from keel.guard.base import Finding, ScanContext, ScanResult
from keel.guard.scanners._sentences import sentence_spans


@dataclass
class ToxicityScanner:
    name = "toxicity"
    directions = frozenset({"input", "output"})
    spans = True

    threshold: float = 0.5  # the classifier's own decision boundary (profanity_check.predict)

    def warm(self) -> None:
        from profanity_check import predict_prob

        predict_prob(["warm up"])

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        from profanity_check import predict_prob

        spans = sentence_spans(text)
        pieces = [text] + [text[s:e] for s, e in spans] if len(spans) > 1 else [text]
        probs = [float(p) for p in predict_prob(pieces)]
        score = max(probs, default=0.0)
        findings: list[Finding] = []
        if len(pieces) > 1:
            for (s, e), p in zip(spans, probs[1:], strict=True):
                if p >= self.threshold:
                    findings.append(Finding("TOXIC", p, s, e))
        elif score >= self.threshold:
            findings.append(Finding("TOXIC", score, 0, len(text)))
        return ScanResult(self.name, score=score, triggered=score >= self.threshold, findings=findings)
