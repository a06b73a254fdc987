"""`reader [PATH ...]` from the command line: usage errors exit 2 before the TUI starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import build_parser, main, tui_paths_only
from reader.ui.app import corpus_label


def test_a_path_that_does_not_exist_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "missing")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_an_unknown_theme_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--theme", "no-such-theme"]) == 2
    err = capsys.readouterr().err
    assert "unknown theme" in err and "reader-light" in err


def test_corpus_label() -> None:
    assert corpus_label(None) == "seeds"
    assert corpus_label(["/news/jakarta/"]) == "jakarta"
    assert corpus_label(["a.txt", "b.txt", "c.txt"]) == "a.txt + 2 more"


@pytest.mark.parametrize("argv", [[], ["news"], ["a.txt", "folder/", "entities.txt"]])
def test_paths_without_options_read_as_the_parser_reads_them(argv: list[str]) -> None:
    fast = tui_paths_only(argv)
    assert fast is not None
    assert vars(fast) == vars(build_parser(None).parse_args(argv))


@pytest.mark.parametrize("argv", [["--theme", "reader-mono"], ["news", "--version"], ["-h"]])
def test_options_go_to_the_parser(argv: list[str]) -> None:
    assert tui_paths_only(argv) is None


def test_the_names_option_reaches_the_reader_over_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import os

    from reader.ui.app import ReaderApp

    config = Path(os.environ["XDG_CONFIG_HOME"]) / "reader" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f"names = {json.dumps(str(tmp_path / 'from-config.toml'))}\n")
    given = tmp_path / "given.toml"
    seen: list[Path | None] = []
    monkeypatch.setattr(ReaderApp, "run", lambda app, *a, **k: seen.append(app.config.names))
    assert main(["--names", str(given)]) == 0
    assert main([]) == 0
    assert seen == [given, tmp_path / "from-config.toml"]
