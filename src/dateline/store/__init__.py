"""The `store` stage: DuckDB persistence with a versioned schema."""
