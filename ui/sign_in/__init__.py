"""Signing in: the local SQLite file opens as the person bound to this OS account;
a team's PostgreSQL server takes each person's own login and password.
``ui.sign_in.dialog.SignInDialog`` ties the parts together."""
