"""Read models: what the screens and reports show (queue, wallboard, reports,
cockpit, settlements), read in one transaction and returned as plain immutable
snapshots, never ORM objects."""
