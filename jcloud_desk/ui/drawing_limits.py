"""How much of one process any drawing shows at all (the editor's scene and every export): past this a notice is
drawn instead. The scene of 100,000 steps took 3.5 GB. Kept apart from ``export.render_limits`` so that the editor
does not import the export guards at start."""

from __future__ import annotations

#: Most steps / flows of one process drawn at all (any format).
MAX_DRAWN_STEPS = 20_000
MAX_DRAWN_FLOWS = 40_000
