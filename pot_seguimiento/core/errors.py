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
