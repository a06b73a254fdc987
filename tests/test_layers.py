"""The core layers stay free of Textual, and each layer imports only the layers to its left."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "reader"
LAYERS = ["corpus", "entities", "index", "state", "ui"]
#: What each layer may import from the package (besides itself and top-level helper modules).
ALLOWED = {
    "corpus": set(),
    "entities": {"corpus"},
    "index": {"corpus", "entities"},
    "state": {"corpus"},
    "ui": {"corpus", "entities", "index", "state"},
}


def test_core_never_imports_textual() -> None:
    code = (
        "import sys\n"
        "import reader.corpus.loader, reader.entities.pipeline, reader.cli\n"
        "import reader.commands.entities\n"
        "import pkgutil, importlib\n"
        "for layer in ('reader.corpus', 'reader.entities', 'reader.index', 'reader.state'):\n"
        "    pkg = importlib.import_module(layer)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, layer + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _imported_layers(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    layers: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "reader" and len(parts) > 1 and parts[1] in LAYERS:
                layers.add(parts[1])
    return layers


@pytest.mark.parametrize("layer", LAYERS)
def test_layers_import_only_to_their_left(layer: str) -> None:
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        wrong = _imported_layers(path) - ALLOWED[layer] - {layer}
        assert not wrong, f"{path.relative_to(PACKAGE.parent)} imports {sorted(wrong)}"
