"""Path segments of links to an author's page ("/author/jane-doe", "/writers/jdoe").

A link whose URL path has one of these segments, inside the article's own
region, names an author.  From the URL schemes of common publishing systems
(WordPress "/author/", newspaper CMSs "/authors/", "/by/", "/staff/",
"/reporters/") and the author XPaths of trafilatura and newspaper4k, which
look for "author" in link targets.
"""

AUTHOR_PATHS = frozenset({
    "author", "authors", "by", "columnist", "columnists", "contributor", "contributors",
    "journalist", "journalists", "reporter", "reporters", "staff", "writer", "writers",
})  # fmt: skip
