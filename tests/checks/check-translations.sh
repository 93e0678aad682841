#!/usr/bin/env bash
# Both catalogues translate every string: nothing unfinished, nothing empty, and the .ts files
# are in step with the sources (lupdate would add nothing).
set -euo pipefail
cd "$(dirname "$0")/../.."
status=0
for ts in translations/saraban_lo.ts translations/saraban_en.ts; do
  python3 - "$ts" <<'PY' || status=1
import sys, xml.etree.ElementTree as ET
path = sys.argv[1]
root = ET.parse(path).getroot()
problems, count = [], 0
for context in root.iter('context'):
    name = context.findtext('name')
    for message in context.iter('message'):
        count += 1
        source = message.findtext('source')
        translation = message.find('translation')
        kind = translation.get('type')
        forms = [f.text for f in translation.iter('numerusform')] if message.get('numerus') == 'yes' else [translation.text]
        if kind in ('unfinished', 'vanished', 'obsolete') or not all(f and f.strip() for f in forms):
            problems.append(f'{name}: {source!r} ({kind or "empty"})')
for p in problems:
    print(f'{path}: {p}')
print(f'{path}: {count} strings, {len(problems)} not translated')
sys.exit(1 if problems or count == 0 else 0)
PY
done
# A fresh lupdate over the sources must find nothing new.
lupdate=/usr/lib/qt6/bin/lupdate
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
cp translations/saraban_lo.ts "$scratch/check.ts"
"$lupdate" -no-obsolete -locations none -I . core ui app -ts "$scratch/check.ts" >"$scratch/log" 2>&1
if grep -q 'type="unfinished"' "$scratch/check.ts"; then
  echo "check-translations: strings in the sources are missing from the catalogues; run translations/update.sh:"
  grep -B2 'type="unfinished"' "$scratch/check.ts" | grep '<source>' | head -20
  status=1
fi
exit $status
