"""Processing engines: text and context in, structured result out.

Nothing in this package imports FastAPI or the ORM; the worker and the CLI call
engines through :class:`omi_actions.processing.base.Engine`.
"""
