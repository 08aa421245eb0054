"""Line openings that mark a short line as page furniture.

A line of at most 25 words that starts with one of these (lower-cased) is
boilerplate: tag lists, share prompts, video credits ("Watch above via
Reuters"), aggregator credits ("News aggregated courtesy of ..."), copyright
and newsletter lines, wire credit lines at the foot of a story ("Reporting
by ...; Editing by ...").  Collected from pasted news pages and wire copy.
"""

BOILERPLATE_PREFIXES = frozenset({
    "additional reporting by", "all rights reserved", "categories:", "click here to",
    "copyright", "editing by", "filed under", "follow us on", "for more news", "image:",
    "join our", "news aggregated courtesy of", "photo credit", "photo:", "read also:",
    "read more:", "related:", "reporting by", "share on", "share this", "sign up for",
    "subscribe to", "tags:", "this article was originally published", "topics:",
    "watch above", "watch below", "watch the full", "watch the video", "©",
})  # fmt: skip
