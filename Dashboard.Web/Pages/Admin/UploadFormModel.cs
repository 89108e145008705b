using Dashboard.Data.Model;

namespace Dashboard.Web.Pages.Admin;

/// <summary>What the upload form shows: the dataset to replace (if any), the sources to cite, the size limit.</summary>
public sealed record UploadFormModel(string? DatasetId, IReadOnlyList<Source> Sources, long MaxUploadBytes);
