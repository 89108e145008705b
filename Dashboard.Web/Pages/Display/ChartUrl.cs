namespace Dashboard.Web.Pages.Display;

/// <summary>URLs of the chart endpoints (<c>/charts/{indicator}.{png|svg|csv}</c>); pages embed and link charts only by URL.</summary>
public static class ChartUrl
{
    /// <summary>Default size of the 1× image in CSS pixels, as the chart endpoints render it.</summary>
    public const int Width = 1200;

    public const int Height = 675;

    public static string For(string indicatorId, string format, ChartSelection? selection = null, string? theme = null, int? scale = null)
    {
        var query = (selection ?? ChartSelection.All).ToQuery();
        var extra = new List<string>();
        if (!string.IsNullOrEmpty(query))
        {
            extra.Add(query);
        }

        if (theme is not null)
        {
            extra.Add("theme=" + Uri.EscapeDataString(theme));
        }

        if (scale is > 1)
        {
            extra.Add("scale=" + scale.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var path = "/charts/" + Uri.EscapeDataString(indicatorId) + "." + format;
        return extra.Count == 0 ? path : path + "?" + string.Join("&", extra);
    }
}
