"""The HTML stage: the only package that imports lxml and trafilatura.

:func:`newsstruct.parse_html` imports it on its first call, so ``import
newsstruct`` stays free of both.

- :mod:`~newsstruct.html.page`: run trafilatura, read the page's own metadata, and
  compose the text that :func:`newsstruct.parse` reads;
- :mod:`~newsstruct.html.encoding`: decode page bytes as browsers do (WHATWG);
- :mod:`~newsstruct.html.tree`: parse the page without losing content at libxml2's limits;
- :mod:`~newsstruct.html.scan`: one bounded walk over the page's elements;
- :mod:`~newsstruct.html.blocks`: the page's block breaks, followed into the extracted text;
- :mod:`~newsstruct.html.authors`: authors ranked across trafilatura, JSON-LD, ``<meta>``
  and the visible byline;
- :mod:`~newsstruct.html.dates`: the page's labelled publication dates;
- :mod:`~newsstruct.html.patterns`: this stage's regular expressions.
"""
