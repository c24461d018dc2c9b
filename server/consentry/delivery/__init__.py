"""Getting kept events out: the durable outbox, the sender and the audit log."""
