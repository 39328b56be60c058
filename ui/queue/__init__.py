"""The queue screen: a table model of the open cases in priority-queueing order,
the delegate that paints each case's SLA countdown, the filter specification (with
its Qt-free filter function, run on a worker thread) and the view that puts a
filter bar above the table. Nothing here reads the database: rows arrive as frozen
snapshots from :mod:`console.services.queue` and :mod:`console.services.live_queue`.
"""
