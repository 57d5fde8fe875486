"""The headless core of djdesk. Nothing under this package may import Qt."""
