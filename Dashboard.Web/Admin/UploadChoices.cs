using Dashboard.Data.Model;

namespace Dashboard.Web.Admin;

/// <summary>What the upload form chose beyond the dialect and the indicator: the series to import, the country column, a new source.</summary>
public sealed record UploadChoices(IReadOnlyList<string>? Series, string? CountryColumn, Source? NewSource)
{
    public static readonly UploadChoices None = new(null, null, null);
}
