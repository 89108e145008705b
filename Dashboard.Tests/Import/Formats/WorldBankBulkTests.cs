using Dashboard.Data.Import.Formats;

namespace Dashboard.Tests.Import.Formats;

public sealed class WorldBankBulkTests
{
    private readonly PortalReader _reader = new(PortalLayouts.WorldBankBulk);

    [Theory]
    [InlineData("wdi-with-metadata.csv")]
    [InlineData("wdi-without-metadata.csv")]
    public void Read_WideTable_OneObservationPerNonEmptyYearCell(string file)
    {
        var (content, errors) = FormatFixtures.Read(_reader, file);

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        // 4 + 2 + 4 non-empty cells; the trailing empty column adds nothing.
        Assert.Equal(10, content.Observations.Count);
        Assert.Equal(100.5, FormatFixtures.Single(content, "wdi-ny-gdp-mktp-cd", "KAZ", "2019").Value);
        Assert.Equal(400, FormatFixtures.Single(content, "wdi-ny-gdp-mktp-cd", "KAZ", "2022").Value);
        Assert.Equal(85.25, FormatFixtures.Single(content, "wdi-it-net-user-zs", "KAZ", "2020").Value);
        Assert.DoesNotContain(content.Observations, p => p.Observation.IndicatorId == "wdi-it-net-user-zs" && p.Observation.Period == "2021");
        Assert.All(content.Observations, p => Assert.Equal("stated", p.Observation.Basis));
    }

    [Fact]
    public void Read_IndicatorColumns_OneIndicatorPerCodeWithUnitFromTheName()
    {
        var (content, _) = FormatFixtures.Read(_reader, "wdi-with-metadata.csv");

        Assert.Equal(["wdi-ny-gdp-mktp-cd", "wdi-it-net-user-zs", "wdi-sp-pop-totl"], content.Indicators.Select(i => i.Id).ToArray());
        var gdp = content.Indicators[0];
        Assert.Equal("GDP (current US$)", gdp.Name);
        Assert.Equal("current US$", gdp.Unit);
        Assert.Equal("% of population", content.Indicators[1].Unit);
        Assert.Equal("value", content.Indicators[2].Unit);
    }

    [Fact]
    public void Read_MetadataLines_GiveEditionAndLinesCountFromTheFileStart()
    {
        var (content, _) = FormatFixtures.Read(_reader, "wdi-with-metadata.csv");

        Assert.Equal("Last Updated 2026-04-08", content.Edition);
        Assert.Equal("world-bank-wdi-2026-04-08", Assert.Single(content.Sources).Id);
        // BOM, four metadata lines and the header: the GDP row is line 6.
        Assert.Equal(6, content.Observations.First(p => p.Observation.IndicatorId == "wdi-ny-gdp-mktp-cd").Line);
        Assert.Contains("column 2019 (Last Updated 2026-04-08)", content.Observations.First().Observation.Locator, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoMetadata_EditionUnknownSaidInANote()
    {
        var (content, _) = FormatFixtures.Read(_reader, "wdi-without-metadata.csv");

        Assert.Null(content.Edition);
        Assert.Contains(content.Notes, n => n.Contains("edition is unknown", StringComparison.Ordinal));
        Assert.Equal(2, content.Observations.First().Line);
    }

    [Fact]
    public void Read_BadCell_ReportsLineAndYearColumn()
    {
        var bytes = File.ReadAllBytes(FormatFixtures.PathOf("wdi-with-metadata.csv"));
        var text = System.Text.Encoding.UTF8.GetString(bytes).Replace("\"200\"", "\"2,00\"", StringComparison.Ordinal);
        var errors = new Dashboard.Data.Import.ErrorList();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        _reader.Read(stream, "wdi.csv", new ReaderContext { References = FormatFixtures.NoReferences }, errors);

        Assert.Contains("wdi.csv line 6, column 2020: '2,00' is not a number", FormatFixtures.Report(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GDP (current US$)", "current US$")]
    [InlineData("Population, total", "value")]
    [InlineData("External debt stocks (% of GNI)", "% of GNI")]
    public void GuessUnit_IndicatorName_LastParentheses(string name, string unit) =>
        Assert.Equal(unit, PortalReader.WorldBankUnit(name) ?? "value");
}
