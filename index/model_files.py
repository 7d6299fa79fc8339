"""Where the embedding model is, and which backend runs it, for the processes that only load it.

Building the default model (``index/model_builder.py``: wheels, 4-bit weights, tokenizer) is a set-up step,
done by ``assistant build-model`` and by ingest, which makes sure the model exists before it embeds anything;
its int8 ONNX export is made by ``assistant build-model``. Answering (ask, chat, serve, the bots) only needs
what the build left, so this module finds the folder, reads the export's manifest and names the encoder
(``EmbeddingModel.fingerprint``) without importing the builder, torch or onnx.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
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


# ----------------------------------------------------------------------------- the ONNX export and the backend
ONNX_DIRNAME = "onnx"  # <model folder>/onnx/: the int8 export written by model_builder.ensure_onnx
ONNX_FILE = "model.int8.onnx"
ONNX_MANIFEST = "manifest.json"  # written last: the file's sha256, how it was made and how to run it
ONNX_FORMAT = 1  # bump when the export changes (graph inputs, what stays float): older exports are redone


def source_id(model: str) -> str:
    """What identifies the weights of ``model`` without hashing hundreds of MB at every start.

    The builder's marker names the pinned wheels (sha256) the folder was built from and the build format, so
    its hash is the default model's checksum; any other model is identified by its path or hub name.
    """
    marker = Path(model) / MARKER_NAME
    if marker.is_file():
        return "e5-" + hashlib.sha256(marker.read_bytes()).hexdigest()[:16]
    return os.path.realpath(model) if os.path.exists(model) else model


def onnx_manifest(model: str) -> dict | None:
    """The manifest of ``model``'s int8 export when it is finished, of this format and of these weights."""
    path = Path(model) / ONNX_DIRNAME / ONNX_MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (not isinstance(manifest, dict) or manifest.get("format") != ONNX_FORMAT
            or manifest.get("source") != source_id(model) or not (path.parent / ONNX_FILE).is_file()):
        return None
    return manifest


@dataclass(frozen=True)
class EmbeddingModel:
    """The model that encodes text and how (``backend``), for the processes that load it.

    ``fingerprint`` names both: vectors of one fingerprint are never compared with another's, so the index
    and the embedding cache are keyed by it (int8 ONNX vectors are close to torch's, not equal: cosine ≥ 0.99).
    """

    backend: str  # "onnx" or "torch"
    model: str  # the sentence-transformers folder (or hub name) the export was made from
    manifest: dict | None = None  # the ONNX export's, for backend "onnx"

    @property
    def onnx_path(self) -> Path:
        return Path(self.model) / ONNX_DIRNAME / ONNX_FILE

    @property
    def fingerprint(self) -> str:
        if self.backend == "onnx":
            return f"onnx-int8:{self.manifest['sha256'][:16]}"
        return f"torch:{source_id(self.model)}"


def embedding_model(settings) -> EmbeddingModel:
    """The model and backend ``settings`` choose: ``embedding_backend`` "auto" runs the ONNX export when the
    model has one, else torch; "onnx" without an export raises ModelMissing (build it with build-model)."""
    model = built_model(settings)
    if settings.embedding_backend == "torch":
        return EmbeddingModel("torch", model)
    manifest = onnx_manifest(model)
    if manifest is not None:
        return EmbeddingModel("onnx", model, manifest)
    if settings.embedding_backend == "onnx":
        raise ModelMissing(f"no ONNX export of {model} (QNA_EMBEDDING_BACKEND=onnx): run `assistant build-model`")
    return EmbeddingModel("torch", model)
