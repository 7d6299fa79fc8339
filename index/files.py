"""File helpers shared by ingest, the store and the model builder: hashing and durable writes."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_path(path: Path) -> None:
    """Flush a file or a folder entry to disk (a rename is durable only once its folder is synced)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_npz(path: Path, arrays: dict) -> bool:
    """Write ``arrays`` as one ``.npz`` whole or not at all (a temporary file beside it, renamed), readable by
    every user as the files beside it are; False when the folder is not writable. For the caches derived from
    a generation or the model (``store.RecordsCache``, ``piece_tokenizer``'s sidecar): a reader that finds one
    missing or damaged rebuilds it, so no fsync."""
    import tempfile

    import numpy as np

    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        return True
    except OSError:
        return False
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def json_array(obj):
    """``obj`` as JSON in a uint8 array: how an ``.npz`` holds text without pickles (``from_json_array``)."""
    import json

    import numpy as np

    return np.frombuffer(json.dumps(obj, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)


def from_json_array(array):
    import json

    return json.loads(bytes(array).decode("utf-8"))


def write_json(path: Path, data, indent: int = 1) -> None:
    """Write JSON so that a reader sees the old file or the new one, never half of it."""
    import json
    import uuid

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=indent) + "\n", encoding="utf-8")
    os.replace(tmp, path)
