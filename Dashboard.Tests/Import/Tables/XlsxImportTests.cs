using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;
using Dashboard.Tests.Support;
using static Dashboard.Tests.Support.XlsxBuilder;

namespace Dashboard.Tests.Import.Tables;

/// <summary>
/// Excel workbooks through the same engine as CSV: shared and inline strings, rich text, omitted cells, cells without
/// references, rows out of order, date formats, formulas' cached results, sheet choice, and every error at its cell.
/// </summary>
public sealed class XlsxImportTests : IDisposable
{
    private readonly UploadStore _store = new();

    public void Dispose() => _store.Dispose();

    private const string ContractHeader = "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note";

    private static readonly string[] Columns = ContractHeader.Split(',');

    /// <summary>The contract's header as shared strings 0–10; data cells follow.</summary>
    private static string HeaderRow() => Row(1, Columns.Select((c, i) => Shared(Cell(i, 1), i)).ToArray());

    private static string Cell(int column, int row) => XlsxTableSource.ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Run_OwidSheetWithSharedStringsGapsAndRowsOutOfOrder_StoresNumbersAsStored()
    {
        string[] strings = ["Entity", "Code", "Year", "AI papers per million", "Kazakhstan", "KAZ", "Kyrgyzstan", "KGZ"];
        var data = Row(1, Shared("A1", 0), Shared("B1", 1), Shared("C1", 2), Shared("D1", 3))
            // Row 4 is written before row 2; row 3 is missing (empty rows are omitted); D2's cell comes before A2.
            + Row(4, Shared("A4", 6), Shared("B4", 7), Number("C4", "2021"), Number("D4", "0.1"))
            + Row(2, Number("D2", "1234.5678901234"), Shared("A2", 4), Shared("B2", 5), Number("C2", "2020"));

        var report = _store.Run(Build([new("Data", data)], strings), "ai-papers.xlsx");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("Our World in Data grapher CSV", report.Format);
        Assert.Equal("read as an Excel workbook, sheet 'Data' (its only sheet), numbers as stored in the cells", report.Dialect);
        Assert.Equal(1234.5678901234, _store.Value("ai-papers", "KAZ", "2020"));
        Assert.Equal(0.1, _store.Value("ai-papers", "KGZ", "2021"));
        using var c = _store.Open();
        Assert.Equal(4, c.ExecuteScalar<int>("SELECT line FROM observations WHERE dataset_id = 'ai-papers' AND entity_code = 'KGZ'"));
    }

    [Fact]
    public void Run_InlineAndRichTextWithoutCellReferences_ReadInOrder()
    {
        // No r attributes on the cells: each follows the one before. The note is rich text (two runs).
        static string Plain(string text) => $"<c t=\"inlineStr\"><is><t>{text}</t></is></c>";
        var header = "<row r=\"1\">" + string.Concat(Columns.Select(Plain)) + "</row>";
        var row = "<row r=\"2\">" + Plain("top500-systems") + Plain("KAZ") + "<c/>" + Plain("2019-11") + "<c/>" + "<c><v>2</v></c>"
                  + Plain("paper") + Plain("t1") + Plain("stated") + "<c/>" + "<c t=\"inlineStr\"><is><r><t>first </t></r><r><rPr><b/></rPr><t>list</t></r></is></c></row>";

        var report = _store.Run(Build([new("Sheet1", header + row)]), "inline.xlsx");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(2, _store.Value("top500-systems", "KAZ", "2019-11"));
        using var c = _store.Open();
        Assert.Equal("first list", c.ExecuteScalar<string>("SELECT note FROM observations WHERE dataset_id = 'inline'"));
    }

    [Fact]
    public void Run_DateCellsAndFormulas_PeriodsOfTheFormatsPrecisionAndCachedResults()
    {
        // Style 1: custom "mmm-yy" (a month); style 2: "yyyy" (a year). 43770 = 2019-11-01; 43466 = 2019-01-01.
        var numFmts = "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"mmm\\-yy\"/><numFmt numFmtId=\"165\" formatCode=\"yyyy\"/></numFmts>";
        var xfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>";
        string Data(int r, string indicator, string entity, string period, string value) => Row(r,
            Inline(Cell(0, r), indicator), Inline(Cell(1, r), entity), period, value,
            Inline(Cell(6, r), "paper"), Inline(Cell(7, r), "t1"), Inline(Cell(8, r), "stated"));
        var rows = HeaderRow()
            + Data(2, "top500-systems", "KAZ", Number("D2", "43770", style: 1), $"<c r=\"F2\"><f>1+1</f><v>2</v></c>")
            + Data(3, UploadStore.Unbounded, "KGZ", Number("D3", "43466.75", style: 2), $"<c r=\"F3\"><f>SUM(A1:A2)</f><v>1234.5</v></c>");

        var report = _store.Run(Build([new("Data", rows)], Columns, numFmts, xfs), "dates.xlsx");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(2, _store.Value("top500-systems", "KAZ", "2019-11"));
        Assert.Equal(1234.5, _store.Value(UploadStore.Unbounded, "KGZ", "2019"));
    }

    [Fact]
    public void Run_FormulaWithoutResultTextNumberAndUnknownEntity_EveryErrorAtItsCellAndStoreUnchanged()
    {
        var xfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>";
        string Data(int r, string entity, string period, string value) => Row(r,
            Inline(Cell(0, r), "top500-systems"), Inline(Cell(1, r), entity), period, value,
            Inline(Cell(6, r), "paper"), Inline(Cell(7, r), "t1"), Inline(Cell(8, r), "stated"));
        var rows = HeaderRow()
            + Data(2, "KAZ", Inline("D2", "2019-11"), "<c r=\"F2\"><f>A1*2</f></c>")
            + Data(3, "KGZ", Inline("D3", "2019-11"), Inline("F3", "12,5"))
            + Data(4, "XXX", Inline("D4", "2019-11"), Number("F4", "1"))
            + Data(5, "USA", Number("D5", "43770", style: 1), Number("F5", "1"));

        var report = _store.Reject(Build([new("My data", rows)], Columns, null, xfs), "bad.xlsx");

        var errors = report.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("bad.xlsx 'My data'!F2: is a formula without a stored result (open the file in Excel or LibreOffice and save it, so the results are stored)", errors);
        Assert.Contains("bad.xlsx 'My data'!F3, column value: '12,5' is not a number (use '.' as decimal separator)", errors);
        Assert.Contains("bad.xlsx 'My data'!B4, column entity: 'XXX' is not a known entity (neither in the store nor defined by the file)", errors);
        Assert.Contains(errors, e => e.StartsWith("bad.xlsx 'My data'!D5, column period: '2019-11-01' is not a period", StringComparison.Ordinal));
        Assert.Equal("'My data'!F3", report.Errors.Single(e => e.Value == "12,5").Cell);
    }

    [Fact]
    public void Run_SheetChoice_FirstVisibleByDefaultOrByNameOrNumber()
    {
        string[] strings = ["Entity", "Code", "Year", "Value", "Kazakhstan", "KAZ"];
        string Sheet(string value) => Row(1, Shared("A1", 0), Shared("B1", 1), Shared("C1", 2), Shared("D1", 3))
                                      + Row(2, Shared("A2", 4), Shared("B2", 5), Number("C2", "2020"), Number("D2", value));
        var workbook = Build([new("Hidden", Sheet("1"), "hidden"), new("Shown", Sheet("2")), new("Third", Sheet("3"))], strings);

        var first = _store.Run(workbook, "wb.xlsx", dryRun: true);
        var byName = _store.Run(workbook, "wb.xlsx", dialect: new DialectOptions { Sheet = "third" });
        var missing = _store.Reject(workbook, "wb.xlsx", dialect: new DialectOptions { Sheet = "Nope" });

        Assert.Equal("read as an Excel workbook, sheet 'Shown' (first visible of 3: Hidden, Shown, Third), numbers as stored in the cells", first.Dialect);
        Assert.True(byName.Applied, UploadStore.Errors(byName));
        Assert.Equal(3, _store.Value("wb", "KAZ", "2020"));
        Assert.Equal("wb.xlsx, column sheet: 'Nope' is not a sheet of this workbook (its sheets: Hidden, Shown, Third)", Assert.Single(missing.Errors).ToString());
        var byNumber = _store.Run(workbook, "wb.xlsx", dialect: new DialectOptions { Sheet = "1" });
        Assert.True(byNumber.Applied, UploadStore.Errors(byNumber));
        Assert.Equal(1, _store.Value("wb", "KAZ", "2020"));
    }

    [Fact]
    public void Run_CountryTableWorkbookWithYearColumns_ImportsTheNamedIndicator()
    {
        string[] strings = ["Country", "Kazakhstan", "Kyrgyz Republic", ".."];
        var rows = Row(1, Shared("A1", 0), Number("B1", "2021"), Number("C1", "2019"))
                   + Row(2, Shared("A2", 1), Number("B2", "10.5"), Number("C2", "9"))
                   + Row(3, Shared("A3", 2), Shared("B3", 3), Number("C3", "4"));

        var report = _store.Run(Build([new("Sheet1", rows)], strings), "gdp.xlsx", sourceId: "paper",
            indicator: new TableIndicator { Id = "gdp-growth", Name = "GDP growth", Unit = "%" });

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(10.5, _store.Value("gdp-growth", "KAZ", "2021"));
        Assert.Equal(4, _store.Value("gdp-growth", "KGZ", "2019"));
        Assert.Equal(3, report.RowCount);
    }

    [Fact]
    public void Run_NotAWorkbook_ClearErrorsAndStoreUnchanged()
    {
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            entry.Write("not a workbook");
        }

        var old = _store.Reject(xls, "old.xls");
        var other = _store.Reject(zip.ToArray(), "other.xlsx");

        Assert.Equal("old.xls: is an Excel 97–2003 workbook (.xls): save it as .xlsx (Excel Workbook) or as CSV UTF-8", Assert.Single(old.Errors).ToString());
        Assert.StartsWith("other.xlsx: is a ZIP file but not an Excel workbook", Assert.Single(other.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SheetUnpackingBeyondTheBound_RefusedBeforeReadingIt()
    {
        // About 2 MB of sheet XML that compresses to a few kilobytes: read with a 1 MB bound, it is refused.
        var padding = string.Concat(Enumerable.Repeat("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>", 40_000));
        var bomb = Build([new("Sheet1", padding)]);
        var errors = new ErrorList();

        var table = XlsxTableSource.Open(new MemoryStream(bomb), "bomb.xlsx", DialectOptions.Detect, errors, new XlsxBudget { MaxSheetBytes = 1_000_000 });

        Assert.Null(table);
        Assert.True(bomb.Length < 100_000, $"the workbook is {bomb.Length} bytes");
        Assert.Matches(@"^bomb\.xlsx: sheet 'Sheet1' unpacks to 2,[0-9,]+ bytes of XML \(from [0-9,]+ in the file\), more than an import reads \(1,000,000, Admin:XlsxBudget:MaxSheetBytes\)",
            Assert.Single(errors.Items).ToString());
    }

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "xlsx", name));

    [Fact]
    public void Run_WorkbookWrittenByOpenpyxl_CountryTableWithYearsAsNumbersAndNoDataMarks()
    {
        var report = _store.Run(Fixture("openpyxl-country-table.xlsx"), "openpyxl-country-table.xlsx", sourceId: "paper",
            indicator: new TableIndicator { Id = "test-series", Name = "Test series", Unit = "%" });

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("read as an Excel workbook, sheet 'Data' (first of 2: Data, Metadata), numbers as stored in the cells", report.Dialect);
        Assert.Equal(10.25, _store.Value("test-series", "KAZ", "2021"));
        Assert.Equal(9.5, _store.Value("test-series", "KAZ", "2019"));
        Assert.Equal(2.75, _store.Value("test-series", "KGZ", "2020"));
        Assert.Equal(4, report.RowCount);
    }

    [Fact]
    public void Run_WorkbookWrittenByOpenpyxl_FormulaWithoutResultIsAnErrorAtItsCellAndDatesAreMonths()
    {
        var report = _store.Reject(Fixture("openpyxl-formula-without-result.xlsx"), "openpyxl.xlsx");

        Assert.Equal("openpyxl.xlsx Observations!F3: is a formula without a stored result (open the file in Excel or LibreOffice and save it, so the results are stored)",
            Assert.Single(report.Errors).ToString());
        Assert.Equal(1, report.RowCount);
    }
}

