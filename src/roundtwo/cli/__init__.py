"""The ``roundtwo`` command: a thin shell over the service functions."""
