"""The catalogue without HTTP: aliases re-pointed one at a time, leases across a re-point."""

from __future__ import annotations

import pytest

from keel.config import ModelSettings
from keel.errors import ModelNotFound
from keel.routing.catalogue import Catalogue


class _Model:
    """A started deployment group as the catalogue sees it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.closed = False

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        self.closed = True


async def _catalogue() -> Catalogue:
    cat = Catalogue(lambda m: _Model(m.name), on_ready=lambda name, ready: None)
    await cat.start([ModelSettings(name="v1"), ModelSettings(name="v2")], {"prod": "v1"})
    await cat.wait_started()
    return cat


async def test_point_moves_an_alias_for_the_next_request_only():
    cat = await _catalogue()
    try:
        before = cat.lease("prod")
        assert before.target == "v1"
        change = await cat.point("prod", "v2")
        assert change.revision == before.revision + 1
        after = cat.lease("prod")
        assert (before.target, after.target) == ("v1", "v2")  # the earlier lease keeps what it had
        before.release()
        after.release()
        assert not cat.get("v1").closed  # still a model of its own, only the alias moved
        await cat.point("prod", None)
        with pytest.raises(ModelNotFound):
            cat.lease("prod")
        with pytest.raises(ValueError):
            await cat.point("v1", "v2")  # a model's name is not an alias
    finally:
        await cat.close()
