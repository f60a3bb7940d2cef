"""Image and PDF output of diagrams (QPainter based)."""
