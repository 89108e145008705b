using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;

namespace Dashboard.Data.Derive;

/// <summary>Writes observations in the data contract's column order (UTF-8 without BOM, LF, RFC 4180 quoting).</summary>
public static class ObservationCsv
{
    /// <summary>
    /// Writes the file. <paramref name="writtenAs"/> gives the text of a value copied from a source, so it is written as
    /// the source writes it ("0.0" stays "0.0"); it must parse to the value. Other values are written round-trip.
    /// </summary>
    public static void Write(string path, IEnumerable<Observation> observations, Func<Observation, string?>? writtenAs = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var column in TableColumns.Observations.All)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var o in observations)
        {
            csv.WriteField(o.IndicatorId);
            csv.WriteField(o.EntityCode);
            csv.WriteField(o.CounterpartCode ?? string.Empty);
            csv.WriteField(o.Period);
            csv.WriteField(o.PeriodAsStated ?? string.Empty);
            // "R": the shortest text that parses back to the same double, so values round-trip exactly.
            csv.WriteField(writtenAs?.Invoke(o) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed.Equals(o.Value)
                ? text
                : o.Value.ToString("R", CultureInfo.InvariantCulture));
            csv.WriteField(o.SourceId);
            csv.WriteField(o.Locator);
            csv.WriteField(o.Basis);
            csv.WriteField(o.DerivedFrom ?? string.Empty);
            csv.WriteField(o.Note ?? string.Empty);
            csv.NextRecord();
        }
    }
}
