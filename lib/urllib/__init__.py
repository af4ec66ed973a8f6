"""URL handling modules (tspy provides urllib.parse)."""
