using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dashboard.Web.Charts.Files;

/// <summary>
/// Writes the rows a chart shows as CSV: UTF-8 with a BOM (so Excel detects the encoding), invariant culture, one
/// header row (no comment block, so it round-trips). Text cells beginning with = + - @, tab or CR are neutralised
/// with a leading apostrophe against formula injection; numeric cells are written as numbers and stay numeric.
/// </summary>
public static class ChartCsv
{
    private static readonly char[] Dangerous = ['=', '+', '-', '@', '\t', '\r'];

    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// Writes the rows to <paramref name="output"/> one at a time (asynchronously, so it can be an HTTP response body):
    /// nothing but the current row is held, and the rows are read as they are written (see <see cref="ChartRows.Of"/>).
    /// </summary>
    public static async Task WriteAsync(ChartRows table, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Neutralised here, per cell type, because CsvHelper's own escaping would also touch numbers like -5.
            InjectionOptions = InjectionOptions.None,
            NewLine = "\r\n",
        });
        foreach (var column in table.Columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        foreach (var row in table.Rows)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var cell in row)
            {
                csv.WriteField(Cell(cell));
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        await writer.FlushAsync(ct);
    }

    /// <summary>The CSV text of one cell.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        string s => Neutralise(s),
        IFormattable other => Neutralise(other.ToString(null, CultureInfo.InvariantCulture)),
        _ => Neutralise(value.ToString() ?? ""),
    };

    public static string Neutralise(string text) =>
        text.Length > 0 && Array.IndexOf(Dangerous, text[0]) >= 0 ? "'" + text : text;
}
