"""``frontdesk articles search|import`` through ``desktop.cli.main``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.paths import DataPaths
from desktop.store import open_store
from desktop.store.articles import get_article, list_search_misses

from .test_articlefile import GOOD

ROOT = Path(__file__).parents[3]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_prints_a_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(
        capsys,
        "articles",
        "search",
        "anulation gratuite",
        "--lang",
        "fr",
        "--data-dir",
        str(tmp_path),
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Showing results for: annulation gratuite"
    assert lines[1].startswith(" 1. Annuler une réservation sans frais pour le client")
    assert "[reservations-cancel-free-of-charge-fr]" in lines[1]
    assert "\x02" not in out


def test_search_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(
        capsys,
        "articles", "search", "commission", "--theme", "invoices_commission",
        "--limit", "3", "--json", "--data-dir", str(tmp_path),
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["did_you_mean"] is None
    results = data["results"]
    assert len(results) == 3
    assert set(results[0]) == {"id", "title", "score", "snippet"}
    assert results[0]["id"] == "invoices-commission-explained-en"
    assert all(r["id"].startswith("invoices-") for r in results)
    assert results[0]["score"] <= results[1]["score"]


def test_search_with_no_result_exits_0_and_logs_the_miss(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "articles", "search", "qqqzzz", "--data-dir", str(tmp_path))
    assert (code, out) == (0, "No article found.\n")
    with open_store(DataPaths(root=tmp_path, logs=tmp_path / "logs")) as store:
        assert [m.query for m in list_search_misses(store)] == ["qqqzzz"]


def test_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "late.md").write_text(GOOD, encoding="utf-8")
    data = tmp_path / "data"
    code, out, err = run(capsys, "articles", "import", str(folder), "--data-dir", str(data))
    assert code == 0, err
    assert out.splitlines() == [
        "Imported 1 article(s): late-checkout-en.",
        "The library holds 121 articles.",
    ]
    assert (data / "articles" / "en" / "late-checkout.md").read_text("utf-8") == GOOD
    code, out, _ = run(
        capsys, "articles", "search", "leave later", "--json", "--data-dir", str(data)
    )
    assert json.loads(out)["results"][0]["id"] == "late-checkout-en"


def test_import_refuses_bad_files_one_line_each(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    (folder / "bad.md").write_text(GOOD.replace("theme: reservations\n", ""), encoding="utf-8")
    (folder / "worse.html").write_text("<html><body>x</body></html>", encoding="utf-8")
    data = tmp_path / "data"
    code, out, err = run(capsys, "articles", "import", str(folder), "--data-dir", str(data))
    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        "frontdesk: 2 article files are not valid; nothing was imported.",
        f"  {folder / 'bad.md'}: the field 'theme' is missing.",
        f'  {folder / "worse.html"}: no <meta name="frontdesk:..."> fields '
        "(id, language, translation, ...).",
    ]
    assert not (data / "articles").exists()
    with open_store(DataPaths(root=data, logs=data / "logs")) as store:
        assert get_article(store, "late-checkout-en") is None


def test_import_of_a_missing_folder_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "articles", "import", str(tmp_path / "nope"), "--data-dir", str(tmp_path)
    )
    assert code == 1
    assert "not a folder" in err


def test_the_articles_command_stays_qt_free(tmp_path: Path) -> None:
    code = (
        "import sys; from desktop import cli; "
        f"cli.main(['articles', 'search', 'fee', '--data-dir', {str(tmp_path)!r}]); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
