using System.Globalization;
using System.Text;
using System.Xml;
using Dashboard.Data.Model;
using Dashboard.Web.Accessibility;
using Dashboard.Web.Text;

namespace Dashboard.Web.Feeds;

/// <summary>
/// The Atom feed of an indicator's revisions (RFC 4287): one entry per revision, newest first, titled
/// "Revised 2026-11-14: 3 values changed, 2 added, 1 removed", its content the changes old → new
/// ("Kazakhstan 2022: 92.3 → 92.5 %"), linking to the indicator page and to the chart as published before it.
/// Text from the store is stripped of the characters no file writer passes on, and XML-escaped by the writer.
/// </summary>
public static class RevisionAtom
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(Indicator indicator, IndicatorHistory history, Func<string, string> name, string baseUrl, DateTimeOffset fallbackUpdated)
    {
        var page = baseUrl + "/indicators/" + Uri.EscapeDataString(indicator.Id);
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteElementString("id", Id(indicator.Id, null));
            xml.WriteElementString("title", UnsafeText.Strip($"Revisions: {indicator.Name}"));
            xml.WriteElementString("subtitle", "Every value of this indicator the sources revised after it was first published here, old → new.");
            xml.WriteElementString("updated", Time(history.Revisions.Count > 0 ? history.Revisions[0].RevisedAt : null, fallbackUpdated));
            Link(xml, "self", page + "/revisions.atom");
            Link(xml, "alternate", page);
            xml.WriteStartElement("author");
            xml.WriteElementString("name", "GeoAI Dashboard");
            xml.WriteEndElement();
            foreach (var revision in history.Revisions)
            {
                xml.WriteStartElement("entry");
                xml.WriteElementString("id", Id(indicator.Id, revision.Id));
                xml.WriteElementString("title", Title(revision));
                xml.WriteElementString("updated", Time(revision.RevisedAt, fallbackUpdated));
                Link(xml, "alternate", page + "#revision-" + revision.Id.ToString(CultureInfo.InvariantCulture));
                xml.WriteStartElement("content");
                xml.WriteAttributeString("type", "text");
                xml.WriteString(UnsafeText.Strip(Content(revision, indicator.Unit, name)));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return output.ToArray();
    }

    /// <summary>"Revised 2026-11-14: 3 values changed, 2 added, 1 removed" (or "First published …").</summary>
    public static string Title(Revision revision)
    {
        var parts = new List<string>();
        if (revision.Changed > 0)
        {
            parts.Add(Count(revision.Changed, "value changed", "values changed"));
        }

        if (revision.Added > 0)
        {
            parts.Add(Count(revision.Added, "added", "added"));
        }

        if (revision.Removed > 0)
        {
            parts.Add(Count(revision.Removed, "removed", "removed"));
        }

        return $"{(revision.First ? "First published" : "Revised")} {revision.Day}: {string.Join(", ", parts)}";
    }

    /// <summary>"Kazakhstan 2022: 92.3 → 92.5 %", "Kyrgyzstan 2023: added 41.2 %", "Tajikistan 2001: removed (was 3 %)".</summary>
    public static string Change(RevisionChange change, string unit, Func<string, string> name)
    {
        var who = name(change.EntityCode) + (change.CounterpartCode is { } cp ? " ← " + name(cp) : "");
        var when = Period.TryParse(change.Period, out var p, out _) ? p.Label : change.Period;
        return change.Change switch
        {
            "added" => $"{who} {when}: added {Value(change.NewValue, unit)}",
            "removed" => $"{who} {when}: removed (was {Value(change.OldValue, unit)})",
            _ => $"{who} {when}: {Value(change.OldValue, "")} → {Value(change.NewValue, unit)}",
        };
    }

    private static string Content(Revision revision, string unit, Func<string, string> name)
    {
        var lines = new List<string>
        {
            $"{(revision.First ? "First published" : "Revised")} {revision.RevisedAt[..Math.Min(16, revision.RevisedAt.Length)].Replace('T', ' ')} UTC by {revision.Origin}" +
            (revision.Edition is { } edition ? $", source edition: {edition}" : ""),
        };
        lines.AddRange(revision.Changes.Select(c => Change(c, unit, name)));
        if (revision.Total > revision.Changes.Count)
        {
            lines.Add($"… and {(revision.Total - revision.Changes.Count).ToString("N0", CultureInfo.InvariantCulture)} more (/api/revisions?indicator=…)");
        }

        return string.Join("\n", lines);
    }

    private static string Value(double? value, string unit) =>
        value is { } v ? (unit.Length == 0 ? v.ToString("#,0.##########", CultureInfo.InvariantCulture) : ValueText.Exact(v, unit)) : "–";

    private static string Count(long n, string one, string many) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    private static string Id(string indicator, long? revision) =>
        $"tag:geoai-dashboard,2026:revisions/{indicator}" + (revision is { } r ? "/" + r.ToString(CultureInfo.InvariantCulture) : "");

    private static string Time(string? stored, DateTimeOffset fallback) =>
        (stored is not null && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : fallback)
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
