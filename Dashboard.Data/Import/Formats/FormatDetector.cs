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
        errors.Add(ImportError.At(table.DisplayName, 0, null, shown,
            $"does not have the shape of any supported format ({dialect}; tried: {string.Join("; ", readers.Select(r => r.FormatName))})"));
        return null;
    }
}
