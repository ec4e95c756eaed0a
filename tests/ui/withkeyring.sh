#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command against a real Secret Service of its own: a private D-Bus session bus with gnome-keyring
# on it, its login keyring created and unlocked with a throwaway password. Nothing of the caller's
# desktop session (bus, keyring daemon, keyrings) is seen or touched, and everything goes when it ends.
#   tests/ui/withkeyring.sh COMMAND [ARG...]
# Limit: BACKROOM_KEYRING_TIMEOUT seconds (default 120) for the whole run.
set -eu

for tool in dbus-run-session dbus-send gnome-keyring-daemon secret-tool timeout mktemp od; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "withkeyring.sh: $tool is missing; install the Debian packages dbus, gnome-keyring and libsecret-tools (make deps)." >&2
        exit 1
    fi
done
[ "$#" -gt 0 ] || { echo "usage: withkeyring.sh COMMAND [ARG...]" >&2; exit 2; }

# Always a fresh runtime directory (mktemp -d makes it 0700): with the caller's, gnome-keyring-daemon would
# find and unlock the desktop's own daemon through its control socket instead of starting ours; without
# one (unset, or pointing nowhere, as for root or in CI) it would fall back to ~/.cache.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/backroom-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 0700 "$scratch/run" "$scratch/data" "$scratch/config" "$scratch/cache"

export XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache"
# No prompt may wait for a person: without a display gcr-prompter gives up at once. Without desktop hints
# QtKeychain picks the Secret Service (on KDE 4 it would go straight to KWallet).
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL \
    XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID
export BACKROOM_TEST_KEYRING="$scratch"

# A random password, handed over in the environment and on standard input, never on a command line.
# --unlock creates the login keyring, the default collection, on first use. The daemon stays in the
# foreground, in this run's process group, so that it is stopped with the run whatever way the run ends.
BACKROOM_KEYRING_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export BACKROOM_KEYRING_PASSWORD
timeout --kill-after=5 "${BACKROOM_KEYRING_TIMEOUT:-120}" dbus-run-session -- sh -c '
    printf %s "$BACKROOM_KEYRING_PASSWORD" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
    keyring=$!
    unset BACKROOM_KEYRING_PASSWORD
    trap "kill $keyring 2>/dev/null" EXIT
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 150 ] || ! kill -0 "$keyring" 2>/dev/null; then
            echo "withkeyring.sh: gnome-keyring-daemon did not start within 15 s" >&2
            exit 1
        fi
        sleep 0.1
    done
    "$@"' withkeyring "$@" &
run=$!
# In the background so that a signal to this script (Ctrl+C, a killed ctest) ends the run at once: the shell
# would otherwise act on it only after the run ends. timeout passes it on to everything it started.
trap 'kill -TERM "$run" 2>/dev/null' INT TERM HUP
status=0
wait "$run" || status=$?
while kill -0 "$run" 2>/dev/null; do
    status=0
    wait "$run" || status=$?
done
exit "$status"
