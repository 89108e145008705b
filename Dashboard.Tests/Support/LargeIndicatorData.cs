using System.Globalization;
using System.Text;

namespace Dashboard.Tests.Support;

/// <summary>
/// Generates one indicator with many valid observations into a data folder of the contract: <c>bulk-series</c>, a
/// monthly line for China, Russia and generated entities <c>G0001</c>… (so China sorts before them and Russia after),
/// entities × months rows from 1960-01. Tests use a few thousand rows (more than every cap: rows a chart reads, table
/// rows per page, API page size); <c>bench/answers.sh</c> writes 760,000 with the same code (bench/LargeData).
/// Deterministic; no randomness.
/// </summary>
public static class LargeIndicatorData
{
    public const string IndicatorId = "bulk-series";

    /// <summary>The generated entity codes, G0001…, after CHN and RUS.</summary>
    public static string GeneratedCode(int n) => "G" + n.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>
    /// Adds the indicator, the generated entities and <c>observations/bulk.csv</c> (<paramref name="entities"/> ×
    /// <paramref name="months"/> rows, citing <paramref name="source"/>) to the data folder at <paramref name="folder"/>,
    /// whose <c>indicators.csv</c> and <c>entities.csv</c> exist and hold CHN and RUS. Returns the number of rows.
    /// </summary>
    public static int AppendTo(string folder, int entities, int months, string source)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(entities, 3);
        File.AppendAllText(Path.Combine(folder, "indicators.csv"),
            $"{IndicatorId},Bulk series,units,economic,A generated indicator with many rows.,line,,\n");
        var codes = new List<string> { "CHN", "RUS" };
        var definitions = new StringBuilder();
        for (var n = 1; n <= entities - 2; n++)
        {
            codes.Add(GeneratedCode(n));
            definitions.Append(GeneratedCode(n)).Append(",Generated ").Append(n.ToString(CultureInfo.InvariantCulture)).Append(",other,\n");
        }

        File.AppendAllText(Path.Combine(folder, "entities.csv"), definitions.ToString());
        Directory.CreateDirectory(Path.Combine(folder, "observations"));
        using var writer = new StreamWriter(Path.Combine(folder, "observations", "bulk.csv"), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine("indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note");
        var line = new StringBuilder(128);
        for (var e = 0; e < codes.Count; e++)
        {
            for (var m = 0; m < months; m++)
            {
                var period = (1960 + (m / 12)).ToString(CultureInfo.InvariantCulture) + "-" + ((m % 12) + 1).ToString("D2", CultureInfo.InvariantCulture);
                var value = ((e * 37) + (m * 11)) % 1000 / 10.0;
                line.Clear().Append(IndicatorId).Append(',').Append(codes[e]).Append(",,").Append(period).Append(",,")
                    .Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(source).Append(",generated table ")
                    .Append((e + 1).ToString(CultureInfo.InvariantCulture)).Append(",stated,,");
                writer.WriteLine(line);
            }
        }

        return codes.Count * months;
    }
}
