using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Web.Text;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Setup;

/// <summary>Registers the SQLite store and the query classes; builds the store from <c>data/</c> at start-up.</summary>
public static class DataSetup
{
    public static WebApplicationBuilder AddDashboardData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DataOptions>>().Value;
            var env = sp.GetRequiredService<IWebHostEnvironment>();
            return new Database(Path.Combine(env.ContentRootPath, options.DatabasePath));
        });
        builder.Services.AddSingleton<IndicatorQueries>();
        builder.Services.AddSingleton<DataTextQueries>();
        builder.Services.AddSingleton<ObservationQueries>();
        builder.Services.AddSingleton<SourceQueries>();
        builder.Services.AddSingleton<EntityQueries>();
        builder.Services.AddSingleton<EventQueries>();
        builder.Services.AddSingleton<ProjectQueries>();
        builder.Services.AddSingleton<DatasetQueries>();
        builder.Services.AddSingleton<ClaimQueries>();
        builder.Services.AddSingleton<TemplateQueries>();
        builder.Services.AddSingleton<RevisionQueries>();
        return builder;
    }

    /// <summary>
    /// A start-up step, not middleware: builds the store from <c>data/</c> (or reuses it when nothing changed),
    /// re-applying kept uploads, before the first request is served; bad data stops the app with every error listed.
    /// </summary>
    public static WebApplication BuildStore(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DataOptions>>().Value;
        var database = app.Services.GetRequiredService<Database>();
        StoreBuild build;
        try
        {
            build = database.EnsureBuilt(options.DataDirectory);
        }
        catch (ImportFailedException ex)
        {
            // Refuse to start on bad data; the exception's message lists every error, one per line.
            app.Logger.LogCritical("The data in {Folder} has errors; nothing was loaded and the app will not start:{NewLine}{Errors}",
                options.DataDirectory, Environment.NewLine, string.Join(Environment.NewLine, ex.Errors.Select(e => "  " + LogText.Escape(e.ToString()))));
            throw;
        }

        app.Logger.LogInformation(
            "Data store {Path}: {State} (build key {Key})",
            database.Path, build.Rebuilt ? "built from " + options.DataDirectory : "reused, data unchanged", build.BuildKey);
        foreach (var upload in build.Replayed)
        {
            // Uploads carried over a rebuild: one that no longer applies is kept, listed on /admin, and logged here.
            // Ids, names and errors (which quote the file's cells) come from uploads: escaped like every outside text.
            if (upload.Applied)
            {
                app.Logger.LogInformation("Re-applied upload {DatasetId} ({FileName}) after the rebuild", LogText.Escape(upload.DatasetId), LogText.Escape(upload.FileName));
            }
            else
            {
                app.Logger.LogWarning("Upload {DatasetId} ({FileName}) no longer applies after the rebuild: {Errors}",
                    LogText.Escape(upload.DatasetId), LogText.Escape(upload.FileName), LogText.Escape(upload.Error));
            }
        }

        return app;
    }
}
