using Dashboard.Data.Import.Formats;

namespace Dashboard.Tests.Import.Formats;

public sealed class OwidGrapherReaderTests
{
    private readonly OwidGrapherReader _reader = new();

    [Fact]
    public void Read_TwoValueColumns_OneIndicatorPerColumn()
    {
        var (content, errors) = FormatFixtures.Read(_reader, "owid-private-investment.csv");

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal(["owid-private-investment-all", "owid-private-investment-all-projected-projected"], content.Indicators.Select(i => i.Id).ToArray());
        Assert.Equal(100, FormatFixtures.Single(content, "owid-private-investment-all", "CHN", "2019").Value);
        Assert.Equal(150, FormatFixtures.Single(content, "owid-private-investment-all-projected-projected", "CHN", "2020").Value);
        Assert.Equal(5, FormatFixtures.Single(content, "owid-private-investment-all", "KAZ", "2020").Value);
        // Empty cells are no value, not zero.
        Assert.DoesNotContain(content.Observations, p => p.Observation.EntityCode == "CHN" && p.Observation.Period == "2020" && p.Observation.IndicatorId.EndsWith("-all", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AggregatesWithoutCountryCode_SkippedAndCountedInANote()
    {
        var (content, errors) = FormatFixtures.Read(_reader, "owid-private-investment.csv");

        Assert.False(errors.HasErrors);
        Assert.Equal("skipped 3 rows of 3 regions or groups without a country code: Africa; ASEAN (CSET); World", Assert.Single(content.Notes));
        // OWID's own code for Kosovo is a country: XKX.
        Assert.Equal(1, FormatFixtures.Single(content, "owid-private-investment-all", "XKX", "2020").Value);
        Assert.Equal(4, content.Observations.Count);
    }

    [Fact]
    public void Read_AggregateMappedByTheCaller_IsKept()
    {
        var errors = new Dashboard.Data.Import.ErrorList();
        using var stream = FormatFixtures.Open("owid-private-investment.csv");
        var context = new ReaderContext { References = FormatFixtures.NoReferences, EntityMap = new Dictionary<string, string> { ["World"] = "WLD" } };

        var content = _reader.Read(stream, "owid-private-investment.csv", context, errors);

        Assert.Equal(1000, FormatFixtures.Single(content, "owid-private-investment-all", "WLD", "2020").Value);
    }

    [Fact]
    public void Read_SingleValueColumnNamedAll_IndicatorNamedAfterTheFile()
    {
        var (content, _) = FormatFixtures.Read(_reader, "owid-ai-publications.csv");

        var indicator = Assert.Single(content.Indicators);
        Assert.Equal("owid-ai-publications", indicator.Id);
        Assert.Equal("Owid ai publications", indicator.Name);
        Assert.Equal(100000, FormatFixtures.Single(content, "owid-ai-publications", "CHN", "2023").Value);
        Assert.Contains("Entity = China, Year = 2023, column 'All'", FormatFixtures.Single(content, "owid-ai-publications", "CHN", "2023").Locator, StringComparison.Ordinal);
    }
}
