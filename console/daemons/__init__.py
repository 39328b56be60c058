"""Long-running processes beside the consoles, on any machine that reaches the
database: the mail service (:mod:`console.daemons.mail`). They sit on the
services as the command line does, and run headless."""
