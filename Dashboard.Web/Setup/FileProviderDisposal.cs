using Microsoft.Extensions.FileProviders;

namespace Dashboard.Web.Setup;

/// <summary>
/// Disposes the web root's and content root's file providers when the app stops. The host does not: a provider that
/// was asked to watch a file (<c>asp-append-version</c> does) keeps its inotify instance open after the app is gone,
/// and Linux allows only 128 per user by default, so every host a process starts and stops (tests, CLI verbs) would
/// hold one more until the limit is reached.
/// </summary>
public static class FileProviderDisposal
{
    public static WebApplication DisposeFileProvidersOnStop(this WebApplication app)
    {
        var environment = app.Environment;
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            Dispose(environment.WebRootFileProvider);
            Dispose(environment.ContentRootFileProvider);
        });
        return app;
    }

    private static void Dispose(IFileProvider? provider)
    {
        switch (provider)
        {
            case CompositeFileProvider composite:
                foreach (var inner in composite.FileProviders)
                {
                    Dispose(inner);
                }

                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
