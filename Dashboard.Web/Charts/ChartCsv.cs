using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dashboard.Web.Charts;

/// <summary>
/// Writes the rows a chart shows as CSV: UTF-8 with a BOM (so Excel detects the encoding), invariant culture, one
/// header row (no comment block, so it round-trips). Text cells beginning with = + - @, tab or CR are neutralised
/// with a leading apostrophe against formula injection; numeric cells are written as numbers and stay numeric.
/// </summary>
public static class ChartCsv
{
    private static readonly char[] Dangerous = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The chart's rows as CSV bytes (see <see cref="ChartRows.Of"/> for the columns).</summary>
    public static byte[] Write(ChartSpec spec) => Write(ChartRows.Of(spec));

    public static byte[] Write(ChartRows table)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Neutralised here, per cell type, because CsvHelper's own escaping would also touch numbers like -5.
            InjectionOptions = InjectionOptions.None,
            NewLine = "\r\n",
        }))
        {
            foreach (var column in table.Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Cell(cell));
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
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
