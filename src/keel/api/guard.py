"""POST /v1/guard/scan: run a guard policy on a text and see what each rule finds and does.
GET /admin/audit: what policies did to requests (admin role when auth is on)."""

from __future__ import annotations

import asyncio
from typing import Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field

router = APIRouter()


class ScanRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=1_000_000)
    direction: Literal["input", "output", "documents"] = "input"
    policy: str = "default"
    prompt: str | None = Field(None, description="the question, for output rules such as relevance")
    documents: list[str] = Field(default_factory=list, description="context passages, for the grounded rule")


@router.post("/v1/guard/scan")
async def guard_scan(body: ScanRequest, request: Request) -> dict:
    guard = request.app.state.gateway.services.guard
    policy, verdict = await guard.run(
        guard.scan, body.text, body.direction, body.policy, prompt=body.prompt, documents=body.documents
    )
    return verdict.report(policy.name, body.direction)


@router.get("/admin/audit")
async def audit_events(
    request: Request,
    trace_id: str | None = None,
    kind: str | None = None,
    action: str | None = None,
    limit: int = Query(100, ge=1, le=1000),
) -> dict:
    from keel.security.audit import read_events

    gateway = request.app.state.gateway
    await asyncio.to_thread(gateway.audit_log.flush, 5.0)
    events = await asyncio.to_thread(
        read_events, gateway.engine, trace_id=trace_id, kind=kind, action=action, limit=limit
    )
    return {"object": "list", "data": events}
