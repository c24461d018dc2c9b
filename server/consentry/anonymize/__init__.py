"""What may leave: the event catalog, the free-text scrubber and the event envelope."""
