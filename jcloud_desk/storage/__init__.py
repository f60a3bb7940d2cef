"""Project files: the only package that imports sqlite_utils."""
