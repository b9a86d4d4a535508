"""Schema revisions, oldest first: ``v0001_...``, ``v0002_...``, ``v0003_...``."""
