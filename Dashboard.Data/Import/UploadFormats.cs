using Dashboard.Data.Import.Formats;

namespace Dashboard.Data.Import;

/// <summary>The formats an upload may have, in the order they are tried.</summary>
public static class UploadFormats
{
    // TODO(merge): the format readers (SIPRI, WDI, OWID, TOP500, contract) come from the sources branch.
    public static IReadOnlyList<IDatasetReader> Readers { get; } = [];
}
