#!/usr/bin/env bash
# The layer check (docs/architecture.md §2): every #include must point down the arrows
#   app → ui → core → store → domain        (app and ui never reach the store)
# and SQL (QSql*) is written only in store/. Usage: check_layers.sh SOURCE_ROOT [EXCEPTIONS]
#
# Layers by path: models/core and models/domain are "domain", store/ is "store", the rest of
# models/ is "core", ui/ is "ui", app/ is "app". A core header may not include a store header
# (core links the store PRIVATE, so what a core header exposes must be reachable from ui/).
# The store's internal headers, store/store/{sql,sqlite,postgres}/ (the connection, query errors,
# the engines' dialects, the schema check: Qt SQL types), are for the store alone: the core uses the public store
# headers, which name no Qt SQL type, and a core file that includes one is a finding too.
# EXCEPTIONS lists "FILE -> INCLUDE" lines still allowed during a transition; a listed line
# that no longer occurs is an error too, so the list can only shrink.
set -uo pipefail
shopt -s extglob
root=${1:?source root}
exceptions=${2:-}
cd "$root" || exit 2

# Both helpers set a variable instead of printing: the loop below runs them for every
# include of every file, and a subshell each time made the check take twenty seconds.
layer_of_path() { # PATH -> $layer
  case "$1" in
    models/core/* | models/domain/*) layer=domain ;;
    store/*) layer=store ;;
    models/*) layer=core ;;
    ui/*) layer=ui ;;
    app/*) layer=app ;;
    *) layer=other ;;
  esac
}

# Which file a quoted include names, seen from FILE: its own folder first, then each root.
resolve() { # FILE INCLUDE -> $target ("" when it is not a project file)
  local dir=${1%/*} candidate
  target=
  for candidate in "$dir/$2" "models/$2" "store/$2" "ui/$2" "app/$2"; do
    if [ -f "$candidate" ]; then
      target=${candidate#./}
      return
    fi
  done
}

allowed() { # FROM TO
  case "$1:$2" in
    domain:domain) return 0 ;;
    store:store | store:domain) return 0 ;;
    core:core | core:domain | core:store) return 0 ;;
    ui:ui | ui:core | ui:domain) return 0 ;;
    app:app | app:ui | app:core | app:domain) return 0 ;;
  esac
  return 1
}

found=$(mktemp)
trap 'rm -f "$found"' EXIT

while IFS= read -r file; do
  layer_of_path "$file"
  from=$layer
  while IFS= read -r inc; do
    resolve "$file" "$inc"
    [ -n "$target" ] || continue
    layer_of_path "$target"
    to=$layer
    if ! allowed "$from" "$to"; then
      echo "$file -> $inc ($from must not include $to)" >>"$found"
    elif [ "$from" != store ] && [[ "$target" == store/store/@(sql|sqlite|postgres)/* ]]; then
      echo "$file -> $inc (a store-internal header: only the store uses the database directly)" >>"$found"
    elif [ "$from:$to" = core:store ] && [[ "$file" == *.h ]]; then
      echo "$file -> $inc (a core header must not expose the store)" >>"$found"
    fi
  done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$file")
  if { [ "$from" = ui ] || [ "$from" = app ]; } &&
    grep -qE '(shared_ptr|unique_ptr|weak_ptr)<(const )?Database>|^class Database;|\bDatabase ?[&*]' "$file"; then
    echo "$file -> Database (ui and app reach the data through core services)" >>"$found"
  fi
  if [ "$from" != store ] && grep -qE '\bQSql[A-Za-z]*\b|<QtSql' "$file"; then
    echo "$file -> QSql (SQL is written only in store/)" >>"$found"
  fi
done < <(find models store ui app \( -name '*.h' -o -name '*.cpp' \) -type f 2>/dev/null | sort)

status=0
sort -u "$found" -o "$found"
while IFS= read -r line; do
  key=${line% (*}
  if [ -n "$exceptions" ] && grep -qxF "$key" "$exceptions"; then
    continue
  fi
  echo "wrong-way: $line"
  status=1
done <"$found"

if [ -n "$exceptions" ]; then
  while IFS= read -r key; do
    case "$key" in '' | '#'*) continue ;; esac
    if ! grep -q "^$(printf '%s' "$key" | sed 's/[][\.*^$/]/\\&/g') (" "$found"; then
      echo "stale exception (remove it from $(basename "$exceptions")): $key"
      status=1
    fi
  done <"$exceptions"
fi

count=$(wc -l <"$found")
echo "layer check: $count wrong-way includes found, status $status"
exit $status
