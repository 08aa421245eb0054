"""The HTML stage: the only package that imports lxml and trafilatura.

:func:`newsstruct.parse_html` imports it on its first call, so ``import
newsstruct`` stays free of both.

- :mod:`~newsstruct.html.page`: read a page and compose the text that
  :func:`newsstruct.parse` reads (headline, "By ..." line, extracted body);
- :mod:`~newsstruct.html.encoding`: decode page bytes as browsers do (WHATWG);
- :mod:`~newsstruct.html.tree`: parse the page without losing content at libxml2's limits;
- :mod:`~newsstruct.html.metadata`: ``<meta>`` tags and the page's JSON-LD article;
- :mod:`~newsstruct.html.titles`: the headline;
- :mod:`~newsstruct.html.scan`: one bounded walk over the page's elements;
- :mod:`~newsstruct.html.region`: what belongs to the article, told by position;
- :mod:`~newsstruct.html.tidy`: author strings without the noise around the names;
- :mod:`~newsstruct.html.authors`: the article's byline, checked against the metadata;
- :mod:`~newsstruct.html.dates`: the publication date, sources ranked and checked;
- :mod:`~newsstruct.html.blocks`: the page's block breaks, followed into the extracted text;
- :mod:`~newsstruct.html.patterns`, :mod:`~newsstruct.html.lexicons`: this stage's
  regular expressions and word lists.
"""
