"""The central database an installation uses: --db, the environment, the saved choice
(``aspectos central use`` or the Central window), else the default file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from central_fixtures import fresh_pg_database
from sqlalchemy import URL, make_url

from aspectos_desktop.central.database import (
    ENV_CENTRAL_DB,
    CentralError,
    chosen,
    open_central,
    save_choice,
)
from aspectos_desktop.cli import main


@pytest.fixture(autouse=True)
def no_env_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_CENTRAL_DB, raising=False)


def saved(data_dir: Path) -> str:
    return str(json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["central_db"])


def test_precedence_argument_environment_saved_default(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "dados"
    assert chosen(None, data) == ("", "default")
    save_choice(str(tmp_path / "salvo.db"), data)
    assert chosen(None, data) == (str(tmp_path / "salvo.db"), "settings")
    monkeypatch.setenv(ENV_CENTRAL_DB, str(tmp_path / "env.db"))
    assert chosen(None, data) == (str(tmp_path / "env.db"), "environment")
    assert chosen(" arg.db ", data) == ("arg.db", "argument")
    monkeypatch.delenv(ENV_CENTRAL_DB)
    save_choice("", data)
    assert chosen(None, data) == ("", "default")


def test_a_saved_sqlite_file_is_used_with_its_folder(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "dados"
    monkeypatch.chdir(tmp_path)
    save_choice("rede/central.db", data)  # relative: kept absolute, so it never moves
    assert saved(data) == str(tmp_path / "rede" / "central.db")
    db = open_central(None, data)
    try:
        assert db.path == tmp_path / "rede" / "central.db"
        assert db.source == "settings"
        assert db.ca_dir == tmp_path / "rede" / "ca"  # beside the chosen file
    finally:
        db.close()


def test_a_password_is_never_saved(tmp_path: Path) -> None:
    with pytest.raises(CentralError, match="pgpass"):
        save_choice("postgresql://central:segredo@servidor/aspectos", tmp_path)
    assert not (tmp_path / "settings.json").exists()
    with pytest.raises(CentralError, match="não aceito"):
        save_choice("mysql://x@y/z", tmp_path)


def test_cli_use_shows_sets_and_resets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "dados"
    base = ["--data-dir", str(data), "central", "use"]
    assert main(base) == 0
    out = capsys.readouterr().out
    assert f"Banco central: {data / 'central' / 'central.db'}" in out and "padrão" in out
    target = tmp_path / "rede" / "central.db"
    assert main([*base, str(target)]) == 0
    out = capsys.readouterr().out
    assert "guardado como padrão" in out and f"Banco central: {target}" in out
    assert target.is_file() and saved(data) == str(target)
    # every central command now uses it
    assert main(["--data-dir", str(data), "central", "signers", "list"]) == 0
    capsys.readouterr()
    assert main([*base, "--reset"]) == 0
    assert "de volta ao padrão" in capsys.readouterr().out
    assert saved(data) == ""


def test_cli_use_refuses_what_cannot_be_opened_and_keeps_the_old_choice(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "dados"
    good = tmp_path / "bom.db"
    assert main(["--data-dir", str(data), "central", "use", str(good)]) == 0
    capsys.readouterr()
    garbage = tmp_path / "lixo.db"
    garbage.write_bytes(b"x" * 4096)
    for bad, message in ((str(garbage), "não é um banco de dados SQLite"),
                         ("postgresql://u:p@127.0.0.1/x", "senha não é guardada"),
                         ("", "vazia")):
        assert main(["--data-dir", str(data), "central", "use", bad]) == 2
        assert message in capsys.readouterr().err
        assert saved(data) == str(good)
    assert main(["--data-dir", str(data), "central", "use", str(good), "--reset"]) == 2
    assert "não os dois" in capsys.readouterr().err


def test_cli_use_with_postgresql_and_a_pgpass_file(pg_server_url: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The documented way for a password-protected server: the URL without the password,
    the password in a pgpass file (libpq reads it); nothing secret in the settings."""
    data = tmp_path / "dados"
    with fresh_pg_database(pg_server_url) as url:
        parsed = make_url(url)
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"{parsed.host}:{parsed.port}:{parsed.database}:{parsed.username}:"
                          f"{parsed.password}\n", encoding="utf-8")
        os.chmod(pgpass, 0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        without = URL.create(parsed.drivername, username=parsed.username, host=parsed.host,
                             port=parsed.port, database=parsed.database).render_as_string()
        assert main(["--data-dir", str(data), "central", "use", without]) == 0
        out = capsys.readouterr().out
        assert "guardado como padrão" in out and parsed.database in out
        assert parsed.password not in (data / "settings.json").read_text(encoding="utf-8")
        db = open_central(None, data)
        try:
            assert db.dialect == "postgresql" and db.source == "settings"
        finally:
            db.close()
