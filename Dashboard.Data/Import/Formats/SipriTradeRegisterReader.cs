using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads a SIPRI Arms Transfers Database trade register CSV: notes before the header
/// (<c>SIPRI AT Database ID,Supplier,Recipient,…</c>), one row per deal and delivery year, TIV in millions. Produces
/// <c>arms-tiv-delivered</c>: entity = recipient, counterpart = supplier, period = delivery year, value = the summed
/// <c>TIV delivery values</c> of that recipient, supplier and year. A <c>?</c> marks an uncertain value (used, and
/// counted in a note); an empty or bare <c>?</c> TIV is unknown (left out, counted in a note). "Data generated: …"
/// in the notes becomes the edition.
/// </summary>
public sealed partial class SipriTradeRegisterReader : IDatasetReader
{
    public const string Indicator = "arms-tiv-delivered";
    public const string HeaderStart = "SIPRI AT Database ID,Supplier,Recipient";

    private const int MaxPreambleLines = 40;

    private static readonly string[] RequiredColumns = ["Supplier", "Recipient", "Delivery year", "TIV delivery values"];

    public string FormatName => "SIPRI trade register CSV";

    public IReadOnlyList<string> HeaderNames => ["SIPRI AT Database ID", .. RequiredColumns];

    public string ExpectedHeader => $"notes, then '{HeaderStart},…,Delivery year,…,TIV delivery values,…'";

    public bool Matches(IReadOnlyList<string[]> firstRecords) => firstRecords.Any(IsHeader);

    public DatasetContent Read(TableSource table, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = FormatName };
        if (!ReaderSupport.CheckShape(this, table, errors,
                $"notes, then a header line starting '{HeaderStart},…' within the first {TableSource.PeekRecords} lines"))
        {
            return content;
        }

        var displayName = table.DisplayName;
        using var records = table.Open(errors);
        var headerLine = 0;
        string[]? columns = null;
        string? generated = null;
        for (var n = 1; n <= MaxPreambleLines && records.TryRead(out var fields, out var line); n++)
        {
            if (IsHeader(fields))
            {
                headerLine = line;
                columns = fields;
                break;
            }

            // A note is one line of text, which the delimiter may have split: join it back to find the date.
            if (GeneratedPattern().Match(string.Join(table.Dialect.Delimiter, fields)) is { Success: true } m)
            {
                generated = m.Groups["date"].Value;
            }
        }

        if (columns is null)
        {
            errors.Add(ImportError.At(displayName, 0, null, null, $"has no header line starting '{HeaderStart}'"));
            return content;
        }

        if (!records.UseHeader(columns, headerLine))
        {
            return content;
        }

        var index = ReaderSupport.Index(columns);
        var missing = RequiredColumns.Where(c => !index.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            errors.Add(ImportError.At(displayName, headerLine, column, null, "required column is missing from the header"));
        }

        if (missing.Count > 0)
        {
            return content;
        }

        content.Edition = generated is null ? null : "data generated " + generated;
        if (generated is null)
        {
            content.Notes.Add("no 'Data generated: …' line in the notes: the edition is unknown");
        }

        var source = ReaderSupport.ChooseSource(context, content, DefaultSource(content.Edition));
        int supplierCol = index["Supplier"], recipientCol = index["Recipient"], yearCol = index["Delivery year"], tivCol = index["TIV delivery values"];
        var groups = new Dictionary<(string Recipient, string Supplier, int Year), Group>();
        var actors = new SipriActors(displayName, context, content, errors);
        int unknownTiv = 0, uncertainTiv = 0, rows = 0;
        var numbers = table.Dialect.Numbers;
        while (records.TryReadRow(columns.Length, out var fields, out var line))
        {
            rows++;
            var ok = true;
            var yearText = fields[yearCol].TrimEnd('?');
            if (!ReaderSupport.TryYear(yearText, out var period))
            {
                errors.Add(ImportError.At(displayName, line, "Delivery year", fields[yearCol], "is not a year (YYYY)"));
                ok = false;
            }

            var recipient = actors.Resolve(fields[recipientCol], "Recipient", line);
            var supplier = actors.Resolve(fields[supplierCol], "Supplier", line);
            var tivText = fields[tivCol];
            decimal tiv = 0;
            if (tivText.Length == 0 || tivText == "?")
            {
                unknownTiv++;
                continue;
            }

            var uncertain = tivText.EndsWith('?');
            if (!numbers.TryDecimal(tivText.TrimEnd('?'), out tiv) || tiv < 0)
            {
                errors.Add(ImportError.At(displayName, line, "TIV delivery values", tivText, "is not a TIV in millions (a number 0 or more): " + numbers.Rule));
                ok = false;
            }

            if (!ok || recipient is null || supplier is null)
            {
                continue;
            }

            if (uncertain)
            {
                uncertainTiv++;
            }

            var key = (recipient.Value.Code, supplier.Value.Code, int.Parse(yearText, CultureInfo.InvariantCulture));
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new Group(recipient.Value.Name, supplier.Value.Name, period, line);
            }

            group.Tiv += tiv;
            group.Rows++;
            group.Uncertain += uncertain ? 1 : 0;
        }

        if (unknownTiv > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{unknownTiv} of {rows} rows have no TIV delivery value (unknown) and were left out"));
        }

        if (uncertainTiv > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{uncertainTiv} of {rows} rows have an uncertain TIV ('?'); their value is included"));
        }

        if (rows == 0 && !errors.HasErrors)
        {
            errors.Add(ImportError.At(displayName, headerLine, null, null, "has no deliveries (no data rows after the header)"));
        }

        DefineIndicator(context, content);
        var file = ReaderSupport.FileName(displayName);
        var edition = content.Edition is null ? string.Empty : $" ({content.Edition})";
        foreach (var ((recipientCode, supplierCode, year), g) in groups.OrderBy(g => g.Key.Recipient, StringComparer.Ordinal)
                     .ThenBy(g => g.Key.Supplier, StringComparer.Ordinal).ThenBy(g => g.Key.Year))
        {
            var uncertainNote = g.Uncertain > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {g.Uncertain} of them marked uncertain ('?')") : string.Empty;
            content.Observations.Add(new ParsedObservation(new Observation
            {
                IndicatorId = Indicator,
                EntityCode = recipientCode,
                CounterpartCode = supplierCode,
                Period = g.Period.Text,
                Value = (double)g.Tiv,
                SourceId = source,
                Locator = string.Create(CultureInfo.InvariantCulture,
                    $"{file}: Recipient = {g.RecipientName}, Supplier = {g.SupplierName}, Delivery year = {year}{edition}"),
                Basis = "derived",
                DerivedFrom = string.Create(CultureInfo.InvariantCulture,
                    $"sum of 'TIV delivery values' (TIV m) over {(g.Rows == 1 ? "the 1 row" : $"the {g.Rows} rows")} with Recipient = '{g.RecipientName}', Supplier = '{g.SupplierName}', Delivery year = {year}{uncertainNote}"),
            }, g.Period, g.FirstLine));
        }

        ReaderSupport.PruneUnusedEntities(content);
        return content;
    }

    private static bool IsHeader(string[] fields) =>
        fields.Length >= 3 && HeaderStart.Split(',').Select((h, i) => string.Equals(fields[i], h, StringComparison.OrdinalIgnoreCase)).All(b => b);

    /// <summary>The source cited when the caller names none; its id carries the generation date.</summary>
    internal static Source DefaultSource(string? edition)
    {
        var date = edition?.Replace("data generated ", string.Empty, StringComparison.Ordinal);
        var suffix = date is null ? "undated"
            : DateTime.TryParseExact(date, "d MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : ReaderSupport.Slug(date);
        return new Source
        {
            Id = "sipri-at-" + suffix,
            Citation = $"Stockholm International Peace Research Institute (SIPRI). SIPRI Arms Transfers Database, trade register{(edition is null ? string.Empty : " (" + edition + ")")}. Values are trend-indicator values (TIV), not money.",
            Url = "https://www.sipri.org/databases/armstransfers",
            Publisher = "Stockholm International Peace Research Institute (SIPRI)",
            Edition = edition,
        };
    }

    internal static void DefineIndicator(ReaderContext context, DatasetContent content) =>
        ReaderSupport.Define(ReaderIndicators.Get(Indicator), context, content);

    // "Data generated: 3 Jan 2025 9:16:02 PM" → "3 Jan 2025" (the time of day is not part of the edition).
    [GeneratedRegex(@"^\s*""?Data generated:\s*(?<date>\d{1,2} [A-Za-z]{3,9} \d{4})", RegexOptions.CultureInvariant)]
    internal static partial Regex GeneratedPattern();

    private sealed class Group(string recipientName, string supplierName, Period period, int firstLine)
    {
        public string RecipientName { get; } = recipientName;
        public string SupplierName { get; } = supplierName;
        public Period Period { get; } = period;
        public int FirstLine { get; } = firstLine;
        public decimal Tiv { get; set; }
        public int Rows { get; set; }
        public int Uncertain { get; set; }
    }
}
