using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;

namespace Dashboard.Tests.Import.Formats;

/// <summary>The small format fixtures in TestData/formats and a helper to run a reader on one of them.</summary>
internal static class FormatFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "formats", name);

    public static MemoryStream Open(string name) => new(File.ReadAllBytes(PathOf(name)));

    public static ReferenceSet NoReferences { get; } = new([], [], []);

    public static (DatasetContent Content, ErrorList Errors) Read(IDatasetReader reader, string name, ReferenceSet? refs = null, string? sourceId = null)
    {
        var errors = new ErrorList();
        using var stream = Open(name);
        var content = reader.Read(stream, name, new ReaderContext { References = refs ?? NoReferences, SourceId = sourceId }, errors);
        return (content, errors);
    }

    public static Observation Single(DatasetContent content, string indicator, string entity, string period, string? counterpart = null) =>
        Assert.Single(content.Observations, p => p.Observation.IndicatorId == indicator && p.Observation.EntityCode == entity
            && p.Observation.Period == period && p.Observation.CounterpartCode == counterpart).Observation;

    public static string Report(ErrorList errors) => string.Join("\n", errors.ToReport());
}
