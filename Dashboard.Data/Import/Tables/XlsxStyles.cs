using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Data.Import.Tables;

/// <summary>What each cell style of a workbook shows its numbers as: a date (and how precisely), a percentage, or the number.</summary>
internal sealed class XlsxStyles
{
    private readonly (XlsxNumberFormats.DateKind Date, bool Percent)[] _styles;

    private XlsxStyles((XlsxNumberFormats.DateKind, bool)[] styles, bool date1904)
    {
        _styles = styles;
        Date1904 = date1904;
    }

    public bool Date1904 { get; }

    public (XlsxNumberFormats.DateKind Date, bool Percent) Of(uint style) => style < _styles.Length ? _styles[style] : default;

    public static XlsxStyles Read(WorkbookPart workbook)
    {
        var date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value == true;
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return new XlsxStyles([], date1904);
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value) ?? [];
        return new XlsxStyles(formats.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value ?? 0)
            .Select(id => (XlsxNumberFormats.KindOf(id, custom.GetValueOrDefault(id)), XlsxNumberFormats.IsPercent(id, custom.GetValueOrDefault(id))))
            .ToArray(), date1904);
    }
}
