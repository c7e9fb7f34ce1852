"""Plain-Python rules of khdesk: vocabularies, validation, numbering, identities (no Qt, no SQL)."""
