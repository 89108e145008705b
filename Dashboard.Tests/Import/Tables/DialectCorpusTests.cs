using System.Text;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Import.Tables;

/// <summary>
/// Real users' files: the same few observations saved the ways Excel, LibreOffice and statistics portals save them —
/// every delimiter, decimal comma with each thousands separator, a sep= line, UTF-8 with and without BOM, UTF-16 LE/BE,
/// Windows-1251 and -1252 — imported through the engine: each must be read as stated in the report and store exactly
/// the same values. Files that cannot be read for sure are refused with the question to answer, and change nothing.
/// </summary>
public sealed class DialectCorpusTests : IDisposable
{
    private readonly UploadStore _store = new();

    public void Dispose() => _store.Dispose();

    private static readonly Encoding Cyrillic = TextEncodingDetector.Resolve("windows-1251")!;
    private static readonly Encoding Western = TextEncodingDetector.Resolve("windows-1252")!;

    /// <summary>Our contract with three values (1234.5, 0.25, 18) and a note, written with the given delimiter and numbers.</summary>
    private static string Contract(string d, string big, string small, string note = "ok") => string.Join("\r\n",
        string.Join(d, "indicator", "entity", "counterpart", "period", "period_as_stated", "value", "source", "locator", "basis", "derived_from", "note"),
        string.Join(d, "arms-import-share", "CA5", "RUS", "2015-2019", "", "18", "paper", "t1", "stated", "", note),
        string.Join(d, "top500-systems", "KAZ", "", "2019-11", "", small, "paper", "t1", "stated", "", ""),
        string.Join(d, UploadStore.Unbounded, "KGZ", "", "2019", "", big, "paper", "t1", "stated", "", "")) + "\r\n";

    public static TheoryData<string, string, string> Dialects => new()
    {
        // case, how the file is written (see Bytes), expected dialect line
        { "comma-utf8", "utf-8", "read as UTF-8, ',' delimiter, '.' decimals (fixed by the ',' delimiter)" },
        { "comma-utf8-bom", "utf-8-bom", "read as UTF-8 (byte-order mark), ',' delimiter, '.' decimals (fixed by the ',' delimiter)" },
        { "semicolon-decimal-comma", "utf-8", "read as UTF-8, ';' delimiter, ',' decimals" },
        { "semicolon-dot-thousands", "utf-8", "read as UTF-8, ';' delimiter, ',' decimals" },
        { "semicolon-space-thousands", "utf-8", "read as UTF-8, ';' delimiter, ',' decimals" },
        { "semicolon-nbsp-thousands", "utf-8", "read as UTF-8, ';' delimiter, ',' decimals" },
        { "tab-decimal-point", "utf-8", "read as UTF-8, tab delimiter, '.' decimals" },
        { "pipe-decimal-comma", "utf-8", "read as UTF-8, '|' delimiter, ',' decimals" },
        { "sep-line-semicolon", "utf-8", "read as UTF-8, ';' delimiter (from the sep= line), ',' decimals" },
        { "tab-utf16le", "utf-16le", "read as UTF-16 LE (byte-order mark), tab delimiter, '.' decimals" },
        { "tab-utf16be", "utf-16be", "read as UTF-16 BE (byte-order mark), tab delimiter, '.' decimals" },
        { "semicolon-windows-1251", "windows-1251", "read as Windows-1251 (not UTF-8; Cyrillic text), ';' delimiter, ',' decimals" },
        { "semicolon-windows-1252", "windows-1252", "read as Windows-1252 (not UTF-8; Latin text with accents), ';' delimiter, ',' decimals" },
    };

    private static byte[] Bytes(string name, string encoding)
    {
        var text = name switch
        {
            "comma-utf8" or "comma-utf8-bom" => Contract(",", "1234.5", "0.25"),
            "semicolon-decimal-comma" => Contract(";", "1234,5", "0,25"),
            "semicolon-dot-thousands" => Contract(";", "1.234,5", "0,25"),
            "semicolon-space-thousands" => Contract(";", "1 234,5", "0,25"),
            "semicolon-nbsp-thousands" => Contract(";", "1\u00A0234,5", "0,25"),
            "tab-decimal-point" or "tab-utf16le" or "tab-utf16be" => Contract("\t", "1234.5", "0.25"),
            "pipe-decimal-comma" => Contract("|", "1234,5", "0,25"),
            "sep-line-semicolon" => "sep=;\r\n" + Contract(";", "1234,5", "0,25"),
            "semicolon-windows-1251" => Contract(";", "1234,5", "0,25", "данные Казахстана, без изменений"),
            "semicolon-windows-1252" => Contract(";", "1234,5", "0,25", "données révisées, année complète"),
            _ => throw new ArgumentException(name),
        };
        return encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "windows-1251" => Cyrillic.GetBytes(text),
            _ => Western.GetBytes(text),
        };
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Run_FileInEachDialect_StatesTheDialectAndStoresTheSameValues(string name, string encoding, string dialect)
    {
        var report = _store.Run(Bytes(name, encoding), name + ".csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(dialect, report.Dialect);
        Assert.Equal(3, report.RowCount);
        Assert.Equal(1234.5, _store.Value(UploadStore.Unbounded, "KGZ", "2019"));
        Assert.Equal(0.25, _store.Value("top500-systems", "KAZ", "2019-11"));
        Assert.Equal(18, _store.Value("arms-import-share", "CA5", "2015-2019"));
    }

    [Fact]
    public void Run_Windows1251_CyrillicNoteStoredAsText()
    {
        var report = _store.Run(Bytes("semicolon-windows-1251", "windows-1251"), "ru.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        using var c = _store.Open();
        Assert.Equal("данные Казахстана, без изменений", Dapper.SqlMapper.ExecuteScalar<string>(c, "SELECT note FROM observations WHERE dataset_id = 'ru' AND entity_code = 'CA5'"));
    }

    [Fact]
    public void Run_OverridesGiven_ReadAsGivenAndSaidSo()
    {
        var text = Contract(";", "1234,5", "0,25");

        var report = _store.Run(Cyrillic.GetBytes(text), "given.csv", dialect: new DialectOptions { Encoding = "cp1251", Delimiter = "semicolon", DecimalSeparator = "," });

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("read as Windows-1251 (given), ';' delimiter (given), ',' decimals (given)", report.Dialect);
        Assert.Equal(1234.5, _store.Value(UploadStore.Unbounded, "KGZ", "2019"));
    }

    [Fact]
    public void Run_TurkishWindows1254_RefusedAskingForTheEncodingThenReadWhenGiven()
    {
        var turkish = TextEncodingDetector.Resolve("windows-1254")!;
        var bytes = turkish.GetBytes(Contract(";", "1234,5", "0,25", "Türkiye Cumhuriyeti Merkez Bankası, ağustos"));

        var refused = _store.Reject(bytes, "tr.csv");
        var given = _store.Run(bytes, "tr.csv", dialect: new DialectOptions { Encoding = "windows-1254" });

        var error = Assert.Single(refused.Errors).ToString();
        Assert.Contains("is not UTF-8, and which 8-bit encoding it uses cannot be told for sure: line 2 reads", error, StringComparison.Ordinal);
        Assert.Contains("--encoding windows-1251, windows-1252 or windows-1254", error, StringComparison.Ordinal);
        Assert.True(given.Applied, UploadStore.Errors(given));
        using var c = _store.Open();
        Assert.Equal("Türkiye Cumhuriyeti Merkez Bankası, ağustos", Dapper.SqlMapper.ExecuteScalar<string>(c, "SELECT note FROM observations WHERE dataset_id = 'tr' AND entity_code = 'CA5'"));
    }

    [Fact]
    public void Run_DecimalsWrittenBothWays_RefusedNamingBothCells()
    {
        var report = _store.Reject(Encoding.UTF8.GetBytes(Contract(";", "1234.5", "0,25")), "mixed.csv");

        Assert.Equal("mixed.csv: writes decimals both with ',' (line 3: '0,25') and with '.' (line 4: '1234.5'): give the decimal separator (--decimal , or --decimal .)",
            Assert.Single(report.Errors).ToString());
    }

    [Fact]
    public void Run_OnlyAmbiguousNumbers_RefusedUntilTheDecimalIsGiven()
    {
        var bytes = Encoding.UTF8.GetBytes(Contract(";", "1,234", "0"));

        var refused = _store.Reject(bytes, "amb.csv");
        var given = _store.Run(bytes, "amb.csv", dialect: new DialectOptions { DecimalSeparator = "," });

        Assert.Contains("has numbers such as '1,234' (line 4) that read differently with ',' and with '.'", Assert.Single(refused.Errors).ToString(), StringComparison.Ordinal);
        Assert.True(given.Applied, UploadStore.Errors(given));
        Assert.Equal(1.234, _store.Value(UploadStore.Unbounded, "KGZ", "2019"));
    }

    [Fact]
    public void Run_DecimalCommaNumberInACommaFile_ErrorSaysTheRuleOfTheDialect()
    {
        var report = _store.Reject(Encoding.UTF8.GetBytes(Contract(",", "\"1 234\"", "0.25")), "c.csv");

        Assert.Equal("c.csv line 4, column value: '1 234' is not a number (no thousands separators or spaces)", Assert.Single(report.Errors).ToString());
    }

    [Fact]
    public void Run_CapitalisedHeader_ImportsLikeLowerCase()
    {
        var text = Contract(",", "1234.5", "0.25");
        var capitalised = string.Concat(text[..text.IndexOf('\r', StringComparison.Ordinal)].ToUpperInvariant(), text[text.IndexOf('\r', StringComparison.Ordinal)..]);

        var report = _store.Run(Encoding.UTF8.GetBytes(capitalised), "caps.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(1234.5, _store.Value(UploadStore.Unbounded, "KGZ", "2019"));
    }

    [Fact]
    public void Run_OwidFileWithSemicolonsAndDecimalCommas_ReadLikeTheCommaOne()
    {
        var report = _store.Run(Encoding.UTF8.GetBytes("Entity;Code;Year;AI papers per million\r\nKazakhstan;KAZ;2020;12,5\r\nKyrgyzstan;KGZ;2021;4\r\n"), "ai-papers.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("Our World in Data grapher CSV", report.Format);
        Assert.Equal(12.5, _store.Value("ai-papers", "KAZ", "2020"));
    }
}
