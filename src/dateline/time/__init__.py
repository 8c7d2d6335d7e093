"""The `time` stage: TIMEX3 tagging and normalization, document time, event dating."""
