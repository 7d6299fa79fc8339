"""Where the embedding model is, for the processes that only load it (ask, chat, serve, the bots).

Building the default model (``index/model_builder.py``: wheels, 4-bit weights, tokenizer) is a set-up step,
done by ``assistant build-model`` and by ingest, which makes sure the model exists before it embeds anything.
Answering only needs the folder the build left, so this module finds it without importing the builder.
"""
from __future__ import annotations

from pathlib import Path

from index.store import IndexMissing

E5_DIRNAME = "multilingual-e5-small"  # the default model's folder under <home>/models
MARKER_NAME = ".complete"  # written last by the builder: the folder is finished


class ModelMissing(IndexMissing):
    """The default embedding model has not been built: the index cannot be searched (as with no index)."""


def built_model(settings) -> str:
    """The model to load: ``settings.embedding_model`` if set, else the finished e5 folder.

    ModelMissing, naming the commands that build it, when there is none. Whether the folder is a build of
    the pinned sources is the builder's check (``model_builder.ensure_model``), made by set-up and ingest.
    """
    if settings.embedding_model:
        return settings.embedding_model
    folder = Path(settings.models_dir) / E5_DIRNAME
    if not (folder / MARKER_NAME).is_file():
        raise ModelMissing(f"no embedding model in {folder}: run `assistant build-model` (or `assistant ingest`, "
                           "which builds it too)")
    return str(folder)
