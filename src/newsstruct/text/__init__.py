"""Text primitives every stage shares, each defined once.

- :mod:`~newsstruct.text.view`: the offset-preserving plain-space view of the input;
- :mod:`~newsstruct.text.words`: word counting with a limit;
- :mod:`~newsstruct.text.timewords`: month and weekday names and numbers.
"""
