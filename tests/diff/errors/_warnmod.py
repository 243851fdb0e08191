# Helper module for warn_import.py (compile-time SyntaxWarnings on import).
print("importing _warnmod")
pattern = "\d+"


def check(v):
    return v is 1, v is not "s"
