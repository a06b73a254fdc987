"""`reader mentions QUERY [PATH ...]`: the contract fields, context, grouping, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.cli import main

STORIES = {
    "a-old.txt": (
        "Putin visits Vladivostok\n\n"
        "Russian President Vladimir Putin arrived in Vladivostok on Monday.\n"
        "Putin will meet Kim Jong Un there. Kim arrived by train.\n"
    ),
    "b-new.txt": (
        "Kim and Putin sign a pact\n\n"
        "Kim Jong Un and Vladimir Putin signed a pact in Vladivostok.\r\n"
        "Analysts in Seoul said Putin gained more than Kim.\n"
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["mentions", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_jsonl_has_the_entities_fields_plus_context(capsys, corpus: Path) -> None:
    status, out, _ = _run(capsys, "putin", str(corpus))
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert records
    for record in records:
        assert set(record) == {"file", "start", "end", "text", "label", "entity", "name", "context"}
        with open(record["file"], encoding="utf-8", newline="") as fh:
            text = fh.read()
        assert record["text"] == text[record["start"] : record["end"]]
        assert record["text"] in record["context"]
        assert "\n" not in record["context"]
        assert record["label"] in ("PER", "LOC", "ORG", "MISC")
    assert len({r["entity"] for r in records}) == 1
    assert all("Putin" in r["text"] for r in records)
    assert {os.path.basename(r["file"]) for r in records} == set(STORIES)


def test_context_is_the_sentence(capsys, corpus: Path) -> None:
    _, out, _ = _run(capsys, "putin", str(corpus))
    contexts = {json.loads(line)["context"] for line in out.splitlines()}
    assert "Putin will meet Kim Jong Un there." in contexts


def test_a_typo_finds_the_same_entity(capsys, corpus: Path) -> None:
    _, exact, _ = _run(capsys, "putin", str(corpus))
    status, typo, _ = _run(capsys, "puttin", str(corpus))
    assert status == 0 and typo == exact


def test_table_groups_by_article_newest_first_with_snippets(capsys, corpus: Path) -> None:
    status, out, _ = _run(capsys, "putin", str(corpus), "--format", "table")
    assert status == 0
    lines = out.splitlines()
    assert "mentions in 2 articles" in lines[0]
    titles = [line for line in lines if line.startswith("undated")]
    assert len(titles) == 2 and all("mention" in t for t in titles)
    snippets = [line for line in lines if line.startswith("  ")]
    assert snippets and all("Putin" in s for s in snippets)


def test_the_second_run_uses_the_library(capsys, corpus: Path) -> None:
    first = _run(capsys, "kim", str(corpus))
    library = Path(os.environ["XDG_DATA_HOME"]) / "reader" / "library.sqlite3"
    assert library.exists()
    assert _run(capsys, "kim", str(corpus)) == first


def test_no_match_exits_1(capsys, corpus: Path) -> None:
    status, out, err = _run(capsys, "zzzzqqqq", str(corpus))
    assert (status, out) == (1, "")
    assert "no name matches" in err


@pytest.mark.parametrize(
    "argv",
    [["", "PATH"], ["putin", "PATH", "--format", "xml"], ["putin", "/nonexistent/reader-test"]],
)
def test_bad_usage_or_nothing_readable_exits_2(capsys, corpus: Path, argv: list[str]) -> None:
    argv = [str(corpus) if a == "PATH" else a for a in argv]
    status, out, err = _run(capsys, *argv)
    assert status == 2 and out == "" and err.strip()


def test_a_bad_names_file_exits_2(capsys, corpus: Path, tmp_path: Path) -> None:
    names = tmp_path / "names.toml"
    names.write_text("this is = not toml [")
    status, _, err = _run(capsys, "putin", str(corpus), "--names", str(names))
    assert status == 2 and "names file" in err


def test_an_unreadable_file_among_good_ones_is_skipped(capsys, corpus: Path) -> None:
    status, out, err = _run(capsys, "putin", str(corpus), str(corpus / "missing.txt"))
    assert status == 0 and out and "missing.txt" in err


def test_the_seeds_are_the_default_corpus(capsys) -> None:
    status, out, _ = _run(capsys, "putin")
    assert status == 0
    assert all("seeds" in json.loads(line)["file"] for line in out.splitlines())


def test_the_config_files_names_file_is_used_without_names_option(
    capsys, corpus: Path, tmp_path: Path
) -> None:
    names = tmp_path / "names.toml"
    names.write_text(
        '[[name]]\nname = "Vladimir Putin"\nlabel = "PER"\naliases = ["Tsar Vlad"]\n',
        encoding="utf-8",
    )
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "reader" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f"names = {json.dumps(str(names))}\n", encoding="utf-8")
    (corpus / "c-nick.txt").write_text("Tsar Vlad speaks\n\nTsar Vlad spoke in Moscow.\n")
    status, out, err = _run(capsys, "tsar vlad", str(corpus))
    assert status == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["name"] for r in records} == {"Vladimir Putin"}
    assert "Tsar Vlad" in {r["text"] for r in records}


@pytest.mark.parametrize("command", ["mentions", "find"])
def test_without_a_query_only_query_is_said_to_be_required(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"reader {command}: error: the following arguments are required: QUERY\n" in err
    assert "PATH is" not in err and "QUERY, PATH" not in err
    assert f"usage: reader {command} QUERY [PATH ...]" in err
