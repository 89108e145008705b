using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Claims;

public sealed class ClaimsImportTests : IDisposable
{
    private const string Header = "id,section,wording,cited_source,stated_value,unit,method,indicator,entity,counterpart,period,tolerance,explanation";

    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    public ClaimsImportTests() => _folder.Write("claims.csv", $"""
        {Header}
        share-2010,§2.1,China provided 1.5 percent,zanini-2022,1.5,%,tiv-share,arms-import-share,CA5,CHN,2010-2014,0.5,Recomputed from TIV.
        top-chn,§3.3,China has 228,paper,228,systems,lookup,top500-systems,CHN,,2019-11,0,Counted from the list.
        ai-size,§2.2,"AI industry of 43.4 billion US dollars, approximately",paper,43.40,US$ bn,none,,,,,,No primary series.
        """);

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Import_ValidClaims_StoredWithPrecisionOfTheStatedText()
    {
        using var c = _db.Open();

        DataFolderImporter.Import(c, _folder.Path);

        Assert.Equal(3, c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims"));
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT decimals FROM claims WHERE id = 'share-2010'"));
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT decimals FROM claims WHERE id = 'ai-size'"));
        Assert.Equal("43.40", c.ExecuteScalar<string>("SELECT stated_text FROM claims WHERE id = 'ai-size'"));
        Assert.Null(c.ExecuteScalar<string?>("SELECT indicator_id FROM claims WHERE id = 'ai-size'"));
    }

    [Fact]
    public void Import_ReimportedFolder_ClaimsReplacedNotDuplicated()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);

        DataFolderImporter.Import(c, _folder.Path);

        Assert.Equal(3, c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims"));
    }

    [Theory]
    [InlineData("ai-size,§2.2,AI industry,paper,43.4,US$ bn,none,china-ai-industry-size,,,,,No series.", "line 2, column indicator: 'china-ai-industry-size' must be empty when method is 'none'")]
    [InlineData("top-chn,§3.3,China has 228,paper,228,systems,lookup,top500-system,CHN,,2019-11,0,Counted.", "line 2, column indicator: 'top500-system' is not a known indicator")]
    [InlineData("share-2010,§2.1,China 1.5,zanini-2022,1.5,%,tiv-share,arms-import-share,CA5,,2010-2014,0.5,TIV.", "line 2, column counterpart: is required but empty")]
    [InlineData("share-2010,§2.1,China 1.5,zanini-2022,\"1,5\",%,tiv-share,arms-import-share,CA5,CHN,2010-2014,0.5,TIV.", "line 2, column stated_value: '1,5' is not a number")]
    [InlineData("share-2010,§2.1,China 1.5,zanini-2022,1.5,%,tiv-share,arms-import-share,CA5,CHN,2019-11,0.5,TIV.", "line 2, column period: '2019-11' must be a year or a year range")]
    [InlineData("share-2010,§2.1,China 1.5,nobody,1.5,%,lookup,arms-import-share,CA5,CHN,2010-2014,0.5,TIV.", "line 2, column cited_source: 'nobody' is not a known source")]
    [InlineData("share-2010,§2.1,China 1.5,zanini-2022,1.5,%,guess,,,,,,TIV.", "line 2, column method: 'guess' is not one of: lookup, tiv-share, tiv-rank, tiv-versus, events, none")]
    [InlineData("share-2010,§2.1,China 1.5,zanini-2022,1.5,%,lookup,arms-import-share,CA5,CHN,2010-2014,-1,TIV.", "line 2, column tolerance: '-1' is negative")]
    [InlineData("share-2010,§2.1,China 1.5,zanini-2022,1.5,%,none,,,,,,", "line 2, column explanation: is required but empty")]
    public void Import_BrokenClaim_RejectedWithLineAndColumnAndNothingWritten(string row, string expected)
    {
        _folder.Write("claims.csv", Header + "\n" + row);
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Contains(ex.Errors, e => e.ToString().Contains("data/claims.csv " + expected, StringComparison.Ordinal));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM observations"));
    }

    private const string ReadingsHeader =
        "id,section,wording,cited_source,stated_value,unit,method,indicator,entity,counterpart,rival,title_contains,period,relation,tolerance,reading_of,basis_reason,explanation";

    private const string BasisRow = "share-2015,§2.1,China 18,zanini-2022,18,%,tiv-share,arms-import-share,CA5,CHN,,,2015-2019,,1,,The source of May 2020.,Basis.";

    [Fact]
    public void Import_ClaimWithContextReading_StoresBasisReasonRelationAndReadingOf()
    {
        _folder.Write("claims.csv", $"""
            {ReadingsHeader}
            {BasisRow}
            share-2016,§2.1,China 18,zanini-2022,18,%,tiv-share,arms-import-share,CA5,CHN,,,2016-2020,,1,share-2015,,Context.
            more,§2.1,China surpassed Russia,zanini-2022,1,× RUS,tiv-versus,arms-import-share,KAZ,CHN,RUS,,2015-2019,>,0,,,Ratio.
            """);
        using var c = _db.Open();

        DataFolderImporter.Import(c, _folder.Path);

        Assert.Equal("The source of May 2020.", c.ExecuteScalar<string>("SELECT basis_reason FROM claims WHERE id = 'share-2015'"));
        Assert.Equal("share-2015", c.ExecuteScalar<string>("SELECT reading_of FROM claims WHERE id = 'share-2016'"));
        Assert.Equal("=", c.ExecuteScalar<string>("SELECT relation FROM claims WHERE id = 'share-2015'"));
        Assert.Equal((">", "RUS"), c.QuerySingle<(string, string)>("SELECT relation, rival_code FROM claims WHERE id = 'more'"));
    }

    [Theory]
    [InlineData("share-2016,§2.1,China 18,zanini-2022,18,%,tiv-share,arms-import-share,CA5,CHN,,,2016-2020,,1,share-2099,,Context.",
        "line 3, column reading_of: 'share-2099' is not the id of a claim in this file")]
    [InlineData("share-2016,§2.1,China 18,zanini-2022,18,%,tiv-share,arms-import-share,CA5,CHN,,,2016-2020,,1,share-2015,Also a basis.,Context.",
        "line 3, column basis_reason: 'Also a basis.' must be empty on a context reading")]
    [InlineData("share-2016,§2.1,China 18,zanini-2022,18,%,tiv-share,arms-import-share,CA5,CHN,,,2016-2020,,1,share-2016,,Context.",
        "line 3, column reading_of: 'share-2016' is itself a context reading (of 'share-2016')")]
    [InlineData("more,§2.1,China surpassed,zanini-2022,1,× RUS,tiv-versus,arms-import-share,KAZ,CHN,,,2015-2019,>,0,,,Ratio.",
        "line 3, column rival: is required but empty")]
    [InlineData("more,§2.1,China surpassed,zanini-2022,1,× RUS,tiv-versus,arms-import-share,KAZ,CHN,CHN,,2015-2019,>,0,,,Ratio.",
        "line 3, column rival: 'CHN' is the counterpart itself")]
    [InlineData("look,§2.1,China 18,zanini-2022,18,%,lookup,arms-import-share,CA5,CHN,RUS,,2015-2019,,1,,,Lookup.",
        "line 3, column rival: 'RUS' is only used by method 'tiv-versus'")]
    [InlineData("drones,§2.1,armed drones,zanini-2022,0,deliveries,events,arms-import-share,CA5,CHN,,,2016-2021,>,0,,,Events.",
        "line 3, column title_contains: is required but empty")]
    [InlineData("less,§2.1,China 18,zanini-2022,18,%,tiv-share,arms-import-share,CA5,CHN,,,2015-2019,<,1,,,Less.",
        "line 3, column relation: '<' is not one of: =, >")]
    [InlineData("none-ctx,§2.1,China 18,zanini-2022,18,%,none,,,,,,,,,share-2015,,No series.",
        "line 3, column reading_of: 'share-2015' must be empty when method is 'none'")]
    public void Import_BrokenReading_RejectedWithLineAndColumnAndNothingWritten(string row, string expected)
    {
        _folder.Write("claims.csv", ReadingsHeader + "\n" + BasisRow + "\n" + row);
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Contains(ex.Errors, e => e.ToString().Contains("data/claims.csv " + expected, StringComparison.Ordinal));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims"));
    }

    [Fact]
    public void Import_ClaimWithContextButNoBasisReason_Rejected()
    {
        _folder.Write("claims.csv", $"""
            {ReadingsHeader}
            share-2015,§2.1,China 18,zanini-2022,18,%,tiv-share,arms-import-share,CA5,CHN,,,2015-2019,,1,,,Basis.
            share-2016,§2.1,China 18,zanini-2022,18,%,tiv-share,arms-import-share,CA5,CHN,,,2016-2020,,1,share-2015,,Context.
            """);
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Contains(ex.Errors, e => e.ToString().Contains("data/claims.csv line 2, column basis_reason: is required: this claim has context readings", StringComparison.Ordinal));
    }
}
