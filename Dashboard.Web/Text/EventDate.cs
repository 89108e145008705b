using System.Globalization;

namespace Dashboard.Web.Text;

/// <summary>Dates of timeline events as precise as the source: "10 Oct 2019", "Jun 2009", "2019".</summary>
public static class EventDate
{
    public static string Label(string date, string precision)
    {
        string[] formats = precision switch
        {
            "day" => ["yyyy-MM-dd", "d MMM yyyy"],
            "month" => ["yyyy-MM", "MMM yyyy"],
            _ => [],
        };
        if (formats.Length == 0)
        {
            return date;
        }

        return DateTime.TryParseExact(date, formats[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.ToString(formats[1], CultureInfo.InvariantCulture)
            : date;
    }
}
