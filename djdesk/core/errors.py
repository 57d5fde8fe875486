"""The two kinds of error (STYLE.md #5).

A ``UserError`` is the world's fault — a bad file, a wrong value, a database from a newer app.
It carries a plain Chinese message that says what is wrong and where; the CLI prints it as one
line and the GUI shows it in a message box. Anything else is a bug: it is logged with its
traceback and the user is told where the log is.
"""


class UserError(Exception):
    """An error the user can act on; ``str(e)`` is the Chinese message."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(UserError):
    """One or more field problems in a record the user entered.

    ``problems`` maps a field name to a Chinese message for that field, so a dialog can show
    each message next to its field.
    """

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("；".join(self.problems.values()))


class Cancelled(Exception):
    """Raised inside long core work when the user pressed Cancel; callers end quietly."""
