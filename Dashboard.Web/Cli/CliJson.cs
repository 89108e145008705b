using System.Text.Json;
using Dashboard.Data.Import;

namespace Dashboard.Web.Cli;

/// <summary>Machine-readable output of the dataset verbs (<c>--json</c>): one JSON document on stdout.</summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(TextWriter stdout, object value) => stdout.WriteLine(JsonSerializer.Serialize(value, Options));

    public static object Report(DatasetImportReport r) => new
    {
        r.DatasetId,
        r.Format,
        r.Dialect,
        r.DryRun,
        r.Refused,
        r.Applied,
        r.Replaces,
        r.PreviousRowCount,
        r.RowCount,
        r.ErrorCount,
        Errors = r.Errors.Select(e => new { e.File, e.Line, e.Cell, e.Column, e.Value, e.Rule, Text = e.ToString() }),
        r.DiffComplete,
        Diff = r.Diff.Select(d => new { d.IndicatorId, d.New, d.Changed, d.Removed, d.Unchanged }),
        r.NewIndicators,
        r.NewEntities,
        r.NewSources,
        r.Notes,
        r.DataVersion,
    };
}
