"""The Qt user interface: the only package importing PySide6."""

from jcloud_desk.ui import pyside_import_scan

pyside_import_scan.install()
