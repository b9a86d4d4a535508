"""The help-article viewer: search as you type, read, find, navigate, save, give feedback.

=====================  ==========================================================
module                 what it holds
=====================  ==========================================================
``viewer``             :class:`ArticleViewer` (objectName ``ArticleViewer``), history
``search_panel``       search field, filters, results / recent / saved lists, themes
``results_model``      the results list model (named roles) and its delegate
``article_pane``       toolbar, reading facts, the article view, print and PDF
``browser``            the QTextBrowser that loads nothing; find in page
``panels``             property notes pinned to an article; "Was this article helpful?"
=====================  ==========================================================
"""

from ui.help.viewer import ArticleViewer

__all__ = ["ArticleViewer"]
