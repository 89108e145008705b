namespace Dashboard.Web.Cli;

/// <summary>
/// Configuration for command-line verbs, read as the web app reads it (appsettings.json, appsettings.{environment}.json
/// from the content root, then environment variables such as <c>Data__DatabasePath</c>) but never watched: a verb runs
/// once and exits, and every watcher would hold one of the user's inotify instances.
/// </summary>
public static class CliConfiguration
{
    /// <summary>The host setting that turns off reload-on-change, as a command-line argument for a builder.</summary>
    public const string NoReloadArgument = "--hostBuilder:reloadConfigOnChange=false";

    /// <summary>The folder the web app would take as its content root: the current directory.</summary>
    public static string ContentRoot => Directory.GetCurrentDirectory();

    public static IConfiguration Build()
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                          ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                          ?? Environments.Production;
        return new ConfigurationBuilder()
            .SetBasePath(ContentRoot)
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .Build();
    }

    /// <summary>A web application builder for verbs that need the app's services (export): same configuration, no watching.</summary>
    public static WebApplicationBuilder CreateWebBuilder() =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = [NoReloadArgument] });
}
