"""Unknown senders: the mail from addresses no account knows, which an agent links to an account or closes."""
