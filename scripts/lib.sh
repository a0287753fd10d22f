# Sourced by scripts/setup and test: named steps with their time, and a failing step named.
# Under `set -e` a failed command ends the script; the ERR/EXIT traps make sure it does not end
# silently: the step that was running and the command's status are printed.
current_step=""
step_started=$SECONDS

elapsed() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

step() {
  current_step="$*"
  step_started=$SECONDS
  printf '\n==> %s\n' "$current_step"
}

done_step() {
  printf '    done: %s (%s)\n' "$current_step" "$(elapsed $((SECONDS - step_started)))"
  current_step=""
}

# Installs Debian packages, through sudo when not root (set-up, and check-scripts for shellcheck).
apt_install() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

on_exit() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    if [ -n "$current_step" ]; then
      printf '\n!!! FAILED (exit %d) in step: %s, after %s\n' "$status" "$current_step" \
        "$(elapsed $((SECONDS - step_started)))" >&2
    else
      printf '\n!!! FAILED (exit %d) in %s, outside any named step\n' "$status" "$0" >&2
    fi
  fi
}
trap on_exit EXIT
