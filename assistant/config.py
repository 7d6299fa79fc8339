"""The settings, as the assistant, the bots and the evals know them: ``index.settings`` re-exported.

The class lives in ``index/`` (the bottom of the import graph) so that ``index`` never imports
``assistant``; importing it from here keeps every existing ``from assistant.config import …`` working.
"""
from index.settings import PROJECT_ROOT, Settings, get_settings

__all__ = ["PROJECT_ROOT", "Settings", "get_settings"]
