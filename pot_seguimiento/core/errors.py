"""Errors the core raises. Their message is already translated for the user."""


class PotError(Exception):
    """A problem the user can act on; str(error) is the message to show."""


class SchemaError(PotError):
    """The store is missing, is not an expediente, or has an unsupported schema."""


class InputError(PotError):
    """Input data that cannot be stored; `problems` lists (feature, field, reason)."""

    def __init__(self, message, problems=()):
        super().__init__(message)
        self.problems = list(problems)


class UnstorableError(InputError):
    """A row the store's write path cannot carry as it is: a geometry that is not of its column's type
    and has no part that is, a NaN or infinite coordinate, a date-time that is not one. The message
    names the table, the row and the field; nothing was written."""


class StoreError(PotError):
    """The database behind the expediente refused or failed an operation, whichever backend it is. The store
    raises these from its own errors (store/); processing/errors.py says each to the user, in one place.
    `detail` is the backend's own first line."""

    def __init__(self, detail=""):
        super().__init__(detail)
        self.detail = detail


class DataRefusedError(StoreError):
    """A rule of the schema (a constraint, the append-only history) refused the data; nothing was written."""


class StoreBusyError(StoreError):
    """The expediente could not be written: locked beyond the wait, disk full, a read-only file."""


class ConnectionLostError(StoreError):
    """The connection to the database server went away (restart, network); nothing was saved."""


class AccessDeniedError(StoreError):
    """The user's role may not do this in a shared expediente (a grant or row-level security)."""
