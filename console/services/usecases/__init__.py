"""Use cases: each public method is one unit of work that changes the data
(opens a case, sends a reply, claims, changes a target) and commits or refuses
as a whole."""
