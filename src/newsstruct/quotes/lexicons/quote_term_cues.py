"""Words and phrases that, right before a quote mark, say the quoted words are a
name or a term rather than speech: ``referred to as "Hafnium"``,
``the so-called "deal of the century"``, ``the hashtag "#MeToo"``.

Entries are lowercase word sequences joined by single spaces.  Collected from
newswire style guides on scare quotes and titles and from the quotes issue of
this project.
"""

QUOTE_TERM_CUES = frozenset({
    "aka", "album", "billed as", "branded as", "code-named", "codenamed", "documentary",
    "dubbed", "entitled", "film", "known as", "labeled as", "labelled as", "movie", "musical",
    "nicknamed", "novel", "podcast", "refer to as", "referred to as", "referring to as",
    "refers to as", "series", "show", "sitcom", "so called", "so-called", "song",
    "the expression", "the hashtag", "the headline", "the label", "the motto", "the name",
    "the nickname", "the phrase", "the slogan", "the term", "the title", "the word",
    "the words", "titled",
})  # fmt: skip
