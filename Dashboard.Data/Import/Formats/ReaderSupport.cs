using System.Globalization;
using System.Text;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>What every reader does the same way: shape check, opening the text, resolving countries, choosing the source.</summary>
internal static class ReaderSupport
{
    /// <summary>Adds a clear error and returns false when the table does not have the reader's shape.</summary>
    public static bool CheckShape(IDatasetReader reader, TableSource table, ErrorList errors, string expected)
    {
        if (reader.Matches(table.Peek()))
        {
            return true;
        }

        errors.Add(ImportError.At(table.DisplayName, 1, null, null, $"does not have the shape of the format {reader.FormatName}: expected {expected}"));
        return false;
    }

    public static string FileName(string display) => Path.GetFileName(display.Replace('\\', '/'));

    /// <summary>Index of each header name (case-insensitive); the first occurrence wins.</summary>
    public static Dictionary<string, int> Index(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            index.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        return index;
    }

    /// <summary>
    /// Resolves a country (or SIPRI actor) name: the context's map first, then <see cref="CountryNames"/>. A resolved
    /// entity the references do not know yet is added to the content, so an import defines it with the values.
    /// </summary>
    public static string? ResolveEntity(string name, ReaderContext context, DatasetContent content)
    {
        if (context.EntityMap.TryGetValue(name, out var mapped))
        {
            if (!context.References.Entities.Contains(mapped) && CountryNames.NameOf(mapped) is { } known)
            {
                Define(new Entity { Code = mapped, Name = known, Kind = "country" }, context, content);
            }

            return mapped;
        }

        if (!CountryNames.TryResolve(name, out var entity))
        {
            return null;
        }

        Define(entity, context, content);
        return entity.Code;
    }

    public static void Define(Entity entity, ReaderContext context, DatasetContent content)
    {
        if (!context.References.Entities.Contains(entity.Code) && !content.Entities.Exists(e => e.Code == entity.Code))
        {
            content.Entities.Add(entity);
        }
    }

    public static void Define(Indicator indicator, ReaderContext context, DatasetContent content)
    {
        if (!context.References.IndicatorIds.Contains(indicator.Id) && !content.Indicators.Exists(i => i.Id == indicator.Id))
        {
            content.Indicators.Add(indicator);
        }
    }

    /// <summary>Drops entities the content defined but no observation uses (e.g. a supplier whose rows had no value).</summary>
    public static void PruneUnusedEntities(DatasetContent content)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in content.Observations)
        {
            used.Add(p.Observation.EntityCode);
            if (p.Observation.CounterpartCode is { } counterpart)
            {
                used.Add(counterpart);
            }
        }

        content.Entities.RemoveAll(e => !used.Contains(e.Code));
    }

    /// <summary>The source to cite: the context's, or the format's default one (defined in the content when new).</summary>
    public static string ChooseSource(ReaderContext context, DatasetContent content, Source fallback)
    {
        if (context.SourceId is { Length: > 0 } id)
        {
            return id;
        }

        if (!context.References.Sources.Contains(fallback.Id) && !content.Sources.Exists(s => s.Id == fallback.Id))
        {
            content.Sources.Add(fallback);
        }

        return fallback.Id;
    }

    /// <summary>A slug (lower-case letters, digits, '-') of free text, at most <paramref name="max"/> characters.</summary>
    public static string Slug(string text, int max = 80)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length <= max ? slug : slug[..max].TrimEnd('-');
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Parses a finite double as data files write it (invariant culture, no thousands separators).</summary>
    public static bool TryDouble(string text, out double value) => NumberText.Invariant.TryDouble(text, out value);

    public static bool TryYear(string text, out Period period)
    {
        period = default;
        return text.Length == 4 && Period.TryParse(text, out period, out _) && period.Kind == PeriodKind.Year;
    }
}
