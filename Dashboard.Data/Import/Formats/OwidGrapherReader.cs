using System.Globalization;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads an Our World in Data grapher download: <c>Entity,Code,Year,&lt;one or more value columns&gt;</c>. Each value
/// column becomes an indicator (name = the column header; id = the file name's slug, plus the column's slug when the
/// file has several); entity = the ISO alpha-3 <c>Code</c>. A column whose cells are text, not numbers (OWID adds
/// e.g. "World region according to OWID"), is metadata: left out with a note naming it. Rows without a code, or with an
/// OWID aggregate code (<c>OWID_WRL</c>), are regions or groups: skipped and counted in a note unless the context maps
/// them; any other code that is not three upper-case letters (<c>kaz</c>, <c>KZ</c>) is an error. Values are copied
/// as published, so <c>basis</c> = <c>stated</c>.
/// </summary>
public sealed class OwidGrapherReader : IDatasetReader
{
    private static readonly string[] Fixed = ["Entity", "Code", "Year"];

    public string FormatName => "Our World in Data grapher CSV";

    public IReadOnlyList<string> HeaderNames => Fixed;

    public string ExpectedHeader => "Entity,Code,Year,<one or more value columns>";

    public bool Matches(IReadOnlyList<string[]> firstRecords) =>
        firstRecords.Count > 0 && firstRecords[0] is var header && header.Length > Fixed.Length
        && Fixed.Select((f, i) => string.Equals(header[i], f, StringComparison.OrdinalIgnoreCase)).All(b => b);

    public DatasetContent Read(TableSource table, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = FormatName };
        if (!ReaderSupport.CheckShape(this, table, errors, "a header line Entity,Code,Year,<one or more value columns>"))
        {
            return content;
        }

        var display = table.DisplayName;
        using var records = table.Open(errors);
        if (!records.TryRead(out var header, out var headerLine))
        {
            return content;
        }

        if (!records.UseHeader(header, headerLine))
        {
            return content;
        }

        var rows = new List<(string[] Fields, int Line)>();
        while (records.TryReadRow(header.Length, out var fields, out var line))
        {
            rows.Add((fields, line));
        }

        var numbers = table.Dialect.Numbers;
        var valueColumns = ValueColumns(header, rows, numbers, content);
        var file = ReaderSupport.FileName(display);
        var fileSlug = ReaderSupport.Slug(Path.GetFileNameWithoutExtension(file), 60);
        if (fileSlug.Length == 0)
        {
            fileSlug = "owid";
        }

        var indicatorIds = new string?[header.Length];
        foreach (var i in valueColumns)
        {
            if (header[i].Length == 0)
            {
                errors.Add(ImportError.At(display, headerLine, null, null, string.Create(CultureInfo.InvariantCulture, $"value column {i + 1} has no name")));
                continue;
            }

            var columnSlug = ReaderSupport.Slug(header[i], 79 - fileSlug.Length);
            var id = valueColumns.Count == 1 || columnSlug == fileSlug || columnSlug.Length == 0 ? fileSlug : fileSlug + "-" + columnSlug;
            if (indicatorIds.Contains(id))
            {
                errors.Add(ImportError.At(display, headerLine, header[i], header[i], "gives the same indicator id as an earlier column: rename one of them"));
            }

            indicatorIds[i] = id;

            // OWID's metadata JSON (read by a feed, kept with the file) names the column and its unit better than the header.
            var described = context.Columns.GetValueOrDefault(header[i]);
            ReaderSupport.Define(new Indicator
            {
                Id = id,
                Name = described?.Name ?? (LooksLikeName(header[i]) ? header[i] : valueColumns.Count == 1 ? Title(file) : Title(file) + ": " + header[i]),
                Unit = described?.Unit ?? "value",
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
        foreach (var (fields, line) in rows)
        {
            string name = fields[0], code = fields[1], yearText = fields[2];
            if (!TryResolve(name, code, context, content, out var entity))
            {
                errors.Add(ImportError.At(display, line, header[1], code,
                    "is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. KAZ) nor an OWID code (OWID_…); a region or group has an empty code"));
                continue;
            }

            if (entity is null)
            {
                skipped[name] = skipped.GetValueOrDefault(name) + 1;
                continue;
            }

            if (!ReaderSupport.TryYear(yearText, out var period))
            {
                errors.Add(ImportError.At(display, line, header[2], yearText, "is not a year (YYYY)"));
                continue;
            }

            foreach (var i in valueColumns)
            {
                var cell = fields[i];
                if (cell.Length == 0 || indicatorIds[i] is not { } indicatorId)
                {
                    continue;
                }

                if (!numbers.TryDouble(cell, out var value))
                {
                    errors.Add(ImportError.At(display, line, header[i], cell, numbers.Rule));
                    continue;
                }

                content.Observations.Add(new ParsedObservation(new Observation
                {
                    IndicatorId = indicatorId,
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

    /// <summary>
    /// The columns after Entity, Code, Year that hold values. A column most of whose non-empty cells are not numbers
    /// is metadata (a region, a note): it is left out and named in a note, never an error per row.
    /// </summary>
    public static List<int> ValueColumns(string[] header, IReadOnlyList<(string[] Fields, int Line)> rows, NumberText numbers, DatasetContent content)
    {
        var values = new List<int>();
        for (var i = Fixed.Length; i < header.Length; i++)
        {
            int numeric = 0, text = 0;
            foreach (var (fields, _) in rows)
            {
                if (fields[i].Length > 0)
                {
                    _ = numbers.TryDouble(fields[i], out _) ? numeric++ : text++;
                }
            }

            if (text > numeric)
            {
                content.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"column '{header[i]}' holds text ({text} of {text + numeric} cells are not numbers): left out as metadata, not a value"));
            }
            else
            {
                values.Add(i);
            }
        }

        return values;
    }

    /// <summary>False for a malformed code; otherwise the entity, or null for a region or group to skip.</summary>
    private static bool TryResolve(string name, string code, ReaderContext context, DatasetContent content, out string? entity)
    {
        if (context.EntityMap.TryGetValue(name, out var mapped) || (code.Length > 0 && context.EntityMap.TryGetValue(code, out mapped)))
        {
            entity = mapped;
            return true;
        }

        entity = null;
        if (code.Length == 0)
        {
            return true;
        }

        if (ContractTables.IsIsoAlpha3(code))
        {
            ReaderSupport.Define(new Entity { Code = code, Name = CountryNames.NameOf(code) ?? name, Kind = "country" }, context, content);
            entity = code;
            return true;
        }

        if (!code.StartsWith("OWID_", StringComparison.Ordinal))
        {
            return false;
        }

        // OWID's own codes: OWID_KOS is Kosovo (a country); OWID_WRL, OWID_EUR, … are aggregates.
        entity = CountryNames.TryGetCode(code, out var known) ? ReaderSupport.ResolveEntity(code, context, content) ?? known : null;
        return true;
    }

    // A lone value column is often called "All" or "Value": then the file's own title names the indicator better.
    private static bool LooksLikeName(string column) => column.Length > 12 || column.Contains(' ', StringComparison.Ordinal);

    private static string Title(string file)
    {
        var words = Path.GetFileNameWithoutExtension(file).Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Our World in Data series" : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
