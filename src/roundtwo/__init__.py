"""roundtwo: get through the second interview.

Nothing is imported here: the CLI starts fast and importing the package has no side effects.
"""

__version__ = "0.1.0"
