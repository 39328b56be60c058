"""Use cases, each one unit of work: cases, conversation, accounts and users, the
queue, the change feed, demo data and the activity simulator. They take and
return plain values and frozen snapshots, never ORM objects."""
