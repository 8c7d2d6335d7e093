"""The `ingest` stage: readers that turn files, folders and stdin into RawDocuments.

`read(paths)` is the entry point; see docs/cleaning.md for the formats and how bad input is reported.
"""

from dateline.ingest.paths import read

__all__ = ["read"]
