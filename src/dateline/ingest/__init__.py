"""The `ingest` stage: readers that turn files, folders and stdin into RawDocuments."""
