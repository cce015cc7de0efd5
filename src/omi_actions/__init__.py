"""omi-actions: a self-hostable server for the OMI "Integration with Actions" API."""

__version__ = "0.1.0"
