"""Tests of jcloud_desk.analysis: read-only analyses of a Project."""
