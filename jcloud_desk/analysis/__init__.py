"""Read-only analyses of a Project (pure: domain + networkx)."""
