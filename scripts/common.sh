# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# shellcheck shell=bash
# Shared by scripts/run, scripts/test, scripts/bench and .ci/run.
#
# Annalist needs Qt >= 6.5 and KF6 SyntaxHighlighting. Where the host has them
# (Debian 13, Fedora, Arch, ...) everything runs natively. Where it does not
# (Debian 12), a Debian 13 root is made once with mmdebstrap, kept under the
# user's cache folder, and every build or run command goes through bwrap.

set -euo pipefail

ANNALIST_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ANNALIST_CACHE=${ANNALIST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/annalist}

# Everything the build root holds. Changing this list makes a new root (its
# folder name carries a hash of the list), so old roots are never patched.
ANNALIST_ROOT_PACKAGES=(
    g++ cmake ninja-build pkgconf ccache
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libkf6syntaxhighlighting-dev
    fonts-dejavu-core fonts-noto-core fonts-wqy-microhei locales qt6-wayland
    libxcb-cursor0 qt6-svg-plugins
    dpkg-dev lintian reuse git
    iso-codes wordnet-base wamerican-large libgeonames-common appstream desktop-file-utils
    python3 python3-icalendar
    ca-certificates
)
ANNALIST_ROOT_SUITE=trixie
# The options that made the shipped learned recognizer (resources/ner/model.bin):
# scripts/train-ner trains with them and records them in the file,
# scripts/eval-ner --held-out measures models trained the same way.
ANNALIST_NER_TRAIN_OPTIONS=(--epochs 12 --buckets-log2 18 --seed 1 --features 3 --lexicon-dropout 0.5 --ensemble 16 --stages 1)
# What dpkg leaves out of the root: documentation, except the copyright files
# of the packages whose data is compiled into the program (its Debian package
# carries their notices: resources/debian/packaging.cmake). Part of the
# root's hash, like the package list.
ANNALIST_ROOT_DPKG_OPTIONS=(
    'path-exclude=/usr/share/doc/*'
    'path-exclude=/usr/share/man/*'
    # (Each folder too: dpkg would not make an excluded folder for an included file.)
    'path-include=/usr/share/doc/iso-codes' 'path-include=/usr/share/doc/iso-codes/copyright'
    'path-include=/usr/share/doc/wordnet-base' 'path-include=/usr/share/doc/wordnet-base/copyright'
    'path-include=/usr/share/doc/wamerican-large' 'path-include=/usr/share/doc/wamerican-large/copyright'
    'path-include=/usr/share/doc/libgeonames-common' 'path-include=/usr/share/doc/libgeonames-common/copyright'
)

# The fuzzing root (scripts/fuzz): the same, plus clang and its libFuzzer
# runtime. It is a root of its own kind, so that neither list changing makes
# the other root be rebuilt.
ANNALIST_FUZZ_ROOT_PACKAGES=("${ANNALIST_ROOT_PACKAGES[@]}" clang-19 libclang-rt-19-dev)

# Which root in_env uses: "main" (the default) or "fuzz".
ANNALIST_ROOT_KIND=${ANNALIST_ROOT_KIND:-main}

# Prints the comment at the top of the running script, or of the script given
# (its usage), without the licence lines.
usage() {
    sed -n '2,/^[^#]/p' "${1:-$0}" | grep '^#' | grep -v 'SPDX-' | sed 's/^# \{0,1\}//' | sed '/./,$!d'
}

# True when the first argument asks for the usage (-h, --help): a script
# that reads it prints usage() and does nothing else, rather than taking
# "--help" for a file or starting its work.
help_requested() { [ "${1:-}" = -h ] || [ "${1:-}" = --help ]; }

note() { printf 'annalist: %s\n' "$*" >&2; }
die() { printf 'annalist: %s\n' "$*" >&2; exit 1; }

# True when the host can build Annalist without the build root (and, for the
# fuzz kind, has a clang that links libFuzzer).
host_is_native() {
    [ "${ANNALIST_FORCE_ROOT:-0}" = 1 ] && return 1
    [ "${ANNALIST_FORCE_NATIVE:-0}" = 1 ] && return 0
    command -v cmake >/dev/null 2>&1 || return 1
    if [ "$ANNALIST_ROOT_KIND" = fuzz ]; then
        local probe
        probe=$(mktemp -d)
        printf 'extern "C" int LLVMFuzzerTestOneInput(const char *, unsigned long) { return 0; }\n' >"$probe/f.cpp"
        if ! clang++ -fsanitize=fuzzer "$probe/f.cpp" -o "$probe/f" >/dev/null 2>&1; then
            rm -rf "$probe"
            return 1
        fi
        rm -rf "$probe"
    fi
    local dir
    for dir in /usr/lib/*/cmake /usr/lib/cmake /usr/lib64/cmake /usr/local/lib/cmake /usr/local/lib/*/cmake; do
        [ -d "$dir/KF6SyntaxHighlighting" ] && [ -d "$dir/Qt6Widgets" ] && [ -d "$dir/Qt6Svg" ] || continue
        local ver
        ver=$(sed -n 's/.*PACKAGE_VERSION "\(6\.[0-9]*\).*/\1/p' "$dir/Qt6Core/Qt6CoreConfigVersionImpl.cmake" \
              "$dir/Qt6Core/Qt6CoreConfigVersion.cmake" 2>/dev/null | head -n1)
        [ -n "$ver" ] && [ "${ver#6.}" -ge 5 ] && return 0
    done
    return 1
}

root_packages() {
    if [ "$ANNALIST_ROOT_KIND" = fuzz ]; then
        printf '%s\n' "${ANNALIST_FUZZ_ROOT_PACKAGES[@]}"
    else
        printf '%s\n' "${ANNALIST_ROOT_PACKAGES[@]}"
    fi
}

# root-<suite>-<hash> for the main kind, root-fuzz-<suite>-<hash> for fuzzing.
root_prefix() {
    if [ "$ANNALIST_ROOT_KIND" = fuzz ]; then
        printf 'root-fuzz-'
    else
        printf 'root-'
    fi
}

root_dir() {
    local hash
    hash=$({ printf '%s\n' "$ANNALIST_ROOT_SUITE"; root_packages; printf '%s\n' "${ANNALIST_ROOT_DPKG_OPTIONS[@]}"; } \
        | sha256sum | cut -c1-12)
    printf '%s/%s%s-%s' "$ANNALIST_CACHE" "$(root_prefix)" "$ANNALIST_ROOT_SUITE" "$hash"
}

# The kind of a root folder, from its name.
root_kind_of() {
    case "$(basename "$1")" in
        root-fuzz-*) echo fuzz ;;
        *) echo main ;;
    esac
}

install_host_tools() {
    local missing=()
    command -v mmdebstrap >/dev/null 2>&1 || missing+=(mmdebstrap)
    command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" = 0 ] || die "please install ${missing[*]} (sudo apt-get install ${missing[*]}), then run this again"
    note "installing ${missing[*]} on the host"
    # A third-party source that cannot be reached must not stop Debian's own.
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
        || die "could not install ${missing[*]}"
}

# Makes the Debian 13 root when it is missing. It is built in a temporary folder
# and renamed only when complete, so an interrupted set-up leaves nothing half made.
ensure_root() {
    local root
    root=$(root_dir)
    [ -f "$root/.annalist-complete" ] && return 0
    install_host_tools
    mkdir -p "$ANNALIST_CACHE"
    local tmp="$root.partial.$$"
    rm -rf "$tmp"
    trap 'rm -rf "$tmp"' EXIT
    note "creating the Debian 13 build root in $root (once, about two minutes)"
    local started=$SECONDS
    local pkgs
    pkgs=$(root_packages | paste -sd,)
    local log="$ANNALIST_CACHE/mmdebstrap.log"
    [ "$ANNALIST_ROOT_KIND" = main ] || log="$ANNALIST_CACHE/mmdebstrap-$ANNALIST_ROOT_KIND.log"
    # mmdebstrap wants an empty or missing target; make it a plain directory.
    local dpkgopts=() option
    for option in "${ANNALIST_ROOT_DPKG_OPTIONS[@]}"; do dpkgopts+=("--dpkgopt=$option"); done
    if ! mmdebstrap --quiet --variant=minbase --include="$pkgs" "${dpkgopts[@]}" \
            "$ANNALIST_ROOT_SUITE" "$tmp" >"$log" 2>&1; then
        tail -n 20 "$log" >&2
        die "mmdebstrap failed (full log: $log)"
    fi
    touch "$tmp/.annalist-complete"
    # Older roots of the same kind are superseded by this one; a root of the
    # other kind (main or fuzz) is left alone.
    local old
    for old in "$ANNALIST_CACHE"/root-*; do
        [ -e "$old" ] && [ "$old" != "$root" ] && [ "${old%.partial.*}" = "$old" ] \
            && [ "$(root_kind_of "$old")" = "$ANNALIST_ROOT_KIND" ] && rm -rf "$old"
    done
    mv "$tmp" "$root"
    trap - EXIT
    note "build root ready after $((SECONDS - started)) s"
}

# The host's top-level folders that belong to its system. Inside the build
# root these stay the root's own (a Debian 13 system over a Debian 12 one would
# not run); every other top-level folder of the host (/home, /root, /srv,
# /media, /mnt, /tmp, /opt, other mounted file systems ...) is bound at the
# same place, so any path a person names or browses to means the same inside.
ANNALIST_SYSTEM_DIRS=" /bin /boot /dev /etc /lib /lib32 /lib64 /libx32 /proc /run /sbin /sys /usr /var "

# Arguments for bwrap that make the build root look, to a program, like the
# host: the host's own files, its runtime folder (Wayland socket, D-Bus session
# bus), its fonts and its locale variables. Prints one argument a line.
root_view_args() {
    local d
    for d in /*; do
        [ -d "$d" ] && [ ! -L "$d" ] || continue
        case "$ANNALIST_SYSTEM_DIRS" in *" $d "*) continue ;; esac
        printf '%s\n' --bind "$d" "$d"
    done
    # A file or folder under /var or /run (/var/tmp/story.txt) named on the
    # command line, or in ANNALIST_EXTRA_BINDS, or the current folder there,
    # brings its own folder along.
    local p
    for p in "$PWD" "$@" ${ANNALIST_EXTRA_BINDS:-}; do
        case "$p" in /var/?*|/run/?*) ;; *) continue ;; esac
        [ -e "$p" ] || continue
        [ -d "$p" ] || p=$(dirname "$p")
        printf '%s\n' --bind "$p" "$p"
    done
    if [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ]; then
        printf '%s\n' --bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR"
    fi
    # The host's fonts, beside the root's (fontconfig reads both through the
    # configuration written by root_fontconfig).
    for d in /usr/share/fonts /usr/local/share/fonts; do
        [ -d "$d" ] && printf '%s\n' --ro-bind "$d" "/run/host$d"
    done
}

# A fontconfig file that adds the host's fonts to the root's own.
root_fontconfig() {
    local conf="$ANNALIST_CACHE/fonts.conf"
    if [ ! -f "$conf" ]; then
        mkdir -p "$ANNALIST_CACHE"
        cat >"$conf.$$" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by Annalist's scripts: the build root's fonts, then the host's. -->
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>/run/host/usr/share/fonts</dir>
  <dir>/run/host/usr/local/share/fonts</dir>
</fontconfig>
CONF
        mv "$conf.$$" "$conf"
    fi
    printf '%s' "$conf"
}

# The root holds only C.UTF-8 at first. A locale the person uses (LANG, LC_*)
# is compiled into the root the first time it is seen (a second or so), so that
# the C library accepts it and Qt keeps it; one the root has no source for is
# passed on all the same (Qt then reads it from the variables alone).
ensure_root_locales() {
    local root=$1 name lang mod
    while IFS= read -r name; do
        case "$name" in ''|C|C.*|POSIX) continue ;; esac
        lang=${name%%.*}; lang=${lang%%@*}
        mod=; case "$name" in *@*) mod=@${name#*@} ;; esac
        [ -d "$root/usr/lib/locale/$lang.utf8$mod" ] && continue
        [ -f "$root/usr/share/i18n/locales/$lang$mod" ] || continue
        bwrap --bind "$root" / --dev /dev --proc /proc \
            localedef --no-archive -i "$lang$mod" -f UTF-8 "$lang.UTF-8$mod" >/dev/null 2>&1 || true
    done < <(env | sed -n 's/^\(LANG\|LC_[A-Z]*\)=//p' | sort -u)
}

# Runs a command natively or inside the build root, where it sees the host's
# files (root_view_args), and the user's locale variables unchanged.
in_env() {
    if host_is_native; then
        "$@"
        return
    fi
    ensure_root
    local root
    root=$(root_dir)
    ensure_root_locales "$root"
    local args=(--bind "$root" / --dev /dev --proc /proc)
    local line
    while IFS= read -r line; do
        args+=("$line")
    done < <(root_view_args "$@")
    local envs=(--setenv HOME "$HOME"
                --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                --setenv FONTCONFIG_FILE "$(root_fontconfig)")
    # With no locale at all, C.UTF-8 for the character type alone, so that Qt
    # does not fall back to ASCII; a person's own settings pass unchanged.
    [ -n "${LC_ALL:-}${LC_CTYPE:-}${LANG:-}" ] || envs+=(--setenv LC_CTYPE C.UTF-8)
    bwrap "${args[@]}" --chdir "$PWD" "${envs[@]}" "$@"
}

build_dir() { printf '%s/build/%s' "$ANNALIST_REPO" "${1:-default}"; }

# Configures (once) and builds. Extra arguments go to cmake at configure time.
build() {
    local dir=$1; shift
    if [ ! -f "$dir/build.ninja" ]; then
        local launcher=()
        # ccache, where it is there, makes a rebuild in a second clone or work
        # tree of the repository cheap: paths are made relative to the folder
        # that holds the clone, so two clones share their objects.
        in_env sh -c 'command -v ccache' >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        in_env cmake -S "$ANNALIST_REPO" -B "$dir" -G Ninja "${launcher[@]}" "$@" >&2
    fi
    CCACHE_BASEDIR=$(dirname "$ANNALIST_REPO") CCACHE_NOHASHDIR=1 in_env cmake --build "$dir" >&2
}
