"""The HTTP service (issue 4): the /v1 API, an OpenAI-compatible API and the citizens' chat page."""
from assistant.http.app import create_app, serve

__all__ = ["create_app", "serve"]
