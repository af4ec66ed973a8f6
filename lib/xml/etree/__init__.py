"""The ElementTree XML API (tspy)."""
