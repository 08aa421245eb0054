"""Line openings that mark a short line as page furniture.

A line of at most 25 words that starts with one of these (lower-cased, and
followed by the end of the line or by a character that is not a letter) is
boilerplate: tag lists, share prompts, video credits ("Watch above via
Reuters"), aggregator credits ("News aggregated courtesy of ..."), newsletter
lines, wire credit lines at the foot of a story ("Reporting by ...; Editing
by ...").  Copyright lines have a pattern of their own.  Collected from
pasted news pages and wire copy.
"""

BOILERPLATE_PREFIXES = frozenset({
    "additional reporting by", "categories:", "click here to", "editing by", "filed under",
    "follow us on", "for more news", "image:", "join our", "news aggregated courtesy of",
    "photo credit", "photo:", "read also:", "read more:", "related:", "reporting by",
    "share on", "share on:", "sign up for", "subscribe to", "tags:",
    "this article was originally published", "topics:", "watch above", "watch below",
    "watch the full", "watch the video",
})  # fmt: skip
