"""What a failed algorithm says: the one place that turns exceptions into the user's (translated) message.

The store raises core.errors.StoreError subclasses from its backend's own errors; other PotErrors already
carry their message; an OSError names the file or folder; anything else is a defect of ours and still
gets a sentence, never a traceback. A new exception class gets its message here."""
from ..core import errors
from ..i18n import tr
from .parameter_checks import os_error_message


def _refused(error):
    return tr("The expediente refused the data and nothing was written: {error}").format(error=error.detail)


def _busy(error):
    return tr("The expediente could not be written, nothing was changed: {error}. "
              "If another user is saving, retry in a moment.").format(error=error.detail)


def _lost(error):
    return tr("The connection to the PostgreSQL server was lost; nothing was saved. Run it again when the server "
              "is back.")


def _denied(error):
    return tr("Your user cannot do this in the shared expediente; nothing was changed. Ask the planning office "
              "for the role you need. ({error})").format(error=error.detail)


# Most specific first: the first class an error is an instance of gives its message.
MESSAGES = (
    (errors.DataRefusedError, _refused),
    (errors.StoreBusyError, _busy),
    (errors.ConnectionLostError, _lost),
    (errors.AccessDeniedError, _denied),
    # A row the store's write path cannot carry (store/write_rules.py): its message names the table, row and field.
    (errors.UnstorableError, str),
    (errors.PotError, str),  # already the message to show
    (OSError, os_error_message),  # a folder that cannot be written, a file gone, a full disk
)


def _unexpected(error):
    first_line = (str(error).strip().splitlines() or ["—"])[0]
    return tr("The algorithm stopped on an unexpected error ({kind}: {error}). The expediente is written only in "
              "whole transactions, so nothing was left half-written. Please report it with the steps that led "
              "to it.").format(kind=type(error).__name__, error=first_line)


def user_message(error):
    """The sentence the user reads for `error`."""
    return next((say(error) for kind, say in MESSAGES if isinstance(error, kind)), None) or _unexpected(error)
