using System.Globalization;
using System.Text;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Which cell styles of a workbook show dates, and how precisely: a date cell holds a serial day number, and its
/// number format says whether the user sees a day, a month ("Nov-19") or a year. Built-in formats 14–22, 27–36,
/// 45–47 and 50–58 are dates or times; a custom format is one when, outside quoted text, escapes and [brackets], it has
/// y, m, d, h or s.
/// </summary>
internal static class XlsxNumberFormats
{
    public enum DateKind
    {
        None,
        Year,
        Month,
        Day,
        DateTime,
        Time,
    }

    public static DateKind KindOf(uint formatId, string? code)
    {
        if (code is null)
        {
            return formatId switch
            {
                14 or 15 or 16 or (>= 27 and <= 31) or 34 or 35 or 36 or (>= 50 and <= 58) => DateKind.Day,
                17 => DateKind.Month,
                22 => DateKind.DateTime,
                (>= 18 and <= 21) or 32 or 33 or (>= 45 and <= 47) => DateKind.Time,
                _ => DateKind.None,
            };
        }

        var letters = Tokens(code);
        bool y = letters.Contains('y'), d = letters.Contains('d'), m = letters.Contains('m'), time = letters.Contains('h') || letters.Contains('s');
        return (y, m, d, time) switch
        {
            (false, false, false, false) => DateKind.None,
            (_, _, true, true) => DateKind.DateTime,
            (_, _, true, false) => DateKind.Day,
            (true, true, false, _) => DateKind.Month,
            (true, false, false, _) => DateKind.Year,
            _ => time || m ? DateKind.Time : DateKind.None,
        };
    }

    /// <summary>
    /// Whether a number format shows numbers as percentages: built-in 9 (<c>0%</c>) and 10 (<c>0.00%</c>), or a custom
    /// format with '%' outside quoted text, escapes and brackets (first section).
    /// </summary>
    public static bool IsPercent(uint formatId, string? code)
    {
        if (code is null)
        {
            return formatId is 9 or 10;
        }

        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                quoted = c != '"';
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == '[')
            {
                var end = code.IndexOf(']', i);
                i = end < 0 ? code.Length : end;
            }
            else if (c == ';')
            {
                return false;
            }
            else if (c == '%')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number a percent-formatted cell shows, exactly: the stored digits × 100 in decimal ("0.0102" → "1.02").</summary>
    public static string? Percent(string stored)
    {
        if (decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            try
            {
                // The exact product, as the nearest double (what a reader of the cell sees: 0.0102 → 1.02, not 1.0200000000000001).
                return ((double)(d * 100m)).ToString("R", CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                // Beyond decimal's range: read as a double below.
            }
        }

        return double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x * 100)
            ? (x * 100).ToString("R", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The date a serial number shows, as text of the format's precision (ISO: 2019, 2019-11, 2019-11-01).</summary>
    public static string? Format(double serial, DateKind kind, bool date1904)
    {
        if (!double.IsFinite(serial) || serial < 0 || serial > 2958465)
        {
            return null;
        }

        // Excel counts 1900 as a leap year (serial 60 = 29 Feb 1900, which never was): serials before it are one day off.
        if (!date1904 && serial < 61)
        {
            serial += 1;
        }

        var at = date1904 ? new DateTime(1904, 1, 1).AddDays(serial) : new DateTime(1899, 12, 30).AddDays(serial);
        at = at.AddMilliseconds(Math.Round(at.TimeOfDay.TotalMilliseconds) - at.TimeOfDay.TotalMilliseconds);
        return kind switch
        {
            DateKind.Year => at.ToString("yyyy", CultureInfo.InvariantCulture),
            DateKind.Month => at.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DateKind.Day => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateKind.Time => at.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            _ => at.TimeOfDay == TimeSpan.Zero ? at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : at.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The lower-case format letters outside quoted text, escapes (\x) and [brackets]; only the first section.</summary>
    private static string Tokens(string code)
    {
        code = code.Replace("AM/PM", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("A/P", string.Empty, StringComparison.OrdinalIgnoreCase);
        var sb = new StringBuilder();
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                quoted = c != '"';
            }
            else if (bracket)
            {
                bracket = c != ']';
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '[')
            {
                // [h], [mm], [ss]: elapsed time. Other brackets: colours, conditions, locales.
                var end = code.IndexOf(']', i);
                var inside = end > i ? code[(i + 1)..end].ToLowerInvariant() : string.Empty;
                if (inside.Length > 0 && inside.All(ch => ch is 'h' or 'm' or 's'))
                {
                    sb.Append('h');
                }

                bracket = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == ';')
            {
                break;
            }
            else if (char.IsAsciiLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        var tokens = sb.ToString();
        // "General" and the E of a scientific format are not date letters.
        return tokens.Replace("general", string.Empty, StringComparison.Ordinal).Replace("e", string.Empty, StringComparison.Ordinal);
    }
}
