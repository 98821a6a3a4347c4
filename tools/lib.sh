# Shared helpers for tools/setup, tools/run and friends. Source it; do not run it.

say() { printf 'crosscheck: %s\n' "$*" >&2; }
die() { printf 'crosscheck: error: %s\n' "$*" >&2; exit 1; }

project_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

root_dir() { echo "${CROSSCHECK_ROOT:-/var/cache/crosscheck/trixie-root}"; }

native_qt_version() {
    local q
    for q in qtpaths6 qtpaths; do
        command -v "$q" >/dev/null 2>&1 && { "$q" --qt-version 2>/dev/null && return 0; }
    done
    echo 0
}

# True when this host can build the project without the Debian 13 root.
native_ok() {
    [ "${CROSSCHECK_FORCE_ROOT:-0}" = 1 ] && return 1
    local v major minor
    v=$(native_qt_version)
    major=${v%%.*}; minor=${v#*.}; minor=${minor%%.*}
    [ "${major:-0}" -gt 6 ] 2>/dev/null || { [ "${major:-0}" -eq 6 ] && [ "${minor:-0}" -ge 5 ]; } || return 1
    command -v cmake >/dev/null 2>&1 && command -v ninja >/dev/null 2>&1 || return 1
    ls /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake \
       /usr/local/lib*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake >/dev/null 2>&1
}

# The first Debian archive (not security, not third-party) named in the host's apt sources.
host_mirror() {
    local m
    m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
        sed -n -e 's/^[[:space:]]*URIs:[[:space:]]*//p' -e 's/^[[:space:]]*deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]\+\).*/\2/p' |
        tr ' ' '\n' | grep -E '/debian/?$' | grep -v -- '-security' | head -n1 || true)
    [ -n "$m" ] || die "no Debian mirror found in /etc/apt/sources.list*; set CROSSCHECK_MIRROR"
    echo "${m%/}"
}

# Creates a minimal Debian 13 root in $1 with debootstrap unless one is there already; a
# half-made one (no marker file) is removed first. Needs root and the network.
bootstrap_root() {
    local dir=$1 mirror
    mirror=${CROSSCHECK_MIRROR:-$(host_mirror)}
    if ! command -v debootstrap >/dev/null 2>&1; then
        say "installing debootstrap on the host"
        apt-get update -qq || die "apt-get update failed: is the network reachable?"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null || die "could not install debootstrap"
    fi
    if [ -d "$dir" ] && [ ! -f "$dir/.crosscheck-bootstrapped" ]; then
        say "removing a half-made Debian root at $dir"
        rm -rf --one-file-system "$dir"
    fi
    [ -f "$dir/.crosscheck-bootstrapped" ] && return 0
    say "creating a Debian 13 (trixie) root in $dir from $mirror (about a minute)"
    mkdir -p "$(dirname "$dir")"
    rm -rf --one-file-system "$dir.partial"
    debootstrap --variant=minbase trixie "$dir.partial" "$mirror" >"$dir.debootstrap.log" 2>&1 ||
        die "debootstrap failed (see $dir.debootstrap.log): is $mirror reachable?"
    mv "$dir.partial" "$dir"
    touch "$dir/.crosscheck-bootstrapped"
}

# Runs "$@" inside the build root, in the current directory. The project, ../shared, the
# current directory and the X11 socket are bind-mounted at the same paths; the mounts
# live in a private mount namespace and vanish with the process.
in_root() {
    local root; root=$(root_dir)
    [ -f "$root/.crosscheck-bootstrapped" ] || die "no build root at $root: run tools/setup first"
    local binds=("$project_dir")
    [ -d "$project_dir/../shared" ] && binds+=("$(cd "$project_dir/../shared" && pwd)")
    binds+=("$PWD")
    [ -d /tmp/.X11-unix ] && binds+=(/tmp/.X11-unix)
    [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && binds+=("$XDG_RUNTIME_DIR")
    [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && binds+=("$XAUTHORITY")
    local IFS_=$IFS extra
    if [ -n "${CROSSCHECK_BIND:-}" ]; then
        IFS=: ; for extra in $CROSSCHECK_BIND; do binds+=("$extra"); done; IFS=$IFS_
    fi
    local env=(HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}"
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
    local v
    for v in DISPLAY XAUTHORITY WAYLAND_DISPLAY XDG_RUNTIME_DIR QT_QPA_PLATFORM CI CTEST_OUTPUT_ON_FAILURE \
             CTEST_PARALLEL_LEVEL QT_LOGGING_RULES ASAN_OPTIONS UBSAN_OPTIONS LC_ALL LANGUAGE; do
        [ -n "${!v:-}" ] && env+=("$v=${!v}")
    done
    unshare --mount --propagation private -- bash -c '
        set -e
        root=$1; cwd=$2; shift 2
        nb=$1; shift
        for ((i = 0; i < nb; i++)); do
            src=$1; shift
            if [ -d "$src" ]; then mkdir -p "$root$src"; else mkdir -p "$root$(dirname "$src")"; touch "$root$src"; fi
            mount --rbind "$src" "$root$src"
        done
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --rbind /sys "$root/sys"
        [ -d /dev/shm ] && mount -t tmpfs shm "$root/dev/shm" 2>/dev/null || true
        cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        ne=$1; shift
        envs=("${@:1:ne}"); shift "$ne"
        exec chroot "$root" /usr/bin/env -i "${envs[@]}" /bin/bash -c "cd \"\$0\" && exec \"\$@\"" "$cwd" "$@"
    ' in_root "$root" "$PWD" "${#binds[@]}" "${binds[@]}" "${#env[@]}" "${env[@]}" "$@"
}

# Runs "$@" natively when the host can, otherwise inside the build root.
run_cmd() {
    if native_ok; then "$@"; else in_root "$@"; fi
}
