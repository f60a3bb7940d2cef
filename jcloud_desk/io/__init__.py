"""File formats (import/export): pure readers and writers, no Qt, no SQLite."""
