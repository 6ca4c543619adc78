#!/bin/bash
# Findings of one build, normalised for diffing two builds (docs/performance.md):
#   bench/compare-findings.sh ROOT OUTDIR [SEEDS_DIR]
# ROOT: a built checkout (npm run build). Writes OUTDIR/{samples,fixtures,c10,c10-nopack,seeds}.txt
# as sorted 'file:line:col rule message' lines, OUTDIR/discover-{seeds,c1}.txt and OUTDIR/eval.txt.
set -e
R=$(cd "$1" && pwd); O=$2; SEEDS=${3:-}
mkdir -p "$O"
norm() { node -e '
const fs=require("fs"); const r=process.argv[1]; const j=JSON.parse(fs.readFileSync(0,"utf8"));
const out=[]; for (const f of j) for (const m of f.messages) out.push(`${f.filePath.replace(r,"ROOT")}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
out.sort(); process.stdout.write(out.join("\n")+"\n");' "$R"; }
D=$R/bench/.data/n10000
if [ ! -d "$D/c10" ] || [ ! -f "$R/bin/translint.js" ]; then
  echo "compare-findings: needs a built checkout and its bench corpus $D/c10: run npm ci, then node bench/run.mjs --quick, in $R" >&2
  exit 2
fi
NOPACK=$(mktemp --suffix=.yaml); echo 'packs: [libya, mt-common, mt-de, mt-en, mt-es, mt-fr, mt-it]' > "$NOPACK"
cd "$R"
node bin/translint.js -f json samples | norm > "$O/samples.txt" || true
node bin/translint.js -f json test/fixtures | norm > "$O/fixtures.txt" || true
node bin/translint.js -f json -c "$D/full.config.yaml" "$D/c10" | norm > "$O/c10.txt" || true
# the built-in packs only: the generated names are then name-consistency's to find
node bin/translint.js -f json -c "$NOPACK" "$D/c10" | norm > "$O/c10-nopack.txt" || true
node bin/translint.js discover "$D/c1" > "$O/discover-c1.txt" 2>&1 || true
if [ -n "$SEEDS" ]; then
  (cd "$SEEDS" && node "$R/bin/translint.js" -f json . | norm > "$O/seeds.txt") || true
  (cd "$SEEDS" && node "$R/bin/translint.js" discover . > "$O/discover-seeds.txt" 2>&1) || true
  [ -f "$SEEDS/../data/name-variants-dev.json" ] && node bench/eval-names.mjs "$SEEDS/../data/name-variants-dev.json" | sed -E 's/ *[0-9.]+ ms//' > "$O/eval.txt"
fi
rm -f "$NOPACK"
