"""The `events` stage: event detection, PLOVER coding, participants, modality, topics."""
