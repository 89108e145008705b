using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Tests.Support;

/// <summary>
/// Writes .xlsx workbooks part by part from raw SpreadsheetML, so tests can give them every shape real files have:
/// shared or inline strings, rich text, styles with date formats, omitted cells, cells without references, rows out
/// of order, formulas with and without cached results, hidden sheets.
/// </summary>
public static class XlsxBuilder
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public sealed record Sheet(string Name, string SheetData, string? State = null);

    public static byte[] Build(IReadOnlyList<Sheet> sheets, IReadOnlyList<string>? sharedStrings = null, string? numFmts = null, string? cellXfs = null, bool date1904 = false)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var entries = new StringBuilder();
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                Feed(part, $"<worksheet xmlns=\"{Main}\"><sheetData>{sheets[i].SheetData}</sheetData></worksheet>");
                var state = sheets[i].State is null ? string.Empty : $" state=\"{sheets[i].State}\"";
                entries.Append($"<sheet name=\"{sheets[i].Name}\" sheetId=\"{i + 1}\"{state} r:id=\"{workbook.GetIdOfPart(part)}\"/>");
            }

            if (sharedStrings is not null)
            {
                var sst = workbook.AddNewPart<SharedStringTablePart>();
                Feed(sst, $"<sst xmlns=\"{Main}\" count=\"{sharedStrings.Count}\" uniqueCount=\"{sharedStrings.Count}\">{string.Concat(sharedStrings.Select(s => s.StartsWith('<') ? $"<si>{s}</si>" : $"<si><t>{s}</t></si>"))}</sst>");
            }

            if (cellXfs is not null)
            {
                var styles = workbook.AddNewPart<WorkbookStylesPart>();
                Feed(styles, $"<styleSheet xmlns=\"{Main}\">{numFmts}<cellXfs>{cellXfs}</cellXfs></styleSheet>");
            }

            var properties = date1904 ? "<workbookPr date1904=\"1\"/>" : string.Empty;
            Feed(workbook, $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\">{properties}<sheets>{entries}</sheets></workbook>");
        }

        return output.ToArray();
    }

    /// <summary>A row of cells given as (reference, type, value); type "s" shared string index, "inlineStr", "n" or null number, "str", "b".</summary>
    public static string Row(int number, params string[] cells) => $"<row r=\"{number}\">{string.Concat(cells)}</row>";

    public static string Number(string reference, string value, int? style = null) =>
        $"<c r=\"{reference}\"{(style is null ? string.Empty : $" s=\"{style}\"")}><v>{value}</v></c>";

    public static string Shared(string reference, int index) => $"<c r=\"{reference}\" t=\"s\"><v>{index}</v></c>";

    public static string Inline(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(stream);
    }
}
