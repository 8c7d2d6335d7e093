"""The `dedup` stage: event mentions across articles become canonical events."""
