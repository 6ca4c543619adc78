#!/usr/bin/env bash
# The GitHub Action's steps (action.yml), one per subcommand:
#   action.sh install   install translint from the action's own checkout
#                       ($GITHUB_ACTION_PATH): runtime dependencies only, no
#                       install scripts; the CLI bundle is committed there
#   action.sh lint      run it on $TRANSLINT_PATHS with SARIF output
# Outputs go to $GITHUB_OUTPUT: exit-code and sarif-written ("true" when the
# report file was written). Inputs come from the environment, never from the
# script text; paths and args are split on white space and never expanded by
# the shell (translint expands globs itself, with ** across folders).
set +e -uo pipefail

fail() {
  echo "::error title=translint::$1"
  exit 1
}

action_path="${GITHUB_ACTION_PATH:-}"
[ -n "$action_path" ] && [ -f "$action_path/package.json" ] || fail "the action's checkout was not found (GITHUB_ACTION_PATH='${action_path}')"
cli="$action_path/bin/translint.js"

case "${1:-}" in
  install)
    echo "Installing translint's runtime dependencies in $action_path"
    if ! (cd "$action_path" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund); then
      fail "installing translint from $action_path failed (npm ci, see the log above); nothing was linted"
    fi
    if ! version=$(node "$cli" --version); then
      fail "translint was installed in $action_path but does not start (see the log above); nothing was linted"
    fi
    echo "translint $version ready"
    ;;
  lint)
    [ -f "$cli" ] || fail "translint is not installed in $action_path (the install step did not run); nothing was linted"
    sarif="${TRANSLINT_SARIF:-translint.sarif}"
    IFS=$' \t\n' read -r -d '' -a paths <<<"${TRANSLINT_PATHS:-.}" || true
    IFS=$' \t\n' read -r -d '' -a args <<<"${TRANSLINT_ARGS:-}" || true
    [ "${#paths[@]}" -gt 0 ] || paths=(.)
    rm -f -- "$sarif"
    node "$cli" --format sarif --output-file "$sarif" "${args[@]}" -- "${paths[@]}"
    code=$?
    echo "exit-code=$code" >>"$GITHUB_OUTPUT"
    if [ -s "$sarif" ] && [ "$code" -le 1 ]; then
      echo "sarif-written=true" >>"$GITHUB_OUTPUT"
    else
      echo "sarif-written=false" >>"$GITHUB_OUTPUT"
    fi
    if [ "$code" -ge 2 ]; then
      echo "::error title=translint::translint stopped with exit code $code (usage, configuration or input error; see the log above)"
    fi
    exit 0
    ;;
  *)
    fail "usage: action.sh install|lint"
    ;;
esac
