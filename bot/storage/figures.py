"""The anonymous figures as stored: one counter per (municipality, ISO week,
channel, metric). What the metrics are, when they are counted and how they are
published is bot/figures.py; this unit only adds to counters and reads them.

Adding is one upsert (`INSERT ... ON CONFLICT DO UPDATE SET count = count + n`,
SQLite and PostgreSQL), so concurrent conversations never lose a count. Every
add touches every cell of its week and channel (adding 0 to most), so the
database's own bookkeeping (row order, PostgreSQL's xmin) cannot tell which
cells one conversation changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from bot.models import CHANNELS, FigureCount
from bot.storage.database import Database, InvalidRequest

WEEK_LENGTH = 8  # "2026-W05"


@dataclass(frozen=True)
class Count:
    municipality: str
    week: str
    channel: str
    metric: str
    count: int


class FigureCounts:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self, municipality: str, week: str, channel: str, increments: Mapping[str, int], cells: Sequence[str]
    ) -> None:
        """Add `increments` (metric -> n >= 0) to the cells of one week and
        channel; every metric of `cells` is written, the others with 0."""
        if channel not in CHANNELS:
            raise InvalidRequest(f"channel must be one of {CHANNELS}")
        if len(week) != WEEK_LENGTH or week[4:6] != "-W":
            raise InvalidRequest("week must be an ISO week like 2026-W05")
        unknown = set(increments) - set(cells)
        if unknown:
            raise InvalidRequest(f"not a metric: {', '.join(sorted(unknown))}")
        if any(n < 0 for n in increments.values()):
            raise InvalidRequest("a count only grows")
        rows = [
            {"municipality": municipality, "week": week, "channel": channel, "metric": m, "count": increments.get(m, 0)}
            for m in dict.fromkeys(cells)
        ]
        dialect = self.db.engine.dialect.name
        if dialect == "postgresql":
            stmt = postgresql.insert(FigureCount).values(rows)
        elif dialect == "sqlite":
            stmt = sqlite.insert(FigureCount).values(rows)
        else:  # pragma: no cover - the two supported databases
            raise InvalidRequest(f"figures are not supported on {dialect}")
        stmt = stmt.on_conflict_do_update(
            index_elements=["municipality", "week", "channel", "metric"],
            set_={"count": FigureCount.count + stmt.excluded["count"]},
        )
        with self.db.session() as session:
            session.execute(stmt)

    def read(self, municipality: str | None = None, weeks: Iterable[str] | None = None) -> list[Count]:
        """The counters, optionally of one municipality and some weeks."""
        query = select(FigureCount).order_by(
            FigureCount.municipality, FigureCount.week, FigureCount.channel, FigureCount.metric
        )
        if municipality is not None:
            query = query.where(FigureCount.municipality == municipality)
        if weeks is not None:
            query = query.where(FigureCount.week.in_(list(weeks)))
        with self.db.session() as session:
            return [
                Count(r.municipality, r.week, r.channel, r.metric, r.count) for r in session.execute(query).scalars()
            ]

    def municipalities(self) -> list[str]:
        with self.db.session() as session:
            return list(session.execute(select(FigureCount.municipality).distinct()).scalars())
