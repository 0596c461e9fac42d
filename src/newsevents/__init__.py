"""newsevents: read news stories, write trustworthy political event data (CAMEO, PLOVER)."""

from newsevents.model import ArticleResult

__version__ = "0.1.0"

__all__ = ["ArticleResult", "__version__"]
