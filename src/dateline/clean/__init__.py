"""The `clean` stage: boilerplate removal, metadata and publication date (RawDocument -> Article)."""
