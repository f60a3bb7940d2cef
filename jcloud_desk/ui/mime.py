"""MIME types of the app's own drag-and-drop and clipboard payloads."""

CATALOG_ITEM_MIME = "application/x-jcloud-desk-catalog-item"
FRAGMENT_MIME = "application/x-jcloud-desk-fragment+json"
