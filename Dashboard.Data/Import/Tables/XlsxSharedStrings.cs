using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// A workbook's shared-string table (the text most cells point to), read within <see cref="XlsxBudget.MaxSharedPartBytes"/>:
/// the size the ZIP directory declares is checked before unpacking, and the bytes really unpacked are counted.
/// </summary>
internal static class XlsxSharedStrings
{
    /// <summary>The strings of the workbook's shared-string part; null (error added) when it unpacks to more than the budget.</summary>
    public static List<string>? Read(ZipArchiveEntry entry, string displayName, XlsxBudget budget, ErrorList errors)
    {
        if (entry.Length > budget.MaxSharedPartBytes)
        {
            errors.Add(ImportError.At(displayName, 0, null, null, string.Create(CultureInfo.InvariantCulture,
                $"its shared strings unpack to {entry.Length:N0} bytes, more than an import holds ({budget.MaxSharedPartBytes:N0}, Admin:XlsxBudget:MaxSharedPartBytes): save the sheet as CSV")));
            return null;
        }

        var strings = new List<string>();
        try
        {
            using var counted = new CountingStream(entry.Open(), budget.MaxSharedPartBytes);
            using var xml = XmlReader.Create(counted, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false });
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
                {
                    strings.Add(XlsxSheetReader.ReadStringItem(xml).ToString());
                }
            }
        }
        catch (XlsxSheetReader.BudgetExceededException)
        {
            errors.Add(ImportError.At(displayName, 0, null, null, string.Create(CultureInfo.InvariantCulture,
                $"its shared strings unpack to more than {budget.MaxSharedPartBytes:N0} bytes, more than an import holds (Admin:XlsxBudget:MaxSharedPartBytes): save the sheet as CSV")));
            return null;
        }

        return strings;
    }
}
