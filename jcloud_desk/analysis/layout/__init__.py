"""layout subpackage."""
