"""jcloud_desk: offline Fit&Gap workbench for municipal standardization (総務省 指針5)."""

__version__ = "0.1.0"
