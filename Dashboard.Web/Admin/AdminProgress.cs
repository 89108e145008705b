using System.Globalization;
using Dashboard.Data.Import;

namespace Dashboard.Web.Admin;

/// <summary>Words for progress and diff examples, shared by the admin pages and the command line.</summary>
public static class AdminProgress
{
    public static string Describe(ImportProgress p) => p.Phase switch
    {
        ImportProgress.Checking => string.Create(CultureInfo.InvariantCulture, $"{p.Done:N0} of {p.Total:N0} rows checked ({p.Percent ?? 0} %)"),
        ImportProgress.Writing => string.Create(CultureInfo.InvariantCulture, $"{p.Done:N0} of {p.Total:N0} rows checked and written ({p.Percent ?? 0} %)"),
        ImportProgress.Reading => string.Create(CultureInfo.InvariantCulture, $"{AdminFormat.Bytes(p.Done)} of {AdminFormat.Bytes(p.Total)} read ({p.Percent ?? 0} %)"),
        _ => "waiting to start",
    };

    public static string Describe(DiffSample s)
    {
        var key = s.Entity + (s.Counterpart is null ? "" : " ← " + s.Counterpart) + " " + s.Period;
        return s.Kind switch
        {
            "new" => string.Create(CultureInfo.InvariantCulture, $"new: {key} = {s.NewValue}"),
            "removed" => string.Create(CultureInfo.InvariantCulture, $"removed: {key} (was {s.OldValue})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"changed: {key} {s.OldValue} → {s.NewValue} ({s.ChangedFields})"),
        };
    }
}
