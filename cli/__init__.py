"""The ``iad-data`` command line: a thin Typer shell over the ``iad_data`` library."""
