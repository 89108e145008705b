using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Selection;
using static Dashboard.Tests.Charts.Composing.Inputs;

namespace Dashboard.Tests.Charts.Composing;

/// <summary>Timeline and project-table specs composed from hand-built inputs: no database.</summary>
public sealed class ListComposerTests
{
    private static TimelineEvent Event(string date, string precision, int key, string actor, string title, string? country = null) =>
        new() { Date = date, Precision = precision, SortKey = key, ActorCode = actor, CountryCode = country, Dimension = "political", Title = title, SourceId = "paper", Locator = "§3.3 Political Dynamics; Future of Life Institute 2020" };

    [Fact]
    public void Compose_Timeline_DatesAsPreciseAsTheSourceAndSelectionByActorOrCountry()
    {
        TimelineEvent[] events =
        [
            Event("2017", "year", 20170000, "CHN", "Plan"),
            Event("2019-10-10", "day", 20191010, "RUS", "Decree"),
            Event("2022-08", "month", 20220800, "CHN", "Drones", country: "KAZ"),
            Event("2030", "year", 20300000, "CHN", "Target year"),
        ];

        var all = ComposeEvents(events);
        var kaz = ComposeEvents(events, new ChartSelection { Entities = ["KAZ"] });

        Assert.Equal(["2017", "10 Oct 2019", "Aug 2022", "2030"], all.Events.Select(e => e.DateLabel));
        Assert.Equal(["2017", "2019", "2022", "2030"], all.Periods.Select(p => p.Text));
        Assert.Equal("4 events · by actor (colour) and dimension (marker) · 2017–2030", all.Subtitle);
        Assert.Equal(["Target years are plans, not events that occurred"], all.Notes);
        Assert.Equal(["China", "Russia"], all.EntityNames);
        Assert.Equal("Source: Kalkan Küçüksolak & Fırat (2023), citing Future of Life Institute 2020 · GeoAI Dashboard", all.Footer.Text);
        Assert.Equal(["Drones"], kaz.Events.Select(e => e.Title));
    }

    [Fact]
    public void Compose_Projects_DashForMissingAndYearsFromTo()
    {
        Project[] projects =
        [
            new() { Id = "a", Name = "Safe City Dushanbe", CountryCode = "TJK", Year = 2012, Cameras = 1200, CostUsdM = 21.5, SourceId = "paper", Locator = "§2.2" },
            new() { Id = "b", Name = "Smart City Bishkek", CountryCode = "KGZ", Year = 2019, LenderCode = "CHN", SourceId = "paper", Locator = "§2.2" },
        ];

        var all = ComposeProjects(projects);
        var late = ComposeProjects(projects, new ChartSelection { From = Period.Parse("2015") });

        Assert.Equal(ChartKind.Table, all.Kind);
        Assert.Equal(["Safe City Dushanbe", "Tajikistan", "2012", "–", "1,200", "21.5", "–", "–"], all.Table!.Rows[0].Cells);
        Assert.Equal("China", all.Table.Rows[1].Cells[^1]);
        Assert.Equal("2 projects · Tajikistan, Kyrgyzstan · – = not given in the source", all.Subtitle);
        Assert.Equal(["b"], late.Projects.Select(p => p.Id));
        Assert.Equal(3, ChartRows.Of(all).Rows.Count() + 1);
    }
}
