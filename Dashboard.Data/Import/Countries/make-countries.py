#!/usr/bin/env python3
"""Writes countries.csv (embedded in Dashboard.Data) from Debian's iso-codes (ISO 3166-1 and -3) plus the spellings
the data portals use (aliases.txt beside this script). Run: python3 make-countries.py > countries.csv
Columns: code (alpha-3), alpha2, numeric (ISO 3166-1 = UN M49 for countries), status (current | former), names (|)."""
import json, sys, os
here = os.path.dirname(os.path.abspath(__file__))
iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
former = json.load(open('/usr/share/iso-codes/json/iso_3166-3.json'))['3166-3']
rows = {}
for c in iso:
    names = [c.get('common_name'), c['name'], c.get('official_name')]
    rows[c['alpha_3']] = [c['alpha_2'], c['numeric'], 'current', [n for n in names if n]]
# Kosovo has no ISO code: XK/XKX as the EU and the World Bank use them (no numeric code).
rows['XKX'] = ['XK', '', 'current', ['Kosovo']]
for c in former:
    if c['alpha_3'] in ('SUN', 'YUG', 'CSK', 'DDR', 'SCG', 'YMD'):
        rows[c['alpha_3']] = ['', c['numeric'], 'former', [c['name']]]
for line in open(os.path.join(here, 'aliases.txt'), encoding='utf-8'):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    code, _, names = line.partition(' ')
    # The portals' spellings first: the first name is the display name (the one users know), then ISO's.
    merged = []
    for n in [n.strip() for n in names.split('|')] + rows[code][3]:
        if n and n not in merged:
            merged.append(n)
    rows[code][3] = merged
out = sys.stdout
out.write('code,alpha2,numeric,status,names\n')
for code in sorted(rows):
    a2, num, status, names = rows[code]
    joined = '|'.join(names)
    out.write(f'{code},{a2},{num},{status},"{joined}"\n')
