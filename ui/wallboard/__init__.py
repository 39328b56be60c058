"""The team lead's wallboard: a full-screen, always-dark view of the queue's
figures for a wall display, with the lead's side panel and thresholds dialog."""
