using Dashboard.Tests.Support;

namespace Dashboard.Tests.Export;

/// <summary>
/// The app over a <see cref="TestDataFolder"/> plus values that exports must handle: a text cell <c>=cmd()</c> that a
/// spreadsheet would run, <c>@SUM(A1)</c> and <c>+1</c> cells, and a negative number <c>-5</c> that must stay a number.
/// </summary>
public sealed class ExportDataFactory : DashboardFactory
{
    public const string HostileNote = "=cmd()";

    private readonly TestDataFolder _data;

    public ExportDataFactory()
        : this(CreateData())
    {
    }

    private ExportDataFactory(TestDataFolder data)
        : base(data.Path) => _data = data;

    private static TestDataFolder CreateData()
    {
        var data = new TestDataFolder();
        data.AppendLine("indicators.csv", "trade-balance,Arms trade balance,TIV m,military,Deliveries minus orders; can be negative.,line,,");
        data.AppendLine("observations/paper.csv", "trade-balance,KAZ,,2019,,12.5,paper,table 2,stated,,");
        data.AppendLine("observations/paper.csv", $"trade-balance,KAZ,,2020,,-5,paper,table 2,stated,,{HostileNote}");
        data.AppendLine("observations/paper.csv", "trade-balance,KAZ,,2021,,3,paper,@SUM(A1),stated,,+1 tab\tand -x");
        return data;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
