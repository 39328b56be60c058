"""What the tests that render every window over the demo share: the moment the
demo is seeded for (as scripts/screenshot.py renders the views) and who opens each
view. The fixtures that build it (``demo_file``, ``demo_session``) are in
``tests/ui/conftest.py``."""

from __future__ import annotations

from datetime import UTC, datetime

from ui.views import View

# Wednesday 2026-11-25 11:40 in Berlin: a morning's work on the wallboard.
DEMO_NOW = datetime(2026, 11, 25, 10, 40, tzinfo=UTC)
VIEW_USERS = {
    View.WALLBOARD: "Sofia Lindqvist",
    View.COCKPIT: "Priya Raman",
    View.REPORTS: "Sofia Lindqvist",
    View.ADMIN: "Margit Albrecht",
}
