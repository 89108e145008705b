using System.Globalization;
using System.Text;

namespace ImportBench;

/// <summary>
/// Writes a realistic data folder of the contract (<c>data/README.md</c>): sources, indicators and entities, and one
/// observations file of exactly <c>rows</c> rows with unique keys. Annual, monthly, bilateral (with counterpart) and
/// year-range series; quoted locators and notes with commas and doubled quotes; some derived rows. Deterministic.
/// </summary>
internal static class ObservationFileGenerator
{
    public const string DatasetId = "bench";

    private static readonly string[] RealCodes =
        ["KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN", "RUS", "USA", "IND", "TUR", "FRA", "DEU", "GBR", "ISR", "UKR", "BLR", "IRN", "PAK", "JPN", "KOR"];

    private static readonly string[] Suppliers = ["CHN", "RUS", "USA", "FRA", "DEU", "ISR", "TUR", "UKR"];

    private static readonly string[] Sources =
        ["sipri-at-2025", "wb-wdi-2025", "wb-ids-2025", "top500", "owid-cset", "imf-weo-2025", "un-comtrade", "kalkan-firat-2023",
         "aigs-index-2019", "carnegie-2019", "oecd-ai", "itu-ict-2024"];

    private enum Shape
    {
        Annual,
        Monthly,
        Bilateral,
        Range,
    }

    /// <summary>Writes the folder; returns the path of the observations file.</summary>
    public static string WriteFolder(string folder, int rows, bool shuffle)
    {
        Directory.CreateDirectory(Path.Combine(folder, "observations"));
        var entities = EntityCodes(250);
        var indicators = Indicators();
        WriteSmallTables(folder, entities, indicators);

        var path = Path.Combine(folder, "observations", DatasetId + ".csv");
        var keys = Keys(indicators, entities).Take(rows).ToList();
        if (keys.Count < rows)
        {
            throw new InvalidOperationException($"the generator makes at most {keys.Count} unique keys");
        }

        if (shuffle)
        {
            // Worst case for index maintenance: keys in random order.
            new Random(7).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys));
        }

        var random = new Random(42);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine("indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note");
        var line = new StringBuilder(256);
        foreach (var (indicator, entity, counterpart, period) in keys)
        {
            line.Clear();
            var (id, shape, min, max) = indicator;
            var source = Sources[(id.Length + entity[0] + period.Length) % Sources.Length];
            line.Append(id).Append(',').Append(entity).Append(',').Append(counterpart).Append(',').Append(period).Append(',');
            if (shape == Shape.Range && random.Next(50) == 0)
            {
                line.Append("in the last five years");
            }

            line.Append(',').Append(Value(random, min, max)).Append(',').Append(source).Append(',');
            line.Append(Locator(random, source, id)).Append(',');
            if (random.Next(10) < 3)
            {
                line.Append("derived,\"").Append(source).Append(".csv; filter indicator=").Append(id).Append(", entity=").Append(entity).Append("; sum by year\"");
            }
            else
            {
                line.Append("stated,");
            }

            line.Append(',');
            switch (random.Next(20))
            {
                case 0:
                    line.Append("\"rounded in the source, see \"\"Notes\"\", p. ").Append(random.Next(1, 400)).Append('"');
                    break;
                case 1:
                    line.Append("provisional estimate");
                    break;
                case 2:
                    line.Append("\"break in series, methodology changed\"");
                    break;
            }

            writer.WriteLine(line);
        }

        return path;
    }

    private static string Value(Random random, double? min, double? max)
    {
        var lo = min ?? -50;
        var hi = max ?? 1e6;
        var v = lo + random.NextDouble() * (hi - lo);
        return random.Next(3) switch
        {
            0 => Math.Round(v).ToString(CultureInfo.InvariantCulture),
            1 => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture),
            _ => Math.Round(v, 4).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Locator(Random random, string source, string indicator) =>
        random.Next(4) switch
        {
            0 => "\"Table " + random.Next(1, 40).ToString(CultureInfo.InvariantCulture) + ", p. " + random.Next(1, 300).ToString(CultureInfo.InvariantCulture) + "\"",
            1 => "\"" + source + ", series " + indicator + "\"",
            2 => "§2." + random.Next(1, 5).ToString(CultureInfo.InvariantCulture),
            _ => "\"§2.1 Military Dynamics; Zanini 2022, p. 2\"",
        };

    private static IEnumerable<((string Id, Shape Shape, double? Min, double? Max) Indicator, string Entity, string Counterpart, string Period)> Keys(
        IReadOnlyList<(string Id, Shape Shape, double? Min, double? Max)> indicators, IReadOnlyList<string> entities)
    {
        foreach (var indicator in indicators)
        {
            foreach (var entity in entities)
            {
                foreach (var (counterpart, period) in Series(indicator.Shape))
                {
                    if (counterpart != entity)
                    {
                        yield return (indicator, entity, counterpart, period);
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Counterpart, string Period)> Series(Shape shape)
    {
        switch (shape)
        {
            case Shape.Annual:
                for (var y = 1960; y <= 2024; y++)
                {
                    yield return ("", Year(y));
                }

                break;
            case Shape.Monthly:
                for (var y = 2010; y <= 2024; y++)
                {
                    for (var m = 1; m <= 12; m++)
                    {
                        yield return ("", Year(y) + "-" + m.ToString("00", CultureInfo.InvariantCulture));
                    }
                }

                break;
            case Shape.Bilateral:
                foreach (var supplier in Suppliers)
                {
                    for (var y = 2000; y <= 2024; y++)
                    {
                        yield return (supplier, Year(y));
                    }
                }

                break;
            default:
                for (var y = 1990; y <= 2020; y++)
                {
                    yield return ("", Year(y) + "-" + Year(y + 4));
                }

                break;
        }
    }

    private static string Year(int y) => y.ToString(CultureInfo.InvariantCulture);

    private static List<(string Id, Shape Shape, double? Min, double? Max)> Indicators()
    {
        string[] topics = ["arms-import", "debt", "ai-investment", "surveillance", "supercomputer", "ict", "trade", "fdi", "patents", "students"];
        var list = new List<(string, Shape, double?, double?)>();
        foreach (var topic in topics)
        {
            list.Add((topic + "-share", Shape.Bilateral, 0, 100));
            list.Add((topic + "-value", Shape.Annual, null, null));
            list.Add((topic + "-count", Shape.Monthly, 0, null));
            list.Add((topic + "-five-year", Shape.Range, 0, 1e6));
        }

        return list;
    }

    private static List<string> EntityCodes(int count)
    {
        var codes = new List<string>(RealCodes);
        for (var i = 0; codes.Count < count; i++)
        {
            var code = string.Concat((char)('A' + i / 676 % 26), (char)('A' + i / 26 % 26), (char)('A' + i % 26));
            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    private static void WriteSmallTables(string folder, IReadOnlyList<string> entities, IReadOnlyList<(string Id, Shape Shape, double? Min, double? Max)> indicators)
    {
        var sources = new StringBuilder("id,citation,url,publisher,licence,edition,accessed\n");
        foreach (var s in Sources)
        {
            sources.Append(s).Append(",\"Benchmark source ").Append(s).Append(", generated\",https://example.org/").Append(s).Append(",Bench,,2025,2025-01-03\n");
        }

        var inds = new StringBuilder("id,name,unit,dimension,description,chart_kind,min_value,max_value\n");
        string[] dimensions = ["military", "economic", "political", "technology"];
        for (var i = 0; i < indicators.Count; i++)
        {
            var (id, _, min, max) = indicators[i];
            inds.Append(id).Append(",Generated ").Append(id).Append(",units,").Append(dimensions[i % 4]).Append(",\"A generated indicator, for benchmarks.\",line,")
                .Append(min?.ToString(CultureInfo.InvariantCulture)).Append(',').Append(max?.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        var ents = new StringBuilder("code,name,kind,members\n");
        foreach (var e in entities)
        {
            ents.Append(e).Append(",Country ").Append(e).Append(",country,\n");
        }

        ents.Append("CA5,Central Asia,group,KAZ;KGZ;TJK;TKM;UZB\n");
        File.WriteAllText(Path.Combine(folder, "sources.csv"), sources.ToString());
        File.WriteAllText(Path.Combine(folder, "indicators.csv"), inds.ToString());
        File.WriteAllText(Path.Combine(folder, "entities.csv"), ents.ToString());
    }
}
