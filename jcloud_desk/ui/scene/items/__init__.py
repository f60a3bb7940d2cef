"""Graphics items: they paint and report geometry; they never write the domain."""
