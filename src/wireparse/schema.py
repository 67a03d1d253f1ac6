"""The JSON Schema of the article's JSON form, shipped with the package.

Strategy: the schema is a data file beside this module
(``article.schema.json``, JSON Schema draft 2020-12) so that programs in any
language can read it; this module only loads it. It describes the output of
:meth:`wireparse.Article.to_dict` and of the ``wireparse`` command for the
layouts whose ``schema_version`` has the major number of
:data:`wireparse.model.SCHEMA_VERSION`.

Must never: build or change the schema at run time (the file is the contract).
"""

from __future__ import annotations

import importlib.resources
import json
from typing import Any

#: Name of the schema file inside the ``wireparse`` package.
ARTICLE_SCHEMA_FILE = "article.schema.json"


def article_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of :meth:`wireparse.Article.to_dict`.

    Each call returns a fresh dictionary, which the caller may change.

    >>> from wireparse.model import SCHEMA_VERSION
    >>> schema = article_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> import re
    >>> re.match(schema["properties"]["schema_version"]["pattern"], SCHEMA_VERSION) is not None
    True
    >>> schema["additionalProperties"]
    False
    """
    resource = importlib.resources.files("wireparse").joinpath(ARTICLE_SCHEMA_FILE)
    loaded: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return loaded
