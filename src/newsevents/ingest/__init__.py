"""Read articles from text, JSONL, HTML, directories, globs and stdin.

Readers never raise on bad input: they yield :class:`~newsevents.model.ErrorRecord` items
(file, line, reason) in place of the article, and the batch goes on.
"""

from newsevents.ingest.header import Header, parse_header
from newsevents.ingest.readers import Item, iter_articles, read_text_article

__all__ = ["Header", "Item", "iter_articles", "parse_header", "read_text_article"]
