"""The one exception type the tool raises for user-facing problems (bad input, bad flags, missing files)."""


class LenweightError(Exception):
    """A problem the user can fix; the message says where (file, line, field or flag) and what to do."""
