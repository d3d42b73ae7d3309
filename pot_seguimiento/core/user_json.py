"""JSON typed by users (field mappings, indicator parameters): parsed with a Spanish message that
says what is wrong and where, instead of Python's English one."""
import json

from .errors import InputError
from .i18n import tr


def _what_is_wrong(message):
    reasons = (
        ("Expecting value", tr("a value was expected")),
        ("Expecting ',' delimiter", tr("a comma ',' was expected")),
        ("Expecting ':' delimiter", tr("a colon ':' was expected")),
        ("Expecting property name", tr("a name in double quotes was expected")),
        ("Unterminated string", tr("a text is not closed with its double quote")),
        ("Extra data", tr("there is more text after the end")),
        ("Invalid control character", tr("a text holds a line break or a tab (write them as \\n or \\t)")),
        ("Invalid \\escape", tr("a backslash (\\) starts an escape that does not exist")),
    )
    return next((reason for prefix, reason in reasons if message.startswith(prefix)), tr("the syntax is not valid"))


def loads(text, sentence):
    """The value of the JSON `text`; InputError with `sentence` (translated, with {problem}, {line} and
    {column}, e.g. "The field mapping is not valid JSON: {problem} at line {line}, column {column}.")."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(sentence.format(problem=_what_is_wrong(error.msg), line=error.lineno,
                                         column=error.colno)) from None
    except (TypeError, RecursionError):
        raise InputError(sentence.format(problem=tr("the syntax is not valid"), line=1, column=1)) from None
