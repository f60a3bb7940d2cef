"""Modules executed at their first use instead of at import: for what the start-up's first frame does not need
(the standard library's ``importlib.util.LazyLoader``).

    if TYPE_CHECKING:
        from jcloud_desk.domain import operations
    else:
        operations = lazy_module("jcloud_desk.domain.operations")
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module ``name``; unless it is imported already, its code runs at the first attribute access."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
