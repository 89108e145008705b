using System.Globalization;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// The table of a portal file as its layout shapes it: where the header is (after at most <see cref="MaxPreamble"/>
/// title and note lines), Eurostat's packed first column unpacked, the rows after the header up to the portal's
/// footer notes.
/// </summary>
internal sealed class PortalTable(PortalLayout layout)
{
    public const int MaxPreamble = 40;

    public bool IsHeader(string[] raw, out string[] fields)
    {
        fields = raw;
        if (layout.PackedFirstColumn && (raw.Length == 0 || !raw[0].Contains('\\', StringComparison.Ordinal)))
        {
            return false;
        }

        fields = Unpack(raw, header: true);
        var header = fields;
        return layout.Signature.All(s => header.Any(f => string.Equals(f.Trim(), s, StringComparison.OrdinalIgnoreCase)))
            && (layout.PeriodColumn is not null || header.Any(f => PortalReader.YearOf(f) is not null));
    }

    /// <summary>Eurostat's packed first column: "freq,unit,geo\TIME_PERIOD" → freq | unit | geo, and the row's codes likewise.</summary>
    private string[] Unpack(string[] fields, bool header)
    {
        if (!layout.PackedFirstColumn || fields.Length == 0 || (header && !fields[0].Contains('\\', StringComparison.Ordinal)))
        {
            return fields;
        }

        var first = fields[0];
        if (header)
        {
            first = first[..first.LastIndexOf('\\')];
        }

        return [.. first.Split(','), .. fields[1..]];
    }

    public (string[]? Header, int Line, int Skip) FindHeader(TableSource table, List<string> meta)
    {
        using var records = table.Open(new ErrorList());
        for (var n = 0; n < MaxPreamble && records.TryRead(out var fields, out var line); n++)
        {
            if (IsHeader(fields, out var unpacked))
            {
                return (unpacked.Select(f => f.Trim()).ToArray(), line, n);
            }

            meta.Add(string.Join(" ", fields.Where(f => f.Length > 0)));
        }

        return (null, 0, 0);
    }

    /// <summary>
    /// Reads the rows after the header; footer lines end the table. Returns a note about the footer, if any. Errors of
    /// the table itself (stray quotes, widths, a header name given twice) go to <paramref name="tableErrors"/>: the
    /// first pass reports them, the second passes a list it drops.
    /// </summary>
    public string? Scan(TableSource table, string[] header, int headerLine, int skip, ErrorList tableErrors, Action<string[], int, TableRecords> row, List<string>? meta)
    {
        using var records = table.Open(tableErrors);
        for (var i = 0; i <= skip && records.TryRead(out _, out _); i++)
        {
        }

        if (!records.UseHeader(header, headerLine))
        {
            return null;
        }

        string? footerNote = null;
        while (records.TryRead(out var fields, out var line))
        {
            if (layout.FooterStarts.Any(f => fields[0].StartsWith(f, StringComparison.OrdinalIgnoreCase)))
            {
                var rest = 1;
                meta?.Add(string.Join(" ", fields.Where(f => f.Length > 0)));
                while (records.TryRead(out var more, out _))
                {
                    meta?.Add(string.Join(" ", more.Where(f => f.Length > 0)));
                    rest++;
                }

                footerNote = string.Create(CultureInfo.InvariantCulture, $"{rest} footer line{(rest == 1 ? string.Empty : "s")} from line {line} on ('{fields[0]}') are the portal's notes, not data: left out");
                break;
            }

            fields = Unpack(fields, header: false);
            if (!records.Fit(ref fields, header.Length, line))
            {
                continue;
            }

            row(fields, line, records);
        }

        return footerNote;
    }
}
