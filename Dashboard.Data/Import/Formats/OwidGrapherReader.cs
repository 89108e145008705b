using System.Globalization;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads an Our World in Data grapher download: <c>Entity,Code,Year,&lt;one or more value columns&gt;</c>. Each value
/// column becomes an indicator (name = the column header; id = the file name's slug, plus the column's slug when the
/// file has several); entity = the ISO alpha-3 <c>Code</c>. Rows without a code, or with an OWID aggregate code
/// (<c>OWID_WRL</c>), are regions or groups: they are skipped and counted in a note unless the context maps them.
/// Values are copied as published, so <c>basis</c> = <c>stated</c>.
/// </summary>
public sealed class OwidGrapherReader : IDatasetReader
{
    private static readonly string[] Fixed = ["Entity", "Code", "Year"];

    public string FormatName => "Our World in Data grapher CSV";

    public bool Matches(IReadOnlyList<string> firstLines)
    {
        if (firstLines.Count == 0)
        {
            return false;
        }

        var header = ReaderSupport.Trimmed(FormatCsvReader.SplitLine(firstLines[0]));
        return header.Length > Fixed.Length && Fixed.Select((f, i) => string.Equals(header[i], f, StringComparison.OrdinalIgnoreCase)).All(b => b);
    }

    public DatasetContent Read(Stream stream, string displayName, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = FormatName };
        if (!ReaderSupport.CheckShape(this, stream, displayName, errors, "a header line Entity,Code,Year,<one or more value columns>"))
        {
            return content;
        }

        using var text = ReaderSupport.Open(stream, displayName, errors);
        using var csv = new FormatCsvReader(text, displayName, errors);
        if (!csv.TryRead(out var rawHeader, out _))
        {
            return content;
        }

        var header = ReaderSupport.Trimmed(rawHeader);
        var file = ReaderSupport.FileName(displayName);
        var fileSlug = ReaderSupport.Slug(Path.GetFileNameWithoutExtension(file), 60);
        if (fileSlug.Length == 0)
        {
            fileSlug = "owid";
        }

        var indicatorIds = new string[header.Length];
        for (var i = Fixed.Length; i < header.Length; i++)
        {
            if (header[i].Length == 0)
            {
                errors.Add(ImportError.At(displayName, 1, null, null, string.Create(CultureInfo.InvariantCulture, $"value column {i + 1} has no name")));
                continue;
            }

            var columnSlug = ReaderSupport.Slug(header[i], 79 - fileSlug.Length);
            indicatorIds[i] = header.Length == Fixed.Length + 1 || columnSlug == fileSlug || columnSlug.Length == 0 ? fileSlug : fileSlug + "-" + columnSlug;
            if (Array.IndexOf(indicatorIds, indicatorIds[i], Fixed.Length, i - Fixed.Length) >= 0)
            {
                errors.Add(ImportError.At(displayName, 1, header[i], header[i], "gives the same indicator id as an earlier column: rename one of them"));
            }

            ReaderSupport.Define(new Indicator
            {
                Id = indicatorIds[i],
                Name = LooksLikeName(header[i]) ? header[i] : header.Length == Fixed.Length + 1 ? Title(file) : Title(file) + ": " + header[i],
                Unit = "value",
                Dimension = "technology",
                Description = $"Column '{header[i]}' of the Our World in Data grapher file {file}.",
                ChartKind = "line",
            }, context, content);
        }

        var source = ReaderSupport.ChooseSource(context, content, new Source
        {
            Id = "owid-" + ReaderSupport.Slug(fileSlug, 75),
            Citation = $"Our World in Data, grapher download {file} (cite the underlying producer, \"processed by Our World in Data\").",
            Url = "https://ourworldindata.org/",
            Publisher = "Our World in Data",
            Licence = "CC BY 4.0",
        });
        var skipped = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (csv.TryReadRow(header.Length, out var fields, out var line))
        {
            string name = fields[0], code = fields[1], yearText = fields[2];
            var entity = Resolve(name, code, context, content);
            if (entity is null)
            {
                skipped[name] = skipped.GetValueOrDefault(name) + 1;
                continue;
            }

            if (!ReaderSupport.TryYear(yearText, out var period))
            {
                errors.Add(ImportError.At(displayName, line, "Year", yearText, "is not a year (YYYY)"));
                continue;
            }

            for (var i = Fixed.Length; i < header.Length; i++)
            {
                var cell = fields[i];
                if (cell.Length == 0 || indicatorIds[i] is null)
                {
                    continue;
                }

                if (!ReaderSupport.TryDouble(cell, out var value))
                {
                    errors.Add(ImportError.At(displayName, line, header[i], cell, "is not a number ('.' as decimal separator, no thousands separators)"));
                    continue;
                }

                content.Observations.Add(new ParsedObservation(new Observation
                {
                    IndicatorId = indicatorIds[i],
                    EntityCode = entity,
                    Period = period.Text,
                    Value = value,
                    SourceId = source,
                    Locator = $"{file}: Entity = {name}, Year = {period.Text}, column '{header[i]}'",
                    Basis = "stated",
                }, period, line));
            }
        }

        if (skipped.Count > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"skipped {skipped.Values.Sum()} rows of {skipped.Count} regions or groups without a country code: {string.Join("; ", skipped.Keys)}"));
        }

        ReaderSupport.PruneUnusedEntities(content);
        return content;
    }

    private static string? Resolve(string name, string code, ReaderContext context, DatasetContent content)
    {
        if (context.EntityMap.TryGetValue(name, out var mapped) || (code.Length > 0 && context.EntityMap.TryGetValue(code, out mapped)))
        {
            return mapped;
        }

        if (ContractTables.IsIsoAlpha3(code))
        {
            ReaderSupport.Define(new Entity { Code = code, Name = CountryNames.NameOf(code) ?? name, Kind = "country" }, context, content);
            return code;
        }

        // OWID's own codes: OWID_KOS is Kosovo (a country); OWID_WRL, OWID_EUR, … are aggregates.
        return code.StartsWith("OWID_", StringComparison.Ordinal) && CountryNames.TryGetCode(code, out var known)
            ? ReaderSupport.ResolveEntity(code, context, content) ?? known
            : null;
    }

    // A lone value column is often called "All" or "Value": then the file's own title names the indicator better.
    private static bool LooksLikeName(string column) => column.Length > 12 || column.Contains(' ', StringComparison.Ordinal);

    private static string Title(string file)
    {
        var words = Path.GetFileNameWithoutExtension(file).Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Our World in Data series" : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
