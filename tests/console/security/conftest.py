"""The database itself enforces who may do what (issue 11): tests against a
password-protected PostgreSQL cluster of their own (one per session), on which
people connect as themselves.

``module_world``: one organisation per test module, for tests that leave it as
they found it (refusals, reads, appended audit rows); ``world``: one per test,
for tests that change it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.console.security.world import World, world_on
from tests.support.scram_cluster import ScramCluster, scram_cluster

__all__ = ["scram_cluster"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/console/security/" in item.nodeid:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="module")
def module_world(scram_cluster: ScramCluster) -> Iterator[World]:
    with world_on(scram_cluster) as world:
        yield world


@pytest.fixture
def world(scram_cluster: ScramCluster) -> Iterator[World]:
    with world_on(scram_cluster) as world:
        yield world
