"""What the use cases and read models stand on: the transaction wrapper, the
feed of changes and its listener, the programme loader, input checks and
look-ups by name."""
