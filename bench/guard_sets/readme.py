"""Writes bench/guard_sets/README.md, with the counts taken from the rows just built."""

from __future__ import annotations

from collections import Counter

ABOUT = {
    "pii.jsonl": "Sentences (support tickets, e-mails, chat, code, logs, form data) with exact character spans "
    "`{start, end, entity}`, entity names as in Presidio. Pattern entities: EMAIL_ADDRESS, PHONE_NUMBER "
    "(US and international), CREDIT_CARD (Luhn-valid Visa/Mastercard/Amex, spaced, dashed or plain), "
    "IBAN_CODE (mod-97-valid DE/GB/FR/ES/NL, spaced or not), IP_ADDRESS (IPv4 and IPv6), URL (whole URL, "
    "http/https or bare www.), US_SSN (valid area/group/serial). NER entities: PERSON, LOCATION, "
    "ORGANIZATION. 70% of lines hold a pattern entity; 20% are look-alike negatives with no pattern span "
    "(order numbers, Luhn-invalid 16-digit numbers, bad-checksum IBANs, invalid SSNs, out-of-range IPs, "
    "versions, dates, prices, ISBNs, file names such as README.md); 10% hold NER entities only. A span "
    "is the value alone, never trailing punctuation or quotes; an e-mail is EMAIL_ADDRESS only. Other "
    "Presidio entities (DATE_TIME, NRP…) are not labelled: score only the entities above.",
    "secrets.jsonl": "`label` secret/clean, `kind`, `spans` on each secret value (for passwords in URLs and "
    "assignments: the password only; for PEM keys: the whole block). Secrets are correctly shaped "
    "but random. Clean lines are look-alikes: UUIDs, git SHAs, checksums, SRI hashes, base64 of "
    "plain words, placeholders (`sk-...`, `YOUR_API_KEY`, `${DB_PASSWORD}`), URLs without "
    "credentials, public keys and certificates.",
    "injection.jsonl": "`label` attack/benign and `family`. Attacks: instruction override, system-prompt "
    "extraction, role-play jailbreaks, fake system messages, injections hidden in documents, "
    "payload splitting, obfuscation (base64, rot13, Cyrillic homoglyphs, zero-width characters, "
    "leetspeak, spaced letters) and non-English overrides. Benign look-alikes share words or shape "
    "with attacks: questions about injection, 'ignore the typos', 'forget the meeting', personas, "
    "system-prompt questions, translation, base64 questions, developer talk, games, "
    "summaries, users changing their own instructions, non-Latin scripts and emoji ZWJ sequences.",
    "toxicity.jsonl": "`label` toxic/clean. Toxic: insults, harassment, abusive profanity. Clean includes hard "
    "negatives: complaints, 'kill the process', 'shoot me an email', Scunthorpe, Assassin's Creed.",
    "bias.jsonl": "`label` biased/neutral, `group`. Biased: stereotyping generalisations about a protected group. "
    "Neutral: factual or policy statements about the same groups, and statements rejecting a "
    "stereotype.",
    "refusal.jsonl": "`label` refusal/answer. Refusals include partial ones ('I can't help with X, but I can…'); "
    "answers include apologies ('Sorry for the confusion, here is…') and 'can't' used inside a "
    "helpful answer.",
    "gibberish.jsonl": "`label` gibberish/clean. Gibberish: keyboard mashes, character soups, word salads. Clean: "
    "sentences, one-word replies, commands, code, product codes, other languages.",
    "language.jsonl": "`language` (ISO 639-1). The same everyday messages in en, fr, de, es, it, pt, nl, and a few "
    "in ru, zh, ja, ar; one to three sentences each.",
    "relevance.jsonl": "`question`, `answer`, `label` relevant/irrelevant. Each question appears twice: with its own "
    "answer, and with an answer from an unrelated topic.",
    "grounded.jsonl": "`context` (passages), `answer`, `sentences` (the answer split into sentences) and "
    "`unsupported` (indices into `sentences` that the context does not support: a changed number, "
    "date or name, or an added fact).",
}
SHIPPED_ABOUT = {
    "injection_corpus.jsonl": "known attack phrasings per category, mostly plain text (the scanner de-obfuscates "
    "first), for similarity and as the attack class when the injection classifier trains: direct overrides with "
    "many verbs and objects, prompt extraction, personas, forged system messages, injections at varied positions "
    "in e-mails, pages, READMEs, CVs, reviews, invites, PDFs, notes and code, payload splitting, "
    "fr/de/es/it/pt/nl/pl"
    "; attacks on agents and tools (instructions for the assistant hidden in tool results, API responses, logs, "
    "retrieved pages, e-mails, invites and tickets, MCP tool descriptions: call a tool, forward data, pay, delete, "
    "change settings), data exfiltration through markdown/HTML images and links, and native attacks in 18 other "
    "languages and scripts (zh, ja, ko, ar, fa, ur, hi, bn, he, th, ru, uk, el, tr, vi, id, sw, mixed); last, "
    "whole hand-written tool results, pages, e-mails, invites, markdown, disguised direct attacks (code comments, "
    "configs, CSV cells, transcripts, drills and stories) and CJK and other-script attacks (corpus_handwritten.py, "
    "then corpus_hand_a.py … corpus_hand_g.py, weight 2 in the fit)",
    "benign_corpus.jsonl": "ordinary prompts, the benign class when the injection classifier trains: questions, "
    "coding, writing, short chat turns and earlier assistant replies, messages with e-mail addresses, phone "
    "numbers and links, requests about a pasted document (the same documents the indirect injections use, without "
    "the injected sentence), and hard negatives that share words with attacks (questions about injection and "
    "red-teaming, users changing their own instructions, 'ignore my typos', personas and games, developer talk, "
    "system-prompt design, decoding ordinary base64/rot13/hex, translating manuals, other languages); then "
    "ordinary everyday text that is not a request (the categories from `notification` on: payment, order, "
    "shipping, booking and password-reset notifications with made-up names, amounts, card endings and order "
    "numbers, support messages and agent replies, workplace e-mails, chat and meeting notes, short social "
    "messages, assistant answers and step lists, product descriptions and release notes, terms and policies, "
    "encyclopedic and news sentences, reviews, recipes, travel information, code and logs, and the same kinds of "
    "text in fr/de/es/it/pt/nl/pl; from 1 to about 80 words, over a third single short sentences). The build requires "
    "at least 20% of the request-style lines (the categories before `notification`) to be over 300 characters; "
    "the ordinary lines are exempt. Then hard negatives of the meta-talk kinds (safety policies, prompt design, "
    "translating documents that mention instructions, talk about system prompts and overriding settings, security "
    "training) and the agent wrappers filled with notes meant for people; ordinary text, requests and look-alikes "
    "in the 18 other languages, and `script_message`: ordinary sentences of one language joined into messages "
    "(trained on, not counted in bench/guard_calibrate.py's false-positive rate); last, hand-written tool "
    "results, pages, e-mails, markdown and other-script text meant for people (corpus_handwritten.py, then "
    "corpus_hand_a.py … corpus_hand_g.py, weight 2 in the fit)",
    "bias_examples.jsonl": "stereotyping statements per group",
    "banned_topics_examples.jsonl": "seed sentences per topic for topic rules",
}


def _counts(name: str, rows: list[dict]) -> str:
    if name == "pii.jsonl":
        c = Counter(s["entity"] for row in rows for s in row["spans"])
        negatives = sum(1 for row in rows if not any(s["entity"] in _PATTERN for s in row["spans"]))
        return ", ".join(f"{k} {v}" for k, v in c.most_common()) + f"; lines without a pattern entity: {negatives}"
    if name == "grounded.jsonl":
        c = Counter(len(row["unsupported"]) for row in rows)
        return ", ".join(f"{k} unsupported sentence(s): {c[k]}" for k in sorted(c))
    parts = []
    for key in ("label", "language", "category"):
        if key in rows[0]:
            parts.append(", ".join(f"{k} {v}" for k, v in sorted(Counter(row[key] for row in rows).items())))
    for key in ("family", "kind", "group"):
        if key in rows[0]:
            c = Counter((row.get("label"), row[key]) for row in rows)
            parts.append("; ".join(f"{label}/{k} {v}" for (label, k), v in sorted(c.items())))
    return " — ".join(parts)


_PATTERN = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL", "US_SSN"}


def render_readme(evals: dict[str, list[dict]], shipped: dict[str, list[dict]]) -> str:
    lines = [
        "# Guard evaluation sets",
        "",
        "Labelled sets that `bench/guard_eval` scores the guard scanners on, and the reference corpora that",
        "scanners ship with (`src/keel/guard/data/`). Every line was written or generated here: nothing is",
        "downloaded. **This file is generated** by `python3 bench/guard_sets/build.py`, which rewrites all the",
        "JSONL files byte for byte (standard library only, seeded `random.Random`); edit the modules next to it,",
        "not the output. People are first and last names drawn at random; numbers, keys and tokens are random",
        "(phone numbers valid for libphonenumber); some organisations are real companies, named as companies.",
        "",
        "**Rule: eval sets and shipped corpora never share texts.** The corpora are written with different",
        "wording; `build.py` fails if a shipped line equals an eval text, or contains one (after lower-casing",
        "and collapsing whitespace; for injection and bias every eval text, elsewhere texts of five words or",
        "more). The de-obfuscated forms of the obfuscated injection attacks are checked too, and both injection",
        "training corpora (`injection_corpus.jsonl`, `benign_corpus.jsonl`) are checked against every injection",
        "eval text in both directions (no eval text may contain a corpus line of five words or more).",
        "",
        "## Eval sets (`bench/guard_sets/`)",
        "",
    ]
    for name, rows in evals.items():
        lines += [f"### `{name}` — {len(rows)} lines", "", ABOUT[name], "", f"Counts: {_counts(name, rows)}.", ""]
    head = '## Shipped corpora (`src/keel/guard/data/`, one `{"text", "category"}` per line; hand-written: `"weight"`)'
    lines += [head, ""]
    for name, rows in shipped.items():
        lines.append(f"- `{name}` — {len(rows)} lines, {SHIPPED_ABOUT[name]}: {_counts(name, rows)}.")
    lines += [
        "",
        "## Modules",
        "",
        "- `build.py`: entry point; `common.py`: JSONL, normalisation, template filling with exact offsets;",
        "  `readme.py`: writes this file",
        "- PII: `pii_lexicon.py` (names, places, companies), `pii_values.py` (checksum-valid values and",
        "  look-alikes), `pii_templates.py`, `set_pii.py`",
        "- injection: `injection_attacks.py` and `injection_benign.py` (eval), `injection_corpus.py` (shipped,",
        "  first 250 lines), `set_injection.py` (combination and obfuscation); training corpora: `set_corpus.py`",
        "  (assembly) from `corpus_override.py`, `corpus_persona.py`, `corpus_indirect.py`,",
        "  `corpus_documents.py`, `corpus_documents_more.py`, `corpus_multilingual.py` (attacks; documents",
        "  and languages are shared with the benign side), `benign_requests.py`, `benign_lookalikes.py`,",
        "  `benign_instructions.py`, `benign_long.py`, `benign_chat.py`; ordinary text: `set_ordinary.py` from",
        "  `ordinary_values.py` (names, amounts, dates, numbers), `ordinary_notify.py`, `ordinary_social.py`,",
        "  `ordinary_answers.py`, `ordinary_product.py`, `ordinary_code.py`, `ordinary_multilingual.py`;",
        "  `corpus_handwritten.py`: whole hand-written artefacts on both sides, last in each corpus (tool",
        "  results, pages, e-mails, markdown, disguised direct attacks, CJK and other scripts, and the same",
        "  carriers written for people); `corpus_hand_a.py` … `corpus_hand_g.py`: 1,590 more (480 attacks in",
        "  seven families, 1,120 hard benign texts in eight kinds), each module by another helper session from",
        "  a brief of its own (everyday life and small business; SaaS product teams; media, culture and",
        "  research; non-Latin scripts only; engineering and public services; online communities and consumer",
        "  tech; professional services and sales), none of which opened the evaluation sets; in the shipped",
        "  corpora since 2026-12-08, after them, each line with weight `set_corpus.HAND_WEIGHT` (2);",
        "  `bench/guard_calibrate.py --by-hand` holds each hand out in turn (`--more-hands` adds modules",
        "  listed in `set_corpus.MORE_HANDS`, none now, without shipping them);",
        "  `similarity.py` (not part of the build: needs sentence-transformers) reports how close the injection",
        "  eval set is to the two training corpora",
        "- bias: `bias_texts.py`, `set_bias.py`; grounded: `grounded_texts.py`, `set_grounded.py`",
        "- one module each: `set_secrets.py`, `set_toxicity.py`, `set_refusal.py`, `set_gibberish.py`,",
        "  `set_language.py`, `set_relevance.py`, `set_topics.py` (shipped banned-topic seeds)",
        "",
    ]
    return "\n".join(lines)
