namespace Dashboard.Web.Export;

/// <summary>
/// How a deck shows its charts (<c>slides=picture|native</c>): the dashboard's own rendering as a picture, or a
/// PowerPoint chart with its data in an embedded workbook (kinds PowerPoint cannot draw stay pictures).
/// </summary>
public enum PptxChartStyle
{
    Picture,
    Native,
}
