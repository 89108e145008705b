namespace Dashboard.Tests.Support;

/// <summary>
/// A data folder exercising every chart shape: yearly and monthly lines with the paper's figure inside a primary
/// series, a slope, one-period lines (→ bars), supplier shares (stacked), a negative value and a formula-like note.
/// </summary>
public sealed class ChartTestData : IDisposable
{
    public const string Indicators = """
        id,name,unit,dimension,description,chart_kind,min_value,max_value
        arms-import-share,Share of Central Asian arms imports,%,military,Supplier share of arms imports.,slope,0,100
        top500-systems,TOP500 systems,systems,technology,Systems on the TOP500 list.,grouped-bar,0,500
        top500-monthly,TOP500 systems per list,systems,technology,Systems per list.,line,0,500
        ai-growth,Annual growth,%,technology,Growth rate; may be negative.,line,,
        one-period,One period line,%,economic,A line indicator with one period.,line,0,100
        supplier-shares,Supplier shares,%,military,Shares by supplier (counterpart = supplier).,stacked-share,0,100
        empty-line,No data yet,%,economic,Declared but without observations.,line,0,100
        events-tl,Milestones,events,political,Events.,timeline,,
        projects-tbl,Projects,projects,political,Projects.,table,,
        tiv,Arms deliveries,TIV m,military,Recipient (entity) from supplier (counterpart).,line,0,
        """;

    public const string Observations = """
        indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note
        arms-import-share,CA5,CHN,2010-2014,,1.5,paper,"§2.1; Zanini 2022, p. 2",stated,,
        arms-import-share,CA5,CHN,2015-2019,in the last five years,18,paper,"§2.1; Zanini 2022, p. 2",stated,,
        top500-systems,CHN,,2019-11,,228,paper,§2.4,stated,,
        top500-systems,USA,,2019-11,,117,paper,§2.4,stated,,
        top500-systems,RUS,,2019-11,,3,paper,§2.4,stated,,
        top500-monthly,CHN,,2019-06,,219,top500,list 2019-06,derived,count of rows with country China,
        top500-monthly,CHN,,2019-11,,228,paper,§2.4,stated,,
        top500-monthly,CHN,,2020-06,,226,top500,list 2020-06,derived,count of rows with country China,
        top500-monthly,RUS,,2019-06,,3,top500,list 2019-06,derived,count of rows with country Russia,
        top500-monthly,RUS,,2019-11,,3,paper,§2.4,stated,,
        top500-monthly,RUS,,2020-06,,2,top500,list 2020-06,derived,count of rows with country Russia,
        ai-growth,CHN,,2019,,-5,paper,§2.2,stated,,=cmd()
        ai-growth,CHN,,2020,,15,paper,§2.2,stated,,@SUM(A1)
        one-period,KGZ,CHN,2020,,40,paper,§2.2,stated,,
        one-period,KAZ,CHN,2020,,12,paper,§2.2,stated,,
        supplier-shares,KAZ,RUS,2010-2014,,80,sipri,register,derived,share of TIV,
        supplier-shares,KAZ,CHN,2010-2014,,5,sipri,register,derived,share of TIV,
        supplier-shares,KAZ,RUS,2015-2019,,70,sipri,register,derived,share of TIV,
        supplier-shares,KAZ,CHN,2015-2019,,10,sipri,register,derived,share of TIV,
        supplier-shares,KGZ,RUS,2015-2019,,90,sipri,register,derived,share of TIV,
        tiv,KAZ,CHN,2018,,1,sipri,register,derived,sum of TIV,
        tiv,KAZ,CHN,2019,,2,sipri,register,derived,sum of TIV,
        tiv,KAZ,RUS,2018,,3,sipri,register,derived,sum of TIV,
        tiv,KAZ,RUS,2019,,4,sipri,register,derived,sum of TIV,
        tiv,KAZ,CA5,2018,,5,sipri,register,derived,sum of TIV,
        tiv,KAZ,CA5,2019,,6,sipri,register,derived,sum of TIV,
        tiv,KAZ,KGZ,2018,,7,sipri,register,derived,sum of TIV,
        tiv,KAZ,KGZ,2019,,8,sipri,register,derived,sum of TIV,
        tiv,KAZ,USA,2018,,9,sipri,register,derived,sum of TIV,
        tiv,KAZ,USA,2019,,10,sipri,register,derived,sum of TIV,
        tiv,KGZ,CHN,2018,,11,sipri,register,derived,sum of TIV,
        tiv,KGZ,CHN,2019,,12,sipri,register,derived,sum of TIV,
        tiv,KGZ,RUS,2018,,13,sipri,register,derived,sum of TIV,
        tiv,KGZ,RUS,2019,,14,sipri,register,derived,sum of TIV,
        tiv,KGZ,CA5,2018,,15,sipri,register,derived,sum of TIV,
        tiv,KGZ,CA5,2019,,16,sipri,register,derived,sum of TIV,
        tiv,KGZ,KAZ,2018,,17,sipri,register,derived,sum of TIV,
        tiv,KGZ,KAZ,2019,,18,sipri,register,derived,sum of TIV,
        tiv,KGZ,USA,2018,,19,sipri,register,derived,sum of TIV,
        tiv,KGZ,USA,2019,,20,sipri,register,derived,sum of TIV,
        tiv,USA,CHN,2018,,21,sipri,register,derived,sum of TIV,
        tiv,USA,CHN,2019,,22,sipri,register,derived,sum of TIV,
        tiv,USA,RUS,2018,,23,sipri,register,derived,sum of TIV,
        tiv,USA,RUS,2019,,24,sipri,register,derived,sum of TIV,
        tiv,USA,CA5,2018,,25,sipri,register,derived,sum of TIV,
        tiv,USA,CA5,2019,,26,sipri,register,derived,sum of TIV,
        tiv,USA,KAZ,2018,,27,sipri,register,derived,sum of TIV,
        tiv,USA,KAZ,2019,,28,sipri,register,derived,sum of TIV,
        tiv,USA,KGZ,2018,,29,sipri,register,derived,sum of TIV,
        tiv,USA,KGZ,2019,,30,sipri,register,derived,sum of TIV,
        """;

    public const string Sources = """
        id,citation,url,publisher,licence,edition,accessed
        paper,"Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI in Central Asia.",https://doi.org/10.28956/gbd.1249381,JSS,,12(1),
        zanini-2022,"Zanini, M. (2022). China and Central Asia.",,,,,2023-01-15
        top500,"TOP500.org (Strohmaier, E. et al.). TOP500 lists.",https://top500.org/lists/,TOP500.org,,lists 1993-06 to 2026-06,
        sipri,"Stockholm International Peace Research Institute (SIPRI). SIPRI Arms Transfers Database.",,SIPRI,SIPRI terms of use,data generated 3 Jan 2025,
        """;

    /// <summary>The small folder's events (<see cref="TestDataFolder.Events"/>).</summary>
    public const string Events = TestDataFolder.Events;

    public const string Projects = """
        id,name,city,country,year,vendor,cameras,cost_usd_m,loan_usd_m,lender,source,locator,note
        dushanbe-safe-city,Safe City Dushanbe,Dushanbe,KGZ,,Huawei,1200,22,20.91,CHN,paper,§2.3,
        ashgabat,Safe City Ashgabat,Ashgabat,KAZ,2009,,133,,,,paper,§2.3,
        """;

    private readonly TestDataFolder _folder = new();

    public ChartTestData()
    {
        _folder.Write("indicators.csv", Indicators);
        _folder.Write("observations/paper.csv", Observations);
        _folder.Write("sources.csv", Sources);
        _folder.Write("events.csv", Events);
        _folder.Write("projects.csv", Projects);
    }

    public string Path => _folder.Path;

    public void Dispose() => _folder.Dispose();
}
