"""Email in and out: :mod:`parse` turns RFC 5322 bytes into a :class:`ParsedEmail` (with
:mod:`encoded` reading charsets, encoded words and long parameters),
:mod:`automatic` tells machine-written mail (auto-replies, bounces) from people's,
:mod:`tags` and :mod:`compose` build what the console sends, :mod:`imap` and
:mod:`smtp` talk to the servers (``console.daemons.mail`` runs them beside the consoles)."""
