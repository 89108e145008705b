namespace Dashboard.Web.Setup;

/// <summary>Where the shipped CSV files and the SQLite store live (configuration section "Data").</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary>Folder with the contract CSVs. Default: the <c>data</c> folder copied next to the app at build time.</summary>
    public string DataDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>SQLite file of the store. Relative paths are under the content root. Default: <c>App_Data/dashboard.db</c>.</summary>
    public string DatabasePath { get; set; } = Path.Combine("App_Data", "dashboard.db");
}
