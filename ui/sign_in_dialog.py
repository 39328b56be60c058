"""Sign-in, as the rest of the GUI imports it (the parts are in :mod:`ui.sign_in`)."""

from __future__ import annotations

from ui.sign_in.dialog import SignInDialog
from ui.sign_in.purpose import Purpose
from ui.sign_in.work import connect

__all__ = ["Purpose", "SignInDialog", "connect"]
