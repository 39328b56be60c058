"""The administration window: targets, the support calendar, exam sessions, users
and roles, and this workstation's connection profiles."""
