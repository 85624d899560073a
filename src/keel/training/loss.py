"""A training step's pieces: examples padded into a batch, the per-token loss, the LR schedule.

The loss is computed only at the positions whose next token is learned: with Gemma's 262k-token
vocabulary the output layer over every position would cost more than the whole network
(completion-only loss leaves the prompt's positions out), and past a memory budget it is
computed in chunks recomputed in the backward pass.
"""

from __future__ import annotations

from typing import Any

from keel.training.encode import IGNORE, Example

CE_CHUNK = 256  # positions per piece of the output layer + loss (see token_losses)


def collate(batch: list[Example], pad: int) -> tuple[Any, Any, Any]:
    import torch

    width = max(len(e.input_ids) for e in batch)
    ids = torch.full((len(batch), width), pad, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    labels = torch.full((len(batch), width), IGNORE, dtype=torch.long)
    for i, e in enumerate(batch):
        n = len(e.input_ids)
        ids[i, :n] = torch.tensor(e.input_ids)
        mask[i, :n] = 1
        labels[i, :n] = torch.tensor(e.labels)
    return ids, mask, labels


def token_losses(model: Any, ids: Any, mask: Any, labels: Any, budget_mb: int = 2048) -> Any:
    """Cross-entropy of every learned next-token prediction, [B, T-1] (0 where ignored).

    Only the positions whose next token is learned go through the output layer: with Gemma's
    262k-token vocabulary the logits of every position would cost more than the whole network
    (completion-only loss leaves the prompt's positions out)."""
    import torch
    import torch.nn.functional as F
    from torch.utils.checkpoint import checkpoint

    target = labels[:, 1:]
    keep = target != IGNORE
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    body, head = getattr(base, "model", None), getattr(base, "lm_head", None)
    out = torch.zeros(target.shape, dtype=torch.float32)
    if body is None or head is None:  # not a decoder with a separate output layer: all logits
        logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1]
        flat = F.cross_entropy(
            logits.reshape(-1, logits.size(-1)).float(), target.reshape(-1), ignore_index=IGNORE, reduction="none"
        )
        return flat.view(target.shape)
    hidden = body(input_ids=ids, attention_mask=mask).last_hidden_state[:, :-1][keep]
    labels_kept = target[keep]
    cap = getattr(base.config, "final_logit_softcapping", None)

    def ce(h: Any, t: Any) -> Any:
        logits = head(h).float()
        if cap:
            logits = torch.tanh(logits / cap) * cap
        return F.cross_entropy(logits, t, reduction="none")

    # The logits of every learned position at once cost positions × vocabulary × 4 bytes (2 GiB
    # for 8 × 256 positions of Gemma), kept for the backward pass. Over BUDGET_MB, they are made
    # in chunks, each recomputed in the backward pass (about a third slower, half the memory at
    # 8 × 256); without gradients (validation) chunks cost nothing extra and are always used.
    grad = hidden.requires_grad
    vocab = head.weight.shape[0]
    if grad and len(labels_kept) * vocab * 4 <= budget_mb * 2**20:
        return out.masked_scatter(keep, ce(hidden, labels_kept))
    pieces = []
    for i in range(0, len(labels_kept), CE_CHUNK):
        h, t = hidden[i : i + CE_CHUNK], labels_kept[i : i + CE_CHUNK]
        pieces.append(checkpoint(ce, h, t, use_reentrant=False) if grad else ce(h, t))
    losses = torch.cat(pieces) if pieces else hidden.new_zeros(0)
    return out.masked_scatter(keep, losses)


def scheduler(opt: Any, kind: str, warmup: int, total: int) -> Any:
    from transformers import (
        get_constant_schedule_with_warmup,
        get_cosine_schedule_with_warmup,
        get_linear_schedule_with_warmup,
    )

    if kind == "cosine":
        return get_cosine_schedule_with_warmup(opt, warmup, total)
    if kind == "constant":
        return get_constant_schedule_with_warmup(opt, warmup)
    return get_linear_schedule_with_warmup(opt, warmup, total)
