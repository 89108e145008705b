using System.Globalization;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads an Our World in Data grapher download: <c>Entity,Code,Year,&lt;one or more value columns&gt;</c>. Each value
/// column becomes an indicator (name = the column header; id = the file name's slug, plus the column's slug when the
/// file has several). The country is checked, not assumed: a three-letter <c>Code</c> and the <c>Entity</c> name must
/// name the same country (<see cref="CountryIdentity"/>, as for every portal: a few disagreeing rows are errors
/// naming both columns, many mean the codes are not ISO and the names are used). OWID's own codes (<c>OWID_…</c>) are
/// read from the name (<c>OWID_KOS</c> Kosovo, <c>OWID_USS</c> USSR as its former ISO code); rows without a code, or
/// whose OWID code names no country (<c>OWID_WRL</c> World), are regions or groups: skipped and counted in a note
/// unless the context maps them; any other code that is not three upper-case letters (<c>kaz</c>, <c>KZ</c>) is an
/// error. A column whose cells are text, not numbers (OWID adds e.g. "World region according to OWID"), is metadata:
/// left out with a note naming it. The file is read as a stream, twice (no row is kept). Values are copied as
/// published, so <c>basis</c> = <c>stated</c>.
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

        // Pass 1, streamed: which columns hold values, and whether the codes and the names agree.
        var display = table.DisplayName;
        string[] header;
        int headerLine;
        int[] numeric, text;
        CountryIdentity identity;
        using (var records = table.Open(errors))
        {
            if (!records.TryRead(out header, out headerLine) || !records.UseHeader(header, headerLine))
            {
                return content;
            }

            identity = new CountryIdentity(display, header[1], CountryCodeKind.Alpha3, header[0], context.EntityMap);
            (numeric, text) = (new int[header.Length], new int[header.Length]);
            while (records.TryReadRow(header.Length, out var fields, out var line))
            {
                // OWID's own codes (OWID_WRL, OWID_KOS) are not ISO codes: only three-letter codes are checked against the name.
                if (IsIsoShaped(fields[1]))
                {
                    identity.See(fields[1], fields[0], line);
                }

                for (var i = Fixed.Length; i < header.Length; i++)
                {
                    if (fields[i].Length > 0 && !ValueCells.NoData.Contains(fields[i]))
                    {
                        _ = table.Dialect.Numbers.TryDouble(fields[i], out _) || records.KindAt(i) == CellKind.Percent ? numeric[i]++ : text[i]++;
                    }
                }
            }
        }

        if (context.CountryColumn is { } chosen && !Fixed.Take(2).Contains(chosen, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(ImportError.At(display, headerLine, "country-column", chosen, $"is not a column of this file (its country columns: '{header[0]}', '{header[1]}')"));
            return content;
        }

        if (errors.HasErrors || !identity.Decide(context.CountryColumn, errors, content.Notes))
        {
            return content;
        }

        var valueColumns = ValueColumns(header, numeric, text, content);
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

        // Pass 2, streamed: the values. The table's own errors were reported by pass 1.
        var cells = new ValueCells(table.Dialect.Numbers, "value");
        var skipped = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var unknown = new SortedDictionary<string, (int Line, int Rows)>(StringComparer.Ordinal);
        using (var records = table.Open(new ErrorList()))
        {
            records.TryRead(out _, out _);
            records.UseHeader(header, headerLine);
            while (records.TryReadRow(header.Length, out var fields, out var line))
            {
                string name = fields[0], code = fields[1], yearText = fields[2];
                if (!TryEntity(name, code, identity, out var entity, out var bad))
                {
                    if (bad)
                    {
                        errors.Add(ImportError.At(display, line, header[1], code,
                            "is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. KAZ) nor an OWID code (OWID_…); a region or group has an empty code"));
                    }
                    else if (entity is null && IsIsoShaped(code))
                    {
                        var shown = identity.Column == header[0] ? name : code;
                        unknown[shown] = unknown.TryGetValue(shown, out var seen) ? (seen.Line, seen.Rows + 1) : (line, 1);
                    }
                    else
                    {
                        skipped[name] = skipped.GetValueOrDefault(name) + 1;
                    }

                    continue;
                }

                if (!context.EntityMap.ContainsKey(name) && !context.EntityMap.ContainsKey(code))
                {
                    ReaderSupport.Define(new Entity { Code = entity!, Name = CountryNames.NameOf(entity!) ?? name, Kind = "country" }, context, content);
                }

                if (!ReaderSupport.TryYear(yearText, out var period))
                {
                    errors.Add(ImportError.At(display, line, header[2], yearText, "is not a year (YYYY)"));
                    continue;
                }

                foreach (var i in valueColumns)
                {
                    if (indicatorIds[i] is not { } indicatorId)
                    {
                        continue;
                    }

                    if (!cells.TryRead(fields[i], records.KindAt(i), records.Where(line, i), out var value, out _, out var problem))
                    {
                        if (problem is not null)
                        {
                            errors.Add(ImportError.At(display, line, header[i], fields[i], problem));
                        }

                        continue;
                    }

                    content.Observations.Add(new ParsedObservation(new Observation
                    {
                        IndicatorId = indicatorId,
                        EntityCode = entity!,
                        Period = period.Text,
                        Value = value,
                        SourceId = source,
                        Locator = $"{file}: Entity = {name}, Year = {period.Text}, column '{header[i]}'",
                        Basis = "stated",
                    }, period, line));
                }
            }
        }

        foreach (var (shown, (line, count)) in unknown)
        {
            errors.Add(ImportError.At(display, line, identity.Column, shown, string.Create(CultureInfo.InvariantCulture,
                $"is not a known country ({count} row{(count == 1 ? string.Empty : "s")} from this line on): use an ISO 3166 alpha-3 code, or leave the code empty for a region or group")));
        }

        if (skipped.Count > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"skipped {skipped.Values.Sum()} rows of {skipped.Count} regions or groups without a country code: {string.Join("; ", skipped.Keys.Take(30))}{(skipped.Count > 30 ? "; …" : string.Empty)}"));
        }

        content.Notes.AddRange(cells.Notes());
        ReaderSupport.PruneUnusedEntities(content);
        return content;
    }

    /// <summary>
    /// The columns after Entity, Code, Year that hold values. A column most of whose non-empty cells are not numbers
    /// is metadata (a region, a note): it is left out and named in a note, never an error per row.
    /// </summary>
    private static List<int> ValueColumns(string[] header, int[] numeric, int[] text, DatasetContent content)
    {
        var values = new List<int>();
        for (var i = Fixed.Length; i < header.Length; i++)
        {
            if (text[i] > numeric[i])
            {
                content.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"column '{header[i]}' holds text ({text[i]} of {text[i] + numeric[i]} cells are not numbers): left out as metadata, not a value"));
            }
            else
            {
                values.Add(i);
            }
        }

        return values;
    }

    private static bool IsIsoShaped(string code) => ContractTables.IsIsoAlpha3(code);

    /// <summary>
    /// The row's entity through <paramref name="identity"/> (code and name checked against each other in pass 1):
    /// true with the entity; false with <paramref name="bad"/> for a malformed code (<c>kaz</c>, <c>KZ</c>); false with
    /// a null entity for a row to skip (no code, or an OWID code whose name is no country: OWID_WRL "World") or to
    /// report (a three-letter code that names no country).
    /// </summary>
    private static bool TryEntity(string name, string code, CountryIdentity identity, out string? entity, out bool bad)
    {
        bad = false;
        entity = null;
        entity = identity.Mapped(code) ?? identity.Mapped(name);
        if (entity is not null || code.Length == 0)
        {
            // No code: a region or group, unless the caller mapped the name.
            return entity is not null;
        }

        if (!IsIsoShaped(code) && !code.StartsWith("OWID_", StringComparison.Ordinal))
        {
            bad = true;
            return false;
        }

        // OWID's own codes name no country by themselves: OWID_KOS is Kosovo and OWID_USS the USSR by their names
        // (historical states as their former ISO 3166-3 codes); OWID_WRL "World" is an aggregate.
        entity = identity.Resolve(code.StartsWith("OWID_", StringComparison.Ordinal) ? string.Empty : code, name, null);
        return entity is not null;
    }

    // A lone value column is often called "All" or "Value": then the file's own title names the indicator better.
    private static bool LooksLikeName(string column) => column.Length > 12 || column.Contains(' ', StringComparison.Ordinal);

    private static string Title(string file)
    {
        var words = Path.GetFileNameWithoutExtension(file).Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Our World in Data series" : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
