"""The `report` stage: pages people read (the offline timeline)."""
