"""Qt item models: adapters that read the domain and turn edits into commands."""
