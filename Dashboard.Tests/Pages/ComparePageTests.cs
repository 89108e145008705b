using System.Net;
using AngleSharp.Html.Dom;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Pages;

public sealed class ComparePageTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    [Fact]
    public async Task Get_NoQuery_ShowsFormChartAndTableOfADefaultIndicator()
    {
        var (response, doc) = await factory.GetPageAsync("/compare");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = (IHtmlFormElement)doc.QuerySelector("form#compare-form")!;
        Assert.Equal("get", form.Method, ignoreCase: true);
        Assert.NotNull(doc.QuerySelector("select#indicator option[selected]"));
        Assert.NotNull(doc.QuerySelector("input[type=checkbox][name=entities][value=CA5]"));
        Assert.NotNull(doc.QuerySelector("select#from"));
        Assert.NotNull(doc.QuerySelector("select#to"));
        Assert.StartsWith("/charts/", doc.QuerySelector("figure.chart img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.NotEmpty(doc.QuerySelectorAll("table#data tbody tr"));
    }

    // The paper's debt shares (KGZ 40 %, TJK 50 %, creditor China, 2020) are stable data for a round trip.
    [Fact]
    public async Task SubmitForm_ChangedSelection_RedirectsToPermalinkThatShowsTheSameSelection()
    {
        var client = factory.CreateClient();
        var (_, start) = await factory.GetPageAsync("/compare?indicator=public-debt-share-china", client);
        var form = (IHtmlFormElement)start.QuerySelector("form#compare-form")!;
        // As a person would: untick Tajikistan, choose a start period, submit.
        ((IHtmlInputElement)form.QuerySelector("input[name=entities][value=TJK]")!).IsChecked = false;
        ((IHtmlSelectElement)form.QuerySelector("select#from")!).Value = "2020";

        var submitted = "/compare?" + FormQuery(form);
        var (response, doc) = await factory.GetPageAsync(submitted, client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var permalink = response.RequestMessage!.RequestUri!.PathAndQuery;
        Assert.Equal("/compare?indicator=public-debt-share-china&entities=CHN,KGZ&from=2020", permalink);
        AssertShowsSelection(doc);

        // The permalink, opened fresh, is served as is and shows the same state.
        var (again, docAgain) = await factory.GetPageAsync(permalink, factory.CreateClient(new() { AllowAutoRedirect = false }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        AssertShowsSelection(docAgain);
        Assert.Equal(permalink, docAgain.QuerySelector("a#permalink")!.GetAttribute("href"));
    }

    private void AssertShowsSelection(IHtmlDocument doc)
    {
        Assert.Equal("public-debt-share-china", ((IHtmlSelectElement)doc.QuerySelector("select#indicator")!).Value);
        Assert.Equal("2020", ((IHtmlSelectElement)doc.QuerySelector("select#from")!).Value);
        Assert.Equal("", ((IHtmlSelectElement)doc.QuerySelector("select#to")!).Value);
        var ticked = doc.QuerySelectorAll("input[name=entities]").Cast<IHtmlInputElement>().Where(i => i.IsChecked).Select(i => i.Value);
        Assert.Equal(["CHN", "KGZ"], ticked.Order(StringComparer.Ordinal));
        Assert.Equal(VersionedUrl.Of(factory, "/charts/public-debt-share-china.png?entities=CHN,KGZ&from=2020"), doc.QuerySelector("figure.chart img")!.GetAttribute("src"));
        var rows = doc.QuerySelectorAll("table#data tbody tr");
        Assert.Equal(["KGZ"], rows.Select(tr => tr.GetAttribute("data-entity")));
        Assert.Equal("40 %", rows[0].QuerySelector("td.num")!.TextContent);
    }

    [Fact]
    public async Task Get_RepeatedEntitiesAndEmptyFields_RedirectsToCanonicalUrl()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/compare?indicator=top500-systems&entities=CHN&entities=rus&from=&to=", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compare?indicator=top500-systems&entities=CHN,RUS", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("indicator=no-such-thing", "indicator: 'no-such-thing' is not a known indicator")]
    [InlineData("indicator=ai-strategy-events", "is a timeline or a table")]
    [InlineData("indicator=top500-systems&entities=CHN,XXX", "entities: Unknown entity code(s): XXX.")]
    [InlineData("indicator=top500-systems&from=20x9", "from: '20x9' is not a period")]
    [InlineData("indicator=top500-systems&to=2019-13", "to: '2019-13' is not a valid month")]
    [InlineData("indicator=top500-systems&from=2020&to=2010", "from: 'from' (2020) is after 'to' (2010).")]
    [InlineData("indicator=top500-systems&indicator=arms-import-share", "indicator: 'indicator' is given more than once; give it once.")]
    public async Task Get_InvalidQuery_Returns400WithMessage(string query, string message)
    {
        var (response, doc) = await factory.GetPageAsync("/compare?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = doc.QuerySelector("#errors")?.TextContent;
        Assert.NotNull(errors);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("form#compare-form"));
        Assert.Null(doc.QuerySelector("figure.chart"));
    }

    [Fact]
    public async Task Get_HostileOrHugeValues_Returns400AndEncodesThem()
    {
        var client = factory.CreateClient();
        var hostile = Uri.EscapeDataString("<script>alert(1)</script>");

        var response = await client.GetAsync(new Uri($"/compare?indicator={hostile}&entities={hostile}&from={hostile}", UriKind.Relative));
        var huge = await client.GetAsync(new Uri("/compare?entities=" + new string('A', 5000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
    }

    [Fact]
    public async Task Get_SelectionWithoutMatches_ShowsMessageNotError()
    {
        var (response, doc) = await factory.GetPageAsync("/compare?indicator=public-debt-share-china&entities=KAZ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No observations match", doc.QuerySelector("#data")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SupplierCode_SelectsRowsWhereItIsTheCounterpartLikeTheChart()
    {
        var (response, doc) = await factory.GetPageAsync("/compare?indicator=arms-import-share&entities=CHN");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = doc.QuerySelectorAll("table#data tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Equal("China", r.QuerySelectorAll("td")[1].TextContent.Trim()));
        Assert.Contains("China rose from 1.5 %", doc.QuerySelector("figure.chart img")!.GetAttribute("alt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicator=arms-import-share&entities=CHN")]
    [InlineData("indicator=public-debt-share-china&entities=TJK")]
    [InlineData("indicator=public-debt-share-china&entities=KAZ")]
    [InlineData("indicator=ai-industry-target&from=2030")]
    [InlineData("indicator=arms-supplier-share-5y")]
    [InlineData("indicator=arms-tiv-delivered")]
    [InlineData("indicator=top500-systems")]
    public async Task Get_Selection_TableHasTheSameRowsAsTheChartCsv(string query)
    {
        var client = factory.CreateClient();
        var (_, doc) = await factory.GetPageAsync("/compare?" + query, client);
        var csvHref = doc.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")!).Single(h => h.Contains(".csv", StringComparison.Ordinal));

        var csv = await client.GetStringAsync(new Uri(csvHref, UriKind.Relative));

        var csvRows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.Equal(csvRows, doc.QuerySelectorAll("table#data tbody tr").Length);
    }

    /// <summary>The query string a browser sends for a GET form: ticked boxes and selected options, in document order.</summary>
    private static string FormQuery(IHtmlFormElement form)
    {
        var pairs = new List<string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox", IsChecked: true } box:
                    pairs.Add(box.Name + "=" + Uri.EscapeDataString(box.Value));
                    break;
                case IHtmlSelectElement select:
                    pairs.Add(select.Name + "=" + Uri.EscapeDataString(select.Value ?? ""));
                    break;
            }
        }

        return string.Join("&", pairs);
    }
}
