"""The `actors` stage: a time-aware actor knowledge base and mention resolution."""
