"""Playing the demo through time. A case's life is a :data:`Story`: a generator that
yields :class:`Step` s (one use case to run at a moment) and is sent back the case
as that use case left it. :func:`play` runs many stories together, always the
earliest step next, with the services' :class:`Clock` set to the step's moment, so
every due time, audit event and change-log row is what the services themselves
write at that time. Nothing happens after ``until``.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from datetime import datetime

from console.domain.cases import CaseSummary
from console.services.infrastructure.database import to_second


class Clock:
    """The clock the services read while the demo is played through time."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True, slots=True)
class Step:
    """One use case a case's story performs at ``at``."""

    at: datetime
    run: Callable[[], CaseSummary]


Story = Generator[Step, CaseSummary, None]


def play(stories: Sequence[Story], clock: Clock, until: datetime) -> None:
    """Run every story, step by step in time order, up to ``until``. A step never
    runs before the one its story took last; a story whose next step lies after
    ``until`` stops there."""
    heap: list[tuple[datetime, int, Story, Step]] = []
    order = 0
    for story in stories:
        first = next(story)
        heapq.heappush(heap, (first.at, order, story, first))
        order += 1
    while heap:
        at, _, story, step = heapq.heappop(heap)
        clock.now = at
        result = step.run()
        try:
            following = story.send(result)
        except StopIteration:
            continue
        when = max(to_second(following.at), at)
        if when > until:
            story.close()
            continue
        heapq.heappush(heap, (when, order, story, Step(when, following.run)))
        order += 1
