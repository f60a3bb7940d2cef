"""Dock widgets around the diagram."""
