using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Derive;

/// <summary>
/// Regenerates the derived series in <c>data/observations/</c> from the raw third-party files (../shared/sources):
/// TOP500 systems and Rmax shares per list, SIPRI TIV to the five Central Asian states and supplier shares in rolling
/// five-year windows, China's share of long-term public and publicly guaranteed (PPG) external debt, CSET AI
/// publications and private investment, and the AIGS surveillance flags. Every row cites its source and locator and says how it was derived. The new files are
/// first written to a staging copy of the data folder and imported there; only when that import succeeds are they
/// copied into the data folder, so a failed run leaves <c>data/</c> as it was.
/// </summary>
public static class PrimarySeriesDeriver
{
    public const string Top500File = "top500/top500-lists-1993-2026.csv";
    public const string SipriFile = "sipri/trade-register-2000-2023.csv";
    public const string DebtFile = "debt/one-china-share-of-external-debt-wide.csv";
    public const string PublicationsFile = "cset-owid/annual-scholarly-publications-on-artificial-intelligence.csv";
    public const string InvestmentFile = "cset-owid/private-investment-in-artificial-intelligence-cset.csv";
    public const string AigsFile = "aigs/aigs-2022-cleaned-global2.csv";

    public const int SipriFirstYear = 2000;
    public const int SipriLastYear = 2023;
    public const int DebtFirstYear = 2000;
    public const int DebtLastYear = 2024;

    public static readonly IReadOnlyList<string> CentralAsia = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
    public static readonly IReadOnlyList<string> Top500Countries = ["CHN", "USA", "RUS", "KAZ", "UZB"];
    public static readonly IReadOnlyList<string> AiCountries = ["CHN", "RUS", "USA", "KAZ", "KGZ", "TJK", "TKM", "UZB"];
    public static readonly IReadOnlyList<string> AigsCountries = ["KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN", "RUS"];

    /// <summary>Derives every series; throws <see cref="ImportFailedException"/> (data folder untouched) on any error.</summary>
    public static DeriveReport Run(string sourcesFolder, string dataFolder)
    {
        var errors = new ErrorList();
        var refs = LoadReferences(dataFolder, errors);
        ThrowIfAny(errors);
        var notes = new List<string>();
        var outputs = new List<(string File, List<Observation> Rows)>
        {
            ("observations/top500.csv", Top500(sourcesFolder, refs, errors, notes)),
        };
        var (tiv, shares) = Sipri(sourcesFolder, refs, errors, notes);
        outputs.Add(("observations/sipri-tiv.csv", tiv));
        outputs.Add(("observations/sipri-shares-5y.csv", shares));
        // Values copied from a source keep the source's text ("0.0" stays "0.0"); the rest are written round-trip.
        var writtenAs = new Dictionary<Observation, string>();
        outputs.Add(("observations/debt-china-share.csv", CountryTableSeries.Debt(sourcesFolder, errors, notes, writtenAs)));
        outputs.Add(("observations/cset-ai-publications.csv", Owid(sourcesFolder, PublicationsFile, "annual-scholarly-publications-on-artificial-intelligence", "ai-publications", refs, errors, notes)));
        outputs.Add(("observations/cset-ai-investment.csv", Owid(sourcesFolder, InvestmentFile, "private-investment-in-artificial-intelligence-cset-all", "ai-private-investment", refs, errors, notes)));
        outputs.Add(("observations/aigs.csv", CountryTableSeries.Aigs(sourcesFolder, errors, notes)));
        ThrowIfAny(errors);

        var missing = outputs.SelectMany(o => o.Rows)
            .SelectMany(o => new[] { o.EntityCode, o.CounterpartCode })
            .Where(c => c is not null && !refs.Entities.Contains(c)).Select(c => c!).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var code in missing)
        {
            errors.Add(ImportError.At(Path.Combine(dataFolder, "entities.csv"), 0, "code", code,
                $"is used by the derived series but not defined: add '{code},{CountryNames.NameOf(code) ?? code},{(CountryNames.IsCountryCode(code) ? "country" : "other")},'"));
        }

        ThrowIfAny(errors);
        var staging = Path.Combine(Path.GetTempPath(), "geoai-derive-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(dataFolder, staging);
            var files = new List<DerivedFile>();
            foreach (var (file, rows) in outputs)
            {
                var ordered = rows.OrderBy(o => o.IndicatorId, StringComparer.Ordinal).ThenBy(o => o.EntityCode, StringComparer.Ordinal)
                    .ThenBy(o => o.CounterpartCode ?? string.Empty, StringComparer.Ordinal)
                    .ThenBy(o => o.ParsedPeriod.Start).ThenBy(o => o.ParsedPeriod.End).ToList();
                ObservationCsv.Write(Path.Combine(staging, file), ordered, o => writtenAs.GetValueOrDefault(o));
                files.Add(new DerivedFile(file, ordered.Count, new FileInfo(Path.Combine(staging, file)).Length));
            }

            VerifyImports(staging);
            foreach (var file in files)
            {
                var target = Path.Combine(dataFolder, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(staging, file.RelativePath), target, overwrite: true);
            }

            return new DeriveReport(files, notes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static List<Observation> Top500(string sources, ReferenceSet refs, ErrorList errors, List<string> notes)
    {
        var content = ReadWith(new Top500ListsReader(), sources, Top500File, "top500", refs, errors);
        notes.AddRange(content.Notes.Select(n => "TOP500: " + n));
        var rows = content.Observations.Select(p => p.Observation).Where(o => Top500Countries.Contains(o.EntityCode)).ToList();

        // A focus country on no list at all gets its zeros here (the reader only knows countries that appear).
        var file = Path.GetFileName(Top500File);
        foreach (var indicator in new[] { Top500ListsReader.SystemsIndicator, Top500ListsReader.ShareIndicator })
        {
            var lists = content.Observations.Where(p => p.Observation.IndicatorId == indicator).Select(p => p.Period).DistinctBy(p => p.Text).ToList();
            foreach (var code in Top500Countries.Where(c => !rows.Exists(o => o.EntityCode == c && o.IndicatorId == indicator)))
            {
                rows.AddRange(lists.Select(list => new Observation
                {
                    IndicatorId = indicator,
                    EntityCode = code,
                    Period = list.Text,
                    Value = 0,
                    SourceId = "top500",
                    Locator = $"{file}: list = {list.Text}, column country (TOP500 list of {list.Label})",
                    Basis = "derived",
                    DerivedFrom = $"no row of list {list.Text} (nor of any other list in the file) has a country that maps to {code}",
                }));
            }
        }

        return rows;
    }

    private static (List<Observation> Tiv, List<Observation> Shares) Sipri(string sources, ReferenceSet refs, ErrorList errors, List<string> notes)
    {
        const string Source = "sipri-at-2025";
        var content = ReadWith(new SipriTradeRegisterReader(), sources, SipriFile, Source, refs, errors);
        notes.AddRange(content.Notes.Select(n => "SIPRI: " + n));
        var tiv = content.Observations.Select(p => p.Observation)
            .Where(o => CentralAsia.Contains(o.EntityCode) && o.ParsedPeriod.StartYear is >= SipriFirstYear and <= SipriLastYear)
            .ToList();
        var edition = content.Edition is null ? string.Empty : $" ({content.Edition})";
        var file = Path.GetFileName(SipriFile);
        var shares = new List<Observation>();
        var names = string.Join(", ", CentralAsia.Select(c => CountryNames.NameOf(c) ?? c));
        shares.AddRange(ArmsSupplierShares.Compute(tiv, "CA5", CentralAsia, SipriFirstYear, SipriLastYear, 5, Source,
            $"{file}: Recipient in {names}; all suppliers; five-year windows of Delivery year{edition}"));
        foreach (var state in CentralAsia)
        {
            shares.AddRange(ArmsSupplierShares.Compute(tiv, state, [state], SipriFirstYear, SipriLastYear, 5, Source,
                $"{file}: Recipient = {CountryNames.NameOf(state)}; all suppliers; five-year windows of Delivery year{edition}"));
        }

        return (tiv, shares);
    }

    private static List<Observation> Owid(string sources, string relative, string readerIndicator, string indicator, ReferenceSet refs, ErrorList errors, List<string> notes)
    {
        var content = ReadWith(new OwidGrapherReader(), sources, relative, "cset-owid", refs, errors);
        var rows = content.Observations.Select(p => p.Observation)
            .Where(o => o.IndicatorId == readerIndicator && AiCountries.Contains(o.EntityCode))
            .Select(o => o with
            {
                IndicatorId = indicator,
                Basis = "derived",
                DerivedFrom = $"value of the row Code = {o.EntityCode}, Year = {o.Period} in {Path.GetFileName(relative)} (the locator's column), copied unchanged",
            })
            .ToList();
        foreach (var code in AiCountries.Where(c => !rows.Exists(o => o.EntityCode == c)))
        {
            notes.Add($"{Path.GetFileName(relative)}: no rows for {CountryNames.NameOf(code)}");
        }

        return rows;
    }

    private static DatasetContent ReadWith(IDatasetReader reader, string sources, string relative, string sourceId, ReferenceSet refs, ErrorList errors)
    {
        var path = Path.Combine(sources, relative);
        if (!RequireFile(path, relative, errors))
        {
            return new DatasetContent { Format = reader.FormatName };
        }

        using var stream = File.OpenRead(path);
        return reader.Read(stream, relative, new ReaderContext { References = refs, SourceId = sourceId }, errors);
    }

    internal static bool RequireFile(string path, string display, ErrorList errors)
    {
        if (File.Exists(path))
        {
            return true;
        }

        errors.Add(ImportError.At(display, 0, null, null, $"is missing (expected at {path})"));
        return false;
    }

    private static ReferenceSet LoadReferences(string dataFolder, ErrorList errors)
    {
        List<T> Read<T>(string name, Func<TextReader, string, List<T>> read)
        {
            var path = Path.Combine(dataFolder, name);
            if (!RequireFile(path, path, errors))
            {
                return [];
            }

            using var stream = File.OpenRead(path);
            using var text = CsvTableReader.OpenText(stream, path, errors);
            return read(text, path);
        }

        var sources = Read("sources.csv", (r, f) => ContractTables.ReadSources(r, f, errors));
        var indicators = Read("indicators.csv", (r, f) => ContractTables.ReadIndicators(r, f, errors));
        var entities = Read("entities.csv", (r, f) => ContractTables.ReadEntities(r, f, errors));
        return new ReferenceSet(indicators, entities.Select(e => e.Code), sources.Select(s => s.Id));
    }

    /// <summary>Imports the staged folder into a throw-away store, exactly as the app does at start.</summary>
    private static void VerifyImports(string folder)
    {
        var db = Path.Combine(folder, "verify.sqlite");
        using var c = Database.OpenFile(db);
        Database.ApplySchema(c);
        DataFolderImporter.Import(c, folder);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*.csv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void ThrowIfAny(ErrorList errors)
    {
        if (errors.HasErrors)
        {
            throw new ImportFailedException(errors.ToReport());
        }
    }
}
