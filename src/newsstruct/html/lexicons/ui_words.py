"""Words of page controls and widgets that never stand in an author's name.

Share and follow buttons, copy-link confirmations, profile links and
newsletter prompts sit inside byline elements on many sites and run into the
author's name ("Jane Doe Link Copied", "Jane Doe Follow", "View all posts by
Jane Doe").  A byline piece is cut at the first of these words after two
name words ("Rachael Link" keeps its surname, "Jane Doe Link Copied" is cut).
Collected from the labels of share, follow and profile widgets of common
publishing systems (WordPress, Arc, Brightspot) and social networks.
"""

UI_WORDS = frozenset({
    "bio", "biography", "bluesky", "clipboard", "comment", "comments", "copied", "copy",
    "e-mail", "email", "facebook", "follow", "following", "instagram", "link", "linkedin",
    "newsletter", "posts", "print", "profile", "reddit", "share", "subscribe", "threads",
    "tiktok", "tweet", "twitter", "unfollow", "whatsapp", "youtube",
})  # fmt: skip
