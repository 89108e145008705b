#!/usr/bin/env python3
"""Writes the upload-memory benchmark's files into a folder (bench/upload-memory.sh):
  wdi-50mb.csv        a World Bank bulk CSV of ~50 MB (real ISO countries x generated indicator codes x 1960-2023)
  databank-250mb.xlsx a DataBank-style workbook whose sheet XML is ~250 MB (numbers, shared strings)
  bomb.xlsx           ~1 MB of ZIP whose sheet unpacks to 261 M characters of one-digit cells (issue 23's bomb)
  owid-50mb.csv       an Our World in Data grapher CSV of ~50 MB (real ISO countries and regions x 1800-2023 x 95 value columns)
Usage: make-upload-files.py OUT_DIR"""
import json, os, sys, zipfile, random
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
iso = [c for c in json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']]
countries = [(c.get('common_name', c['name']).replace('"', ''), c['alpha_3']) for c in iso]
years = list(range(1960, 2024))
rnd = random.Random(7)

def value():
    return f"{rnd.uniform(0, 100000):.6f}"

# 1. ~50 MB World Bank bulk CSV.
path = os.path.join(out, 'wdi-50mb.csv')
with open(path, 'w', encoding='utf-8', newline='') as f:
    f.write('"Data Source","World Development Indicators",\n\n"Last Updated Date","2024-12-16",\n\n')
    f.write('"Country Name","Country Code","Indicator Name","Indicator Code",' + ','.join(f'"{y}"' for y in years) + ',\n')
    i = 0
    while f.tell() < 50 * 1000 * 1000:
        code = f"BX.GEN.{i:05d}.ZS"
        for name, a3 in countries:
            f.write(f'"{name}","{a3}","Generated indicator {i} (% of GDP)","{code}",' + ','.join(f'"{value()}"' for _ in years) + ',\n')
        i += 1
print(path, os.path.getsize(path))

def workbook(path, sheet_rows, shared):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + ''.join(f'<si><t>{s}</t></si>' for s in shared) + '</sst>')
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as w:
            w.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            for chunk in sheet_rows():
                w.write(chunk.encode())
            w.write(b'</sheetData></worksheet>')

def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

# 2. DataBank-style sheet of ~250 MB.
names = ['Series Name', 'Series Code', 'Country Name', 'Country Code'] + [f'{y} [YR{y}]' for y in years]
shared = list(names) + [n for n, _ in countries] + [a for _, a in countries]
series_base = len(shared)
def databank_rows():
    written = 0
    yield '<row r="1">' + ''.join(f'<c r="{col(i)}1" t="s"><v>{i}</v></c>' for i in range(len(names))) + '</row>'
    r = 2
    s = 0
    while written < 250 * 1000 * 1000:
        for ci, (name, a3) in enumerate(countries):
            cells = [f'<c r="A{r}" t="inlineStr"><is><t>Generated series {s} (% of GDP)</t></is></c>', f'<c r="B{r}" t="inlineStr"><is><t>GEN.{s:05d}</t></is></c>',
                     f'<c r="C{r}" t="s"><v>{len(names) + ci}</v></c>', f'<c r="D{r}" t="s"><v>{len(names) + len(countries) + ci}</v></c>']
            # One decimal, as DataBank's rounded series often are: the workbook then fits the 50 MB upload limit.
            cells += [f'<c r="{col(4 + k)}{r}"><v>{rnd.randint(0, 99999) / 10}</v></c>' for k in range(len(years))]
            row = f'<row r="{r}">' + ''.join(cells) + '</row>'
            written += len(row)
            r += 1
            yield row
        s += 1
workbook(os.path.join(out, 'databank-250mb.xlsx'), databank_rows, shared)
print(os.path.join(out, 'databank-250mb.xlsx'), os.path.getsize(os.path.join(out, 'databank-250mb.xlsx')))

# 3. The bomb: one-digit cells without references, 261 M characters of sheet XML.
def bomb_rows():
    cell = '<c><v>1</v></c>'
    row = '<row>' + cell * 1000 + '</row>'
    total = 0
    while total < 261 * 1000 * 1000:
        total += len(row)
        yield row
workbook(os.path.join(out, 'bomb.xlsx'), bomb_rows, ['x'])
print(os.path.join(out, 'bomb.xlsx'), os.path.getsize(os.path.join(out, 'bomb.xlsx')))

# 4. ~50 MB OWID grapher CSV: many value columns, as OWID's wide downloads have, and regions without a code.
path = os.path.join(out, 'owid-50mb.csv')
with open(path, 'w', encoding='utf-8', newline='') as f:
    columns = [f'Generated series {k}' for k in range(95)]
    f.write('Entity,Code,Year,' + ','.join(columns) + '\n')
    for name, a3 in countries + [('World', 'OWID_WRL'), ('Asia (CSET)', '')]:
        for y in range(1800, 2024):
            quoted = f'"{name}"' if ',' in name else name
            f.write(f'{quoted},{a3},{y},' + ','.join(f'{rnd.uniform(0, 1000):.4f}' for _ in columns) + '\n')
print(path, os.path.getsize(path))
