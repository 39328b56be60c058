"""The queue screen: a table model of the open cases in priority-queueing order
(:mod:`.queue_model`), the delegate that paints each case's SLA countdown
(:mod:`.countdown_delegate`, with the wording in :mod:`.clock_text`), the filter
specification and its Qt-free filter function run on a worker thread
(:mod:`.queue_filter_spec`), the table view (:mod:`.queue_table`) and the widget
that puts a filter bar above it (:mod:`.queue_view`). Nothing here reads the
database: rows arrive as frozen snapshots from :mod:`console.services.readmodels.queue` and
:mod:`console.services.readmodels.live_queue`.
"""
