"""CLI over the local store: demo, assessments list/show, --data-dir."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from aspectos_desktop.cli import main


def test_demo_then_list_and_show(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--data-dir", str(tmp_path), "demo"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "demo" / "aspectos.db") in out
    assert main(["--data-dir", str(tmp_path), "assessments", "list", "--demo", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["kind"] for r in rows} == {"autoavaliacao", "visita"}
    self_row = next(r for r in rows if r["kind"] == "autoavaliacao")
    assert self_row["total"] == 857 and 0 < self_row["answered"] < 857
    assert main(["--data-dir", str(tmp_path), "assessments", "show", str(self_row["id"]),
                 "--demo"]) == 0
    shown = capsys.readouterr().out
    assert f"Progresso: {self_row['answered']}/857" in shown
    assert "aceitabilidade e adequação" in shown and "São Luís/MA" in shown
    # The real store is separate and empty.
    assert main(["--data-dir", str(tmp_path), "assessments", "list"]) == 0
    assert "Nenhuma avaliação" in capsys.readouterr().out


def test_unknown_assessment_is_a_plain_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--data-dir", str(tmp_path), "assessments", "show", "99"]) == 2
    err = capsys.readouterr().err
    assert "avaliação 99 não existe" in err and "Traceback" not in err


def test_environment_variable_chooses_the_data_dir(tmp_path: Path) -> None:
    env = {"ASPECTOS_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "aspectos_desktop", "demo"], env=env,
                          capture_output=True, text=True, check=True, timeout=120)
    assert str(tmp_path / "demo" / "aspectos.db") in done.stdout
    listed = subprocess.run([sys.executable, "-m", "aspectos_desktop", "assessments", "list",
                             "--demo"], env=env, capture_output=True, text=True, check=True,
                            timeout=120)
    assert "Núcleo de Telessaúde de Demonstração" in listed.stdout


def test_damaged_store_points_to_the_restore_and_writes_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--data-dir", str(tmp_path), "demo"]) == 0
    from aspectos_desktop.store import Store
    from aspectos_desktop.store.backup import list_backups

    demo_db = tmp_path / "demo" / "aspectos.db"
    Store.open(demo_db).close()  # the GUI's close: a rolling backup
    assert list_backups(demo_db.parent)
    capsys.readouterr()
    demo_db.write_bytes(b"")  # emptied, with backups beside it
    assert main(["--data-dir", str(tmp_path), "assessments", "list", "--demo"]) == 2
    err = capsys.readouterr().err
    assert "está vazio" in err
    assert f"aspectos-desktop --data-dir {tmp_path} --demo" in err
    assert demo_db.stat().st_size == 0  # a read-only command did not build a new store on it


def test_help_and_usage_errors_speak_portuguese(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import pytest

    with pytest.raises(SystemExit) as done:
        main(["assessments", "show", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("uso: aspectos assessments show")
    assert "argumentos:" in shown and "opções:" in shown and "mostrar esta ajuda e sair" in shown
    with pytest.raises(SystemExit):
        main(["--help"])
    top = capsys.readouterr().out
    assert "--version" in top and "mostrar a versão e sair" in top and "show " not in top
    for argv, expected in ((["assessments", "show"], "faltam os argumentos obrigatórios: ID"),
                           (["assessments", "show", "abc"], "valor inválido (int): 'abc'"),
                           (["assessments", "nada"], "opção inválida: 'nada'"),
                           (["assessments", "list", "--xyz"], "argumentos não reconhecidos")):
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 2
        err = capsys.readouterr().err
        assert expected in err and "erro:" in err, err
        assert "error" not in err and "usage" not in err


def test_data_dir_also_after_the_command(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["assessments", "list", "--demo", "--data-dir", str(tmp_path), "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert main(["--data-dir", str(tmp_path), "assessments", "list", "--demo", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == after and len(after) == 2


def test_demo_cut_short_by_a_full_disk_is_not_taken_as_ready(tmp_path: Path, capsys,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from aspectos_desktop import demo as demo_module
    from aspectos_desktop.store import Store, WriteProblem
    from aspectos_desktop.store.errors import write_error

    real_save = Store.save_answer
    saved: list[int] = []

    def full_disk(self: Store, *args: object, **kwargs: object) -> object:
        saved.append(1)
        if len(saved) > 20:
            raise write_error(WriteProblem.DISK_FULL, "save_answer")
        return real_save(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "save_answer", full_disk)
    assert main(["--data-dir", str(tmp_path), "demo"]) == 2
    err = capsys.readouterr().err
    assert "Não foi possível criar a demonstração: o disco está cheio." in err
    assert "na tela" not in err  # no value on any screen here
    folder = demo_module.demo_db_path(tmp_path).parent
    assert sorted(p.name for p in folder.iterdir()) == []  # nothing half-built left behind

    monkeypatch.setattr(Store, "save_answer", real_save)  # space freed
    assert main(["--data-dir", str(tmp_path), "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "assessments", "list", "--demo", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 2
