"""Live checks (municipal lint rules, domain.md §10): a Project in, a sorted list of Findings out.

``findings`` (severities, the rule table), ``context`` (one process indexed for the rules), ``flow_rules`` and
``fitgap_rules`` (the rules), ``runner`` (``run_checks``). The names below are the package's public API.
"""

from jcloud_desk.analysis.checks.context import ProcessContext
from jcloud_desk.analysis.checks.findings import RULE_BY_KEY, RULES, Finding, Rule, Severity
from jcloud_desk.analysis.checks.runner import run_checks

__all__ = ["RULES", "RULE_BY_KEY", "Finding", "ProcessContext", "Rule", "Severity", "run_checks"]
