"""Test corpora for the scrubber: fake leaks that must go and benign text that must stay."""
