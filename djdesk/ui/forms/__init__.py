"""Python classes generated from forms/*.ui (see djdesk.ui.build_forms)."""
