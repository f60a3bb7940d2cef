"""Budget of the fuzz suite: ``JCLOUD_FUZZ_EXAMPLES`` examples per property (default small, for CI), and a
generous per-example deadline that only catches hangs (``JCLOUD_FUZZ_DEADLINE_S``)."""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("JCLOUD_FUZZ_EXAMPLES", "12"))
DEADLINE = timedelta(seconds=float(os.environ.get("JCLOUD_FUZZ_DEADLINE_S", "30")))

settings.register_profile(
    "jcloud-fuzz",
    max_examples=EXAMPLES,
    deadline=DEADLINE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    derandomize=os.environ.get("JCLOUD_FUZZ_RANDOM", "") == "",  # reproducible in CI; random for long runs
)
FUZZ = settings.get_profile("jcloud-fuzz")
