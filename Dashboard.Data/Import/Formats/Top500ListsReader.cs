using System.Globalization;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads the TOP500 lists table (one row per system per list: <c>list,rank,name,site,manufacturer,computer,country,
/// year,segment,cores,rmax_tflops,rpeak_tflops</c>) into two derived indicators per list month and country:
/// <c>top500-systems</c> (number of systems) and <c>top500-rmax-share</c> (% of the list's summed Rmax). Every country
/// that appears on any list of the file gets a row for every list, with 0 where it has no system on that list.
/// </summary>
public sealed class Top500ListsReader : IDatasetReader
{
    public const string SystemsIndicator = "top500-systems";
    public const string ShareIndicator = "top500-rmax-share";

    /// <summary>Shares keep 6 decimals so that rounding them again for display (e.g. to 2) cannot flip a digit.</summary>
    public const int ShareDecimals = 6;

    private static readonly string[] Columns =
        ["list", "rank", "name", "site", "manufacturer", "computer", "country", "year", "segment", "cores", "rmax_tflops", "rpeak_tflops"];

    private static readonly string[] RequiredColumns = ["list", "rank", "country", "rmax_tflops"];

    public string FormatName => "TOP500 lists table";

    public IReadOnlyList<string> HeaderNames => RequiredColumns;

    public string ExpectedHeader => string.Join(',', Columns);

    public bool Matches(IReadOnlyList<string[]> firstRecords) =>
        firstRecords.Count > 0 && ReaderSupport.Index(firstRecords[0]) is var header && RequiredColumns.All(header.ContainsKey);

    public DatasetContent Read(TableSource table, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = FormatName };
        if (!ReaderSupport.CheckShape(this, table, errors,
                "a header line with the columns " + string.Join(',', Columns) + " (at least " + string.Join(", ", RequiredColumns) + ")"))
        {
            return content;
        }

        var displayName = table.DisplayName;
        using var records = table.Open(errors);
        if (!records.TryRead(out var header, out var headerLine))
        {
            return content;
        }

        if (!records.UseHeader(header, headerLine))
        {
            return content;
        }

        var index = ReaderSupport.Index(header);
        foreach (var name in header.Where(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(ImportError.At(displayName, headerLine, null, name, "is not a column of the TOP500 lists table (expected: " + string.Join(',', Columns) + ")"));
        }

        int listCol = index["list"], rankCol = index["rank"], countryCol = index["country"], rmaxCol = index["rmax_tflops"];
        var lists = new SortedDictionary<string, ListTotals>(StringComparer.Ordinal);
        var countries = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        var unknownCountries = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbers = table.Dialect.Numbers;
        while (records.TryReadRow(header.Length, out var fields, out var line))
        {
            var ok = true;
            var listText = fields[listCol];
            if (!Period.TryParse(listText, out var period, out _) || period.Kind != PeriodKind.Month)
            {
                errors.Add(ImportError.At(displayName, line, "list", listText, "is not a list month (use YYYY-MM, e.g. 2019-11)"));
                ok = false;
            }

            if (!int.TryParse(fields[rankCol], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) || rank < 1)
            {
                errors.Add(ImportError.At(displayName, line, "rank", fields[rankCol], "is not a rank (a whole number from 1)"));
                ok = false;
            }

            // Some published lists lack Rmax altogether: the systems still count, the list gets no Rmax shares.
            var rmaxMissing = fields[rmaxCol].Length == 0;
            var rmax = 0m;
            if (!rmaxMissing && (!numbers.TryDecimal(fields[rmaxCol], out rmax) || rmax < 0))
            {
                errors.Add(ImportError.At(displayName, line, "rmax_tflops", fields[rmaxCol], "is not a performance in TFlop/s (a number 0 or more): " + numbers.Rule));
                ok = false;
            }

            var countryName = fields[countryCol];
            var code = countryName.Length == 0 ? null : ReaderSupport.ResolveEntity(countryName, context, content);
            if (code is null)
            {
                // One error per unknown name keeps the report readable; the count says how many rows it hides.
                unknownCountries[countryName] = unknownCountries.GetValueOrDefault(countryName) + 1;
                if (unknownCountries[countryName] == 1)
                {
                    errors.Add(ImportError.At(displayName, line, "country", countryName,
                        countryName.Length == 0 ? "is required but empty" : "is not a known country name (add its spelling to CountryNames or map it)"));
                }

                ok = false;
            }

            if (!ok || code is null)
            {
                continue;
            }

            if (!lists.TryGetValue(listText, out var totals))
            {
                lists[listText] = totals = new ListTotals(period, line);
            }

            totals.Systems++;
            totals.Rmax += rmax;
            totals.RmaxMissing += rmaxMissing ? 1 : 0;
            var perCountry = totals.ByCountry.GetValueOrDefault(code);
            totals.ByCountry[code] = (perCountry.Count + 1, perCountry.Rmax + rmax, perCountry.Count == 0 ? line : perCountry.FirstLine);
            if (!countries.TryGetValue(code, out var info))
            {
                countries[code] = info = new CountryInfo();
            }

            info.Spellings.Add(countryName);
        }

        if (lists.Count == 0)
        {
            if (!errors.HasErrors)
            {
                errors.Add(ImportError.At(displayName, 0, null, null, "has no systems (no data rows after the header)"));
            }

            return content;
        }

        content.Edition = $"lists {lists.Keys.First()} to {lists.Keys.Last()}";
        var source = ReaderSupport.ChooseSource(context, content, new Source
        {
            Id = "top500",
            Citation = "TOP500.org (Strohmaier, E., Dongarra, J., Simon, H. & Meuer, M.). TOP500 Supercomputer Sites; cite as \"TOP500, list of <Month Year>\".",
            Url = "https://top500.org/lists/",
            Publisher = "TOP500.org",
            Edition = content.Edition,
        });
        DefineIndicators(context, content);
        foreach (var (list, totals) in lists.Where(l => l.Value.Systems != 500))
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"list {list} has {totals.Systems} systems, not 500"));
        }

        foreach (var (list, totals) in lists.Where(l => l.Value.RmaxMissing > 0))
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"list {list}: rmax_tflops is empty for {totals.RmaxMissing} of {totals.Systems} systems, so the list has no Rmax shares"));
        }

        var file = ReaderSupport.FileName(displayName);
        foreach (var (list, totals) in lists)
        {
            foreach (var code in countries.Keys.Order(StringComparer.Ordinal))
            {
                var (count, rmax, countryLine) = totals.ByCountry.GetValueOrDefault(code);
                // The country's first system on the list; a country without one is counted from the list's first row.
                var rowLine = count > 0 ? countryLine : totals.FirstLine;
                var spelled = string.Join(" or ", countries[code].Spellings.Order(StringComparer.Ordinal).Select(s => $"'{s}'"));
                var locator = $"{file}: list = {list}, column country (TOP500 list of {totals.Period.Label})";
                var filter = $"rows with list = '{list}' and country = {spelled}";
                content.Observations.Add(new ParsedObservation(new Observation
                {
                    IndicatorId = SystemsIndicator,
                    EntityCode = code,
                    Period = list,
                    Value = count,
                    SourceId = source,
                    Locator = locator,
                    Basis = "derived",
                    DerivedFrom = string.Create(CultureInfo.InvariantCulture, $"count of {filter} ({count} of the list's {totals.Systems} systems)"),
                }, totals.Period, rowLine));
                if (totals.RmaxMissing > 0)
                {
                    continue;
                }

                var share = totals.Rmax == 0 ? 0m : Math.Round(100m * rmax / totals.Rmax, ShareDecimals, MidpointRounding.AwayFromZero);
                content.Observations.Add(new ParsedObservation(new Observation
                {
                    IndicatorId = ShareIndicator,
                    EntityCode = code,
                    Period = list,
                    Value = (double)share,
                    SourceId = source,
                    Locator = locator,
                    Basis = "derived",
                    DerivedFrom = string.Create(CultureInfo.InvariantCulture,
                        $"100 × sum(rmax_tflops) of {filter} / sum(rmax_tflops) of all {totals.Systems} rows of list {list} = 100 × {rmax} / {totals.Rmax} TFlop/s, rounded to {ShareDecimals} decimals"),
                }, totals.Period, rowLine));
            }
        }

        return content;
    }

    private static void DefineIndicators(ReaderContext context, DatasetContent content)
    {
        ReaderSupport.Define(ReaderIndicators.Get(SystemsIndicator), context, content);
        ReaderSupport.Define(ReaderIndicators.Get(ShareIndicator), context, content);
        ReaderSupport.Define(new Indicator
        {
            Id = ShareIndicator,
            Name = "Share of TOP500 performance (Rmax) by country",
            Unit = "%",
            Dimension = "technology",
            Description = "Share (%) of the summed Rmax (LINPACK performance) of all 500 systems of a TOP500 list that is installed in a country.",
            ChartKind = "line",
            MinValue = 0,
            MaxValue = 100,
        }, context, content);
    }

    private sealed class ListTotals(Period period, int firstLine)
    {
        public Period Period { get; } = period;
        public int FirstLine { get; } = firstLine;
        public int Systems { get; set; }
        public decimal Rmax { get; set; }
        public int RmaxMissing { get; set; }
        public Dictionary<string, (int Count, decimal Rmax, int FirstLine)> ByCountry { get; } = new(StringComparer.Ordinal);
    }

    private sealed class CountryInfo
    {
        public SortedSet<string> Spellings { get; } = new(StringComparer.Ordinal);
    }
}
