# Regenerates the openpyxl-*.xlsx fixtures (Debian python3-openpyxl 3.0.9): workbooks written by another producer
# than the tests' own XlsxBuilder, as users' scripts write them (shared strings, number formats, formulas
# without cached results, a second sheet). Run: /usr/bin/python3 make-fixtures.py
import datetime
import openpyxl

wb = openpyxl.Workbook()
data = wb.active
data.title = "Data"
data.append(["Country Name", "Country Code", 2021, 2019, 2020])
data.append(["Kazakhstan", "KAZ", 10.25, 9.5, "..", ])
data.append(["Kyrgyz Republic", "KGZ", 3, None, 2.75])
meta = wb.create_sheet("Metadata")
meta.append(["Source", "made-up test figures"])
wb.save("openpyxl-country-table.xlsx")

wb = openpyxl.Workbook()
sheet = wb.active
sheet.title = "Observations"
sheet.append(["indicator", "entity", "counterpart", "period", "period_as_stated", "value", "source", "locator", "basis", "derived_from", "note"])
sheet.append(["top500-systems", "KAZ", None, datetime.date(2019, 11, 1), None, 2, "paper", "t1", "stated", None, None])
sheet.append(["top500-systems", "KGZ", None, datetime.date(2019, 11, 1), None, "=1+1", "paper", "t1", "stated", None, None])
for row in (2, 3):
    sheet.cell(row=row, column=4).number_format = "yyyy-mm"
wb.save("openpyxl-formula-without-result.xlsx")
