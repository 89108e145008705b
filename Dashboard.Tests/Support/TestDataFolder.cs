namespace Dashboard.Tests.Support;

/// <summary>
/// A small valid data folder in a temp directory, in the contract format. Tests change one file to break one rule.
/// </summary>
public sealed class TestDataFolder : IDisposable
{
    public const string Sources = """
        id,citation,url,publisher,licence,edition,accessed
        paper,"Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI in Central Asia.",https://doi.org/10.28956/gbd.1249381,JSS,,12(1),
        zanini-2022,"Zanini, M. (2022). China and Central Asia.",,,,,2023-01-15
        """;

    public const string Indicators = """
        id,name,unit,dimension,description,chart_kind,min_value,max_value
        arms-import-share,Share of Central Asian arms imports,%,military,Supplier share of arms imports.,slope,0,100
        top500-systems,TOP500 systems,systems,technology,Systems on the TOP500 list.,grouped-bar,0,500
        """;

    public const string Entities = """
        code,name,kind,members
        CHN,China,country,
        RUS,Russia,country,
        USA,United States,country,
        KAZ,Kazakhstan,country,
        KGZ,Kyrgyzstan,country,
        CA5,Central Asia,group,KAZ;KGZ
        """;

    public const string Observations = """
        indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note
        arms-import-share,CA5,CHN,2010-2014,,1.5,paper,"§2.1; Zanini 2022, p. 2",stated,,
        arms-import-share,CA5,CHN,2017-2021,in the last five years,18,paper,"§2.1; Zanini 2022, p. 2",stated,,which five years is not stated
        top500-systems,CHN,,2019-11,,228,paper,§2.4,stated,,
        top500-systems,USA,,2019-11,,117,paper,§2.4,stated,,
        top500-systems,RUS,,2019-11,,3,paper,§2.4,stated,,
        top500-systems,RUS,,2020-06,,2,zanini-2022,table 1,derived,top500 list 2020-06 count by country,
        """;

    public const string Events = """
        date,precision,actor,country,dimension,title,source,locator,note
        2019-10-10,day,RUS,RUS,political,Decree No. 490,paper,§3.1,
        2017,year,CHN,CHN,technology,New Generation AI Development Plan,paper,§3.2,
        2022-08,month,RUS,,military,MoD AI department,paper,§3.1,
        """;

    public const string Projects = """
        id,name,city,country,year,vendor,cameras,cost_usd_m,loan_usd_m,lender,source,locator,note
        dushanbe-safe-city,Safe City Dushanbe,Dushanbe,KAZ,,Huawei,1200,22,20.91,CHN,paper,§2.3,
        """;

    public TestDataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "geoai-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "observations"));
        Write("sources.csv", Sources);
        Write("indicators.csv", Indicators);
        Write("entities.csv", Entities);
        Write("observations/paper.csv", Observations);
        Write("events.csv", Events);
        Write("projects.csv", Projects);
    }

    public string Path { get; }

    public void Write(string relative, string content) =>
        File.WriteAllText(System.IO.Path.Combine(Path, relative), content.ReplaceLineEndings("\n") + "\n");

    public void WriteBytes(string relative, byte[] content) => File.WriteAllBytes(System.IO.Path.Combine(Path, relative), content);

    /// <summary>Replaces one line (1-based) of a file.</summary>
    public void ReplaceLine(string relative, int line, string content)
    {
        var file = System.IO.Path.Combine(Path, relative);
        var lines = File.ReadAllLines(file);
        lines[line - 1] = content;
        File.WriteAllLines(file, lines);
    }

    public void AppendLine(string relative, string content) =>
        File.AppendAllText(System.IO.Path.Combine(Path, relative), content + "\n");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
