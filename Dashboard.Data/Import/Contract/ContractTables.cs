using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Contract;

/// <summary>
/// Parses and validates the small tables of the data contract (sources, indicators, entities, events, projects;
/// claims are in <see cref="ClaimsTable"/>).
/// Each method reads a whole file, adds an error per broken rule, and returns the rows that passed.
/// </summary>
public static class ContractTables
{
    public static readonly string[] Dimensions = ["military", "economic", "political", "technology"];
    public static readonly string[] ChartKinds = ["line", "slope", "grouped-bar", "stacked-share", "timeline", "table"];
    public static readonly string[] EntityKinds = ["country", "group", "other"];
    public static readonly string[] Precisions = ["year", "month", "day"];
    public static readonly string[] Bases = [.. ObservationBasis.All];
    public static readonly string[] MapClassMethods = ["equal", "quantile"];
    public static readonly string[] YesNo = ["yes", "no"];

    public static List<Source> ReadSources(TextReader reader, string file, ErrorList errors)
    {
        var result = new List<Source>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in Rows(reader, file, TableColumns.Sources, errors))
        {
            var id = p.Slug("id");
            var citation = p.Required("citation");
            var url = p.Optional("url");
            if (url is not null && !IsPlainHttpUrl(url))
            {
                p.Fail("url", url, "is not an http(s) URL (absolute, without spaces, quotes or angle brackets)");
            }

            var accessed = p.Optional("accessed");
            if (accessed is not null && !DateOnly.TryParseExact(accessed, "yyyy-MM-dd", out _))
            {
                p.Fail("accessed", accessed, "is not a date (use YYYY-MM-DD)");
            }

            Unique(p, "id", id, ids);
            if (p.Ok)
            {
                result.Add(new Source
                {
                    Id = id,
                    Citation = citation,
                    Url = url,
                    Publisher = p.Optional("publisher"),
                    Licence = p.Optional("licence"),
                    Edition = p.Optional("edition"),
                    Accessed = accessed,
                });
            }
        }

        return result;
    }

    /// <summary>
    /// An absolute http(s) URL with a host and none of the characters that end or break a link where it is printed
    /// (whitespace, control characters, quotes, backtick, angle brackets, backslash).
    /// </summary>
    public static bool IsPlainHttpUrl(string url) =>
        !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '`' or '<' or '>' or '\\') &&
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    public static List<Indicator> ReadIndicators(TextReader reader, string file, ErrorList errors)
    {
        var result = new List<Indicator>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in Rows(reader, file, TableColumns.Indicators, errors))
        {
            var id = p.Slug("id");
            var indicator = new Indicator
            {
                Id = id,
                Name = p.Required("name"),
                Unit = p.Required("unit"),
                Dimension = p.OneOf("dimension", Dimensions),
                Description = p.Required("description"),
                ChartKind = p.OneOf("chart_kind", ChartKinds),
                MinValue = p.OptionalNumber("min_value"),
                MaxValue = p.OptionalNumber("max_value"),
                DisplayPrecision = p.Optional("display_precision") ?? "",
                MissingMeansZero = (p.Optional("missing_means_zero") ?? "no") == "yes",
                MapClasses = p.Optional("map_classes") ?? "equal",
            };
            if (!NumberPrecision.TryParse(indicator.DisplayPrecision, out _))
            {
                p.Fail("display_precision", indicator.DisplayPrecision, "is not a precision: use " + NumberPrecision.Syntax);
            }

            if (p.Optional("missing_means_zero") is { } zero && !YesNo.Contains(zero))
            {
                p.Fail("missing_means_zero", zero, "is not one of: yes, no (empty = no)");
            }

            if (!MapClassMethods.Contains(indicator.MapClasses))
            {
                p.Fail("map_classes", indicator.MapClasses, "is not one of: " + string.Join(", ", MapClassMethods) + " (empty = equal)");
            }

            if (indicator.MinValue is { } min && indicator.MaxValue is { } max && min > max)
            {
                p.Fail("max_value", p.Row["max_value"], "is smaller than min_value");
            }

            Unique(p, "id", id, ids);
            if (p.Ok)
            {
                result.Add(indicator);
            }
        }

        return result;
    }

    public static List<Entity> ReadEntities(TextReader reader, string file, ErrorList errors)
    {
        var result = new List<Entity>();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var memberRows = new List<(CsvRow Row, string Code, string[] Members)>();
        foreach (var p in Rows(reader, file, TableColumns.Entities, errors))
        {
            var code = p.Required("code");
            var kind = p.OneOf("kind", EntityKinds);
            if (code.Length > 0 && kind == "country" && !IsIsoAlpha3(code))
            {
                p.Fail("code", code, "is not an ISO 3166-1 alpha-3 code (three upper-case letters)");
            }
            else if (code.Length > 0 && !IsEntityCode(code))
            {
                p.Fail("code", code, "is not a valid code (upper-case letters, digits and '-', at most 16)");
            }

            var members = (p.Optional("members") ?? string.Empty)
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (kind == "group" && members.Length == 0)
            {
                p.Fail("members", null, "a group needs its member codes separated by ';'");
            }
            else if (kind != "group" && members.Length > 0)
            {
                p.Fail("members", p.Row["members"], "only groups have members");
            }

            Unique(p, "code", code, codes);
            if (p.Ok)
            {
                result.Add(new Entity { Code = code, Name = p.Required("name"), Kind = kind, Members = members });
                memberRows.Add((p.Row, code, members));
            }
        }

        foreach (var (row, _, members) in memberRows)
        {
            foreach (var member in members.Where(m => !codes.ContainsKey(m)))
            {
                errors.Add(ImportError.At(file, row.Line, "members", member, "is not a code defined in this file"));
            }
        }

        // Unknown members were reported above; keep only the known ones so the rows can still be checked further.
        return result.Select(e => e with { Members = e.Members.Where(codes.ContainsKey).ToList() }).ToList();
    }

    public static List<TimelineEvent> ReadEvents(TextReader reader, string file, ReferenceSet refs, ErrorList errors)
    {
        var result = new List<TimelineEvent>();
        foreach (var p in Rows(reader, file, TableColumns.Events, errors))
        {
            var date = p.Required("date");
            var precision = p.OneOf("precision", Precisions);
            var sortKey = 0;
            if (date.Length > 0 && precision.Length > 0 && !TryDateKey(date, precision, out sortKey))
            {
                p.Fail("date", date, $"does not match precision '{precision}' (year: YYYY, month: YYYY-MM, day: YYYY-MM-DD, a real date)");
            }

            var actor = p.Required("actor");
            var country = p.Optional("country");
            var source = p.Required("source");
            p.Known("actor", actor, refs.Entities, "entity");
            p.Known("country", country, refs.Entities, "entity");
            p.Known("source", source, refs.Sources, "source");
            var e = new TimelineEvent
            {
                Date = date,
                Precision = precision,
                SortKey = sortKey,
                ActorCode = actor,
                CountryCode = country,
                Dimension = p.OneOf("dimension", Dimensions),
                Title = p.Required("title"),
                SourceId = source,
                Locator = p.Required("locator"),
                Note = p.Optional("note"),
            };
            if (p.Ok)
            {
                result.Add(e);
            }
        }

        return result;
    }

    public static List<Project> ReadProjects(TextReader reader, string file, ReferenceSet refs, ErrorList errors)
    {
        var result = new List<Project>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in Rows(reader, file, TableColumns.Projects, errors))
        {
            var id = p.Slug("id");
            var country = p.Required("country");
            var lender = p.Optional("lender");
            var source = p.Required("source");
            p.Known("country", country, refs.Entities, "entity");
            p.Known("lender", lender, refs.Entities, "entity");
            p.Known("source", source, refs.Sources, "source");
            var cost = p.OptionalNumber("cost_usd_m");
            var loan = p.OptionalNumber("loan_usd_m");
            if (cost is < 0)
            {
                p.Fail("cost_usd_m", p.Row["cost_usd_m"], "is negative (a cost is 0 or more)");
            }

            if (loan is < 0)
            {
                p.Fail("loan_usd_m", p.Row["loan_usd_m"], "is negative (a loan is 0 or more)");
            }
            else if (loan is { } l && cost is { } c && l > c)
            {
                p.Fail("loan_usd_m", p.Row["loan_usd_m"], "is larger than cost_usd_m");
            }

            var project = new Project
            {
                Id = id,
                Name = p.Required("name"),
                City = p.Optional("city"),
                CountryCode = country,
                Year = p.OptionalInteger("year", Period.MinYear, Period.MaxYear),
                Vendor = p.Optional("vendor"),
                Cameras = p.OptionalInteger("cameras", 0, int.MaxValue),
                CostUsdM = cost,
                LoanUsdM = loan,
                LenderCode = lender,
                SourceId = source,
                Locator = p.Required("locator"),
                Note = p.Optional("note"),
            };
            Unique(p, "id", id, ids);
            if (p.Ok)
            {
                result.Add(project);
            }
        }

        return result;
    }

    /// <summary>Checks the header, then yields a parser per data row.</summary>
    public static IEnumerable<RowParser> Rows(TextReader reader, string file, TableColumns columns, ErrorList errors)
    {
        using var table = new CsvTableReader(reader, file, errors);
        if (!table.ReadHeader(columns))
        {
            yield break;
        }

        foreach (var row in table.ReadRows())
        {
            yield return new RowParser(row, errors);
        }
    }

    public static bool IsIsoAlpha3(string code) => code.Length == 3 && code.All(c => c is >= 'A' and <= 'Z');

    public static bool IsEntityCode(string code) =>
        code.Length is >= 2 and <= 16 && code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-');

    /// <summary>yyyymmdd with unknown parts as 00, after checking the date has exactly the stated precision.</summary>
    public static bool TryDateKey(string date, string precision, out int key)
    {
        key = 0;
        var format = precision switch { "year" => "yyyy", "month" => "yyyy-MM", "day" => "yyyy-MM-dd", _ => null };
        if (format is null || date.Length != format.Length ||
            !DateTime.TryParseExact(date, format, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
        {
            return false;
        }

        key = d.Year * 10000 + (precision == "year" ? 0 : d.Month * 100) + (precision == "day" ? d.Day : 0);
        return true;
    }

    internal static void Unique(RowParser p, string column, string key, Dictionary<string, int> seen)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (seen.TryGetValue(key, out var firstLine))
        {
            p.Fail(column, key, $"is a duplicate (first defined on line {firstLine})");
        }
        else
        {
            seen[key] = p.Row.Line;
        }
    }
}
