using System.Collections.Frozen;
using System.Globalization;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// The indicators a format defines itself (SIPRI's TIV deliveries, TOP500's systems and Rmax share), as data: the
/// embedded <c>reader-indicators.csv</c>, in the columns of <c>data/indicators.csv</c>.
/// </summary>
public static class ReaderIndicators
{
    private static readonly FrozenDictionary<string, Indicator> ById = Load();

    /// <summary>The definition of a format's own indicator.</summary>
    public static Indicator Get(string id) => ById[id];

    private static FrozenDictionary<string, Indicator> Load()
    {
        using var stream = typeof(ReaderIndicators).Assembly.GetManifestResourceStream("Dashboard.Data.Import.Formats.reader-indicators.csv")!;
        using var reader = new StreamReader(stream);
        using var csv = new CsvHelper.CsvParser(reader, CultureInfo.InvariantCulture);
        var indicators = new List<Indicator>();
        csv.Read();
        while (csv.Read())
        {
            var r = csv.Record!;
            indicators.Add(new Indicator
            {
                Id = r[0],
                Name = r[1],
                Unit = r[2],
                Dimension = r[3],
                Description = r[4],
                ChartKind = r[5],
                MinValue = r[6].Length == 0 ? null : double.Parse(r[6], CultureInfo.InvariantCulture),
                MaxValue = r[7].Length == 0 ? null : double.Parse(r[7], CultureInfo.InvariantCulture),
                DisplayPrecision = r[8],
                MissingMeansZero = r[9] == "yes",
                MapClasses = r[10].Length == 0 ? "equal" : r[10],
            });
        }

        return indicators.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
    }
}
