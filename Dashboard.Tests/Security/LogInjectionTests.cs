using System.Text;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Tests.Security;

/// <summary>Text a client chooses (here an uploaded file's name) reaches the log escaped: no forged lines, no terminal escapes.</summary>
public sealed class LogInjectionTests
{
    private const string Owid = "Entity,Code,Year,AI papers per million people\nKazakhstan,KAZ,2020,12\n";

    [Fact]
    public async Task Upload_FileNameStarWithControlCharacters_LogLinesCarryItEscaped()
    {
        var sink = new LogSink();
        using var factory = new AdminAppFactory();
        using var logged = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(sink)));
        using var session = new AdminSession(logged);
        await session.SignInAsync();
        const string Name = "papers\u0000\r\n2026-01-01 info: Applied upload FORGED-LOG\u001B[2J\u2028\u0085.csv";

        var (_, url) = await session.UploadAndCheckAsync("x.csv", Encoding.UTF8.GetBytes(Owid), datasetId: "papers", fileNameStar: Name);
        await session.ApplyAsync(url);

        var applied = await sink.WaitForAsync(e => e.Category.EndsWith("UploadJobs", StringComparison.Ordinal) && e.EventId == 10);
        Assert.Equal(@"papers\u0000\u000D\u000A2026-01-01 info: Applied upload FORGED-LOG\u001B[2J\u2028\u0085.csv", applied.State["FileName"]);
        Assert.StartsWith("Applied upload papers from papers\\u0000\\u000D\\u000A2026-01-01 info:", applied.Message, StringComparison.Ordinal);
        foreach (var entry in sink.Entries)
        {
            Assert.False(entry.Message.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'), entry.Category + ": " + entry.Message);
        }
    }
}
