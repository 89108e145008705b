using System.Globalization;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Picks the reader whose shape fits a table. When none does, the message is as specific as the file allows: what
/// a nearly matching format lacks (a missing column), or what the first record looked like in the dialect read.
/// </summary>
public static class FormatDetector
{
    /// <summary>Returns the first reader that matches, or null with an error saying why none does.</summary>
    public static IDatasetReader? Detect(TableSource table, IReadOnlyList<IDatasetReader> readers, ErrorList errors)
    {
        var records = table.Peek();
        if (records.Count == 0)
        {
            errors.Add(ImportError.At(table.DisplayName, 0, null, null, "is empty: it has no records, only blank lines or empty cells"));
            return null;
        }

        // A near miss of a more specific format (our contract without its 'locator' column) outranks a looser match
        // further down the list (the same file as a table of countries), so the user hears what is really wrong.
        string? nearMiss = null;
        foreach (var reader in readers)
        {
            if (reader.Matches(records))
            {
                if (nearMiss is null)
                {
                    return reader;
                }

                break;
            }

            nearMiss ??= reader.Diagnose(records);
        }

        if (nearMiss is not null)
        {
            errors.Add(ImportError.At(table.DisplayName, 0, null, null, nearMiss));
            return null;
        }

        var first = records[0];
        var shown = string.Join(" | ", first.Take(6)) + (first.Length > 6 ? " | …" : string.Empty);
        var dialect = table.Dialect.Sheet is null
            ? string.Create(CultureInfo.InvariantCulture, $"read with a {TableDialect.Name(table.Dialect.Delimiter)} delimiter, its first record has {first.Length} field{(first.Length == 1 ? string.Empty : "s")}")
            : string.Create(CultureInfo.InvariantCulture, $"its first row has {first.Length} cell{(first.Length == 1 ? string.Empty : "s")}");
        var closest = Closest(table, records, readers);
        errors.Add(ImportError.At(table.DisplayName, 0, null, shown,
            $"does not have the shape of any supported format ({dialect}){closest}; tried: {string.Join("; ", readers.Select(r => r.FormatName))}"));
        return null;
    }

    /// <summary>
    /// The format whose header the first records come closest to, what it expects and what differs, at line and
    /// column: "closest: World Bank DataBank export, whose header is … ; line 3 has 'Series' in column 2 where it has 'Series Code'".
    /// </summary>
    private static string Closest(TableSource table, IReadOnlyList<string[]> records, IReadOnlyList<IDatasetReader> readers)
    {
        (IDatasetReader Reader, int Record, int Found)? best = null;
        foreach (var reader in readers.Where(r => r.HeaderNames.Count > 0))
        {
            for (var i = 0; i < records.Count; i++)
            {
                var found = reader.HeaderNames.Count(n => records[i].Any(f => string.Equals(f, n, StringComparison.OrdinalIgnoreCase) || Similar(f, n)));
                if (found > 0 && (best is null || found * 1.0 / reader.HeaderNames.Count > best.Value.Found * 1.0 / best.Value.Reader.HeaderNames.Count))
                {
                    best = (reader, i, found);
                }
            }
        }

        if (best is not { } b)
        {
            return string.Empty;
        }

        using var reread = table.Open(new ErrorList());
        var line = 0;
        for (var i = 0; i <= b.Record && reread.TryRead(out _, out line); i++)
        {
        }

        var record = records[b.Record];
        var differences = new List<string>();
        foreach (var name in b.Reader.HeaderNames.Where(n => !record.Any(f => string.Equals(f, n, StringComparison.OrdinalIgnoreCase))))
        {
            var near = Array.FindIndex(record, f => Similar(f, name));
            differences.Add(near >= 0
                ? string.Create(CultureInfo.InvariantCulture, $"{reread.Where(line, near)} is '{record[near]}' where it expects '{name}'")
                : $"it has no column '{name}'");
        }

        var at = string.Create(CultureInfo.InvariantCulture, $"line {line}");
        return $"; closest: {b.Reader.FormatName}, whose header is {b.Reader.ExpectedHeader}" +
            (differences.Count == 0 ? string.Empty : $" — at {at}, {string.Join("; ", differences)}");
    }

    /// <summary>Two header names a typo or a different case or spacing apart (edit distance at most a quarter of the name).</summary>
    private static bool Similar(string a, string b)
    {
        a = a.Trim().ToLowerInvariant();
        b = b.Trim().ToLowerInvariant();
        if (a.Length == 0 || Math.Abs(a.Length - b.Length) > Math.Max(2, b.Length / 4))
        {
            return false;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length] <= Math.Max(1, b.Length / 4);
    }
}
