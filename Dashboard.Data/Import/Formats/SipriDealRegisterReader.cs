using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads the SIPRI trade register as its online tool has exported it since 2020: note lines, then one row per deal —
/// <c>Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,
/// Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons</c>
/// (the unnamed columns hold '?' flags; newer exports call "Number delivered" "Deliveries in the Year Range").
/// <para>
/// A row's <c>SIPRI TIV of delivered weapons</c> is the TIV of the deal's deliveries in the year range the first note
/// line states ("Deals with deliveries [or orders] made for the year range '2016' to '2020'"), not per year, so it is
/// never split across years: the reader stores, per recipient and supplier, the sum over their deals with the period
/// of that range (<c>2016-2020</c>; one year as <c>2019</c>) as <c>arms-tiv-delivered</c>. A file whose notes give no
/// year range, or give it as 'Not specified' (then the TIV covers every delivery of the deal, whenever it was), is
/// refused with what to do; so is a row that lists a delivery outside the stated range (the file then contradicts its
/// notes), or that has a TIV of delivered weapons but no year of delivery.
/// </para>
/// </summary>
public sealed partial class SipriDealRegisterReader : IDatasetReader
{
    private const int MaxPreambleLines = 40;

    private static readonly string[] Signature = ["Recipient", "Supplier", "Year of order", "SIPRI TIV of delivered weapons"];

    private const string DeliveredTiv = "SIPRI TIV of delivered weapons";
    private const string DeliveryYears = "Year(s) of delivery";

    public string FormatName => "SIPRI trade register CSV (one row per deal)";

    public IReadOnlyList<string> HeaderNames => ["Recipient", "Supplier", "Year of order", DeliveryYears, DeliveredTiv];

    public string ExpectedHeader =>
        "note lines stating the year range, then 'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons'";

    public bool Matches(IReadOnlyList<string[]> firstRecords) => firstRecords.Any(IsHeader);

    public DatasetContent Read(TableSource table, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = FormatName };
        if (!ReaderSupport.CheckShape(this, table, errors, $"{ExpectedHeader} within the first {TableSource.PeekRecords} lines"))
        {
            return content;
        }

        var display = table.DisplayName;
        using var records = table.Open(errors);
        string[]? header = null;
        var headerLine = 0;
        string? generated = null;
        (string Text, int Line, Match Match)? range = null;
        for (var n = 1; n <= MaxPreambleLines && records.TryRead(out var fields, out var line); n++)
        {
            if (IsHeader(fields))
            {
                (header, headerLine) = (fields, line);
                break;
            }

            // A note is one line of text, which the delimiter may have split: join it back.
            var note = string.Join(table.Dialect.Delimiter, fields);
            if (SipriTradeRegisterReader.GeneratedPattern().Match(note) is { Success: true } g)
            {
                generated = g.Groups["date"].Value;
            }

            if (range is null && RangePattern().Match(note) is { Success: true } r)
            {
                range = (note.Trim(), line, r);
            }
        }

        if (header is null || !records.UseHeader(header, headerLine))
        {
            if (header is null)
            {
                errors.Add(ImportError.At(display, 0, null, null, $"has no header line {ExpectedHeader}"));
            }

            return content;
        }

        var index = ReaderSupport.Index(header);
        var missing = HeaderNames.Where(c => !index.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            errors.Add(ImportError.At(display, headerLine, column, null, "required column is missing from the header"));
        }

        if (missing.Count > 0 || Range(range, display, headerLine, errors) is not { } period)
        {
            return content;
        }

        content.Edition = generated is null ? null : "data generated " + generated;
        if (generated is null)
        {
            content.Notes.Add("no 'Data generated: …' line in the notes: the edition is unknown");
        }

        var source = ReaderSupport.ChooseSource(context, content, SipriTradeRegisterReader.DefaultSource(content.Edition));
        int recipientCol = index["Recipient"], supplierCol = index["Supplier"], yearsCol = index[DeliveryYears], tivCol = index[DeliveredTiv];
        var actors = new SipriActors(display, context, content, errors);
        var groups = new Dictionary<(string Recipient, string Supplier), Group>();
        var numbers = table.Dialect.Numbers;
        int rows = 0, noDelivery = 0, uncertain = 0;
        while (records.TryReadRow(header.Length, out var fields, out var line))
        {
            rows++;
            var recipient = actors.Resolve(fields[recipientCol], "Recipient", line);
            var supplier = actors.Resolve(fields[supplierCol], "Supplier", line);
            var tivText = fields[tivCol];
            var years = fields[yearsCol];
            if (tivText.Length == 0)
            {
                // "An empty field indicates that no deliveries have been identified" (in the range).
                noDelivery++;
                continue;
            }

            if (!numbers.TryDecimal(tivText.TrimEnd('?'), out var tiv) || tiv < 0)
            {
                errors.Add(ImportError.At(display, line, DeliveredTiv, tivText, "is not a TIV in millions (a number 0 or more): " + numbers.Rule));
                continue;
            }

            if (!DeliveriesInRange(years, period, display, line, tiv, errors, out var delivered))
            {
                continue;
            }

            if (!delivered)
            {
                // A '0' TIV and no year of delivery: a deal ordered in the range with nothing delivered in it.
                noDelivery++;
                continue;
            }

            if (recipient is null || supplier is null)
            {
                continue;
            }

            uncertain += tivText.EndsWith('?') ? 1 : 0;
            var key = (recipient.Value.Code, supplier.Value.Code);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new Group(recipient.Value.Name, supplier.Value.Name, line);
            }

            group.Tiv += tiv;
            group.Deals++;
        }

        if (rows == 0 && !errors.HasErrors)
        {
            errors.Add(ImportError.At(display, headerLine, null, null, "has no deals (no data rows after the header)"));
        }

        if (noDelivery > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{noDelivery} of {rows} deals have no deliveries identified in {period.Label} (empty '{DeliveredTiv}', or 0 without a year of delivery): left out"));
        }

        if (uncertain > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{uncertain} of {rows} deals have an uncertain TIV ('?'); their value is included"));
        }

        content.Notes.Add($"each value is the TIV delivered in {period.Label}, the year range the file's notes state (line {range!.Value.Line}: \"{range.Value.Text}\"), summed over the deals of a recipient and supplier; the register does not say how it divides between the years");
        SipriTradeRegisterReader.DefineIndicator(context, content);
        var file = ReaderSupport.FileName(display);
        var edition = content.Edition is null ? string.Empty : $" ({content.Edition})";
        foreach (var ((recipientCode, supplierCode), g) in groups.OrderBy(g => g.Key.Recipient, StringComparer.Ordinal).ThenBy(g => g.Key.Supplier, StringComparer.Ordinal))
        {
            content.Observations.Add(new ParsedObservation(new Observation
            {
                IndicatorId = SipriTradeRegisterReader.Indicator,
                EntityCode = recipientCode,
                CounterpartCode = supplierCode,
                Period = period.Text,
                Value = (double)g.Tiv,
                SourceId = source,
                Locator = $"{file}: Recipient = {g.RecipientName}, Supplier = {g.SupplierName}, deliveries {period.Label}{edition}",
                Basis = ObservationBasis.Derived,
                DerivedFrom = string.Create(CultureInfo.InvariantCulture,
                    $"sum of '{DeliveredTiv}' (TIV m) over {(g.Deals == 1 ? "the 1 deal" : $"the {g.Deals} deals")} with Recipient = '{g.RecipientName}', Supplier = '{g.SupplierName}' in the trade register for the year range {period.Label} (the file's notes: \"{range.Value.Match.Value}\")"),
            }, period, g.FirstLine));
        }

        ReaderSupport.PruneUnusedEntities(content);
        return content;
    }

    private static bool IsHeader(string[] fields) =>
        Array.TrueForAll(Signature, s => fields.Any(f => string.Equals(f.Trim(), s, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The period of the year range the notes state; null (error added) when they state none, or 'Not specified'.</summary>
    private static Period? Range((string Text, int Line, Match Match)? range, string display, int headerLine, ErrorList errors)
    {
        const string Export = "export the register again from SIPRI's Arms Transfers Database with a year range (from and to), or export the per-delivery-year layout ('SIPRI AT Database ID,Supplier,Recipient,…,Delivery year,…,TIV delivery values'), which is read year by year";
        if (range is not { } r)
        {
            errors.Add(ImportError.At(display, headerLine, null, null,
                $"has no note line stating the year range of the deliveries (\"Deals with deliveries made for the year range '2016' to '2020'\") before its header: the '{DeliveredTiv}' of a deal cannot be placed in a period; {Export}"));
            return null;
        }

        string from = r.Match.Groups["from"].Value, to = r.Match.Groups["to"].Value;
        if (!int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var first) || !int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var last))
        {
            errors.Add(ImportError.At(display, r.Line, null, r.Match.Value,
                $"gives the year range as '{from}' to '{to}': the '{DeliveredTiv}' of each deal then covers all its deliveries, over years the file does not say, and cannot be placed in a period; {Export}"));
            return null;
        }

        if (first > last)
        {
            errors.Add(ImportError.At(display, r.Line, null, r.Match.Value, "gives a year range that ends before it starts"));
            return null;
        }

        return Period.Parse(first == last ? from : $"{from}-{to}");
    }

    /// <summary>
    /// Checks a row's "Year(s) of delivery" ("2016; 2017; 2018") against the range: false (error added) for a year that
    /// is not one, one outside the range, or a TIV above 0 without any year; <paramref name="delivered"/> says whether
    /// the row lists any year.
    /// </summary>
    private static bool DeliveriesInRange(string years, Period range, string display, int line, decimal tiv, ErrorList errors, out bool delivered)
    {
        var listed = years.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        delivered = listed.Length > 0;
        if (!delivered && tiv > 0)
        {
            errors.Add(ImportError.At(display, line, DeliveryYears, years, $"is empty but the deal has a '{DeliveredTiv}' above 0: the row contradicts itself"));
            return false;
        }

        foreach (var text in listed)
        {
            if (!ReaderSupport.TryYear(text.TrimEnd('?'), out var year))
            {
                errors.Add(ImportError.At(display, line, DeliveryYears, years, $"'{text}' is not a year (years of delivery are separated by ';')"));
                return false;
            }

            if (year.StartYear < range.StartYear || year.StartYear > range.EndYear)
            {
                errors.Add(ImportError.At(display, line, DeliveryYears, years, string.Create(CultureInfo.InvariantCulture,
                    $"lists a delivery in {year.StartYear}, outside the year range {range.Label} the notes state: the file does not say which deliveries its '{DeliveredTiv}' covers; export the register again without changing its rows")));
                return false;
            }
        }

        return true;
    }

    // "Deals with deliveries made for the year range 'Not specified' to 'Not specified'", "Deals with deliveries or
    // orders made for year range '1950' to '2024'" (quotes optional).
    [GeneratedRegex(@"Deals with deliveries.*?\byear range\s+'?(?<from>\d{4}|not specified)'?\s+to\s+'?(?<to>\d{4}|not specified)'?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RangePattern();

    private sealed class Group(string recipientName, string supplierName, int firstLine)
    {
        public string RecipientName { get; } = recipientName;
        public string SupplierName { get; } = supplierName;
        public int FirstLine { get; } = firstLine;
        public decimal Tiv { get; set; }
        public int Deals { get; set; }
    }
}
