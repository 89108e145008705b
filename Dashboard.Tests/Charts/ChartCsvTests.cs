using System.Globalization;
using System.Text;
using CsvHelper;
using Dashboard.Web.Charts;

namespace Dashboard.Tests.Charts;

public sealed class ChartCsvTests
{
    [Fact]
    public void Write_Table_BomHeaderAndNeutralisedTextButNumericNumbers()
    {
        var table = new ChartRows(
            ["entity", "value", "note"],
            [
                ["CHN", -5.0, "=cmd()"],
                ["RUS", 1.5, "+1"],
                ["USA", 1e-7, "@SUM(A1)"],
                ["KAZ", 3.0, "\tx"],
                ["KGZ", 2.0, "-2"],
                ["TJK", 0.1, "plain, with comma \"quoted\""],
            ]);

        var bytes = ChartCsv.Write(table);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal("-5", rows[0]["value"]);
        Assert.Equal(-5, double.Parse((string)rows[0]["value"], CultureInfo.InvariantCulture));
        Assert.Equal("'=cmd()", rows[0]["note"]);
        Assert.Equal("'+1", rows[1]["note"]);
        Assert.Equal("'@SUM(A1)", rows[2]["note"]);
        Assert.Equal(1e-7, double.Parse((string)rows[2]["value"], CultureInfo.InvariantCulture));
        Assert.Equal("'\tx", rows[3]["note"]);
        Assert.Equal("'-2", rows[4]["note"]);
        Assert.Equal("plain, with comma \"quoted\"", rows[5]["note"]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("\rx", "'\rx")]
    [InlineData("normal", "normal")]
    [InlineData("", "")]
    public void Neutralise_LeadingFormulaCharacters_Prefixed(string input, string expected)
    {
        Assert.Equal(expected, ChartCsv.Neutralise(input));
    }
}
