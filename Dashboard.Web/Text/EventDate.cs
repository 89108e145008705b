using System.Globalization;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Text;

/// <summary>Dates of timeline events as precise as the source: "10 Oct 2019", "Jun 2009", "2019" (months in the reader's language).</summary>
public static class EventDate
{
    public static string Label(string date, string precision) => Label(date, precision, Language.English);

    public static string Label(string date, string precision, Language language)
    {
        var format = precision switch
        {
            "day" => "yyyy-MM-dd",
            "month" => "yyyy-MM",
            _ => null,
        };
        if (format is null || !DateTime.TryParseExact(date, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return date;
        }

        var monthYear = language.Month(parsed.Month) + " " + parsed.Year.ToString(CultureInfo.InvariantCulture);
        return precision == "day" ? parsed.Day.ToString(CultureInfo.InvariantCulture) + " " + monthYear : monthYear;
    }
}
