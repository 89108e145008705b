using Dashboard.Data.Derive;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Import.Formats;

namespace Dashboard.Tests.Derive;

public sealed class ArmsSupplierSharesTests
{
    private static readonly string[] CentralAsia = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    private static IReadOnlyList<Dashboard.Data.Model.Observation> SharesOfFixture(int first, int last)
    {
        var (content, errors) = FormatFixtures.Read(new SipriTradeRegisterReader(), "sipri-trade-register.csv", sourceId: "sipri-at-2025");
        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        return ArmsSupplierShares.Compute(content.Observations.Select(p => p.Observation), "CA5", CentralAsia, first, last, 5, "sipri-at-2025", "fixture");
    }

    [Fact]
    public void Compute_Window2016To2020_SupplierSharesOfTheFiveStates()
    {
        var shares = SharesOfFixture(2016, 2020);

        // Deliveries to the five states in 2016-2020: China 10.5 + 4.5 + 5.5 = 20.5, Russia 20 + 30 + 0 = 50,
        // Turkiye 14, unknown 2; total 86.5 (Russia to Afghanistan and the 2015 delivery are outside).
        Assert.All(shares, s => Assert.Equal("2016-2020", s.Period));
        Assert.Equal(23.699422, Assert.Single(shares, s => s.CounterpartCode == "CHN").Value);
        Assert.Equal(57.803468, Assert.Single(shares, s => s.CounterpartCode == "RUS").Value);
        Assert.Equal(16.184971, Assert.Single(shares, s => s.CounterpartCode == "TUR").Value);
        Assert.Equal(2.312139, Assert.Single(shares, s => s.CounterpartCode == "XUN").Value);
        Assert.Equal(100, shares.Sum(s => s.Value), 2);
    }

    [Fact]
    public void Compute_RollingWindows_OneSetPerFiveYearWindow()
    {
        var shares = SharesOfFixture(2015, 2020);

        Assert.Equal(["2015-2019", "2016-2020"], shares.Select(s => s.Period).Distinct().ToArray());
        // 2015-2019: Russia 50 + 20 + 30 + 0 = 100, China 20.5: 100 × 20.5 / 120.5.
        Assert.Equal(17.012448, Assert.Single(shares, s => s.Period == "2015-2019" && s.CounterpartCode == "CHN").Value);
        var chn = Assert.Single(shares, s => s.Period == "2016-2020" && s.CounterpartCode == "CHN");
        Assert.Equal("CA5", chn.EntityCode);
        Assert.Contains("(20.5 TIV m) / Σ from all suppliers to them (86.5 TIV m)", chn.DerivedFrom, StringComparison.Ordinal);
    }
}
